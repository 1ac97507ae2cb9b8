import type { DynamoDB } from '../DynamoDB.ts'
import type { AutoScalingState, ScalingPolicy } from './model.ts'
import { AwsServiceException } from '../../errors.ts'
import { ValidationException } from '../errors.ts'
import { newOperationContext } from '../OperationContext.ts'
import { updateTable } from '../operations/UpdateTable.ts'
import { METRICS_WINDOW_SECONDS as W, R_CONSUMED_READ, R_CONSUMED_WRITE } from './metrics.ts'

/**
 * DynamoDB auto scaling (Application Auto Scaling target tracking, AWS-FACTS §4.4;
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html), on the virtual clock.
 *
 * Every virtual minute an evaluation event computes the minute's utilization (consumed units averaged per
 * second ÷ provisioned). Two consecutive data points above the target fire the scale-out alarm, fifteen
 * consecutive below it the scale-in alarm; the new capacity is consumed ÷ target, clamped to [min, max].
 * The change goes through UpdateTable itself, so it takes `db.timings.updateTableMs`, meets a busy table
 * (ResourceInUseException) and the daily decrease quota (LimitExceededException) exactly as a learner's
 * UpdateTable would; a refused change is kept in `activities` and retried at the next data point.
 * GSIs scale the same way on their own metrics (`indexes`), through UpdateTable's GlobalSecondaryIndexUpdates.
 */

/** Clock event kind of the once-a-minute evaluation. */
export const AUTO_SCALING_EVENT = 'dynamodb.autoscaling.evaluate'
/** Default target utilization, percent (console default). @default 70 */
export const DEFAULT_TARGET_UTILIZATION = 70
/** Data points above target before scaling out. @default 2 */
export const SCALE_OUT_DATA_POINTS = 2
/** Data points below target before scaling in. @default 15 */
export const SCALE_IN_DATA_POINTS = 15

/** Policy input: `target` defaults to 70 %. */
export type ScalingPolicyInput = Omit<ScalingPolicy, 'target'> & { target?: number }

export interface AutoScalingConfig {
  /** The table's read capacity. */
  read?: ScalingPolicyInput
  /** The table's write capacity. */
  write?: ScalingPolicyInput
  /** Per GSI (each GSI scales on its own metrics, as AWS registers one scalable target per index). */
  indexes?: Record<string, { read?: ScalingPolicyInput; write?: ScalingPolicyInput }>
}

interface TickPayload {
  TableName: string
  TableId: string
}

function policy(p: ScalingPolicyInput | undefined, what: string): (ScalingPolicy & { above: number; below: number }) | undefined {
  if (!p) return undefined
  const target = p.target ?? DEFAULT_TARGET_UTILIZATION
  // Texts [unverified]: Application Auto Scaling validates these ranges; the wording is ours.
  if (!(target >= 20 && target <= 90)) throw new ValidationException(`Target utilization for ${what} must be between 20 and 90 percent`)
  if (!(p.min >= 1) || !(p.max >= p.min)) throw new ValidationException(`Minimum ${what} capacity must be at least 1 and not above the maximum`)
  return { min: p.min, max: p.max, target, above: 0, below: 0 }
}

/**
 * Turns auto scaling on (or changes it) for a provisioned table; `{}` turns it off.
 * @throws ResourceNotFoundException when the table does not exist
 * @throws ValidationException for a target outside 20–90 % or min/max out of order
 */
export function configureAutoScaling(db: DynamoDB, tableName: string, config: AutoScalingConfig): void {
  const table = db.requireTable(tableName)
  const read = policy(config.read, 'read')
  const write = policy(config.write, 'write')
  const indexes: NonNullable<AutoScalingState['indexes']> = {}
  for (const [name, c] of Object.entries(config.indexes ?? {})) {
    if (!table.meta.GlobalSecondaryIndexes?.some((g) => g.IndexName === name)) throw new ValidationException(`The table does not have the specified index: ${name}`)
    const r = policy(c.read, 'read')
    const w = policy(c.write, 'write')
    if (r || w) indexes[name] = { ...(r ? { read: r } : {}), ...(w ? { write: w } : {}) }
  }
  const cap = table.capacity
  if (!read && !write && !Object.keys(indexes).length) {
    cap.autoScaling = undefined
    return
  }
  const now = db.clock.now()
  const prev = cap.autoScaling
  const state: AutoScalingState = { nextTickAt: prev?.nextTickAt ?? -1, activities: prev?.activities ?? [] }
  if (read) state.read = read
  if (write) state.write = write
  if (Object.keys(indexes).length) state.indexes = indexes
  cap.autoScaling = state
  if (state.nextTickAt < now) {
    state.nextTickAt = (Math.floor(now / 60_000) + 1) * 60_000
    const payload: TickPayload = { TableName: table.name, TableId: table.meta.TableId }
    db.clock.schedule(state.nextTickAt, AUTO_SCALING_EVENT, payload)
  }
}

