import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../Simulation.ts'
import { addTestTable } from '../dynamodb/validation/testTables.ts'
import { replication } from '../dynamodb/replication/register.ts'
import { createDaxCluster } from './index.ts'
import type { DaxCluster } from './DaxCluster.ts'
import type { Item } from '../dynamodb/types.ts'

let sim: Simulation
let dax: DaxCluster
const str = (v: unknown) => (v as { S?: string } | undefined)?.S
const key = (sk: string) => ({ pk: { S: 'u1' }, sk: { S: sk } })
const direct = (op: string, input: Record<string, unknown>) => sim.request('dynamodb', op, input)
const via = (op: string, input: Record<string, unknown>) => sim.request('dax', op, input)
const result = (r: { trace: { detail: Record<string, unknown> } }) => r.trace.detail['cacheResult']
const values = (items: Item[] | undefined) => (items ?? []).map((i) => `${str(i['sk'])}=${str(i['v'])}`).sort().join(',')

beforeEach(() => {
  sim = new Simulation({ seed: 3 })
  addTestTable(sim, 'Feed', { hash: ['pk', 'S'], range: ['sk', 'S'] })
  dax = createDaxCluster(sim, { name: 'feed-dax', nodes: 2 })
  for (const sk of ['a', 'b']) direct('PutItem', { TableName: 'Feed', Item: { ...key(sk), v: { S: 'v1' } } })
})

