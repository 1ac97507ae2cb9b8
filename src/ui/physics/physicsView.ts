import type { Simulation } from '../../engine/Simulation.ts'
import type { Table } from '../../engine/dynamodb/Table.ts'
import type { MetricsWindow } from '../../engine/dynamodb/physics/metrics.ts'
import { getMetrics } from '../../engine/dynamodb/physics/getMetrics.ts'
import { describePartitions } from '../../engine/dynamodb/physics/partitionView.ts'
import { hashKey } from '../../engine/dynamodb/partitions.ts'
import { keyString } from '../../engine/dynamodb/attributes/keys.ts'
import { RING_SIZE } from '../../engine/dynamodb/physics/model.ts'
import { partitionIndexOf } from '../../engine/dynamodb/physics/partitionLayout.ts'

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
  /** Burst bucket levels now (units). */
  burstRead: number
  burstWrite: number
  /** Throttled recently, or consuming more than its share: drawn glowing. */
  hot: boolean
}

export interface PhysicsView {
  tableName: string
  /** Whose partitions `partitions` are: '' for the table, else the GSI name. */
  index: string
  /** The table's GSIs (each has its own partitions and capacity). */
  indexes: string[]
  /** Virtual ms. */
  now: number
  billing: 'PROVISIONED' | 'PAY_PER_REQUEST'
  /** Provisioned RCU/WCU of the table or GSI shown (on-demand: its current limit, 2 × the previous peak). */
  rcu: number
  wcu: number
  partitions: PartitionView[]
  /** Per-second metrics of the last `windowSeconds` (table, GSIs, partitions). */
  metrics: MetricsWindow
  /** Ring positions of the resource's partition key values, at most {@link MAX_KEY_TICKS}. */
  keyTicks: number[]
}

/** Most key ticks the map draws. */
export const MAX_KEY_TICKS = 400

/** Seconds the map's throughput and throttle figures look back. */
export const RECENT_SECONDS = 5

/** Canonical partition key strings of the table ('') or of one GSI (items that have the GSI's key), cached by item-store version. */
const keyCache = new WeakMap<Table, Map<string, { version: number; keys: string[]; hashes: Uint32Array; itemHashes: Uint32Array }>>()

interface ResourceKeys {
  /** Distinct partition key strings. */
  keys: string[]
  /** Their ring positions. */
  hashes: Uint32Array
  /** Ring position of every item that is in the resource (table: all items; GSI: items with its key). */
  itemHashes: Uint32Array
}

function gsiHashAttribute(table: Table, index: string): string | undefined {
  return table.meta.GlobalSecondaryIndexes?.find((g) => g.IndexName === index)?.KeySchema.find((k) => k.KeyType === 'HASH')?.AttributeName
}

function resourceKeys(table: Table, index: string): ResourceKeys {
  let byIndex = keyCache.get(table)
  if (!byIndex) keyCache.set(table, (byIndex = new Map()))
  const cached = byIndex.get(index)
  if (cached?.version === table.items.version) return cached
  const attr = index ? gsiHashAttribute(table, index) : table.hashKey
  const distinct = new Map<string, number>()
  const itemHashes: number[] = []
  if (attr !== undefined) {
    for (const item of table.items.items()) {
      const v = item[attr]
      if (!v || !('S' in v || 'N' in v || 'B' in v)) continue
      const k = keyString(v)
      let h = distinct.get(k)
      if (h === undefined) distinct.set(k, (h = hashKey(k)))
      itemHashes.push(h)
    }
  }
  const entry = { version: table.items.version, keys: [...distinct.keys()], hashes: Uint32Array.from(distinct.values()), itemHashes: Uint32Array.from(itemHashes) }
  byIndex.set(index, entry)
  return entry
}

const sum = (a: readonly number[], from: number, to: number): number => {
  let s = 0
  for (let i = Math.max(0, from); i < to && i < a.length; i++) s += a[i]!
  return s
}