/** Registers the evaluation handler on the service's clock (called by the DynamoDB constructor). */
export function registerAutoScaling(db: DynamoDB): void {
  db.clock.on(AUTO_SCALING_EVENT, (p: TickPayload) => evaluate(db, p))
}

/** Sum of consumed read or write units over the 60 seconds before second `sec`. */
function minuteSum(series: Float64Array, write: boolean, sec: number, oldest: number): number {
  let sum = 0
  const base = (write ? R_CONSUMED_WRITE : R_CONSUMED_READ) * W
  for (let t = Math.max(sec - 60, oldest); t < sec; t++) sum += series[base + (t % W)]!
  return sum
}

type Policies = Pick<AutoScalingState, 'read' | 'write'>
type Want = { read?: number; write?: number }

/** One data point for `policies` against `pt`: updates the alarm counters and says what to change. */
function decide(policies: Policies, series: Float64Array, pt: { ReadCapacityUnits: number; WriteCapacityUnits: number }, sec: number, oldest: number): Want {
  const want: Want = {}
  for (const dim of ['read', 'write'] as const) {
    const pol = policies[dim]
    if (!pol) continue
    const provisioned = dim === 'read' ? pt.ReadCapacityUnits : pt.WriteCapacityUnits
    const avg = minuteSum(series, dim === 'write', sec, oldest) / 60
    const util = (avg / provisioned) * 100
    pol.above = util > pol.target ? pol.above + 1 : 0
    pol.below = util < pol.target ? pol.below + 1 : 0
    const desired = Math.min(pol.max, Math.max(pol.min, Math.ceil(avg / (pol.target / 100))))
    if (provisioned < pol.min || provisioned > pol.max) want[dim] = Math.min(pol.max, Math.max(pol.min, provisioned))
    else if (pol.above >= SCALE_OUT_DATA_POINTS && desired > provisioned) want[dim] = desired
    else if (pol.below >= SCALE_IN_DATA_POINTS && desired < provisioned) want[dim] = desired
  }
  return want
}

function evaluate(db: DynamoDB, p: TickPayload): void {
  const table = db.tables.get(p.TableName)
  if (!table || table.meta.TableId !== p.TableId || !table.capacity.autoScaling) return
  const now = db.clock.now()
  const cap = table.capacity
  cap.advance(table, now)
  const as = cap.autoScaling!
  const sec = Math.floor(now / 1000)
  const oldest = cap.lastSecond - cap.count + 1
  if (table.meta.BillingMode === 'PROVISIONED') {
    const want = decide(as, cap.table.series, table.meta.ProvisionedThroughput, sec, oldest)
    if (want.read !== undefined || want.write !== undefined) apply(db, p.TableName, undefined, as, want, now)
    for (const [name, policies] of Object.entries(as.indexes ?? {})) {
      const g = table.meta.GlobalSecondaryIndexes?.find((i) => i.IndexName === name)
      const r = cap.index(name)
      if (!g?.ProvisionedThroughput || !r) continue
      const w = decide(policies, r.series, g.ProvisionedThroughput, sec, oldest)
      if (w.read !== undefined || w.write !== undefined) apply(db, p.TableName, name, policies, w, now)
    }
  }
  as.nextTickAt = now + 60_000
  db.clock.schedule(as.nextTickAt, AUTO_SCALING_EVENT, p)
}

/** Sends the UpdateTable for the table (`indexName` undefined) or one GSI, and logs the activity. */
function apply(db: DynamoDB, tableName: string, indexName: string | undefined, policies: Policies, want: Want, now: number): void {
  const table = db.tables.get(tableName)!
  const as = table.capacity.autoScaling!
  const pt = indexName ? table.meta.GlobalSecondaryIndexes!.find((i) => i.IndexName === indexName)!.ProvisionedThroughput! : table.meta.ProvisionedThroughput
  const ProvisionedThroughput = { ReadCapacityUnits: want.read ?? pt.ReadCapacityUnits, WriteCapacityUnits: want.write ?? pt.WriteCapacityUnits }
  const from = { read: pt.ReadCapacityUnits, write: pt.WriteCapacityUnits }
  let status = 'Successful'
  let message: string | undefined
  try {
    const input = indexName
      ? { TableName: tableName, GlobalSecondaryIndexUpdates: [{ Update: { IndexName: indexName, ProvisionedThroughput } }] }
      : { TableName: tableName, ProvisionedThroughput }
    updateTable(db, input, newOperationContext(now))
    if (want.read !== undefined && policies.read) policies.read.above = policies.read.below = 0
    if (want.write !== undefined && policies.write) policies.write.above = policies.write.below = 0
  } catch (e) {
    if (!(e instanceof AwsServiceException)) throw e
    status = e.name
    message = e.message
  }
  for (const dim of ['read', 'write'] as const) {
    const to = want[dim]
    if (to === undefined) continue
    as.activities.push({ at: now, ...(indexName ? { index: indexName } : {}), dimension: dim, from: from[dim], to, status, ...(message ? { message } : {}) })
  }
  if (as.activities.length > 50) as.activities.splice(0, as.activities.length - 50)
}
