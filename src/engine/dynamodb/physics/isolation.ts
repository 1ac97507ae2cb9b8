import type { PartitionState, ResourceState } from './model.ts'
import { METRICS_WINDOW_SECONDS as W, P_CONSUMED_READ, P_CONSUMED_WRITE } from './metrics.ts'
import { PARTITION_MAX_RCU, PARTITION_MAX_WCU } from '../partitions.ts'
import { burstMaxFor } from './partitionLayout.ts'

/**
 * The second half of adaptive capacity: isolating frequently accessed items ("split for heat").
 *
 * AWS: when traffic keeps concentrating on a few items, adaptive capacity rebalances partitions so that
 * frequently accessed items do not share a partition; a single hot item may end up alone on one, where it
 * can reach the per-partition maximum of 3,000 RCU / 1,000 WCU but never more. It is not done for tables
 * with a local secondary index (item collections are not split). AWS's throttling guide: "DynamoDB often
 * adapts to hot partitions through its automatic split-for-heat mechanism… If you see throttling events that
 * stop after a short period, your table might have already adapted by splitting the hot partition."
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/burst-adaptive-capacity.html,
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/throttling-key-range-limit-exceeded-mitigation.html,
 * AWS-FACTS §3.4). DynamoDB's 2022 paper describes the mechanism: a partition whose consumed throughput
 * crosses a threshold splits at a point chosen from the key distribution it has seen, and is not split
 * when the traffic is on a single item.
 *
 * Our model (the timings and thresholds are ours; AWS publishes none): every {@link ISOLATION_WINDOW_S}
 * virtual seconds, a partition that was hot in at least half of them splits at the point of its key range
 * that best balances the traffic it saw, if the lighter side gets at least {@link MIN_SIDE_SHARE} of it (so
 * one dominant item never splits: that would not help). "Hot" means close to the per-partition ceiling:
 * it consumed at least {@link HOT_SHARE_OF_CEILING} of 3,000 RCU or 1,000 WCU in that second. Only that
 * limit is one a split can lift; a table, GSI or on-demand maximum that is used up is not (throttles
 * against those do not count), and a partition busy within its ceiling is served by adaptive capacity's
 * borrowing. A resource never splits past {@link MAX_PARTITIONS_FOR_HEAT} partitions this way. The
 * children take half the parent's throughput and half its tokens and burst each (a split creates no
 * capacity).
 *
 * Not modelled: splitting an item collection (traffic is tracked per partition key value, so two hot items
 * that share a partition key never split apart; AWS can split a collection by sort key when the table has
 * no LSI); the 2023 guide's note that isolation is not available for provisioned tables with Streams
 * enabled (current pages do not say so) [unverified].
 */

/** Length of one evaluation window, virtual seconds. @default 30 */
export const ISOLATION_WINDOW_S = 30
/** The lighter side of a split must carry at least this share of the partition's traffic. @default 0.2 */
export const MIN_SIDE_SHARE = 0.2
/** A partition is hot in a second when it consumed at least this share of the per-partition ceiling. @default 0.8 */
export const HOT_SHARE_OF_CEILING = 0.8
/** Isolation never takes a resource past this many partitions (each holds an hour of per-second metrics). @default 64 */
export const MAX_PARTITIONS_FOR_HEAT = 64
/** Keys tracked per partition (space-saving heavy hitters). @default 8 */
const TRACKED_KEYS = 8

/** Traffic seen by one partition in the current window: the heaviest ring positions (space-saving sketch). */
export interface HeatSketch {
  rings: Float64Array
  weights: Float64Array
  n: number
}

/**
 * Adds `weight` (units / partition maximum: a read unit is 1/3,000, a write unit 1/1,000) for ring position
 * `ring` to partition `p`'s sketch. Space-saving: a new key replaces the lightest one and inherits its
 * weight, so the heaviest keys are always kept. No allocation after the first call per partition.
 */
export function recordHeat(heat: Map<number, HeatSketch>, p: PartitionState, ring: number, weight: number): void {
  let s = heat.get(p.id)
  if (!s) heat.set(p.id, (s = { rings: new Float64Array(TRACKED_KEYS), weights: new Float64Array(TRACKED_KEYS), n: 0 }))
  const { rings, weights } = s
  for (let i = 0; i < s.n; i++) {
    if (rings[i] === ring) {
      weights[i] += weight
      return
    }
  }
  if (s.n < TRACKED_KEYS) {
    rings[s.n] = ring
    weights[s.n++] = weight
    return
  }
  let min = 0
  for (let i = 1; i < TRACKED_KEYS; i++) if (weights[i]! < weights[min]!) min = i
  rings[min] = ring
  weights[min] += weight
}

