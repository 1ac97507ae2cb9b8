import type { Item } from '../types.ts'
import { ConditionalCheckFailedException } from '../errors.ts'

/**
 * The error for a failed ConditionExpression. With `ReturnValuesOnConditionCheckFailure: ALL_OLD` and an
 * existing item, AWS sends that item as `Item` next to the message.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-ReturnValuesOnConditionCheckFailure
 */
export function conditionalCheckFailed(returnValuesOnFailure: string | undefined, existing: Item | undefined): ConditionalCheckFailedException {
  const error = new ConditionalCheckFailedException()
  if (returnValuesOnFailure === 'ALL_OLD' && existing) error.extra = { Item: JSON.parse(JSON.stringify(existing)) as Item }
  return error
}