describe('DAX', () => {
  describe('functionality', () => {
    it('Query: cached by the whole request; stale after a write through DAX until the query TTL', () => {
      const q = (extra: Record<string, unknown> = {}) =>
        via('Query', { TableName: 'Feed', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'u1' } }, ...extra })
      expect(result(q())).toBe('miss')
      via('PutItem', { TableName: 'Feed', Item: { ...key('a'), v: { S: 'v2' } } })
      const stale = q()
      expect(result(stale)).toBe('hit')
      expect(values((stale.output as { Items: Item[] }).Items)).toBe('a=v1,b=v1')
      expect(result(q({ ScanIndexForward: false }))).toBe('miss')
      expect(dax.stats()).toMatchObject({ QueryCacheHits: 1, QueryCacheMisses: 2 })
      sim.advanceBy(300_000)
      expect(values((q().output as { Items: Item[] }).Items)).toBe('a=v2,b=v1')
    })

    it('Query results do not warm the item cache', () => {
      via('Query', { TableName: 'Feed', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'u1' } } })
      expect(result(via('GetItem', { TableName: 'Feed', Key: key('a') }))).toBe('miss')
    })

    it('BatchGetItem: each key is an item cache hit or miss; misses go to DynamoDB in one batch; absent keys are cached as not found', () => {
      via('GetItem', { TableName: 'Feed', Key: key('a') })
      const r = via('BatchGetItem', { RequestItems: { Feed: { Keys: [key('a'), key('b'), key('zz')] } } })
      expect(r.error).toBeUndefined()
      const out = r.output as { Responses: Record<string, Item[]>; UnprocessedKeys: object }
      expect(values(out.Responses['Feed'])).toBe('a=v1,b=v1')
      expect(out.UnprocessedKeys).toEqual({})
      expect(dax.stats()).toMatchObject({ ItemCacheHits: 1, ItemCacheMisses: 3 })
      const again = via('BatchGetItem', { RequestItems: { Feed: { Keys: [key('a'), key('b'), key('zz')], ProjectionExpression: 'v' } } })
      expect(result(again)).toBe('hit')
      expect(again.trace.hops.some((h) => h.service === 'dynamodb')).toBe(false)
      expect((again.output as { Responses: Record<string, Item[]> }).Responses['Feed']).toEqual([{ v: { S: 'v1' } }, { v: { S: 'v1' } }])
    })

    it('BatchGetItem with ConsistentRead passes through uncached', () => {
      const r = via('BatchGetItem', { RequestItems: { Feed: { Keys: [key('a')], ConsistentRead: true } } })
      expect(result(r)).toBe('pass-through')
      expect(dax.stats().itemCacheSize).toBe(0)
    })

    it("BatchGetItem: a request DAX cannot read gets DynamoDB's own error", () => {
      const r = via('BatchGetItem', { RequestItems: { Feed: { Keys: [{ pk: { S: 'u1' } }] } } })
      expect(r.error?.name).toBe('ValidationException')
    })

    it('BatchWriteItem through DAX updates the item cache (puts and deletes)', () => {
      via('GetItem', { TableName: 'Feed', Key: key('a') })
      via('GetItem', { TableName: 'Feed', Key: key('b') })
      const w = via('BatchWriteItem', {
        RequestItems: { Feed: [{ PutRequest: { Item: { ...key('a'), v: { S: 'v9' } } } }, { DeleteRequest: { Key: key('b') } }] },
      })
      expect(w.error).toBeUndefined()
      const a = via('GetItem', { TableName: 'Feed', Key: key('a') })
      expect(result(a)).toBe('hit')
      expect(str((a.output as { Item: Item }).Item['v'])).toBe('v9')
      const b = via('GetItem', { TableName: 'Feed', Key: key('b') })
      expect(result(b)).toBe('hit')
      expect((b.output as { Item?: Item }).Item).toBeUndefined()
    })

    it('TransactWriteItems through DAX populates the item cache; TransactGetItems passes through', () => {
      const w = via('TransactWriteItems', { TransactItems: [{ Put: { TableName: 'Feed', Item: { ...key('t'), v: { S: 'tx' } } } }] })
      expect(w.error).toBeUndefined()
      expect(result(via('GetItem', { TableName: 'Feed', Key: key('t') }))).toBe('hit')
      // DAX read the item back in the background with TransactGetItems: 2 × a strongly consistent read
      expect(w.trace.detail['backgroundTransactGetItems']).toMatchObject({ items: 1, consumedCapacity: [{ TableName: 'Feed', CapacityUnits: 2 }] })
      const g = via('TransactGetItems', { TransactItems: [{ Get: { TableName: 'Feed', Key: key('t') } }] })
      expect(g.error).toBeUndefined()
      expect(result(g)).toBe('pass-through')
      expect(dax.stats().passThroughCount).toBe(1)
    })

    it('a miss is an eventually consistent read: with replica lag it may cache an old version', () => {
      replication(sim.dynamodb).configure({ lagMs: 10_000 })
      direct('PutItem', { TableName: 'Feed', Item: { ...key('a'), v: { S: 'v2' } } })
      const seen = new Set<string | undefined>()
      for (let i = 0; i < 20; i++) {
        dax.flush()
        seen.add(str((via('GetItem', { TableName: 'Feed', Key: key('a') }).output as { Item: Item }).Item['v']))
      }
      expect(seen).toEqual(new Set(['v1', 'v2']))
      // strongly consistent reads through DAX never see the old version
      for (let i = 0; i < 10; i++) expect(str((via('GetItem', { TableName: 'Feed', Key: key('a'), ConsistentRead: true }).output as { Item: Item }).Item['v'])).toBe('v2')
    })
  })

  describe('traces', () => {
    it('hops are in time order inside the trace, with DAX and DynamoDB components', () => {
      for (const r of [via('GetItem', { TableName: 'Feed', Key: key('a') }), via('GetItem', { TableName: 'Feed', Key: key('a') }), via('PutItem', { TableName: 'Feed', Item: key('c') })]) {
        let t = r.trace.start
        for (const h of r.trace.hops) {
          expect(h.start).toBeGreaterThanOrEqual(t)
          expect(h.end).toBeGreaterThanOrEqual(h.start)
          t = h.end
        }
        expect(r.trace.end).toBe(t)
        expect(r.trace.service).toBe('dax')
        expect(r.trace.resource).toBe('Feed')
      }
      const write = sim.traces.latest(1)[0]!
      expect(write.hops.map((h) => h.component)).toEqual(['node 1 (primary)', 'request router', expect.stringMatching(/^partition /), 'item cache', 'client'])
    })

    it('a throttled miss shows the throttled partition and outcome', () => {
      sim.request('dynamodb', 'CreateTable', {
        TableName: 'Tiny',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
      })
      sim.advanceBy(60_000)
      let throttled: ReturnType<typeof via> | undefined
      for (let i = 0; i < 2000 && !throttled; i++) {
        const r = via('GetItem', { TableName: 'Tiny', Key: { pk: { S: `k${i}` } } }) // all misses: every key is new
        if (r.error) throttled = r
      }
      expect(throttled?.error?.name).toBe('ProvisionedThroughputExceededException')
      if (!throttled) return
      expect(throttled.trace.outcome).toBe('throttled')
      expect(throttled.trace.detail['cacheResult']).toBe('miss')
      expect(throttled.trace.hops.map((h) => h.component).slice(0, 3)).toEqual([expect.stringMatching(/^node /), 'item cache', 'request router'])
      expect(throttled.trace.hops.some((h) => h.service === 'dynamodb' && h.outcome === 'throttled')).toBe(true)
      expect(dax.stats().ErrorRequestCount).toBeGreaterThan(0)
    })
  })
})