/**
 * Where to split a partition for the traffic in `s`: the midpoint between two neighbouring tracked keys
 * (in ring order) that best balances the weight on both sides, or undefined when the lighter side would
 * carry less than {@link MIN_SIDE_SHARE} (e.g. one item takes nearly all the traffic).
 */
export function heatSplitPoint(s: HeatSketch): number | undefined {
  if (s.n < 2) return undefined
  const order = Array.from({ length: s.n }, (_, i) => i).sort((a, b) => s.rings[a]! - s.rings[b]!)
  let total = 0
  for (let i = 0; i < s.n; i++) total += s.weights[i]!
  let left = 0
  let best = -1
  let bestMin = 0
  for (let k = 1; k < order.length; k++) {
    left += s.weights[order[k - 1]!]!
    const m = Math.min(left, total - left)
    if (m > bestMin) {
      bestMin = m
      best = k
    }
  }
  if (best < 0 || bestMin < MIN_SIDE_SHARE * total) return undefined
  const a = s.rings[order[best - 1]!]!
  const b = s.rings[order[best]!]!
  return a === b ? undefined : Math.floor((a + b) / 2) + 1
}

/** True when the partition was hot in second `t`: it consumed close to the per-partition ceiling. */
function hotIn(series: Float64Array, t: number): boolean {
  const slot = t % W
  return series[P_CONSUMED_READ * W + slot]! >= HOT_SHARE_OF_CEILING * PARTITION_MAX_RCU || series[P_CONSUMED_WRITE * W + slot]! >= HOT_SHARE_OF_CEILING * PARTITION_MAX_WCU
}

/**
 * Ends an evaluation window that covered seconds [`from`, `to`): splits each partition of `r` that was hot
 * in at least half of them and whose traffic can be balanced (see {@link heatSplitPoint}), then forgets the
 * window's traffic. `pseries` are the partitions' metric buffers (metrics.ts). Returns true if a partition split.
 */
export function isolateHotItems(r: ResourceState, pseries: Map<number, Float64Array>, heat: Map<number, HeatSketch>, from: number, to: number, at: number): boolean {
  let split = false
  for (let i = r.partitions.length - 1; i >= 0; i--) {
    const p = r.partitions[i]!
    const s = heat.get(p.id)
    const series = pseries.get(p.id)
    if (!s || !series) continue
    let hot = 0
    for (let t = Math.max(from, to - W + 1); t < to; t++) if (hotIn(series, t)) hot++
    if (hot * 2 < to - from) continue
    const point = heatSplitPoint(s)
    if (point === undefined || point <= p.start || point >= p.end || r.partitions.length >= MAX_PARTITIONS_FOR_HEAT) continue
    r.partitions.splice(i, 1, ...splitAt(r, p, point, at))
    split = true
  }
  heat.clear()
  return split
}

/** Two children of `p` split at ring position `point`, each with half the parent's throughput and bucket contents. */
function splitAt(r: ResourceState, p: PartitionState, point: number, at: number): [PartitionState, PartitionState] {
  const onDemand = r.billing === 'PAY_PER_REQUEST'
  const rcu = onDemand ? PARTITION_MAX_RCU : p.rcu / 2
  const wcu = onDemand ? PARTITION_MAX_WCU : p.wcu / 2
  const child = (start: number, end: number): PartitionState => ({
    id: r.nextId++,
    start,
    end,
    rcu,
    wcu,
    read: { tokens: p.read.tokens / 2, burst: Math.min(burstMaxFor(r.billing, rcu), p.read.burst / 2), at: p.read.at < 0 ? at : p.read.at },
    write: { tokens: p.write.tokens / 2, burst: Math.min(burstMaxFor(r.billing, wcu), p.write.burst / 2), at: p.write.at < 0 ? at : p.write.at },
  })
  return [child(p.start, point), child(point, p.end)]
}

/** A resource's sketches as plain JSON (by partition id), for snapshots. */
export type HeatState = Record<string, { rings: number[]; weights: number[] }>

export function heatToState(heat: Map<number, HeatSketch>): HeatState {
  const out: HeatState = {}
  for (const [id, s] of heat) out[id] = { rings: Array.from(s.rings.subarray(0, s.n)), weights: Array.from(s.weights.subarray(0, s.n)) }
  return out
}

export function heatFromState(state: HeatState | undefined): Map<number, HeatSketch> {
  const heat = new Map<number, HeatSketch>()
  for (const [id, { rings, weights }] of Object.entries(state ?? {})) {
    const n = Math.min(TRACKED_KEYS, rings.length, weights.length)
    const s: HeatSketch = { rings: new Float64Array(TRACKED_KEYS), weights: new Float64Array(TRACKED_KEYS), n }
    s.rings.set(rings.slice(0, n))
    s.weights.set(weights.slice(0, n))
    heat.set(Number(id), s)
  }
  return heat
}
