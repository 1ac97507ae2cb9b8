import type { Simulation } from '../../engine/Simulation.ts'
import type { Table } from '../../engine/dynamodb/Table.ts'
import type { MetricsWindow } from '../../engine/dynamodb/physics/metrics.ts'
import { getMetrics } from '../../engine/dynamodb/physics/getMetrics.ts'
import { hashKey } from '../../engine/dynamodb/partitions.ts'
import { RING_SIZE } from '../../engine/dynamodb/physics/model.ts'

/** One partition as the partition map draws it. */
export interface PartitionView {
  id: number
  /** Range [start, end) of the 32-bit hash ring. */
  start: number
  end: number
  /** Per-second share of provisioned throughput (on-demand: the 3,000 / 1,000 ceilings). */
  rcu: number
  wcu: number
  items: number
  /** Consumed units per second, averaged over the last {@link RECENT_SECONDS} complete seconds. */
  readPerSecond: number
  writePerSecond: number
  /** Throttle events (reads + writes) in the last {@link RECENT_SECONDS} seconds. */
  throttles: number
  /** Burst bucket levels at the end of the newest second (units). */
  burstRead: number
  burstWrite: number
  /** Throttled recently, or consuming more than its share: drawn glowing. */
  hot: boolean
}

export interface PhysicsView {
  tableName: string
  /** Virtual ms. */
  now: number
  billing: 'PROVISIONED' | 'PAY_PER_REQUEST'
  rcu: number
  wcu: number
  partitions: PartitionView[]
  /** Per-second metrics of the last `windowSeconds` (table, GSIs, partitions). */
  metrics: MetricsWindow
  /** Ring positions of item collections (partition key values), at most {@link MAX_KEY_TICKS}. */
  keyTicks: number[]
}

/** Most key ticks the map draws. */
export const MAX_KEY_TICKS = 400

/** Seconds the map's throughput and throttle figures look back. */
export const RECENT_SECONDS = 5

/** Item counts per partition, cached per table by item-store version and partition layout. */
const itemCache = new WeakMap<Table, { key: string; counts: Map<number, number> }>()
const tickCache = new WeakMap<Table, { version: number; ticks: number[] }>()

function keyTicks(table: Table): number[] {
  const cached = tickCache.get(table)
  if (cached?.version === table.items.version) return cached.ticks
  const ticks: number[] = []
  for (const k of table.items.collectionKeys()) {
    if (ticks.length >= MAX_KEY_TICKS) break
    ticks.push(hashKey(k))
  }
  tickCache.set(table, { version: table.items.version, ticks })
  return ticks
}

function itemCounts(table: Table): Map<number, number> {
  const parts = table.capacity.table.state.partitions
  const key = `${table.items.version}:${parts.map((p) => p.id).join(',')}`
  const cached = itemCache.get(table)
  if (cached?.key === key) return cached.counts
  const counts = new Map<number, number>()
  for (const p of parts) counts.set(p.id, 0)
  for (const item of table.items.items()) {
    const p = parts[table.partitionOf(item)]!
    counts.set(p.id, counts.get(p.id)! + 1)
  }
  itemCache.set(table, { key, counts })
  return counts
}

const sum = (a: readonly number[], from: number, to: number): number => {
  let s = 0
  for (let i = Math.max(0, from); i < to && i < a.length; i++) s += a[i]!
  return s
}

/**
 * Reads what the physics panels draw for `tableName`: partitions (with items, recent throughput, throttles,
 * burst) and the metrics of the last `windowSeconds` virtual seconds. Undefined when the table is gone.
 */
export function readPhysicsView(sim: Simulation, tableName: string, windowSeconds = 180): PhysicsView | undefined {
  const table = sim.dynamodb.tables.get(tableName)
  if (!table) return undefined
  const now = sim.clock.now()
  const second = Math.floor(now / 1000)
  const metrics = getMetrics(sim.dynamodb, tableName, { from: Math.max(0, second - windowSeconds + 1), to: second + 1 })
  const n = metrics.to - metrics.from
  const counts = itemCounts(table)
  const state = table.capacity.table.state
  const partitions: PartitionView[] = []
  for (const p of state.partitions) {
    const m = metrics.partitions.find((x) => x.resource === '' && x.id === p.id)
    const s = m?.series
    const from = n - 1 - RECENT_SECONDS
    const readPerSecond = s ? sum(s.ConsumedReadCapacityUnits, from, n - 1) / RECENT_SECONDS : 0
    const writePerSecond = s ? sum(s.ConsumedWriteCapacityUnits, from, n - 1) / RECENT_SECONDS : 0
    const throttles = s ? sum(s.ReadThrottleEvents, n - RECENT_SECONDS, n) + sum(s.WriteThrottleEvents, n - RECENT_SECONDS, n) : 0
    const last = n - 1
    partitions.push({
      id: p.id,
      start: p.start,
      end: p.end,
      rcu: p.rcu,
      wcu: p.wcu,
      items: counts.get(p.id) ?? 0,
      readPerSecond,
      writePerSecond,
      throttles,
      burstRead: s?.BurstReadCapacityUnits[last] ?? 0,
      burstWrite: s?.BurstWriteCapacityUnits[last] ?? 0,
      hot: throttles > 0 || (p.rcu > 0 && readPerSecond > p.rcu * 1.001) || (p.wcu > 0 && writePerSecond > p.wcu * 1.001),
    })
  }
  return { tableName, now, billing: state.billing, rcu: state.rcu, wcu: state.wcu, partitions, metrics, keyTicks: keyTicks(table) }
}

/** Partition key values (as text, e.g. `Candidate_A` or `42`) that live on partition `id`, at most `limit`. */
export function keysOnPartition(sim: Simulation, tableName: string, id: number, limit = 100): { keys: string[]; more: boolean } {
  const table = sim.dynamodb.tables.get(tableName)
  const p = table?.capacity.table.state.partitions.find((x) => x.id === id)
  if (!table || !p) return { keys: [], more: false }
  const keys: string[] = []
  let more = false
  for (const k of table.items.collectionKeys()) {
    const h = hashKey(k)
    if (h < p.start || h >= p.end) continue
    if (keys.length >= limit) {
      more = true
      break
    }
    keys.push(k.slice(1))
  }
  keys.sort()
  return { keys, more }
}

/** Where a ring position sits on the ring, 0..1. */
export const ringFraction = (hash: number): number => hash / RING_SIZE
