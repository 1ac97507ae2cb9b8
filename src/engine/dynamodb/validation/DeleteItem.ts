import type { Item, ReturnConsumedCapacity } from '../types.ts'
import { ValidationException } from '../errors.ts'
import { validateItemValues } from '../attributes/validate.ts'
import {
  checkExpressionMix,
} from './common.ts'
import type { ExpressionParams } from './expressionParams.ts'
import { prepareLegacyWrite, type LegacyWrite } from './legacyWrites.ts'
import { checkSingleItemWrite } from './writeRequest.ts'

/** DeleteItem request (SDK v3 `DeleteItemInput`). https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html */
export interface DeleteItemInput extends ExpressionParams {
  TableName: string
  Key: Item
  ConditionExpression?: string
  /** NONE (default) or ALL_OLD. */
  ReturnValues?: 'NONE' | 'ALL_OLD'
  ReturnConsumedCapacity?: ReturnConsumedCapacity
  ReturnItemCollectionMetrics?: 'SIZE' | 'NONE'
  ReturnValuesOnConditionCheckFailure?: 'ALL_OLD' | 'NONE'
  /** Expected / ConditionalOperator, validated (legacy condition). */
  legacy?: LegacyWrite
}

/**
 * Validates a DeleteItem request in AWS's order (dynalite validations/deleteItem.js): member types,
 * constraints (returnConsumedCapacity, returnItemCollectionMetrics, returnValues, tableName, key), expression
 * mix, key values, ReturnValues restriction.
 * @returns the input with `Key` replaced by a validated canonical copy
 * @throws ValidationException / SerializationException with AWS's messages
 */
export function validateDeleteItem(raw: Record<string, unknown>): DeleteItemInput {
  checkSingleItemWrite(raw, 'Key')

  checkExpressionMix(raw, ['Expected', 'ConditionalOperator'], ['ConditionExpression'])
  const key = validateItemValues(raw.Key)
  if (raw.ReturnValues != null && raw.ReturnValues !== 'ALL_OLD' && raw.ReturnValues !== 'NONE') {
    throw new ValidationException('ReturnValues can only be ALL_OLD or NONE')
  }
  const legacy = prepareLegacyWrite(raw)
  return { ...(raw as unknown as DeleteItemInput), Key: key, ...(legacy ? { legacy } : {}) }
}
