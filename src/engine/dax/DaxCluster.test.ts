import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../Simulation.ts'
import { addTestTable } from '../dynamodb/validation/testTables.ts'
import { configureDaxCluster, createDaxCluster, daxStats, deleteDaxCluster } from './index.ts'
import type { DaxCluster } from './DaxCluster.ts'
import type { Item } from '../dynamodb/types.ts'

let sim: Simulation
let dax: DaxCluster

const str = (v: unknown) => (v as { S?: string } | undefined)?.S
const key = (k = 'k') => ({ pk: { S: k } })
const daxGet = (k = 'k', extra: Record<string, unknown> = {}) => sim.request('dax', 'GetItem', { TableName: 'Music', Key: key(k), ...extra })
const daxPut = (v: string, k = 'k') => sim.request('dax', 'PutItem', { TableName: 'Music', Item: { ...key(k), v: { S: v } } })
const directPut = (v: string, k = 'k') => sim.request('dynamodb', 'PutItem', { TableName: 'Music', Item: { ...key(k), v: { S: v } } })
const itemOf = (r: { output?: unknown }) => (r.output as { Item?: Item } | undefined)?.Item
const valueOf = (r: { output?: unknown }) => str(itemOf(r)?.['v'])
const services = (r: { trace: { hops: { service: string }[] } }) => r.trace.hops.map((h) => h.service)

beforeEach(() => {
  sim = new Simulation({ seed: 11 })
  addTestTable(sim, 'Music', { hash: ['pk', 'S'] })
  dax = createDaxCluster(sim, { name: 'demo', nodes: 3 })
})

