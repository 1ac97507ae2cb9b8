import type { Item, ReturnConsumedCapacity, ReturnValue } from '../types.ts'
import { validateItemValues } from '../attributes/validate.ts'
import {
  RETURN_CONSUMED_CAPACITY,
  RETURN_ITEM_COLLECTION_METRICS,
  RETURN_VALUES,
  RETURN_VALUES_ON_CONDITION_CHECK_FAILURE,
  checkEnum,
  checkExpressionMix,
  checkNotNull,
  checkOptionalTypes,
  checkTableName,
  throwConstraintErrors,
  type ConstraintErrors,
} from './common.ts'
import type { ExpressionParams } from './expressionParams.ts'
import { checkLegacyWriteConstraints, prepareLegacyWrite, type LegacyWrite } from './legacyWrites.ts'

/** UpdateItem request (SDK v3 `UpdateItemInput`). https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html */
export interface UpdateItemInput extends ExpressionParams {
  TableName: string
  Key: Item
  UpdateExpression?: string
  ConditionExpression?: string
  /** @default 'NONE' */
  ReturnValues?: ReturnValue
  ReturnConsumedCapacity?: ReturnConsumedCapacity
  ReturnItemCollectionMetrics?: 'SIZE' | 'NONE'
  ReturnValuesOnConditionCheckFailure?: 'ALL_OLD' | 'NONE'
  /** AttributeUpdates / Expected / ConditionalOperator, validated (legacy update and condition). */
  legacy?: LegacyWrite
}

/**
 * Validates an UpdateItem request in AWS's order (dynalite validations/updateItem.js): member types,
 * constraints (returnConsumedCapacity, returnItemCollectionMetrics, returnValues, tableName, key),
 * expression mix, key values. Expressions are checked by the operation.
 * @returns the input with `Key` replaced by a validated canonical copy
 * @throws ValidationException / SerializationException with AWS's messages
 */
export function validateUpdateItem(raw: Record<string, unknown>): UpdateItemInput {
  checkOptionalTypes(raw, {
    TableName: 'string',
    Key: 'object',
    UpdateExpression: 'string',
    ConditionExpression: 'string',
    ReturnValues: 'string',
    ReturnConsumedCapacity: 'string',
    ReturnItemCollectionMetrics: 'string',
    ReturnValuesOnConditionCheckFailure: 'string',
    ExpressionAttributeNames: 'object',
    ExpressionAttributeValues: 'object',
  })
  const errors: ConstraintErrors = []
  checkEnum(errors, raw.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
  checkEnum(errors, raw.ReturnItemCollectionMetrics, 'returnItemCollectionMetrics', RETURN_ITEM_COLLECTION_METRICS)
  checkEnum(errors, raw.ReturnValues, 'returnValues', RETURN_VALUES)
  checkEnum(errors, raw.ReturnValuesOnConditionCheckFailure, 'returnValuesOnConditionCheckFailure', RETURN_VALUES_ON_CONDITION_CHECK_FAILURE)
  checkTableName(errors, raw.TableName)
  checkNotNull(errors, raw.Key, 'key')
  checkLegacyWriteConstraints(errors, raw)
  throwConstraintErrors(errors)

  checkExpressionMix(raw, ['AttributeUpdates', 'Expected', 'ConditionalOperator'], ['UpdateExpression', 'ConditionExpression'])
  const key = validateItemValues(raw.Key)
  const legacy = prepareLegacyWrite(raw)
  return { ...(raw as unknown as UpdateItemInput), Key: key, ...(legacy ? { legacy } : {}) }
}
