import type { AwsServiceException } from '../../errors.ts'
import { ProvisionedThroughputExceededException, ThrottlingException } from '../errors.ts'

/**
 * The error a throttled request gets (AWS-FACTS §4.1).
 *
 * Provisioned mode: `ProvisionedThroughputExceededException`, with the table or the GSI message.
 * On-demand: AWS's Programming.Errors page attaches the "Throughput exceeds the current capacity of your
 * table or index…" text to the throttling entry, and the error returned with it is `ThrottlingException`:
 * public client logs of on-demand tables show exactly `"code":"ThrottlingException"` with this message
 * (cowinapi/developer.cowin#151, 2021; praetorian-inc/chariot-ui#684, 2024: `api error ThrottlingException:
 * Throughput exceeds the current capacity of your table or index…`). So on-demand throttles are
 * ThrottlingException; both names are throttling errors the SDK retries.
 *
 * `ThrottlingReasons` (`throttlingReasons` on ThrottlingException: the service model's member names, as in
 * @aws-sdk/client-dynamodb and botocore; https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html):
 * `Table|Index` + `Read|Write` + `ProvisionedThroughputExceeded` when a provisioned table (or GSI) as a
 * whole is out of capacity; `KeyRangeThroughputExceeded` when the partition is hot but the table still has
 * unused capacity this second, and for on-demand partition-ceiling and 2× previous peak throttles (AWS
 * documents ProvisionedThroughputExceeded for provisioned mode only and no closer reason for the peak
 * rule; physically it is a partition limit); `AccountLimitExceeded` when an on-demand table reaches the
 * 40,000 units/s per-table quota; `MaxOnDemandThroughputExceeded` when the table's or GSI's OnDemandThroughput
 * maximum is the limit reached (same exception and message [unverified]: AWS documents the reason only,
 * throttling-ondemand-capacity-exceeded-mitigation.html).
 */

export const PROVISIONED_TABLE_MESSAGE =
  'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.'
export const PROVISIONED_GSI_MESSAGE =
  'The level of configured provisioned throughput for one or more global secondary indexes of the table was exceeded. Consider increasing your provisioning level for the under-provisioned global secondary indexes with the UpdateTable API'
export const ON_DEMAND_TABLE_MESSAGE =
  'Throughput exceeds the current capacity of your table or index. DynamoDB is automatically scaling your table or index so please try again shortly. If exceptions persist, check if you have a hot key: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html'
export const ON_DEMAND_GSI_MESSAGE =
  'Throughput exceeds the current capacity for one or more global secondary indexes. DynamoDB is automatically scaling your index so please try again shortly.'

export type ThrottleKind = 'ProvisionedThroughputExceeded' | 'KeyRangeThroughputExceeded' | 'AccountLimitExceeded' | 'MaxOnDemandThroughputExceeded'

/** One ThrottlingReasons entry. */
export interface ThrottlingReason {
  /** e.g. `TableReadProvisionedThroughputExceeded`, `IndexWriteKeyRangeThroughputExceeded`. */
  reason: string
  /** ARN of the table or index. */
  resource: string
}

/** Builds the throttling error for a table (`index` false) or GSI, read or write, in either billing mode. */
export function throttleError(onDemand: boolean, index: boolean, write: boolean, kind: ThrottleKind, arn: string): AwsServiceException {
  const e = onDemand
    ? new ThrottlingException(index ? ON_DEMAND_GSI_MESSAGE : ON_DEMAND_TABLE_MESSAGE)
    : new ProvisionedThroughputExceededException(index ? PROVISIONED_GSI_MESSAGE : PROVISIONED_TABLE_MESSAGE)
  const reason: ThrottlingReason = { reason: `${index ? 'Index' : 'Table'}${write ? 'Write' : 'Read'}${kind}`, resource: arn }
  // The member is `throttlingReasons` on ThrottlingException and `ThrottlingReasons` on
  // ProvisionedThroughputExceededException (the service model as @aws-sdk/client-dynamodb ships it).
  e.extra = onDemand ? { throttlingReasons: [reason] } : { ThrottlingReasons: [reason] }
  return e
}
