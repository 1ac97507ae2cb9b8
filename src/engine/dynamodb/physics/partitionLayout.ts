import type { BillingMode } from '../types.ts'
import type { PartitionState, ResourceState } from './model.ts'
import { BURST_SECONDS, ON_DEMAND_INITIAL_PEAK, RING_SIZE } from './model.ts'
import { PARTITION_MAX_RCU, PARTITION_MAX_WCU, partitionCountFor } from '../partitions.ts'
import { clampBucket, fullBucket } from './tokenBucket.ts'

/**
 * Partitions as state (AWS-FACTS §3.1, the classic published behaviour):
 * - a new table gets ceil(max(RCU/3000 + WCU/1000, size/10 GB)) partitions, equal ranges of the hash
 *   ring, throughput spread evenly;
 * - raising throughput beyond what the partitions support doubles the count (every partition splits in
 *   two) until it is enough (5,000→8,000 RCU: 4 → 8), and throughput is spread evenly again;
 * - a partition over 10 GB splits in two at the middle of its range, each child taking half the parent's
 *   throughput (so partitions may hold unequal throughput);
 * - partitions never merge: lowering throughput keeps the count and lowers each share.
 * On-demand, a partition's rate is the per-partition ceiling (3,000 RRU / 1,000 WRU); the count follows
 * 2 × the previous peak (a new on-demand table: 12,000 RRU + 4,000 WRU → 8 partitions).
 */

/** Partitions a resource needs for its throughput (on-demand: for 2× its previous peaks). */
export function partitionsNeeded(r: Pick<ResourceState, 'billing' | 'rcu' | 'wcu' | 'onDemand'>, bytes = 0): number {
  if (r.billing === 'PAY_PER_REQUEST') return partitionCountFor(2 * r.onDemand.read.peak, 2 * r.onDemand.write.peak, bytes)
  return partitionCountFor(r.rcu, r.wcu, bytes)
}

/** Burst bucket size of a partition with `rate` units/s (0 on-demand: no burst credit there). */
export function burstMaxFor(billing: BillingMode, rate: number): number {
  return billing === 'PAY_PER_REQUEST' ? 0 : BURST_SECONDS * rate
}

function newPartition(r: ResourceState, start: number, end: number, rcu: number, wcu: number, at: number): PartitionState {
  return {
    id: r.nextId++,
    start,
    end,
    rcu,
    wcu,
    read: fullBucket(rcu, burstMaxFor(r.billing, rcu), at),
    write: fullBucket(wcu, burstMaxFor(r.billing, wcu), at),
  }
}

/** `count` equal ranges of the ring, new (burst full). */
export function layOut(r: ResourceState, count: number, at: number): void {
  r.partitions = []
  for (let i = 0; i < count; i++) {
    r.partitions.push(newPartition(r, Math.floor((i * RING_SIZE) / count), Math.floor(((i + 1) * RING_SIZE) / count), 0, 0, at))
  }
  spreadThroughput(r)
  for (const p of r.partitions) {
    p.read = fullBucket(p.rcu, burstMaxFor(r.billing, p.rcu), at)
    p.write = fullBucket(p.wcu, burstMaxFor(r.billing, p.wcu), at)
  }
}

/** Splits partition `i` at the middle of its range; each child gets half its throughput and a full burst bucket. */
export function splitPartition(r: ResourceState, i: number, at: number): void {
  const p = r.partitions[i]!
  const mid = Math.floor((p.start + p.end) / 2)
  const half = (v: number, onDemandCeiling: number): number => (r.billing === 'PAY_PER_REQUEST' ? onDemandCeiling : v / 2)
  const a = newPartition(r, p.start, mid, half(p.rcu, PARTITION_MAX_RCU), half(p.wcu, PARTITION_MAX_WCU), at)
  const b = newPartition(r, mid, p.end, half(p.rcu, PARTITION_MAX_RCU), half(p.wcu, PARTITION_MAX_WCU), at)
  r.partitions.splice(i, 1, a, b)
}

/** Doubles the partition count (every partition splits) until it reaches `needed`. Returns true if it split. */
export function splitForThroughput(r: ResourceState, needed: number, at: number): boolean {
  let split = false
  while (r.partitions.length < needed) {
    for (let i = r.partitions.length - 1; i >= 0; i--) splitPartition(r, i, at)
    split = true
  }
  return split
}

/** Spreads the resource's throughput evenly over its partitions (on-demand: each gets the ceilings). */
export function spreadThroughput(r: ResourceState): void {
  const n = r.partitions.length
  for (const p of r.partitions) {
    p.rcu = r.billing === 'PAY_PER_REQUEST' ? PARTITION_MAX_RCU : r.rcu / n
    p.wcu = r.billing === 'PAY_PER_REQUEST' ? PARTITION_MAX_WCU : r.wcu / n
    clampBucket(p.read, p.rcu, burstMaxFor(r.billing, p.rcu))
    clampBucket(p.write, p.wcu, burstMaxFor(r.billing, p.wcu))
  }
}

/** Index of the partition whose range holds `hash` (binary search; ranges are sorted and contiguous). */
export function partitionIndexOf(partitions: readonly Pick<PartitionState, 'start'>[], hash: number): number {
  let lo = 0
  let hi = partitions.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (partitions[mid]!.start <= hash) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** A new resource state with its initial partitions (burst full at first use). */
export function newResource(name: string, arn: string, billing: BillingMode, rcu: number, wcu: number, bytes: number): ResourceState {
  const onDemand = billing === 'PAY_PER_REQUEST'
  const r: ResourceState = {
    name,
    arn,
    billing,
    rcu: onDemand ? 0 : rcu,
    wcu: onDemand ? 0 : wcu,
    partitions: [],
    read: fullBucket(0, 0),
    write: fullBucket(0, 0),
    onDemand: { read: { peak: ON_DEMAND_INITIAL_PEAK.read, pending: [] }, write: { peak: ON_DEMAND_INITIAL_PEAK.write, pending: [] } },
    nextId: 0,
  }
  layOut(r, partitionsNeeded(r, bytes), -1)
  return r
}
