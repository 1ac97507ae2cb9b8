import {
  checkEnum,
  checkNotNull,
  checkOptionalTypes,
  checkTableName,
  emptyErrors,
  isOptionalMap,
  isOptionalString,
  throwConstraintErrors,
  RETURN_CONSUMED_CAPACITY,
  RETURN_ITEM_COLLECTION_METRICS,
  RETURN_VALUES,
  RETURN_VALUES_ON_CONDITION_CHECK_FAILURE,
} from './common.ts'
import { checkLegacyWriteConstraints } from './legacyWrites.ts'

type MemberTypes = Record<string, 'string' | 'boolean' | 'object'>

/** JSON types of the members, in the order they are checked (the first wrong one is reported). */
function memberTypes(member: 'Item' | 'Key', extraTypes: MemberTypes): MemberTypes {
  return {
    TableName: 'string',
    [member]: 'object',
    ...extraTypes,
    ConditionExpression: 'string',
    ReturnValues: 'string',
    ReturnConsumedCapacity: 'string',
    ReturnItemCollectionMetrics: 'string',
    ReturnValuesOnConditionCheckFailure: 'string',
    ExpressionAttributeNames: 'object',
    ExpressionAttributeValues: 'object',
  }
}

const NO_EXTRA_TYPES: MemberTypes = Object.freeze({})
const ITEM_TYPES = memberTypes('Item', NO_EXTRA_TYPES)
const KEY_TYPES = memberTypes('Key', NO_EXTRA_TYPES)

/** True when no member of {@link memberTypes}`(member, {})` is mistyped (named reads, see isOptionalString). */
function typesOk(raw: Record<string, unknown>, member: 'Item' | 'Key'): boolean {
  return (
    isOptionalString(raw.TableName) &&
    isOptionalMap(raw[member]) &&
    isOptionalString(raw.ConditionExpression) &&
    isOptionalString(raw.ReturnValues) &&
    isOptionalString(raw.ReturnConsumedCapacity) &&
    isOptionalString(raw.ReturnItemCollectionMetrics) &&
    isOptionalString(raw.ReturnValuesOnConditionCheckFailure) &&
    isOptionalMap(raw.ExpressionAttributeNames) &&
    isOptionalMap(raw.ExpressionAttributeValues)
  )
}

/**
 * The request-shape checks PutItem, UpdateItem and DeleteItem share, in AWS's order (dynalite's
 * validations/putItem.js, updateItem.js, deleteItem.js): member JSON types, then the constraint list
 * (return enums, TableName, the required `Item`/`Key`, legacy parameters) thrown as one ValidationException.
 * @param member the required map member: `Item` (PutItem) or `Key` (UpdateItem, DeleteItem)
 * @param extraTypes JSON types of action-specific members (e.g. `UpdateExpression: 'string'`)
 * @throws ValidationException `N validation error(s) detected: …`, SerializationException for wrong JSON types
 */
export function checkSingleItemWrite(
  raw: Record<string, unknown>,
  member: 'Item' | 'Key',
  extraTypes: Record<string, 'string' | 'boolean' | 'object'> = NO_EXTRA_TYPES,
): void {
  if (extraTypes !== NO_EXTRA_TYPES) checkOptionalTypes(raw, memberTypes(member, extraTypes))
  else if (!typesOk(raw, member)) checkOptionalTypes(raw, member === 'Item' ? ITEM_TYPES : KEY_TYPES)
  const errors = emptyErrors()
  checkEnum(errors, raw.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
  checkEnum(errors, raw.ReturnItemCollectionMetrics, 'returnItemCollectionMetrics', RETURN_ITEM_COLLECTION_METRICS)
  checkEnum(errors, raw.ReturnValues, 'returnValues', RETURN_VALUES)
  checkEnum(errors, raw.ReturnValuesOnConditionCheckFailure, 'returnValuesOnConditionCheckFailure', RETURN_VALUES_ON_CONDITION_CHECK_FAILURE)
  checkTableName(errors, raw.TableName)
  checkNotNull(errors, raw[member], member === 'Item' ? 'item' : 'key')
  checkLegacyWriteConstraints(errors, raw)
  throwConstraintErrors(errors)
}
