import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { Table } from '../Table.ts'
import type { AttributeValue, Item } from '../types.ts'
import type { CapacityBreakdown } from '../consumedCapacity.ts'
import type { AwsServiceException } from '../../errors.ts'
import type { PartitionState } from './model.ts'
import type { Resource, TableCapacity } from './TableCapacity.ts'
import { ON_DEMAND_TABLE_QUOTA, onDemandMax, resourceRate } from './TableCapacity.ts'
import { BURST_SECONDS } from './model.ts'
import { PARTITION_MAX_RCU, PARTITION_MAX_WCU, hashKey } from '../partitions.ts'
import { keyString } from '../attributes/keys.ts'
import { deduct, refill } from './tokenBucket.ts'
import { recordHeat } from './isolation.ts'
import { throttleError, type ThrottleKind } from './throttle.ts'
import {
  METRICS_WINDOW_SECONDS as W,
  P_BURST_READ,
  P_BURST_WRITE,
  P_CONSUMED_READ,
  P_CONSUMED_WRITE,
  P_READ_THROTTLES,
  P_WRITE_THROTTLES,
  R_CONSUMED_READ,
  R_CONSUMED_WRITE,
  R_READ_THROTTLES,
  R_THROTTLED_REQUESTS,
  R_WRITE_THROTTLES,
} from './metrics.ts'

/** What a read charges. */
export interface ChargeReadRequest {
  /** Partition key (or whole key/item) that places the read; absent: the first partition (e.g. a Scan from the start). For a GSI read, the index key. */
  key?: Item
  /** Capacity units (RCU/RRU), as computed for ConsumedCapacity. */
  units: number
  /** GSI name when the read is on a GSI (its own capacity); an LSI name, or none, charges the table. */
  index?: string
  /** Ring position of `key`'s partition key when the caller already has it (`Table.ringOf`); table reads only. */
  ring?: number
}

/** What a write charges. */
export interface ChargeWriteRequest {
  /** The item's primary key (places the write on a table partition). */
  key: Item
  /** `writeCapacity()` / `failedConditionCapacity()` of consumedCapacity.ts: table + LSI units on the table, GSI units on each GSI. */
  capacity: CapacityBreakdown
  /** The item as written (or the deleted item): places each GSI write by the GSI's partition key. Absent: by the table key. */
  item?: Item
  /** Ring position of `key`'s partition key when the caller already has it (`Table.ringOf`). */
  ring?: number
}

const THROTTLE = 0
const OWN = 1
const ADAPTIVE = 2
const BURST = 3
/** Set by admit(): why the last refusal happened (see throttle.ts). */
let kind: ThrottleKind = 'ProvisionedThroughputExceeded'

/**
 * Decides whether `units` fit partition `p` of resource `r` now (refilling its buckets). Does not take them.
 * Order: the partition's per-second tokens; then (adaptive capacity on) the resource's unused capacity this
 * second; then the partition's burst bucket — both only up to the per-partition maximum (3,000 RCU /
 * 1,000 WCU consumed in the second). On-demand: the resource's
 * limit (2× previous peak, the 40,000 quota or the OnDemandThroughput maximum, whichever is lowest), then the
 * partition ceiling (no burst).
 */
function admit(db: DynamoDB, cap: TableCapacity, r: Resource, p: PartitionState, units: number, write: boolean, now: number): number {
  const s = r.state
  const onDemand = s.billing === 'PAY_PER_REQUEST'
  const rate = write ? p.wcu : p.rcu
  const b = write ? p.write : p.read
  refill(b, rate, onDemand ? 0 : BURST_SECONDS * rate, now)
  const rb = write ? s.write : s.read
  refill(rb, resourceRate(s, write), 0, now)
  if (!db.physics.throttling) return OWN
  const need = units < 1 ? units : 1
  kind = 'ProvisionedThroughputExceeded'
  if (onDemand) {
    kind = 'KeyRangeThroughputExceeded'
    if (rb.tokens < need) {
      const rate = resourceRate(s, write)
      if (rate === onDemandMax(s, write)) kind = 'MaxOnDemandThroughputExceeded'
      else if (rate >= ON_DEMAND_TABLE_QUOTA) kind = 'AccountLimitExceeded'
      return THROTTLE
    }
    return b.tokens >= need ? OWN : THROTTLE
  }
  if (b.tokens >= need) return OWN
  // Beyond its own tokens a partition may borrow (adaptive) or spend burst credit, but never past the
  // per-partition maximum of 3,000 RCU / 1,000 WCU in a second ("throttling will occur if a single partition
  // receives more than 3000 read operation or more than 1000 write operations", burst-adaptive-capacity.html).
  const max = write ? PARTITION_MAX_WCU : PARTITION_MAX_RCU
  const used = r.pseries.get(p.id)![(write ? P_CONSUMED_WRITE : P_CONSUMED_READ) * W + (cap.lastSecond % W)]!
  const underCeiling = used + units <= max
  const tableHasRoom = rb.tokens >= units
  if (tableHasRoom && underCeiling && db.physics.adaptiveCapacity) return ADAPTIVE
  if (b.tokens + b.burst >= need) {
    if (underCeiling) return BURST
    kind = 'KeyRangeThroughputExceeded'
    return THROTTLE
  }
  if (tableHasRoom && s.partitions.length > 1) kind = 'KeyRangeThroughputExceeded'
  return THROTTLE
}

