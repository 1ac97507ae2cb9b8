import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import { ValidationException } from '../errors.ts'
import { ttlState, ttlStatus, type TimeToLiveStatus } from '../ttl/TimeToLive.ts'
import { requireNamedTable } from './DescribeTable.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TimeToLiveDescription.html */
export interface TimeToLiveDescription {
  TimeToLiveStatus: TimeToLiveStatus
  /** Absent when DISABLED (AWS does not show the previous attribute). */
  AttributeName?: string
}

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTimeToLive.html#API_DescribeTimeToLive_ResponseSyntax */
export interface DescribeTimeToLiveOutput {
  TimeToLiveDescription: TimeToLiveDescription
}

/**
 * DescribeTimeToLive: the table's TTL status and attribute.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTimeToLive.html
 * @throws ValidationException for a missing or malformed TableName;
 *   `Cannot describe time to live while table is in CREATING state: Current table state is CREATING` (same for DELETING; 2026 probes)
 * @throws ResourceNotFoundException `Requested resource not found: Table: <name> not found`
 */
export function describeTimeToLive(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): DescribeTimeToLiveOutput {
  const table = requireNamedTable(db, raw, ctx)
  const state = table.meta.TableStatus
  if (state === 'CREATING' || state === 'DELETING') {
    throw new ValidationException(`Cannot describe time to live while table is in ${state} state: Current table state is ${state}`)
  }
  const status = ttlStatus(db, table)
  const description: TimeToLiveDescription = { TimeToLiveStatus: status }
  if (status !== 'DISABLED') description.AttributeName = ttlState(table)!.AttributeName
  return { TimeToLiveDescription: description }
}
