import type { Item, ReturnConsumedCapacity, ReturnValue } from '../types.ts'
import { validateItemValues } from '../attributes/validate.ts'
import {
  checkExpressionMix,
} from './common.ts'
import type { ExpressionParams } from './expressionParams.ts'
import { prepareLegacyWrite, type LegacyWrite } from './legacyWrites.ts'
import { checkSingleItemWrite } from './writeRequest.ts'

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
  checkSingleItemWrite(raw, 'Key', { UpdateExpression: 'string' })

  checkExpressionMix(raw, ['AttributeUpdates', 'Expected', 'ConditionalOperator'], ['UpdateExpression', 'ConditionExpression'])
  const key = validateItemValues(raw.Key)
  const legacy = prepareLegacyWrite(raw)
  return { ...(raw as unknown as UpdateItemInput), Key: key, ...(legacy ? { legacy } : {}) }
}
