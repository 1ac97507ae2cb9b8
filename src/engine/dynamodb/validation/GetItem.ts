import type { Item, ReturnConsumedCapacity } from '../types.ts'
import { ValidationException } from '../errors.ts'
import { INVALID } from '../attributes/validate.ts'
import { copyValidItem, readOnlyKey } from './itemValues.ts'
import {
  RETURN_CONSUMED_CAPACITY,
  checkEnum,
  checkExpressionMix,
  checkNonEmptyList,
  checkNotNull,
  checkOptionalTypes,
  checkTableName,
  emptyErrors,
  expectType,
  isOptionalBoolean,
  isOptionalMap,
  isOptionalString,
  throwConstraintErrors,
} from './common.ts'
import type { ExpressionParams } from './expressionParams.ts'

/** GetItem request (SDK v3 `GetItemInput`). https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html */
export interface GetItemInput extends Omit<ExpressionParams, 'ExpressionAttributeValues'> {
  TableName: string
  Key: Item
  /** @default false (eventually consistent) */
  ConsistentRead?: boolean
  ProjectionExpression?: string
  /** Legacy projection: top-level attribute names. */
  AttributesToGet?: string[]
  ReturnConsumedCapacity?: ReturnConsumedCapacity
}

/** JSON types of GetItem's optional members, checked before constraints. */
const MEMBER_TYPES = {
  TableName: 'string',
  Key: 'object',
  ConsistentRead: 'boolean',
  ProjectionExpression: 'string',
  ReturnConsumedCapacity: 'string',
  ExpressionAttributeNames: 'object',
} as const
const LEGACY = ['AttributesToGet']
const EXPRESSIONS = ['ProjectionExpression']

/**
 * Validates a GetItem request in AWS's order (dynalite validations/getItem.js): member types, constraints
 * (returnConsumedCapacity, attributesToGet, tableName, key), expression mix, key values, AttributesToGet
 * duplicates.
 * @returns the input with `Key` replaced by a validated canonical copy
 * @throws ValidationException / SerializationException with AWS's messages
 */
export function validateGetItem(raw: Record<string, unknown>): GetItemInput {
  return { ...(raw as unknown as GetItemInput), Key: checkGetItem(raw, true) }
}

/**
 * {@link validateGetItem} for the GetItem operation, which reads the other members from `raw` itself.
 * @param copy true: the key is a canonical copy; false: `raw.Key` itself when already canonical (read-only use)
 * @returns the validated Key
 * @throws ValidationException / SerializationException with AWS's messages
 */
export function checkGetItem(raw: Record<string, unknown>, copy: boolean): Item {
  const typesOk =
    isOptionalString(raw.TableName) &&
    isOptionalMap(raw.Key) &&
    isOptionalBoolean(raw.ConsistentRead) &&
    isOptionalString(raw.ProjectionExpression) &&
    isOptionalString(raw.ReturnConsumedCapacity) &&
    isOptionalMap(raw.ExpressionAttributeNames)
  if (!typesOk) checkOptionalTypes(raw, MEMBER_TYPES)
  const errors = emptyErrors()
  checkEnum(errors, raw.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
  checkNonEmptyList(errors, raw.AttributesToGet, 'attributesToGet')
  checkTableName(errors, raw.TableName)
  checkNotNull(errors, raw.Key, 'key')
  throwConstraintErrors(errors)

  // checkExpressionMix returns at once without legacy members or placeholder maps (named reads are cheaper).
  if (raw.AttributesToGet != null || raw.ExpressionAttributeNames != null || raw.ExpressionAttributeValues != null) {
    checkExpressionMix(raw, LEGACY, EXPRESSIONS)
  }
  const key = copy ? copyValidItem(raw.Key) : readOnlyKey(raw.Key)
  if (raw.AttributesToGet != null) {
    const names = (raw.AttributesToGet as unknown[]).map((n) => expectType<string>(n, 'string', 'String'))
    const seen = new Set<string>()
    for (const n of names) {
      if (seen.has(n)) throw new ValidationException(`${INVALID}Duplicate value in attribute name: ${n}`)
      seen.add(n)
    }
  }
  return key
}
