import type { Item } from '../types.ts'
import { TransactionCanceledException } from '../errors.ts'
import { throttleErrorOf, type Throttle } from '../physics/index.ts'

/**
 * TransactionCanceledException and its CancellationReasons (AWS-FACTS §7).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CancellationReason.html
 */

/** Why one action of a cancelled transaction failed; `{Code: 'None'}` for the actions that were fine. */
export interface CancellationReason {
  /** `None`, `ConditionalCheckFailed`, `ValidationError`, `ItemCollectionSizeLimitExceeded`, `TransactionConflict`, ... */
  Code: string
  /** Absent for `None`. */
  Message?: string
  /** The item as it was, for a failed condition with `ReturnValuesOnConditionCheckFailure: ALL_OLD`. */
  Item?: Item
}

/** Reason text of a failed condition inside a transaction ([rec] moto aws_verified tests). */
export const MSG_CONDITION_FAILED = 'The conditional request failed'

/** The reason for an action whose ConditionExpression was false. */
export function conditionFailedReason(returnValuesOnFailure: string | undefined, existing: Item | undefined): CancellationReason {
  const reason: CancellationReason = { Code: 'ConditionalCheckFailed', Message: MSG_CONDITION_FAILED }
  if (returnValuesOnFailure === 'ALL_OLD' && existing) reason.Item = JSON.parse(JSON.stringify(existing)) as Item
  return reason
}

/**
 * The reason for an action whose partition (or GSI) was out of capacity: `ProvisionedThroughputExceeded` on a
 * provisioned table, `ThrottlingError` on an on-demand one, with the throttling message (AWS-FACTS §7).
 */
export function throttledReason(t: Throttle): CancellationReason {
  return { Code: t.onDemand ? 'ThrottlingError' : 'ProvisionedThroughputExceeded', Message: throttleErrorOf(t).message }
}

/**
 * The exception for a cancelled transaction: one reason per action, in request order, and the codes listed in
 * the message: `Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]`.
 */
export function transactionCanceled(reasons: CancellationReason[]): TransactionCanceledException {
  const error = new TransactionCanceledException(
    `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`,
  )
  error.extra = { CancellationReasons: reasons }
  return error
}
