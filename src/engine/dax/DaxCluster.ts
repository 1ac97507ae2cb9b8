import type { Item } from '../dynamodb/types.ts'
import { LruCache, type LruState } from './LruCache.ts'
import { DAX_ITEM_CACHE_DEFAULT_TTL_MS } from './hitRatio.ts'

/** Default query cache TTL, ms (parameter `query-ttl-millis`). @default 300000 */
export const DAX_QUERY_CACHE_DEFAULT_TTL_MS = 300_000
/** Largest cluster: 1 primary + 10 read replicas ("≤ 11 nodes", AWS-FACTS §10); the simulator offers 1–10. @default 10 */
export const DAX_MAX_NODES = 10
/** Entries each cache holds before LRU eviction (a model of node memory). @default 10000 */
export const DAX_DEFAULT_CACHE_ENTRIES = 10_000

/** Options of {@link DaxCluster} / `createDaxCluster`. */
export interface DaxClusterOptions {
  /** Cluster name (1–20 characters in AWS). */
  name: string
  /** Nodes, 1–10: node 1 is the primary (takes writes), the others read replicas. @default 3 */
  nodes?: number
  /** Item cache TTL, virtual ms (`record-ttl-millis`); 0 = entries never expire (LRU and write-through only). @default 300000 */
  itemTtlMs?: number
  /** Query cache TTL, virtual ms (`query-ttl-millis`); 0 = Query/Scan results are not cached. @default 300000 */
  queryTtlMs?: number
  /** Tables this cluster serves; absent = every table. */
  tableNames?: string[]
  /** Entries per cache before LRU eviction. @default 10000 */
  maxEntries?: number
}

/** Settings as stored (every option resolved). */
export interface DaxClusterConfig {
  name: string
  nodes: number
  itemTtlMs: number
  queryTtlMs: number
  tableNames: string[] | undefined
  maxEntries: number
}

/**
 * Counters, named after DAX's CloudWatch metrics (namespace `AWS/DAX`) where one exists.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/dax-metrics-dimensions-dax.html
 */
export interface DaxCounters {
  ItemCacheHits: number
  ItemCacheMisses: number
  QueryCacheHits: number
  QueryCacheMisses: number
  ScanCacheHits: number
  ScanCacheMisses: number
  TotalRequestCount: number
  /** Requests that failed (client errors and throttling). */
  ErrorRequestCount: number
  /** Strongly consistent reads and TransactGetItems, passed to DynamoDB uncached. */
  passThroughCount: number
  /** Writes sent through to DynamoDB. */
  writeCount: number
  /** Sum and count of modeled latencies (virtual ms), per outcome, for averages. */
  hitLatencyMs: number
  missLatencyMs: number
}

/** What the UI shows: counters, ratios, cache sizes, per-node request counts, average latencies. */
export interface DaxClusterStats extends DaxCounters {
  name: string
  nodes: number
  itemTtlMs: number
  queryTtlMs: number
  /** hits / (hits + misses) of the item cache; 0 before any read. */
  itemCacheHitRatio: number
  queryCacheHitRatio: number
  itemCacheSize: number
  queryCacheSize: number
  evictions: number
  /** Requests served per node; index 0 is the primary. */
  nodeRequests: number[]
  /** Average modeled latency of a cache hit / a miss, virtual ms (0 when none yet). */
  averageHitLatencyMs: number
  averageMissLatencyMs: number
}

/** A cached GetItem result: the full item, or null for "not found" (negative caching). */
export type CachedItem = Item | null

export interface DaxClusterState {
  config: DaxClusterConfig
  counters: DaxCounters
  nodeRequests: number[]
  /** Per node: [virtual second, requests in it] for the load model. */
  nodeLoad: [number, number][]
  nextNode: number
  itemCache: LruState<CachedItem>
  queryCache: LruState<unknown>
}

function zeroCounters(): DaxCounters {
  return {
    ItemCacheHits: 0,
    ItemCacheMisses: 0,
    QueryCacheHits: 0,
    QueryCacheMisses: 0,
    ScanCacheHits: 0,
    ScanCacheMisses: 0,
    TotalRequestCount: 0,
    ErrorRequestCount: 0,
    passThroughCount: 0,
    writeCount: 0,
    hitLatencyMs: 0,
    missLatencyMs: 0,
  }
}

/** Resolves and checks options. @throws Error with a readable message for a bad name, node count or TTL */
export function resolveDaxConfig(o: DaxClusterOptions): DaxClusterConfig {
  if (typeof o.name !== 'string' || !/^[a-zA-Z][a-zA-Z0-9-]{0,19}$/.test(o.name)) {
    throw new Error('A DAX cluster name has 1–20 letters, digits or hyphens and starts with a letter')
  }
  const nodes = o.nodes ?? 3
  if (!Number.isInteger(nodes) || nodes < 1 || nodes > DAX_MAX_NODES) throw new Error(`A DAX cluster has 1 to ${DAX_MAX_NODES} nodes`)
  const itemTtlMs = o.itemTtlMs ?? DAX_ITEM_CACHE_DEFAULT_TTL_MS
  const queryTtlMs = o.queryTtlMs ?? DAX_QUERY_CACHE_DEFAULT_TTL_MS
  for (const [n, v] of [['itemTtlMs', itemTtlMs], ['queryTtlMs', queryTtlMs]] as const) {
    if (!Number.isFinite(v) || v < 0) throw new Error(`${n} must be a number of virtual ms >= 0`)
  }
  const maxEntries = o.maxEntries ?? DAX_DEFAULT_CACHE_ENTRIES
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new Error('maxEntries must be a whole number >= 1')
  return { name: o.name, nodes, itemTtlMs, queryTtlMs, tableNames: o.tableNames ? [...o.tableNames] : undefined, maxEntries }
}