/**
 * Reads what the physics panels draw for `tableName`: the partitions of the table (or of GSI `index`) with
 * items, recent throughput, throttles and burst, and the metrics of the last `windowSeconds` virtual seconds
 * (table, GSIs, partitions). Undefined when the table is gone. An unknown `index` reads the table.
 */
export function readPhysicsView(sim: Simulation, tableName: string, windowSeconds = 180, index = ''): PhysicsView | undefined {
  const table = sim.dynamodb.tables.get(tableName)
  if (!table) return undefined
  const now = sim.clock.now()
  const second = Math.floor(now / 1000)
  const resources = describePartitions(sim.dynamodb, tableName)
  const res = resources.find((r) => r.index === index) ?? resources[0]!
  const metrics = getMetrics(sim.dynamodb, tableName, { from: Math.max(0, second - windowSeconds + 1), to: second + 1 })
  const n = metrics.to - metrics.from
  const rk = resourceKeys(table, res.index)
  const counts = new Array<number>(res.partitions.length).fill(0)
  for (const h of rk.itemHashes) counts[partitionIndexOf(res.partitions, h)]!++
  const ticks = Array.from(rk.hashes.subarray(0, MAX_KEY_TICKS))
  const partitions: PartitionView[] = res.partitions.map((p, i) => {
    const s = metrics.partitions.find((x) => x.resource === res.index && x.id === p.id)?.series
    const from = n - 1 - RECENT_SECONDS
    const readPerSecond = s ? sum(s.ConsumedReadCapacityUnits, from, n - 1) / RECENT_SECONDS : 0
    const writePerSecond = s ? sum(s.ConsumedWriteCapacityUnits, from, n - 1) / RECENT_SECONDS : 0
    const throttles = s ? sum(s.ReadThrottleEvents, n - RECENT_SECONDS, n) + sum(s.WriteThrottleEvents, n - RECENT_SECONDS, n) : 0
    return {
      id: p.id,
      start: p.start,
      end: p.end,
      rcu: p.rcu,
      wcu: p.wcu,
      items: counts[i]!,
      readPerSecond,
      writePerSecond,
      throttles,
      burstRead: p.burstRead,
      burstWrite: p.burstWrite,
      hot: throttles > 0 || (p.rcu > 0 && readPerSecond > p.rcu * 1.001) || (p.wcu > 0 && writePerSecond > p.wcu * 1.001),
    }
  })
  return {
    tableName,
    index: res.index,
    indexes: resources.filter((r) => r.index !== '').map((r) => r.index),
    now,
    billing: res.billingMode,
    rcu: res.readLimit,
    wcu: res.writeLimit,
    partitions,
    metrics,
    keyTicks: ticks,
  }
}

/**
 * Partition key values (as text, e.g. `Candidate_A` or `42`) that live on partition `id` of the table (or of
 * GSI `index`), at most `limit`, sorted.
 */
export function keysOnPartition(sim: Simulation, tableName: string, id: number, limit = 100, index = ''): { keys: string[]; more: boolean } {
  const table = sim.dynamodb.tables.get(tableName)
  if (!table) return { keys: [], more: false }
  const res = index ? table.capacity.index(index) : table.capacity.table
  const p = res?.state.partitions.find((x) => x.id === id)
  if (!res || !p) return { keys: [], more: false }
  const rk = resourceKeys(table, res.key)
  const keys: string[] = []
  let more = false
  for (let i = 0; i < rk.keys.length; i++) {
    const h = rk.hashes[i]!
    if (h < p.start || h >= p.end) continue
    if (keys.length >= limit) {
      more = true
      break
    }
    keys.push(rk.keys[i]!.slice(1))
  }
  keys.sort()
  return { keys, more }
}

/** Where a ring position sits on the ring, 0..1. */
export const ringFraction = (hash: number): number => hash / RING_SIZE
