import type { Table } from '../Table.ts'
import type { BillingMode } from '../types.ts'
import type { AutoScalingState, CapacityState, ResourceState } from './model.ts'
import { ON_DEMAND_INITIAL_PEAK } from './model.ts'
import { PARTITION_MAX_BYTES } from '../partitions.ts'
import { itemSize } from '../attributes/size.ts'
import { burstMaxFor, newResource, partitionIndexOf, partitionsNeeded, splitForThroughput, splitPartition, spreadThroughput } from './partitionLayout.ts'
import { burstAt, fullBucket, refill } from './tokenBucket.ts'
import { promotePeaks, recordServed } from './onDemand.ts'
import { ISOLATION_WINDOW_S, heatFromState, heatToState, isolateHotItems, type HeatSketch } from './isolation.ts'
import {
  blockFromRows,
  blockToRows,
  METRICS_SNAPSHOT_SECONDS,
  METRICS_WINDOW_SECONDS,
  newBlock,
  P_BURST_READ,
  P_BURST_WRITE,
  PARTITION_SERIES,
  R_CONSUMED_READ,
  R_CONSUMED_WRITE,
  R_PROVISIONED_READ,
  R_PROVISIONED_WRITE,
  RESOURCE_SERIES,
  type MetricsState,
} from './metrics.ts'

/** The table or one GSI at run time: its JSON state plus metric buffers. */
export interface Resource {
  readonly state: ResourceState
  /** '' for the table, else the GSI name (metrics key). */
  readonly key: string
  /** Partition key attribute of a GSI (placement of index writes); undefined for the table. */
  hashAttr: string | undefined
  /** RESOURCE_SERIES ring buffers. */
  series: Float64Array
  /** PARTITION_SERIES ring buffers by partition id. */
  pseries: Map<number, Float64Array>
  /** Keys each partition served in the current isolation window (adaptive capacity on; isolation.ts). Not in snapshots. */
  heat: Map<number, HeatSketch>
}

/**
 * Default per-table on-demand throughput quota, RRU and WRU per second (applied here per table and per GSI).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html @default 40000
 */
export const ON_DEMAND_TABLE_QUOTA = 40_000

/**
 * Resource-wide rate (units/s): provisioned RCU/WCU, or on-demand 2 × the previous peak, at most the 40,000
 * quota and at most the resource's OnDemandThroughput maximum when one is set ({@link onDemandMax}).
 */
export function resourceRate(r: ResourceState, write: boolean): number {
  if (r.billing === 'PAY_PER_REQUEST') {
    const rate = Math.min(ON_DEMAND_TABLE_QUOTA, 2 * (write ? r.onDemand.write.peak : r.onDemand.read.peak))
    const max = write ? r.maxWrite : r.maxRead
    return max !== undefined && max > 0 && max < rate ? max : rate
  }
  return write ? r.wcu : r.rcu
}

/** The OnDemandThroughput maximum in force on `r` (units/s), or -1 for none. */
export function onDemandMax(r: ResourceState, write: boolean): number {
  const max = write ? r.maxWrite : r.maxRead
  return max !== undefined && max > 0 ? max : -1
}

/**
 * A table's capacity physics at run time (owned by `Table.capacity`): partitions of the table and of each
 * GSI, their buckets, metrics and auto scaling. State follows the table's metadata lazily: {@link advance}
 * (called by every charge, by `Table.partitionCount()` and by the metric readers) notices a changed
 * billing mode, provisioned throughput or GSI list and applies it from that virtual instant.
 */
export class TableCapacity {
  table: Resource
  indexes: Resource[] = []
  autoScaling: AutoScalingState | undefined = undefined
  /** Last metric second (virtual seconds), -1 before any. */
  lastSecond = -1
  /** Seconds of metric history held (≤ window). */
  count = 0
  /** Virtual ms of the last {@link advance}. */
  lastNow = 0
  /** The service's clock, captured at the first charge (a Table is built without one). */
  clock: { now(): number } | undefined = undefined
  /** Adaptive capacity switch as of the last charge (`db.physics.adaptiveCapacity`): isolation runs while it is on. */
  adaptive = false
  /** First second of the current isolation window (-1: none yet). */
  #heatFrom = -1
  #checkedBytes = 0