/** Takes `units` as decided by {@link admit} and meters them. Returns true when burst credit was used. */
function take(cap: TableCapacity, r: Resource, p: PartitionState, units: number, write: boolean, mode: number): boolean {
  const s = r.state
  const b = write ? p.write : p.read
  const rb = write ? s.write : s.read
  let burstUsed = false
  if (mode === ADAPTIVE) {
    if (b.tokens > 0) b.tokens = Math.max(0, b.tokens - units)
  } else burstUsed = deduct(b, units)
  const rate = resourceRate(s, write)
  rb.tokens = rb.tokens - units < -rate ? -rate : rb.tokens - units
  const slot = cap.lastSecond % W
  r.series[(write ? R_CONSUMED_WRITE : R_CONSUMED_READ) * W + slot] += units
  const ps = r.pseries.get(p.id)!
  ps[(write ? P_CONSUMED_WRITE : P_CONSUMED_READ) * W + slot] += units
  ps[(write ? P_BURST_WRITE : P_BURST_READ) * W + slot] = b.burst
  return burstUsed
}

/** Meters one throttle event on `r` / `p`, and the throttled request on the table. */
function meterThrottle(cap: TableCapacity, r: Resource, p: PartitionState, write: boolean): void {
  const slot = cap.lastSecond % W
  r.series[(write ? R_WRITE_THROTTLES : R_READ_THROTTLES) * W + slot] += 1
  r.pseries.get(p.id)![(write ? P_WRITE_THROTTLES : P_READ_THROTTLES) * W + slot] += 1
  cap.table.series[R_THROTTLED_REQUESTS * W + slot] += 1
}

/** Ring position of `item` on resource `r`: the table's partition key, or the GSI's (falling back to the table key). */
function hashOn(table: Table, r: Resource, item: Item): number {
  if (r.hashAttr !== undefined) {
    const v = item[r.hashAttr] as AttributeValue | undefined
    if (v !== undefined) return hashKey(keyString(v))
  }
  return table.ringPosition(item)
}

/**
 * A refused charge, as plain data (no Error: building and throwing one costs microseconds, which a
 * 1,000,000-request load simulation cannot afford). {@link throttleErrorOf} turns it into AWS's error.
 */
export interface Throttle {
  /** On-demand resource (ThrottlingException) or provisioned (ProvisionedThroughputExceededException). */
  onDemand: boolean
  /** True when a GSI ran out (the GSI message, `Index…` reason). */
  index: boolean
  write: boolean
  kind: ThrottleKind
  /** ARN of the table or index that ran out. */
  resource: string
  /** Id of the partition that ran out. */
  partitionId: number
}

/** The AWS error for a refused charge (see throttle.ts). */
export function throttleErrorOf(t: Throttle): AwsServiceException {
  return throttleError(t.onDemand, t.index, t.write, t.kind, t.resource)
}

function refuse(cap: TableCapacity, r: Resource, p: PartitionState, write: boolean, ctx: OperationContext): Throttle {
  meterThrottle(cap, r, p, write)
  ctx.notes['throttled'] = true
  ctx.notes['throttledResource'] = r.state.arn
  ctx.notes['partitionId'] = p.id
  const onDemand = r.state.billing === 'PAY_PER_REQUEST'
  const index = r !== cap.table
  const l = lastThrottle
  // A throttled hot key is refused again and again with the same facts: reuse the (frozen) object.
  if (l && l.partitionId === p.id && l.write === write && l.kind === kind && l.resource === r.state.arn && l.onDemand === onDemand && l.index === index) return l
  return (lastThrottle = Object.freeze({ onDemand, index, write, kind, resource: r.state.arn, partitionId: p.id }))
}

/** The last {@link Throttle} built (immutable; see refuse). */
let lastThrottle: Throttle | undefined

/**
 * Charges a read to the partition that serves it. See ./index.ts for who calls it and when.
 * @throws ProvisionedThroughputExceededException (provisioned) or ThrottlingException (on-demand) when
 *   the partition's tokens and burst are gone; nothing is consumed then.
 */
