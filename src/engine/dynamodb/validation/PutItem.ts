import type { Item, ReturnConsumedCapacity } from '../types.ts'
import { ValidationException } from '../errors.ts'
import { copyValidItem } from './itemValues.ts'
import { itemSize } from '../attributes/size.ts'
import { MAX_ITEM_BYTES, MSG_ITEM_TOO_BIG } from './keys.ts'
import {
  checkExpressionMix,
} from './common.ts'
import type { ExpressionParams } from './expressionParams.ts'
import { prepareLegacyWrite, type LegacyWrite } from './legacyWrites.ts'
import { checkSingleItemWrite } from './writeRequest.ts'

/** PutItem request (SDK v3 `PutItemInput`). https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html */
export interface PutItemInput extends ExpressionParams {
  TableName: string
  Item: Item
  ConditionExpression?: string
  /** NONE (default) or ALL_OLD. */
  ReturnValues?: 'NONE' | 'ALL_OLD'
  ReturnConsumedCapacity?: ReturnConsumedCapacity
  ReturnItemCollectionMetrics?: 'SIZE' | 'NONE'
  ReturnValuesOnConditionCheckFailure?: 'ALL_OLD' | 'NONE'
  /** Expected / ConditionalOperator, validated (legacy condition). */
  legacy?: LegacyWrite
}

/** A PutItem request after request-level validation (before the table is looked up). */
export interface CheckedPutItem {
  /** The item: a validated canonical copy. */
  item: Item
  /** Its `itemSize` in bytes. */
  size: number
  /** Expected / ConditionalOperator, validated (legacy condition). */
  legacy: LegacyWrite | undefined
}

const LEGACY = ['Expected', 'ConditionalOperator']
const EXPRESSIONS = ['ConditionExpression']

/**
 * Validates a PutItem request in AWS's order (dynalite validations/putItem.js): member types, constraints
 * (returnConsumedCapacity, returnItemCollectionMetrics, returnValues, tableName, item), legacy/expression mix,
 * attribute values, ReturnValues restriction, item size. Expressions are checked by the operation.
 * @returns the input with `Item` replaced by a validated canonical copy
 * @throws ValidationException / SerializationException with AWS's messages
 */
export function validatePutItem(raw: Record<string, unknown>): PutItemInput {
  const { item, legacy } = checkPutItem(raw)
  return { ...(raw as unknown as PutItemInput), Item: item, ...(legacy ? { legacy } : {}) }
}

/**
 * {@link validatePutItem} for the PutItem operation, which reads the other members from `raw` itself.
 * @throws ValidationException / SerializationException with AWS's messages
 */
export function checkPutItem(raw: Record<string, unknown>): CheckedPutItem {
  checkSingleItemWrite(raw, 'Item')

  // checkExpressionMix returns at once without legacy members or placeholder maps (named reads are cheaper).
  if (raw.Expected != null || raw.ConditionalOperator != null || raw.ExpressionAttributeNames != null || raw.ExpressionAttributeValues != null) {
    checkExpressionMix(raw, LEGACY, EXPRESSIONS)
  }
  const item = copyValidItem(raw.Item)
  if (raw.ReturnValues != null && raw.ReturnValues !== 'ALL_OLD' && raw.ReturnValues !== 'NONE') {
    throw new ValidationException('ReturnValues can only be ALL_OLD or NONE')
  }
  const size = itemSize(item)
  if (size > MAX_ITEM_BYTES) throw new ValidationException(MSG_ITEM_TOO_BIG)
  const legacy = prepareLegacyWrite(raw)
  return { item, size, legacy }
}