  constructor(table: Table, state?: CapacityState) {
    const m = table.meta
    if (state) {
      this.table = wrap(state.table, '', undefined)
      this.indexes = state.indexes.map((s) => wrap(s, s.name, hashAttrOf(table, s.name)))
      this.autoScaling = state.autoScaling
      this.#checkedBytes = state.checkedBytes
      if (state.metrics) this.#restoreMetrics(state.metrics)
      if (state.isolation) {
        this.adaptive = state.isolation.adaptive
        this.#heatFrom = state.isolation.from
        for (const r of [this.table, ...this.indexes]) r.heat = heatFromState(state.isolation.heat[r.key])
      }
    } else {
      const pt = m.ProvisionedThroughput
      this.table = wrap(newResource(m.TableName, m.TableArn, m.BillingMode, pt.ReadCapacityUnits, pt.WriteCapacityUnits, table.sizeBytes), '', undefined)
    }
  }

  /** The GSI's resource, or undefined. */
  index(name: string): Resource | undefined {
    for (const r of this.indexes) if (r.key === name) return r
    return undefined
  }

  /** Index of the partition of `r` that owns ring position `hash`. */
  partitionIndex(r: Resource, hash: number): number {
    return partitionIndexOf(r.state.partitions, hash)
  }

  /** Current virtual time for callers without a clock (`Table.partitionCount()`): the clock's, else the last charge's. */
  now(): number {
    return this.clock ? this.clock.now() : this.lastNow
  }

  /** Brings the state to virtual time `now` (ms): metadata changes, metric seconds, on-demand peaks. */
  advance(table: Table, now: number): void {
    this.lastNow = now
    this.sync(table, now)
    const sec = Math.floor(now / 1000)
    if (sec !== this.lastSecond) {
      this.#roll(sec, now)
      if (this.adaptive) this.#isolate(table, sec, now)
    }
  }

