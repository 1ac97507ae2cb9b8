import type { DynamoDB } from '../DynamoDB.ts'
import type { ProvisionedThroughputState, TableMeta } from '../Table.ts'
import { LimitExceededException, ValidationException } from '../errors.ts'
import { formatJavaUtc, formatLongUtc, nextUtcMidnight, utcDay } from '../utcFormat.ts'

/**
 * Provisioned-throughput quotas and change rules (AWS-FACTS §3.6, §3.7;
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html).
 */

/** Default per-table maximum (RCU and WCU separately). @default 40000 */
export const TABLE_MAX_CAPACITY_UNITS = 40_000
/** Decreases allowed at any time in a UTC day before the one-per-hour rule applies. @default 4 */
export const FREE_DECREASES_PER_DAY = 4
/** After the free decreases, one more per this many seconds. @default 3600 */
export const DECREASE_INTERVAL_S = 3600
/** Switches PROVISIONED → PAY_PER_REQUEST allowed per rolling 24 h. @default 4 */
export const PAY_PER_REQUEST_SWITCHES_PER_DAY = 4

/**
 * @throws LimitExceededException `The requested ReadCapacityUnits, N, is above the per table maximum for the
 *   account in <region>. Per table maximum: 40000.` (text as AWS sends it in scaling activity messages)
 */
export function assertWithinTableMaximum(db: DynamoDB, rcu: number, wcu: number): void {
  for (const [name, v] of [['ReadCapacityUnits', rcu], ['WriteCapacityUnits', wcu]] as const) {
    if (v > TABLE_MAX_CAPACITY_UNITS) {
      throw new LimitExceededException(`The requested ${name}, ${v}, is above the per table maximum for the account in ${db.region}. Per table maximum: ${TABLE_MAX_CAPACITY_UNITS}.`)
    }
  }
}

/**
 * @throws ValidationException when the requested table throughput equals the current one (text from
 *   mhart/dynalite `actions/updateTable.js`, recorded against AWS).
 */
export function assertTableThroughputChanges(cur: ProvisionedThroughputState, rcu: number, wcu: number): void {
  if (cur.ReadCapacityUnits === rcu && cur.WriteCapacityUnits === wcu) {
    throw new ValidationException(
      `The provisioned throughput for the table will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for the table: ${cur.ReadCapacityUnits}. Requested ReadCapacityUnits: ${rcu}. Current WriteCapacityUnits provisioned for the table: ${cur.WriteCapacityUnits}. Requested WriteCapacityUnits: ${wcu}. Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.`,
    )
  }
}

/**
 * Same rule for a GSI. The opening "The provisioned throughput for the index <name> will not change." is
 * public record; the rest mirrors the table text ([unverified]).
 * @throws ValidationException
 */
export function assertIndexThroughputChanges(indexName: string, cur: ProvisionedThroughputState, rcu: number, wcu: number): void {
  if (cur.ReadCapacityUnits === rcu && cur.WriteCapacityUnits === wcu) {
    throw new ValidationException(
      `The provisioned throughput for the index ${indexName} will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for the index: ${cur.ReadCapacityUnits}. Requested ReadCapacityUnits: ${rcu}. Current WriteCapacityUnits provisioned for the index: ${cur.WriteCapacityUnits}. Requested WriteCapacityUnits: ${wcu}. Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.`,
    )
  }
}

/** Decreases already made in the current UTC day. */
function decreasesToday(pt: ProvisionedThroughputState, nowS: number): number {
  return pt.LastDecreaseDateTime !== undefined && utcDay(pt.LastDecreaseDateTime) === utcDay(nowS) ? pt.NumberOfDecreasesToday : 0
}

/**
 * Applies the decrease quota: 4 decreases at any time in a UTC day, then one more per hour if none in
 * the previous hour (up to 27 a day), counted per table and per GSI. A request that lowers either
 * value counts as one decrease. Records LastIncrease/LastDecreaseDateTime and NumberOfDecreasesToday on
 * `pt` (UpdateTable's response already shows the new dates; the units change when the update completes).
 * @throws LimitExceededException `Subscriber limit exceeded: Provisioned throughput decreases are limited within a
 *   given UTC day. After the first 4 decreases, …` (text and date format as observed on AWS in 2026)
 */
export function applyThroughputChangeQuota(pt: ProvisionedThroughputState, rcu: number, wcu: number, nowS: number): void {
  const decrease = rcu < pt.ReadCapacityUnits || wcu < pt.WriteCapacityUnits
  const increase = rcu > pt.ReadCapacityUnits || wcu > pt.WriteCapacityUnits
  if (decrease) {
    const n = decreasesToday(pt, nowS)
    const last = pt.LastDecreaseDateTime
    if (n >= FREE_DECREASES_PER_DAY && last !== undefined && nowS - last < DECREASE_INTERVAL_S) {
      const next = Math.min(last + DECREASE_INTERVAL_S, nextUtcMidnight(last))
      throw new LimitExceededException(
        `Subscriber limit exceeded: Provisioned throughput decreases are limited within a given UTC day. After the first ${FREE_DECREASES_PER_DAY} decreases, each subsequent decrease in the same UTC day can be performed at most once every ${DECREASE_INTERVAL_S} seconds. Number of decreases today: ${n}. Last decrease at ${formatLongUtc(last)}. Next decrease can be made at ${formatLongUtc(next)}.`,
      )
    }
    pt.NumberOfDecreasesToday = n + 1
    pt.LastDecreaseDateTime = nowS
  }
  if (increase) pt.LastIncreaseDateTime = nowS
}

/**
 * PROVISIONED → PAY_PER_REQUEST at most 4 times in a rolling 24 h (on-demand → provisioned: any time).
 * Records the switch in `meta.payPerRequestSwitches`.
 * @throws LimitExceededException. Text [unverified]: adapted from the 2019 once-a-day message
 *   `Subscriber limit exceeded: Update to PayPerRequest mode are limited to once in 1 day(s). Last update at
 *   Sat Feb 23 03:07:45 UTC 2019. Next update can be made at Sun Feb 24 03:07:45 UTC 2019`.
 */
export function recordPayPerRequestSwitch(meta: TableMeta, nowS: number): void {
  const recent = (meta.payPerRequestSwitches ?? []).filter((t) => nowS - t < 86_400)
  if (recent.length >= PAY_PER_REQUEST_SWITCHES_PER_DAY) {
    const last = recent[recent.length - 1]!
    throw new LimitExceededException(
      `Subscriber limit exceeded: Update to PayPerRequest mode are limited to ${PAY_PER_REQUEST_SWITCHES_PER_DAY} times in 1 day(s). Last update at ${formatJavaUtc(last)}. Next update can be made at ${formatJavaUtc(recent[0]! + 86_400)}`,
    )
  }
  meta.payPerRequestSwitches = [...recent, nowS]
  meta.LastUpdateToPayPerRequestDateTime = nowS
}
