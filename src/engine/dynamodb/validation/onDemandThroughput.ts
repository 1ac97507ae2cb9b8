import type { DynamoDB } from '../DynamoDB.ts'
import type { OnDemandThroughputState } from '../Table.ts'
import { LimitExceededException, ValidationException } from '../errors.ts'
import { TABLE_MAX_CAPACITY_UNITS } from './throughputChange.ts'

/**
 * OnDemandThroughput: an optional maximum read/write request units per second for an on-demand table and
 * for each of its GSIs. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_OnDemandThroughput.html
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode-max-throughput.html
 *
 * Rules (AWS API reference: "greater than or equal to 1", "-1 removes the maximum"; exact texts and semantics
 * observed on AWS in 2026: ack-api-quirks DDB-TABLE-039/051/128/178/182 and nubo-db/dynoxide#161):
 * - Only on PAY_PER_REQUEST (the billing mode after the call); a member on a PROVISIONED table is a
 *   ValidationException naming the first member present (read first), checked before the range.
 * - Members must be ≥ 1; on UpdateTable -1 is also valid and removes that member's maximum.
 * - UpdateTable merges member by member; its response echoes -1 for a removed member, DescribeTable omits it
 *   (the struct is absent when both are removed). It is applied at once: the table stays ACTIVE.
 * - `{}` at CreateTable is accepted and stores nothing. (`{}` alone on UpdateTable is an HTTP 500
 *   InternalFailure on AWS; here it counts as absent.)
 * - Switching the table to PROVISIONED drops the maxima (dynoxide#161, captured on AWS).
 */

export type OnDemandMember = 'MaxReadRequestUnits' | 'MaxWriteRequestUnits'
const MEMBERS: readonly OnDemandMember[] = ['MaxReadRequestUnits', 'MaxWriteRequestUnits']
const INVALID = 'One or more parameter values were invalid: '

/** OnDemandThroughput as a request carries it (a member may be null/absent). */
export interface OnDemandThroughputInput {
  MaxReadRequestUnits?: number | null
  MaxWriteRequestUnits?: number | null
}

/** The members present (not null/absent), read first. */
function present(odt: OnDemandThroughputInput | undefined): OnDemandMember[] {
  if (!odt) return []
  return MEMBERS.filter((m) => odt[m] !== undefined && odt[m] !== null)
}

/** True when the struct carries at least one member. */
export function hasOnDemandMembers(odt: OnDemandThroughputInput | undefined): boolean {
  return present(odt).length > 0
}

/** Where an OnDemandThroughput sits: the table, or a GSI by name. */
export type OnDemandTarget = { index?: string }

/**
 * Checks one OnDemandThroughput against the billing mode in force after the call and the value range.
 * @param op CreateTable wording ("when table BillingMode is PROVISIONED.") or UpdateTable wording ("when the
 *   table BillingMode is PROVISIONED", no full stop). The GSI variants insert `for index: <name>` at CreateTable
 *   (observed) and `for index : <name>` at UpdateTable ([unverified] spacing, taken from the range message).
 * @returns AWS's message, or undefined when valid
 */
export function onDemandThroughputError(
  odt: OnDemandThroughputInput | undefined,
  op: 'CreateTable' | 'UpdateTable',
  billing: 'PROVISIONED' | 'PAY_PER_REQUEST',
  target: OnDemandTarget,
  allowRemove: boolean,
): string | undefined {
  const members = present(odt)
  if (!members.length) return undefined
  if (billing === 'PROVISIONED') {
    const where = target.index === undefined ? '' : op === 'CreateTable' ? ` for index: ${target.index}` : ` for index : ${target.index}`
    return op === 'CreateTable'
      ? `${INVALID}${members[0]} for OnDemandThroughput${where} cannot be specified when table BillingMode is PROVISIONED.`
      : `${INVALID}${members[0]} for OnDemandThroughput${where} cannot be specified when the table BillingMode is PROVISIONED`
  }
  for (const m of members) {
    const v = odt![m] as number
    if (!(v >= 1 || (allowRemove && v === -1))) {
      return `${INVALID}Requested ${m} for OnDemandThroughput for ${target.index === undefined ? 'table' : `index : ${target.index}`} is outside of valid range`
    }
  }
  return undefined
}

/** {@link onDemandThroughputError} as an exception. @throws ValidationException */
export function assertOnDemandThroughput(...args: Parameters<typeof onDemandThroughputError>): void {
  const e = onDemandThroughputError(...args)
  if (e) throw new ValidationException(e)
}

/**
 * A maximum above the per-table quota (40,000 RRU/WRU by default) is refused.
 * Text observed on AWS for UpdateTable (ack-api-quirks catalogue, "QUOTA"); CreateTable is assumed to use the
 * same one [unverified]; the write variant names TableMaxWriteCapacityUnits [unverified].
 * @throws LimitExceededException `Subscriber limit exceeded: Requested MaxReadRequestUnits for OnDemandThroughput
 *   for table exceeds TableMaxReadCapacityUnits of the account in region us-east-1`
 */
export function assertOnDemandWithinQuota(db: DynamoDB, odt: OnDemandThroughputInput | undefined, target: OnDemandTarget): void {
  for (const m of present(odt)) {
    if ((odt![m] as number) > TABLE_MAX_CAPACITY_UNITS) {
      const where = target.index === undefined ? 'table' : `index : ${target.index}`
      const quota = m === 'MaxReadRequestUnits' ? 'TableMaxReadCapacityUnits' : 'TableMaxWriteCapacityUnits'
      throw new LimitExceededException(`Subscriber limit exceeded: Requested ${m} for OnDemandThroughput for ${where} exceeds ${quota} of the account in region ${db.region}`)
    }
  }
}

/**
 * The stored state after a request: members ≥ 1 are set, -1 removes a member; undefined when nothing is left
 * (DescribeTable then omits OnDemandThroughput).
 */
export function mergeOnDemandThroughput(cur: OnDemandThroughputState | undefined, odt: OnDemandThroughputInput | undefined): OnDemandThroughputState | undefined {
  const next: OnDemandThroughputState = { ...cur }
  for (const m of present(odt)) {
    const v = odt![m] as number
    if (v === -1) delete next[m]
    else next[m] = v
  }
  return next.MaxReadRequestUnits === undefined && next.MaxWriteRequestUnits === undefined ? undefined : next
}

/** UpdateTable's echo: the stored state plus -1 for each member the request removed (as AWS responds). */
export function onDemandEcho(stored: OnDemandThroughputState | undefined, odt: OnDemandThroughputInput | undefined): OnDemandThroughputState | undefined {
  const removed = present(odt).filter((m) => odt![m] === -1)
  if (!removed.length) return stored ? { ...stored } : undefined
  const out: OnDemandThroughputState = {}
  for (const m of MEMBERS) {
    const v = removed.includes(m) ? -1 : stored?.[m]
    if (v !== undefined) out[m] = v
  }
  return out
}