  /**
   * Adaptive capacity's isolation of frequently accessed items (isolation.ts): every ISOLATION_WINDOW_S
   * seconds, hot partitions split between their hottest keys. Not for the table of a table with an LSI
   * (item collections are not split).
   */
  #isolate(table: Table, sec: number, now: number): void {
    if (this.#heatFrom < 0 || sec < this.#heatFrom) this.#heatFrom = sec
    if (sec - this.#heatFrom < ISOLATION_WINDOW_S) return
    const lsi = (table.meta.LocalSecondaryIndexes?.length ?? 0) > 0
    for (const r of [this.table, ...this.indexes]) {
      if (r === this.table && lsi) {
        r.heat.clear()
        continue
      }
      if (isolateHotItems(r.state, r.pseries, r.heat, this.#heatFrom, sec, now)) ensureSeries(r)
    }
    this.#heatFrom = sec
  }

  /** Applies metadata changes (billing mode, throughput, GSIs added/removed, size splits). Cheap when nothing changed. */
  sync(table: Table, now: number): void {
    const m = table.meta
    const pt = m.ProvisionedThroughput
    // While a switch to PROVISIONED is in progress the table still runs on-demand with the maxima it had
    // (UpdateTable already removed them from the metadata): the physics keeps them until the switch lands.
    const switching = m.pendingBillingMode === 'PROVISIONED'
    const odt = m.OnDemandThroughput
    const t = this.table.state
    syncResource(this.table, m.BillingMode, pt.ReadCapacityUnits, pt.WriteCapacityUnits, now, switching ? (t.maxRead ?? -1) : (odt?.MaxReadRequestUnits ?? -1), switching ? (t.maxWrite ?? -1) : (odt?.MaxWriteRequestUnits ?? -1))
    const gsis = m.GlobalSecondaryIndexes
    const n = gsis ? gsis.length : 0
    let same = n === this.indexes.length
    for (let i = 0; same && i < n; i++) same = gsis![i]!.IndexName === this.indexes[i]!.key
    if (!same) {
      const old = new Map(this.indexes.map((r) => [r.key, r]))
      this.indexes = (gsis ?? []).map((g) => {
        const gpt = g.ProvisionedThroughput
        return old.get(g.IndexName) ?? wrap(newResource(g.IndexName, `${m.TableArn}/index/${g.IndexName}`, m.BillingMode, gpt?.ReadCapacityUnits ?? pt.ReadCapacityUnits, gpt?.WriteCapacityUnits ?? pt.WriteCapacityUnits, 0), g.IndexName, undefined)
      })
    }
    for (let i = 0; i < n; i++) {
      const g = gsis![i]!
      const r = this.indexes[i]!
      if (r.hashAttr === undefined) r.hashAttr = g.KeySchema.find((k) => k.KeyType === 'HASH')?.AttributeName
      // A GSI without ProvisionedThroughput (test fixtures only; AWS always has one) gets the table's.
      const gpt = g.ProvisionedThroughput ?? pt
      const godt = g.OnDemandThroughput
      const rs = r.state
      syncResource(r, m.BillingMode, gpt.ReadCapacityUnits, gpt.WriteCapacityUnits, now, switching ? (rs.maxRead ?? -1) : (godt?.MaxReadRequestUnits ?? -1), switching ? (rs.maxWrite ?? -1) : (godt?.MaxWriteRequestUnits ?? -1))
    }
    const bytes = table.sizeBytes
    if (bytes > PARTITION_MAX_BYTES && Math.abs(bytes - this.#checkedBytes) > bytes / 100) {
      this.#checkedBytes = bytes
      this.#splitBySize(table, now)
    }
  }

  /** Splits every table partition holding more than 10 GB (AWS-FACTS §3.1). Scans the items: rare. */
  #splitBySize(table: Table, now: number): void {
    const r = this.table.state
    for (let guard = 0; guard < 64; guard++) {
      const bytes = new Array<number>(r.partitions.length).fill(0)
      for (const item of table.items.items()) bytes[partitionIndexOf(r.partitions, table.ringPosition(item))]! += itemSize(item)
      const i = bytes.findIndex((b) => b > PARTITION_MAX_BYTES)
      if (i < 0) break
      splitPartition(r, i, now)
      ensureSeries(this.table)
    }
  }

  /** Moves the metric window to second `sec`, clearing and filling the seconds in between. */
  #roll(sec: number, now: number): void {
    const all = [this.table, ...this.indexes]
    if (this.lastSecond >= 0) {
      for (const r of all) if (r.state.billing === 'PAY_PER_REQUEST') recordServed(r.state, r.series, this.lastSecond)
    }
    const W = METRICS_WINDOW_SECONDS
    const first = this.lastSecond < 0 ? sec : Math.max(this.lastSecond + 1, sec - W + 1)
    for (const r of all) {
      const s = r.state
      ensureSeries(r)
      for (let t = first; t <= sec; t++) {
        const slot = t % W
        for (let k = 0; k < RESOURCE_SERIES.length; k++) r.series[k * W + slot] = 0
        r.series[R_PROVISIONED_READ * W + slot] = s.billing === 'PROVISIONED' ? s.rcu : 0
        r.series[R_PROVISIONED_WRITE * W + slot] = s.billing === 'PROVISIONED' ? s.wcu : 0
        const end = t === sec ? now : (t + 1) * 1000
        for (const p of s.partitions) {
          const b = r.pseries.get(p.id)!
          for (let k = 0; k < PARTITION_SERIES.length; k++) b[k * W + slot] = 0
          b[P_BURST_READ * W + slot] = burstAt(p.read, p.rcu, burstMaxFor(s.billing, p.rcu), end)
          b[P_BURST_WRITE * W + slot] = burstAt(p.write, p.wcu, burstMaxFor(s.billing, p.wcu), end)
        }
      }
      if (s.billing === 'PAY_PER_REQUEST' && promotePeaks(s, sec)) {
        refillAll(s, now)
        splitForThroughput(s, partitionsNeeded(s), now)
        spreadThroughput(s)
        ensureSeries(r)
      }
    }
    this.count = Math.min(W, this.count + (sec - Math.max(this.lastSecond, first - 1)))
    this.lastSecond = sec
  }

  /** Consumed read/write units of `r` in the current metric second. */
  consumedNow(r: Resource, write: boolean): number {
    return r.series[(write ? R_CONSUMED_WRITE : R_CONSUMED_READ) * METRICS_WINDOW_SECONDS + (this.lastSecond % METRICS_WINDOW_SECONDS)]!
  }

  getState(): CapacityState {
    const state: CapacityState = {
      table: structuredCopy(this.table.state),
      indexes: this.indexes.map((r) => structuredCopy(r.state)),
      checkedBytes: this.#checkedBytes,
      metrics: this.#metricsState(),
    }
    if (this.autoScaling) state.autoScaling = structuredCopy(this.autoScaling)
    if (this.#heatFrom >= 0) {
      const heat: Record<string, ReturnType<typeof heatToState>> = {}
      for (const r of [this.table, ...this.indexes]) if (r.heat.size) heat[r.key] = heatToState(r.heat)
      state.isolation = { adaptive: this.adaptive, from: this.#heatFrom, heat }
    }
    return state
  }

  #metricsState(): MetricsState {
    const out: MetricsState = { lastSecond: this.lastSecond, count: Math.min(this.count, METRICS_SNAPSHOT_SECONDS), resources: {}, partitions: {} }
    if (this.lastSecond < 0) return out
    for (const r of [this.table, ...this.indexes]) {
      out.resources[r.key] = blockToRows(r.series, RESOURCE_SERIES.length, this.lastSecond, out.count)
      const parts: Record<string, number[][]> = {}
      for (const p of r.state.partitions) parts[p.id] = blockToRows(r.pseries.get(p.id)!, PARTITION_SERIES.length, this.lastSecond, out.count)
      out.partitions[r.key] = parts
    }
    return out
  }

  #restoreMetrics(m: MetricsState): void {
    this.lastSecond = m.lastSecond
    this.count = m.count
    if (m.lastSecond < 0) return
    for (const r of [this.table, ...this.indexes]) {
      const rows = m.resources[r.key]
      if (rows) r.series = blockFromRows(rows, RESOURCE_SERIES.length, m.lastSecond)
      for (const [id, prow] of Object.entries(m.partitions[r.key] ?? {})) r.pseries.set(Number(id), blockFromRows(prow, PARTITION_SERIES.length, m.lastSecond))
      ensureSeries(r)
    }
  }
}

function wrap(state: ResourceState, key: string, hashAttr: string | undefined): Resource {
  const r: Resource = { state, key, hashAttr, series: newBlock(RESOURCE_SERIES.length), pseries: new Map(), heat: new Map() }
  ensureSeries(r)
  return r
}

function hashAttrOf(table: Table, indexName: string): string | undefined {
  return table.meta.GlobalSecondaryIndexes?.find((g) => g.IndexName === indexName)?.KeySchema.find((k) => k.KeyType === 'HASH')?.AttributeName
}

/** Creates metric buffers for new partitions and drops those of split ones. */
function ensureSeries(r: Resource): void {
  const ids = new Set<number>()
  for (const p of r.state.partitions) {
    ids.add(p.id)
    if (!r.pseries.has(p.id)) r.pseries.set(p.id, newBlock(PARTITION_SERIES.length))
  }
  for (const id of r.pseries.keys()) if (!ids.has(id)) r.pseries.delete(id)
}

function refillAll(s: ResourceState, now: number): void {
  for (const p of s.partitions) {
    refill(p.read, p.rcu, burstMaxFor(s.billing, p.rcu), now)
    refill(p.write, p.wcu, burstMaxFor(s.billing, p.wcu), now)
  }
  refill(s.read, resourceRate(s, false), 0, now)
  refill(s.write, resourceRate(s, true), 0, now)
}

/**
 * Applies a billing mode or throughput change to one resource at `now`: buckets are first refilled at the
 * old rates, then partitions split if the new throughput needs more (never merge), and throughput is
 * spread evenly. Switching to on-demand sets the previous peak to half the provisioned throughput, or the
 * new-table 6,000 RRU / 2,000 WRU if higher (so the table can serve 2× that at once).
 * `maxRead`/`maxWrite`: the on-demand OnDemandThroughput maxima (-1 = none); a change of only those keeps the
 * partitions; the resource buckets keep their tokens, plus the increase of the limit or capped at a lower one.
 */
function syncResource(r: Resource, billing: BillingMode, rcu: number, wcu: number, now: number, maxRead: number, maxWrite: number): void {
  const s = r.state
  if (s.billing === billing) {
    if (billing === 'PROVISIONED' ? s.rcu === rcu && s.wcu === wcu : (s.maxRead ?? -1) === maxRead && (s.maxWrite ?? -1) === maxWrite) return
    if (billing === 'PAY_PER_REQUEST') {
      refillAll(s, now)
      const r0 = resourceRate(s, false)
      const w0 = resourceRate(s, true)
      s.maxRead = maxRead
      s.maxWrite = maxWrite
      // A higher limit adds its extra units to this second's tokens; a lower one caps them.
      const rr = resourceRate(s, false)
      const wr = resourceRate(s, true)
      s.read.tokens = Math.min(rr, s.read.tokens + Math.max(0, rr - r0))
      s.write.tokens = Math.min(wr, s.write.tokens + Math.max(0, wr - w0))
      return
    }
  }
  refillAll(s, now)
  if ((s.maxRead ?? -1) !== maxRead) s.maxRead = maxRead
  if ((s.maxWrite ?? -1) !== maxWrite) s.maxWrite = maxWrite
  if (s.billing !== billing && billing === 'PAY_PER_REQUEST') {
    s.onDemand.read.peak = Math.max(ON_DEMAND_INITIAL_PEAK.read, s.rcu / 2, s.onDemand.read.peak)
    s.onDemand.write.peak = Math.max(ON_DEMAND_INITIAL_PEAK.write, s.wcu / 2, s.onDemand.write.peak)
  }
  s.billing = billing
  s.rcu = billing === 'PAY_PER_REQUEST' ? 0 : rcu
  s.wcu = billing === 'PAY_PER_REQUEST' ? 0 : wcu
  splitForThroughput(s, partitionsNeeded(s), now)
  spreadThroughput(s)
  s.read = fullBucket(resourceRate(s, false), 0, now)
  s.write = fullBucket(resourceRate(s, true), 0, now)
  ensureSeries(r)
}

function structuredCopy<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T
}