describe('DAX', () => {
  describe('validations', () => {
    it('returns ClusterNotFoundFault when no cluster exists', () => {
      deleteDaxCluster(sim, 'demo')
      const r = daxGet()
      expect(r.error?.name).toBe('ClusterNotFoundFault')
      expect(r.error?.message).toBe('The requested cluster ID does not refer to an existing DAX cluster.')
      expect(r.trace.service).toBe('dax')
    })

    it('returns ClusterNotFoundFault for an unknown cluster name', () => {
      expect(sim.request('dax', 'GetItem', { TableName: 'Music', Key: key() }, { cluster: 'nope' }).error?.name).toBe('ClusterNotFoundFault')
    })

    it('refuses a node count outside 1–10 and a duplicate name', () => {
      expect(() => createDaxCluster(sim, { name: 'big', nodes: 11 })).toThrow('A DAX cluster has 1 to 10 nodes')
      expect(() => createDaxCluster(sim, { name: 'none', nodes: 0 })).toThrow('A DAX cluster has 1 to 10 nodes')
      expect(() => createDaxCluster(sim, { name: 'demo' })).toThrow('A DAX cluster named demo already exists')
      expect(() => createDaxCluster(sim, { name: 'neg', itemTtlMs: -1 })).toThrow('itemTtlMs must be a number of virtual ms >= 0')
    })

    it("returns DynamoDB's ValidationException for a bad key, without caching", () => {
      const r = sim.request('dax', 'GetItem', { TableName: 'Music', Key: { other: { S: 'x' } } })
      expect(r.error?.name).toBe('ValidationException')
      expect(r.error?.message).toBe('The provided key element does not match the schema')
      expect(dax.stats().ErrorRequestCount).toBe(1)
      expect(dax.stats().itemCacheSize).toBe(0)
    })

    it('returns ResourceNotFoundException for an unknown table', () => {
      expect(sim.request('dax', 'GetItem', { TableName: 'Nope', Key: key() }).error?.name).toBe('ResourceNotFoundException')
    })

    it('refuses control-plane operations (they go to DynamoDB directly)', () => {
      const r = sim.request('dax', 'CreateTable', { TableName: 'Other' })
      expect(r.error?.name).toBe('UnknownOperationException')
    })
  })

  describe('capacity', () => {
    it('a hit consumes no DynamoDB capacity; a miss does', () => {
      directPut('v1')
      const miss = daxGet('k', { ReturnConsumedCapacity: 'TOTAL' })
      expect((miss.output as { ConsumedCapacity?: { CapacityUnits: number } }).ConsumedCapacity?.CapacityUnits).toBe(0.5)
      expect(miss.trace.detail['consumedCapacity']).toBeDefined()
      const hit = daxGet('k', { ReturnConsumedCapacity: 'TOTAL' })
      expect((hit.output as { ConsumedCapacity?: unknown }).ConsumedCapacity).toBeUndefined()
      expect(hit.trace.detail['consumedCapacity']).toBeUndefined()
    })
  })

  describe('functionality', () => {
    it('GetItem: a miss reads DynamoDB and fills the item cache; the next read is a hit', () => {
      directPut('v1')
      const miss = daxGet()
      expect(valueOf(miss)).toBe('v1')
      expect(miss.trace.detail['cacheResult']).toBe('miss')
      expect(services(miss)).toEqual(['dax', 'dax', 'dynamodb', 'dynamodb', 'dax', 'client'])
      const hit = daxGet()
      expect(valueOf(hit)).toBe('v1')
      expect(hit.trace.detail['cacheResult']).toBe('hit')
      expect(services(hit)).toEqual(['dax', 'dax', 'client'])
      expect(dax.stats()).toMatchObject({ ItemCacheHits: 1, ItemCacheMisses: 1, itemCacheHitRatio: 0.5, TotalRequestCount: 2 })
    })

    it('models microseconds for a hit and milliseconds for a miss', () => {
      directPut('v1')
      const miss = daxGet()
      const hit = daxGet()
      expect(hit.trace.end - hit.trace.start).toBeLessThan(1)
      expect(miss.trace.end - miss.trace.start).toBeGreaterThan(5)
      const s = dax.stats()
      expect(s.averageHitLatencyMs).toBeLessThan(1)
      expect(s.averageMissLatencyMs).toBeGreaterThan(5)
    })

    it('item cache entries expire after the TTL (5 minutes by default) on the virtual clock', () => {
      directPut('v1')
      daxGet()
      sim.advanceBy(299_999)
      expect(daxGet().trace.detail['cacheResult']).toBe('hit')
      sim.advanceBy(1)
      expect(daxGet().trace.detail['cacheResult']).toBe('miss')
    })

    it('honours a configured item TTL', () => {
      const fast = createDaxCluster(sim, { name: 'fast', itemTtlMs: 1000 })
      directPut('v1')
      const get = () => sim.request('dax', 'GetItem', { TableName: 'Music', Key: key() }, { cluster: 'fast' })
      get()
      sim.advanceBy(999)
      expect(get().trace.detail['cacheResult']).toBe('hit')
      sim.advanceBy(1)
      expect(get().trace.detail['cacheResult']).toBe('miss')
      expect(fast.stats().ItemCacheMisses).toBe(2)
      expect(dax.stats().TotalRequestCount).toBe(0)
    })

    it('negative caching: a miss for an absent item caches "not found" for the TTL', () => {
      expect(itemOf(daxGet())).toBeUndefined()
      directPut('v1') // bypasses DAX: invisible to it
      const r = daxGet()
      expect(r.trace.detail['cacheResult']).toBe('hit')
      expect(itemOf(r)).toBeUndefined()
      sim.advanceBy(300_000)
      expect(valueOf(daxGet())).toBe('v1')
    })

    it('write-through: a write through DAX updates the item cache, whatever the remaining TTL', () => {
      directPut('v1')
      daxGet()
      sim.advanceBy(200_000)
      const w = daxPut('v2')
      expect(w.error).toBeUndefined()
      expect(w.trace.detail['cacheResult']).toBe('write-through')
      expect(w.trace.hops.map((h) => `${h.service}:${h.component}`)).toContain('dax:item cache')
      const r = daxGet()
      expect(r.trace.detail['cacheResult']).toBe('hit')
      expect(valueOf(r)).toBe('v2')
      sim.advanceBy(299_000) // the write restarted the TTL
      expect(daxGet().trace.detail['cacheResult']).toBe('hit')
    })

    it('write-through caches an item DAX had not read, and a delete as "not found"', () => {
      daxPut('fresh', 'n')
      expect(daxGet('n').trace.detail['cacheResult']).toBe('hit')
      sim.request('dax', 'DeleteItem', { TableName: 'Music', Key: key('n') })
      const r = daxGet('n')
      expect(r.trace.detail['cacheResult']).toBe('hit')
      expect(itemOf(r)).toBeUndefined()
    })

    it('a failed conditional write through DAX leaves the cache alone', () => {
      directPut('v1')
      daxGet()
      const w = sim.request('dax', 'PutItem', { TableName: 'Music', Item: { ...key(), v: { S: 'v2' } }, ConditionExpression: 'attribute_not_exists(pk)' })
      expect(w.error?.name).toBe('ConditionalCheckFailedException')
      expect(valueOf(daxGet())).toBe('v1')
    })

    it('writes made directly to DynamoDB are invisible to DAX until the entry expires', () => {
      directPut('v1')
      daxGet()
      directPut('v2')
      expect(valueOf(daxGet())).toBe('v1')
      sim.advanceBy(300_000)
      expect(valueOf(daxGet())).toBe('v2')
    })

    it('strongly consistent reads pass through to DynamoDB uncached', () => {
      directPut('v1')
      const r = daxGet('k', { ConsistentRead: true })
      expect(valueOf(r)).toBe('v1')
      expect(r.trace.detail['cacheResult']).toBe('pass-through')
      expect(services(r)).toContain('dynamodb')
      expect(dax.stats()).toMatchObject({ passThroughCount: 1, ItemCacheHits: 0, ItemCacheMisses: 0, itemCacheSize: 0 })
      expect(daxGet().trace.detail['cacheResult']).toBe('miss')
      // a cached entry does not answer a strongly consistent read either
      directPut('v2')
      expect(valueOf(daxGet('k', { ConsistentRead: true }))).toBe('v2')
    })

    it('applies ProjectionExpression to the cached whole item', () => {
      sim.request('dynamodb', 'PutItem', { TableName: 'Music', Item: { ...key(), a: { S: '1' }, b: { S: '2' } } })
      expect(itemOf(daxGet('k', { ProjectionExpression: 'a' }))).toEqual({ a: { S: '1' } })
      const hit = daxGet('k', { ProjectionExpression: 'b' })
      expect(hit.trace.detail['cacheResult']).toBe('hit')
      expect(itemOf(hit)).toEqual({ b: { S: '2' } })
      expect(itemOf(daxGet())).toEqual({ ...key(), a: { S: '1' }, b: { S: '2' } })
    })

    it('query cache: a Scan is cached by its parameters and stays stale after a write through DAX', () => {
      directPut('v1')
      const scan = (extra: Record<string, unknown> = {}) => sim.request('dax', 'Scan', { TableName: 'Music', ...extra })
      const first = scan()
      expect(first.trace.detail['cacheResult']).toBe('miss')
      daxPut('v2')
      const again = scan()
      expect(again.trace.detail['cacheResult']).toBe('hit')
      expect(str((again.output as { Items: Item[] }).Items[0]!['v'])).toBe('v1')
      // different parameters: a different entry
      expect(scan({ Limit: 5 }).trace.detail['cacheResult']).toBe('miss')
      // the item cache saw the write
      expect(valueOf(daxGet())).toBe('v2')
      sim.advanceBy(300_000)
      expect(str((scan().output as { Items: Item[] }).Items[0]!['v'])).toBe('v2')
      expect(dax.stats()).toMatchObject({ ScanCacheHits: 1, ScanCacheMisses: 3 })
    })

    it('query cache: empty results are cached too, and a query TTL of 0 disables the cache', () => {
      const scan = () => sim.request('dax', 'Scan', { TableName: 'Music' })
      scan()
      directPut('v1')
      expect((scan().output as { Count: number }).Count).toBe(0)
      dax.configure({ queryTtlMs: 0 })
      sim.advanceBy(300_000)
      scan()
      expect(scan().trace.detail['cacheResult']).toBe('not cached')
    })

    it('strongly consistent Scans pass through', () => {
      const r = sim.request('dax', 'Scan', { TableName: 'Music', ConsistentRead: true })
      expect(r.trace.detail['cacheResult']).toBe('pass-through')
      expect(dax.stats().queryCacheSize).toBe(0)
    })

    it('spreads reads over the nodes and sends writes to the primary', () => {
      directPut('v1')
      for (let i = 0; i < 6; i++) daxGet()
      daxPut('v2')
      daxPut('v3')
      expect(dax.stats().nodeRequests).toEqual([4, 2, 2])
      const w = daxPut('v4')
      expect(w.trace.hops[0]!.component).toBe('node 1 (primary)')
    })

    it('evicts the least recently used entry when a cache is full', () => {
      dax.configure({ maxEntries: 2 })
      for (const k of ['a', 'b', 'c']) directPut('v', k)
      daxGet('a')
      daxGet('b')
      daxGet('a') // a is now most recently used
      daxGet('c') // evicts b
      expect(daxGet('a').trace.detail['cacheResult']).toBe('hit')
      expect(daxGet('b').trace.detail['cacheResult']).toBe('miss')
      expect(dax.stats().evictions).toBeGreaterThanOrEqual(1)
    })

    it('serves only its tables when tableNames is set', () => {
      deleteDaxCluster(sim, 'demo')
      createDaxCluster(sim, { name: 'other', tableNames: ['Else'] })
      expect(daxGet().error?.name).toBe('ClusterNotFoundFault')
    })

    it('survives a snapshot round trip (caches, counters, TTLs)', () => {
      directPut('v1')
      daxGet()
      const state = JSON.parse(JSON.stringify(sim.getState())) as ReturnType<Simulation['getState']>
      const copy = new Simulation({ seed: 11 })
      copy.setState(state)
      const r = copy.request('dax', 'GetItem', { TableName: 'Music', Key: key() })
      expect(r.trace.detail['cacheResult']).toBe('hit')
      expect(daxStats(copy)[0]).toMatchObject({ name: 'demo', ItemCacheHits: 1, ItemCacheMisses: 1 })
    })

    it('loads a snapshot without DAX (older format): no clusters', () => {
      const state = sim.getState()
      delete state.dax
      sim.setState(state)
      expect(daxStats(sim)).toEqual([])
    })

    it('configureDaxCluster changes nodes and TTLs and notifies subscribers', () => {
      let calls = 0
      sim.subscribe(() => calls++)
      configureDaxCluster(sim, 'demo', { nodes: 5, itemTtlMs: 1000 })
      expect(calls).toBe(1)
      expect(dax.stats()).toMatchObject({ nodes: 5, itemTtlMs: 1000, nodeRequests: [0, 0, 0, 0, 0] })
      expect(() => configureDaxCluster(sim, 'nope', { nodes: 2 })).toThrow('The requested cluster ID does not refer to an existing DAX cluster.')
      expect(() => configureDaxCluster(sim, 'demo', { nodes: 0 })).toThrow('A DAX cluster has 1 to 10 nodes')
    })

    it('a busy node answers more slowly (load factor), never differently', () => {
      directPut('v1')
      daxGet()
      const quiet = daxGet()
      for (let i = 0; i < 120_000; i++) dax.pickNode(false, sim.clock.now())
      const busy = daxGet()
      expect(valueOf(busy)).toBe(valueOf(quiet))
      expect(busy.trace.end - busy.trace.start).toBeGreaterThan((quiet.trace.end - quiet.trace.start) * 1.5)
    })

    it('counts untraced requests (trace: false, the load generator) without logging a trace', () => {
      directPut('v1')
      const before = sim.traces.list().length
      const r = sim.request('dax', 'GetItem', { TableName: 'Music', Key: key() }, { source: 'load', trace: false })
      expect(valueOf(r)).toBe('v1')
      expect(r.trace.id).toBe('untraced')
      expect(sim.traces.list().length).toBe(before)
      expect(dax.stats()).toMatchObject({ ItemCacheMisses: 1, TotalRequestCount: 1 })
      expect(dax.stats().averageMissLatencyMs).toBeGreaterThan(1)
    })

    it('refuses a damaged DAX snapshot and keeps the current clusters', () => {
      const state = sim.getState()
      state.dax = { clusters: [{ ...state.dax!.clusters[0]!, config: { ...state.dax!.clusters[0]!.config, nodes: 0 } }] }
      expect(() => sim.setState(state)).toThrow('The workspace is damaged and was not loaded: A DAX cluster has 1 to 10 nodes')
      expect(daxStats(sim).map((s) => s.name)).toEqual(['demo'])
    })
  })
})
