import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'
import { replication } from './register.ts'
import type { Item } from '../types.ts'

let sim: Simulation
const str = (v: unknown) => (v as { S?: string } | undefined)?.S
const rows = (r: { output?: unknown }) => ((r.output as { Items?: Item[] }).Items ?? []).map((i) => `${str(i['sk'])}=${str(i['v'])}`).join(',')
const put = (sk: string, v: string) => sim.request('dynamodb', 'PutItem', { TableName: 'Feed', Item: { pk: { S: 'u1' }, sk: { S: sk }, v: { S: v } } })
const query = (consistent: boolean) =>
  sim.request('dynamodb', 'Query', { TableName: 'Feed', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'u1' } }, ConsistentRead: consistent })
const scan = (consistent: boolean) => sim.request('dynamodb', 'Scan', { TableName: 'Feed', ConsistentRead: consistent })

beforeEach(() => {
  sim = new Simulation({ seed: 21 })
  addTestTable(sim, 'Feed', { hash: ['pk', 'S'], range: ['sk', 'S'] })
  replication(sim.dynamodb).configure({ lagMs: 1000 })
  put('a', 'old')
  put('b', 'old')
  sim.advanceBy(5000)
  put('a', 'new')
  sim.request('dynamodb', 'DeleteItem', { TableName: 'Feed', Key: { pk: { S: 'u1' }, sk: { S: 'b' } } })
  put('c', 'new')
})

describe('Query', () => {
  describe('functionality', () => {
    it('an eventually consistent Query may return the replica’s older items inside the lag window', () => {
      const seen = new Set(Array.from({ length: 40 }, () => rows(query(false))))
      expect(seen).toContain('a=new,c=new') // leader
      expect(seen).toContain('a=old,b=old') // lagging replica: old a, deleted b still there, c not yet
    })

    it('a strongly consistent Query always returns the latest items', () => {
      for (let i = 0; i < 30; i++) expect(rows(query(true))).toBe('a=new,c=new')
    })

    it('returns the latest items once the window has passed', () => {
      sim.advanceBy(1000)
      expect(new Set(Array.from({ length: 30 }, () => rows(query(false))))).toEqual(new Set(['a=new,c=new']))
    })

    it('marks a stale read in the trace', () => {
      const traces = Array.from({ length: 40 }, () => query(false).trace)
      expect(traces.some((t) => typeof t.detail['staleItems'] === 'number' && (t.detail['staleItems'] as number) > 0)).toBe(true)
    })
  })
})

describe('Scan', () => {
  describe('functionality', () => {
    it('an eventually consistent Scan may see old versions; a strongly consistent one never does', () => {
      const seen = new Set(Array.from({ length: 40 }, () => rows(scan(false))))
      expect(seen).toContain('a=old,b=old')
      for (let i = 0; i < 20; i++) expect(rows(scan(true))).toBe('a=new,c=new')
    })
  })
})

describe('BatchGetItem', () => {
  describe('functionality', () => {
    it('eventually consistent keys may come from a lagging replica; ConsistentRead keys never do', () => {
      const batch = (consistent: boolean) =>
        sim.request('dynamodb', 'BatchGetItem', { RequestItems: { Feed: { Keys: [{ pk: { S: 'u1' }, sk: { S: 'a' } }], ConsistentRead: consistent } } })
      const value = (r: { output?: unknown }) => str((r.output as { Responses: Record<string, Item[]> }).Responses['Feed']?.[0]?.['v'])
      expect(new Set(Array.from({ length: 40 }, () => value(batch(false))))).toEqual(new Set(['old', 'new']))
      for (let i = 0; i < 20; i++) expect(value(batch(true))).toBe('new')
    })
  })
})

describe('Query', () => {
  describe('functionality', () => {
    it('a GSI shows a write only after gsiLagMs; the base table at once', () => {
      addTestTable(sim, 'Users', { hash: ['id', 'S'] }, {
        attributes: [['email', 'S']],
        gsi: [
          {
            IndexName: 'byEmail',
            KeySchema: [{ AttributeName: 'email', KeyType: 'HASH' }],
            Projection: { ProjectionType: 'ALL' },
            IndexStatus: 'ACTIVE',
            ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5, NumberOfDecreasesToday: 0 },
          },
        ],
      })
      replication(sim.dynamodb).configure({ lagMs: 0, gsiLagMs: 300 })
      const firstWrite = () => sim.request('dynamodb', 'PutItem', { TableName: 'Users', Item: { id: { S: '0' }, email: { S: 'first@x' } } })
      firstWrite() // before any read built the index: still lags
      const first = sim.request('dynamodb', 'Query', { TableName: 'Users', IndexName: 'byEmail', KeyConditionExpression: 'email = :e', ExpressionAttributeValues: { ':e': { S: 'first@x' } } })
      expect((first.output as { Count: number }).Count).toBe(0)
      expect(sim.dynamodb.tables.get('Users')!.itemCount).toBe(1)
      const byEmail = () =>
        sim.request('dynamodb', 'Query', { TableName: 'Users', IndexName: 'byEmail', KeyConditionExpression: 'email = :e', ExpressionAttributeValues: { ':e': { S: 'a@x' } } })
      expect((byEmail().output as { Count: number }).Count).toBe(0)
      sim.request('dynamodb', 'PutItem', { TableName: 'Users', Item: { id: { S: '1' }, email: { S: 'a@x' } } })
      expect(sim.request('dynamodb', 'GetItem', { TableName: 'Users', Key: { id: { S: '1' } }, ConsistentRead: true }).output).toHaveProperty('Item')
      expect((byEmail().output as { Count: number }).Count).toBe(0)
      sim.advanceBy(299)
      expect((byEmail().output as { Count: number }).Count).toBe(0)
      sim.advanceBy(1)
      expect((byEmail().output as { Count: number }).Count).toBe(1)
      // many writes in flight: one pending clock event, applied in commit order
      for (let i = 0; i < 50; i++) {
        sim.request('dynamodb', 'PutItem', { TableName: 'Users', Item: { id: { S: '1' }, email: { S: `v${i}@x` } } })
        sim.advanceBy(10)
      }
      expect(sim.clock.pending()).toBe(1)
      sim.advanceBy(300)
      expect(sim.clock.pending()).toBe(0)
      const last = sim.request('dynamodb', 'Query', { TableName: 'Users', IndexName: 'byEmail', KeyConditionExpression: 'email = :e', ExpressionAttributeValues: { ':e': { S: 'v49@x' } } })
      expect((last.output as { Count: number }).Count).toBe(1)
      expect((byEmail().output as { Count: number }).Count).toBe(0)
    })
  })
})