/**
 * One DAX cluster in front of DynamoDB: an item cache (GetItem/BatchGetItem results by primary key) and a
 * query cache (Query/Scan results by the whole request), each with its TTL and LRU bound, plus counters.
 * The request path lives in request.ts; this class owns the state.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.html
 *
 * The node count shapes throughput and latency (requests are spread over nodes; writes go to the primary) but
 * not results: the model keeps one logical cache per kind (AWS replicates the primary's cache to the read
 * replicas asynchronously, "usually less than one second").
 */
export class DaxCluster {
  config: DaxClusterConfig
  readonly itemCache: LruCache<CachedItem>
  readonly queryCache: LruCache<unknown>
  counters: DaxCounters = zeroCounters()
  nodeRequests: number[]
  nodeLoad: [number, number][]
  /** Round-robin pointer for reads. */
  nextNode = 0

  constructor(options: DaxClusterOptions) {
    this.config = resolveDaxConfig(options)
    this.itemCache = new LruCache(this.config.maxEntries)
    this.queryCache = new LruCache(this.config.maxEntries)
    this.nodeRequests = new Array<number>(this.config.nodes).fill(0)
    this.nodeLoad = Array.from({ length: this.config.nodes }, (): [number, number] => [-1, 0])
  }

  get name(): string {
    return this.config.name
  }

  /** True when the cluster serves `tableName`. */
  serves(tableName: string): boolean {
    return !this.config.tableNames || this.config.tableNames.includes(tableName)
  }

  /**
   * Changes nodes, TTLs or tables. New TTLs apply to entries stored from now on (as a parameter group change).
   * @throws Error for bad values
   */
  configure(patch: Partial<Omit<DaxClusterOptions, 'name'>>): void {
    this.config = resolveDaxConfig({ ...this.config, tableNames: this.config.tableNames, ...patch, name: this.config.name })
    this.itemCache.maxEntries = this.config.maxEntries
    this.queryCache.maxEntries = this.config.maxEntries
    const n = this.config.nodes
    this.nodeRequests = Array.from({ length: n }, (_, i) => this.nodeRequests[i] ?? 0)
    this.nodeLoad = Array.from({ length: n }, (_, i): [number, number] => this.nodeLoad[i] ?? [-1, 0])
    this.nextNode %= n
  }

  /** Picks the node for a request (writes: the primary; reads: round robin) and counts it; returns its index and load factor input. */
  pickNode(isWrite: boolean, now: number): { node: number; load: number } {
    const node = isWrite ? 0 : this.nextNode
    if (!isWrite) this.nextNode = (this.nextNode + 1) % this.config.nodes
    this.nodeRequests[node]!++
    const second = Math.floor(now / 1000)
    const l = this.nodeLoad[node]!
    if (l[0] !== second) {
      l[0] = second
      l[1] = 0
    }
    return { node, load: l[1]++ }
  }

  /** Empties both caches (a reboot) and keeps the counters. */
  flush(): void {
    this.itemCache.clear()
    this.queryCache.clear()
  }

  stats(): DaxClusterStats {
    const c = this.counters
    const itemReads = c.ItemCacheHits + c.ItemCacheMisses
    const queryReads = c.QueryCacheHits + c.QueryCacheMisses + c.ScanCacheHits + c.ScanCacheMisses
    const hits = c.ItemCacheHits + c.QueryCacheHits + c.ScanCacheHits
    const misses = c.ItemCacheMisses + c.QueryCacheMisses + c.ScanCacheMisses
    return {
      ...c,
      name: this.config.name,
      nodes: this.config.nodes,
      itemTtlMs: this.config.itemTtlMs,
      queryTtlMs: this.config.queryTtlMs,
      itemCacheHitRatio: itemReads ? c.ItemCacheHits / itemReads : 0,
      queryCacheHitRatio: queryReads ? (c.QueryCacheHits + c.ScanCacheHits) / queryReads : 0,
      itemCacheSize: this.itemCache.size,
      queryCacheSize: this.queryCache.size,
      evictions: this.itemCache.evictions + this.queryCache.evictions,
      nodeRequests: [...this.nodeRequests],
      averageHitLatencyMs: hits ? c.hitLatencyMs / hits : 0,
      averageMissLatencyMs: misses ? c.missLatencyMs / misses : 0,
    }
  }

  getState(): DaxClusterState {
    return JSON.parse(
      JSON.stringify({
        config: this.config,
        counters: this.counters,
        nodeRequests: this.nodeRequests,
        nodeLoad: this.nodeLoad,
        nextNode: this.nextNode,
        itemCache: this.itemCache.getState(),
        queryCache: this.queryCache.getState(),
      }),
    ) as DaxClusterState
  }

  static fromState(state: DaxClusterState): DaxCluster {
    const c = new DaxCluster({ ...state.config, tableNames: state.config.tableNames ?? undefined })
    c.counters = { ...zeroCounters(), ...state.counters }
    c.nodeRequests = [...state.nodeRequests]
    c.nodeLoad = state.nodeLoad.map((l): [number, number] => [l[0], l[1]])
    c.nextNode = state.nextNode
    c.itemCache.setState(state.itemCache)
    c.queryCache.setState(state.queryCache)
    return c
  }
}
