import type { Item, ReturnConsumedCapacity } from '../types.ts'
import { ValidationException } from '../errors.ts'
import { INVALID, validateItemValues } from '../attributes/validate.ts'
import {
  RETURN_CONSUMED_CAPACITY,
  checkEnum,
  checkExpressionMix,
  checkNonEmptyList,
  checkNotNull,
  checkOptionalTypes,
  checkTableName,
  expectType,
  throwConstraintErrors,
  type ConstraintErrors,
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

/**
 * Validates a GetItem request in AWS's order (dynalite validations/getItem.js): member types, constraints
 * (returnConsumedCapacity, attributesToGet, tableName, key), expression mix, key values, AttributesToGet
 * duplicates.
 * @returns the input with `Key` replaced by a validated canonical copy
 * @throws ValidationException / SerializationException with AWS's messages
 */
export function validateGetItem(raw: Record<string, unknown>): GetItemInput {
  checkOptionalTypes(raw, {
    TableName: 'string',
    Key: 'object',
    ConsistentRead: 'boolean',
    ProjectionExpression: 'string',
    ReturnConsumedCapacity: 'string',
    ExpressionAttributeNames: 'object',
  })
  const errors: ConstraintErrors = []
  checkEnum(errors, raw.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
  checkNonEmptyList(errors, raw.AttributesToGet, 'attributesToGet')
  checkTableName(errors, raw.TableName)
  checkNotNull(errors, raw.Key, 'key')
  throwConstraintErrors(errors)

  checkExpressionMix(raw, ['AttributesToGet'], ['ProjectionExpression'])
  const key = validateItemValues(raw.Key)
  const names = ((raw.AttributesToGet as unknown[] | undefined) ?? []).map((n) => expectType<string>(n, 'string', 'String'))
  const seen = new Set<string>()
  for (const n of names) {
    if (seen.has(n)) throw new ValidationException(`${INVALID}Duplicate value in attribute name: ${n}`)
    seen.add(n)
  }
  return { ...(raw as unknown as GetItemInput), Key: key }
}
