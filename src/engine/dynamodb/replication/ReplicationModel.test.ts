import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'
import { replication, replicationOf, replicationSettings } from './register.ts'
import { configureReplication } from './index.ts'
import { replicaRows } from './replicaRows.ts'
import { newOperationContext } from '../OperationContext.ts'
import type { Item } from '../types.ts'

let sim: Simulation

const put = (v: string) => sim.request('dynamodb', 'PutItem', { TableName: 'Tbl', Item: { pk: { S: 'k' }, v: { S: v } } })
const get = (consistent = false) => sim.request('dynamodb', 'GetItem', { TableName: 'Tbl', Key: { pk: { S: 'k' } }, ConsistentRead: consistent })
const str = (v: unknown) => (v as { S?: string } | undefined)?.S
const value = (r: ReturnType<typeof get>) => str((r.output as { Item?: Item }).Item?.['v'])

/** Values returned by `n` eventually consistent reads at the current virtual time. */
function eventualValues(n: number): (string | undefined)[] {
  return Array.from({ length: n }, () => value(get()))
}

beforeEach(() => {
  sim = new Simulation({ seed: 7 })
  addTestTable(sim, 'Tbl', { hash: ['pk', 'S'] })
})

describe('ReplicationModel', () => {
  describe('validations', () => {
    it('refuses a negative lag with a readable message', () => {
      expect(() => replication(sim.dynamodb).configure({ lagMs: -1 })).toThrow('lagMs must be a number >= 0 (virtual ms)')
    })

    it('refuses an unknown setting', () => {
      expect(() => replication(sim.dynamodb).configure({ lag: 3 } as never)).toThrow('Unknown replication setting lag')
    })
  })

  describe('functionality', () => {
    it('has no model and no stale reads by default (replicas in step)', () => {
      put('v1')
      put('v2')
      expect(replicationOf(sim.dynamodb)).toBeUndefined()
      expect(new Set(eventualValues(30))).toEqual(new Set(['v2']))
    })

    it('eventually consistent reads may return the previous version inside the lag window', () => {
      replication(sim.dynamodb).configure({ lagMs: 1000 })
      put('v1')
      sim.advanceBy(2000)
      put('v2')
      sim.advanceBy(10)
      const seen = eventualValues(60)
      expect(seen).toContain('v1')
      expect(seen).toContain('v2') // the leader (one replica in three) already has it
      const traces = Array.from({ length: 30 }, () => get().trace)
      const staleHop = traces.flatMap((t) => t.hops).find((h) => h.component.startsWith('partition') && h.detail['stale'] === true)
      expect(staleHop?.detail['replica']).toMatch(/^replica \(AZ [bc]\)$/)
      expect(traces.some((t) => t.detail['stale'] === false)).toBe(true)
    })

    it('an eventually consistent read of a just-inserted item may find nothing', () => {
      replication(sim.dynamodb).configure({ lagMs: 500 })
      put('new')
      expect(eventualValues(60)).toContain(undefined)
    })

    it('strongly consistent reads never see an old version', () => {
      replication(sim.dynamodb).configure({ lagMs: 1000, jitterMs: 500 })
      put('v1')
      put('v2')
      for (let i = 0; i < 50; i++) expect(value(get(true))).toBe('v2')
    })

    it('every replica has the latest version once the window has passed', () => {
      replication(sim.dynamodb).configure({ lagMs: 1000, jitterMs: 200 })
      put('v1')
      put('v2')
      sim.advanceBy(1200)
      expect(new Set(eventualValues(60))).toEqual(new Set(['v2']))
      expect(replication(sim.dynamodb).laggingKeys).toBe(0)
    })

    it('replicas apply writes in order (never a version older than one they already showed)', () => {
      replication(sim.dynamodb).configure({ lagMs: 100, jitterMs: 900 })
      for (let i = 1; i <= 5; i++) {
        put(`v${i}`)
        sim.advanceBy(1)
      }
      const model = replication(sim.dynamodb)
      const table = sim.dynamodb.tables.get('Tbl')!
      const key = { pk: { S: 'k' } }
      // Per replica, sampled over time, the version number never goes down.
      const last = [0, 0, 0]
      for (let t = 0; t < 1100; t += 25) {
        for (let i = 0; i < 20; i++) {
          const r = model.read(table, key, table.get(key), false)
          if (r.replica === undefined) continue
          const n = Number(str(r.item?.['v'])?.slice(1) ?? 0)
          expect(n).toBeGreaterThanOrEqual(last[r.replica]!)
          last[r.replica] = n
        }
        sim.advanceBy(25)
      }
      expect(last[0]).toBe(5)
      expect(model.laggingKeys).toBe(0)
    })

    it('keeps memory bounded: histories are dropped after the window', () => {
      replication(sim.dynamodb).configure({ lagMs: 5 })
      for (let i = 0; i < 800; i++) {
        sim.request('dynamodb', 'PutItem', { TableName: 'Tbl', Item: { pk: { S: `k${i}` } } })
        sim.advanceBy(1)
      }
      expect(replication(sim.dynamodb).laggingKeys).toBeLessThanOrEqual(6)
    })

    it('is deterministic for a seed', () => {
      const run = () => {
        sim = new Simulation({ seed: 3 })
        addTestTable(sim, 'Tbl', { hash: ['pk', 'S'] })
        replication(sim.dynamodb).configure({ lagMs: 300, jitterMs: 300 })
        put('a')
        put('b')
        sim.advanceBy(100)
        return eventualValues(20)
      }
      expect(run()).toEqual(run())
    })

    it('replicaRows: a Scan-like read sees old versions, hides fresh inserts and still shows fresh deletes', () => {
      replication(sim.dynamodb).configure({ lagMs: 1000 })
      const table = sim.dynamodb.tables.get('Tbl')!
      for (const k of ['a', 'b', 'c']) sim.request('dynamodb', 'PutItem', { TableName: 'Tbl', Item: { pk: { S: k }, v: { S: 'old' } } })
      sim.advanceBy(2000)
      sim.request('dynamodb', 'PutItem', { TableName: 'Tbl', Item: { pk: { S: 'a' }, v: { S: 'new' } } })
      sim.request('dynamodb', 'DeleteItem', { TableName: 'Tbl', Key: { pk: { S: 'b' } } })
      sim.request('dynamodb', 'PutItem', { TableName: 'Tbl', Item: { pk: { S: 'd' }, v: { S: 'new' } } })
      const compare = (x: Item, y: Item) => (str(x['pk'])! < str(y['pk'])! ? -1 : 1)
      const leaderRows = [...table.items.items()].sort(compare)
      const views = new Set<string>()
      for (let i = 0; i < 30; i++) {
        const ctx = newOperationContext(sim.clock.now())
        const rows = replicaRows(replicationOf(sim.dynamodb), table, leaderRows, false, ctx, compare, () => true)
        views.add([...rows].map((r) => `${str(r['pk'])}=${str(r['v']) ?? ''}`).join(','))
      }
      expect(views).toContain('a=new,c=old,d=new') // the leader
      expect(views).toContain('a=old,b=old,c=old') // a lagging replica
      const strong = replicaRows(replicationOf(sim.dynamodb), table, leaderRows, true, newOperationContext(0), compare, () => true)
      expect(strong).toBe(leaderRows)
    })

    it('GSI changes show after gsiLagMs, LSI-free tables and the base table at once', () => {
      sim = new Simulation()
      const t = addTestTable(sim, 'Gtbl', { hash: ['pk', 'S'] }, {
        attributes: [['g', 'S']],
        gsi: [{ IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, IndexStatus: 'ACTIVE', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5, NumberOfDecreasesToday: 0 } }],
      })
      replication(sim.dynamodb).configure({ gsiLagMs: 200 })
      // Build the index store first so maintenance runs on the change listener.
      return import('../indexes/maintenance.ts').then(({ indexStore }) => {
        expect(indexStore(t, 'byG')?.count).toBe(0)
        sim.request('dynamodb', 'PutItem', { TableName: 'Gtbl', Item: { pk: { S: '1' }, g: { S: 'x' } } })
        expect(indexStore(t, 'byG')?.count).toBe(0)
        sim.advanceBy(199)
        expect(indexStore(t, 'byG')?.count).toBe(0)
        sim.advanceBy(1)
        expect(indexStore(t, 'byG')?.count).toBe(1)
      })
    })

    it('configureReplication notifies subscribers; settings survive a snapshot round trip', () => {
      let calls = 0
      sim.subscribe(() => calls++)
      expect(replicationSettings(sim.dynamodb)).toEqual({ lagMs: 0, jitterMs: 0, gsiLagMs: 0 })
      configureReplication(sim, { lagMs: 2000, gsiLagMs: 100 })
      expect(calls).toBe(1)
      const copy = new Simulation()
      copy.setState(JSON.parse(JSON.stringify(sim.getState())) as ReturnType<Simulation['getState']>)
      expect(replicationSettings(copy.dynamodb)).toEqual({ lagMs: 2000, jitterMs: 0, gsiLagMs: 100 })
      // a snapshot without replication settings puts replicas back in step
      const state = sim.getState()
      delete state.replication
      copy.setState(state)
      expect(replicationSettings(copy.dynamodb)).toEqual({ lagMs: 0, jitterMs: 0, gsiLagMs: 0 })
    })

    it('refuses a damaged replication snapshot and keeps the current state', () => {
      configureReplication(sim, { lagMs: 50 })
      const state = sim.getState()
      state.replication = { settings: { lagMs: -5, jitterMs: 0, gsiLagMs: 0 }, random: 1 }
      expect(() => sim.setState(state)).toThrow('The workspace is damaged and was not loaded: lagMs must be a number >= 0 (virtual ms)')
      expect(replicationSettings(sim.dynamodb).lagMs).toBe(50)
    })
  })
})