export function chargeRead(db: DynamoDB, table: Table, ctx: OperationContext, req: ChargeReadRequest): void {
  const t = tryChargeRead(db, table, ctx, req)
  if (t) throw throttleErrorOf(t)
}

/**
 * {@link chargeRead} without exceptions: undefined when charged, else the {@link Throttle} (metered as a
 * throttle event, nothing consumed). For the load generator's fast path.
 */
export function tryChargeRead(db: DynamoDB, table: Table, ctx: OperationContext, req: ChargeReadRequest): Throttle | undefined {
  const cap = table.capacity
  const now = db.clock.now()
  cap.clock = db.clock
  cap.adaptive = db.physics.adaptiveCapacity
  cap.advance(table, now)
  let r = cap.table
  if (req.index !== undefined) r = cap.index(req.index) ?? cap.table
  const parts = r.state.partitions
  // Adaptive capacity tracks the keys each partition serves (isolation.ts), so it needs the ring position even on one partition.
  const heat = cap.adaptive && req.key !== undefined
  const ring = !req.key || (parts.length === 1 && !heat) ? -1 : req.ring !== undefined && r === cap.table ? req.ring : hashOn(table, r, req.key)
  const p = ring < 0 ? parts[0]! : parts[cap.partitionIndex(r, ring)]!
  if (heat) recordHeat(r.heat, p, ring, req.units / PARTITION_MAX_RCU)
  const mode = admit(db, cap, r, p, req.units, false, now)
  if (mode === THROTTLE) return refuse(cap, r, p, false, ctx)
  const burst = take(cap, r, p, req.units, false, mode)
  ctx.notes['partitionId'] = p.id
  if (burst) ctx.notes['burstUsed'] = true
  if (mode === ADAPTIVE) ctx.notes['adaptiveCapacity'] = true
  return undefined
}

/**
 * Charges a write: table + LSI units to the item's table partition, each GSI's units to that GSI's
 * partition. Every GSI is checked before anything is taken: a GSI without capacity throttles the whole
 * write with the GSI message (back-pressure, AWS-FACTS §2.1), and nothing is consumed.
 * @throws ProvisionedThroughputExceededException / ThrottlingException
 */
export function chargeWrite(db: DynamoDB, table: Table, ctx: OperationContext, req: ChargeWriteRequest): void {
  const t = tryChargeWrite(db, table, ctx, req)
  if (t) throw throttleErrorOf(t)
}

/** {@link chargeWrite} without exceptions (see {@link tryChargeRead}). */
export function tryChargeWrite(db: DynamoDB, table: Table, ctx: OperationContext, req: ChargeWriteRequest): Throttle | undefined {
  const cap = table.capacity
  const now = db.clock.now()
  cap.clock = db.clock
  cap.adaptive = db.physics.adaptiveCapacity
  cap.advance(table, now)
  const c = req.capacity
  const heat = cap.adaptive
  let gsiCount = 0
  for (const name in c.globalSecondaryIndexes) {
    const g = cap.index(name)
    if (!g) continue
    gsiCount++
    const units = c.globalSecondaryIndexes[name]!
    const gring = hashOn(table, g, req.item ?? req.key)
    const gp = g.state.partitions[cap.partitionIndex(g, gring)]!
    if (heat) recordHeat(g.heat, gp, gring, units / PARTITION_MAX_WCU)
    if (admit(db, cap, g, gp, units, true, now) === THROTTLE) return refuse(cap, g, gp, true, ctx)
  }
  let units = c.table
  for (const name in c.localSecondaryIndexes) units += c.localSecondaryIndexes[name]!
  const r = cap.table
  const parts = r.state.partitions
  const ring = parts.length === 1 && !heat ? -1 : req.ring !== undefined ? req.ring : table.ringPosition(req.key)
  const p = ring < 0 ? parts[0]! : parts[cap.partitionIndex(r, ring)]!
  if (heat) recordHeat(r.heat, p, ring, units / PARTITION_MAX_WCU)
  const mode = admit(db, cap, r, p, units, true, now)
  if (mode === THROTTLE) return refuse(cap, r, p, true, ctx)
  let burst = take(cap, r, p, units, true, mode)
  if (gsiCount) {
    for (const name in c.globalSecondaryIndexes) {
      const g = cap.index(name)
      if (!g) continue
      const gu = c.globalSecondaryIndexes[name]!
      const gp = g.state.partitions[cap.partitionIndex(g, hashOn(table, g, req.item ?? req.key))]!
      burst = take(cap, g, gp, gu, true, admit(db, cap, g, gp, gu, true, now)) || burst
    }
  }
  ctx.notes['partitionId'] = p.id
  if (burst) ctx.notes['burstUsed'] = true
  if (mode === ADAPTIVE) ctx.notes['adaptiveCapacity'] = true
  return undefined
}
