import { describe, expect, it } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { Simulation } from '../../engine/Simulation.ts'
import { addTestTable } from '../../engine/dynamodb/validation/testTables.ts'
import { createDaxCluster, deleteDaxCluster } from '../../engine/dax/index.ts'
import type { Trace } from '../../engine/trace.ts'
import { createSimSlice, type DaxClusterView, type SimSlice } from '../store/simSlice.ts'
import {
  buildArchitecture,
  daxCacheNodeId,
  daxNodeId,
  hitMissLabel,
  layoutArchitecture,
  partitionNodeId,
  streamNodeId,
  tableNodeId,
  VIEW_WIDTH,
  type ArchLayout,
} from './layout.ts'
import { keyframes, planLegs, positionAt, route, tracePath } from './tokenPath.ts'
import { tokenOutcome } from './playback.ts'
import { architectureSummary, describeDax, describeTables } from './summary.ts'
import { table } from './testTraces.ts'

const demo = (over: Partial<DaxClusterView> = {}): DaxClusterView => ({
  name: 'demo',
  nodes: 3,
  itemHits: 120,
  itemMisses: 4,
  queryHits: 0,
  queryMisses: 0,
  ...over,
})
const ITEM = daxCacheNodeId('demo', 'item cache')
const QUERY = daxCacheNodeId('demo', 'query cache')
const DAX = daxNodeId('demo')

/** A simulation with table Votes (2 partitions) and DAX cluster `demo`, mirrored into a store. */
function world() {
  const sim = new Simulation({ seed: 7 })
  const t = addTestTable(sim, 'Votes', { hash: ['pk', 'S'] })
  t.meta.ProvisionedThroughput.ReadCapacityUnits = 3000
  t.meta.ProvisionedThroughput.WriteCapacityUnits = 1000
  createDaxCluster(sim, { name: 'demo', nodes: 3 })
  sim.request('dynamodb', 'PutItem', { TableName: 'Votes', Item: { pk: { S: 'Candidate_A' }, n: { N: '1' } } })
  const store = createStore<SimSlice>()(createSimSlice)
  const sync = () => store.getState().syncFrom(sim)
  const layoutNow = (): ArchLayout => {
    sync()
    return layoutArchitecture(buildArchitecture(store.getState().tables, store.getState().daxClusters))
  }
  const via = (op: string, input: Record<string, unknown>): Trace => sim.request('dax', op, input).trace
  const direct = (op: string, input: Record<string, unknown>): Trace => sim.request('dynamodb', op, input).trace
  return { sim, store, sync, layoutNow, via, direct }
}

const getA = { TableName: 'Votes', Key: { pk: { S: 'Candidate_A' } } }
const nodesOf = (t: Trace, l: ArchLayout) => keyframes(t, l).map((k) => k.node)

describe('Architecture view with DAX and Streams', () => {
  describe('layout', () => {
    it('puts a DAX cluster with its item and query caches between the client and DynamoDB, keeping the direct edge', () => {
      const g = buildArchitecture([table({ name: 'A', partitionCount: 1 })], [demo()])
      expect(g.nodes.map((n) => `${n.id}@${n.column}`)).toEqual(['client@0', `${DAX}@1`, `${ITEM}@1`, `${QUERY}@1`, 'dynamodb@1', 'table:A@2', 'table:A/p0@2'])
      expect(g.edges.map((e) => e.id)).toEqual([
        'client->dynamodb',
        `client->${DAX}`,
        `${DAX}->${ITEM}`,
        `${DAX}->${QUERY}`,
        `${ITEM}->dynamodb`,
        `${QUERY}->dynamodb`,
        'dynamodb->table:A/p0',
      ])
      const cluster = g.nodes.find((n) => n.id === DAX)!
      expect(cluster.label).toBe('DAX demo')
      expect(cluster.sublabel).toBe('3 nodes · 97% hits')
      expect(g.nodes.find((n) => n.id === ITEM)!.sublabel).toBe('120 hit · 4 miss')
      expect(g.nodes.find((n) => n.id === QUERY)!.sublabel).toBe('0 hit · 0 miss')
    })

    it('stacks the DAX box above the router in its column, keeping three columns and about the same width', () => {
      const l = layoutArchitecture(buildArchitecture([table({ partitionCount: 4 })], [demo()]))
      const [client, dax, router, box] = ['client', DAX, 'dynamodb', tableNodeId('GameScores')].map((id) => l.byId.get(id)!)
      expect(client!.x + client!.w).toBeLessThan(dax!.x)
      expect(dax!.x).toBe(router!.x)
      expect(dax!.w).toBe(router!.w)
      expect(dax!.y + dax!.h + 20).toBeLessThan(router!.y)
      expect(router!.x + router!.w).toBeLessThan(box!.x)
      // Readable on a projector: the view grows by at most ~8% over the three-column view without DAX.
      expect(l.width).toBeLessThanOrEqual(VIEW_WIDTH * 1.08)
      for (const n of l.nodes) {
        expect(n.x).toBeGreaterThanOrEqual(0)
        expect(n.x + n.w).toBeLessThanOrEqual(l.width)
        expect(n.y).toBeGreaterThanOrEqual(0)
        expect(n.y + n.h).toBeLessThanOrEqual(l.height)
      }
    })

    it('runs the direct client → DynamoDB lane under the DAX boxes, with the client and router on it', () => {
      for (const tables of [[], [table({ partitionCount: 1 })], [table({ partitionCount: 8 }), table({ name: 'B' })]]) {
        const l = layoutArchitecture(buildArchitecture(tables, [demo(), demo({ name: 'other' })]))
        const client = l.byId.get('client')!
        const router = l.byId.get('dynamodb')!
        const lowest = l.byId.get(daxNodeId('other'))!
        expect(router.anchor.y).toBeCloseTo(client.anchor.y, 5)
        expect(client.anchor.y).toBeGreaterThan(lowest.y + lowest.h + 20)
        expect(l.byId.get(DAX)!.y + l.byId.get(DAX)!.h).toBeLessThan(lowest.y)
      }
    })

    it('stacks the item and query caches inside the DAX box; tokens meet the box at its left edge', () => {
      const l = layoutArchitecture(buildArchitecture([table()], [demo()]))
      const box = l.byId.get(DAX)!
      const [item, query] = [l.byId.get(ITEM)!, l.byId.get(QUERY)!]
      expect(item.y).toBeGreaterThan(box.y)
      expect(query.y).toBeGreaterThanOrEqual(item.y + item.h)
      expect(query.y + query.h).toBeLessThanOrEqual(box.y + box.h)
      expect(item.x).toBeGreaterThan(box.x)
      expect(item.x + item.w).toBeLessThan(box.x + box.w)
      expect(box.anchor.x).toBe(box.x)
      expect(item.anchor).toEqual({ x: item.x + 14, y: item.y + item.h / 2 })
    })

    it('keeps the three-column view unchanged without DAX', () => {
      const a = layoutArchitecture(buildArchitecture([table()]))
      const b = layoutArchitecture(buildArchitecture([table()], []))
      expect(b).toEqual(a)
      expect(a.width).toBe(VIEW_WIDTH)
    })

    it('attaches a Stream badge at the bottom of a table with a stream, under its last partition', () => {
      const plain = layoutArchitecture(buildArchitecture([table({ partitionCount: 2 })]))
      const l = layoutArchitecture(buildArchitecture([table({ partitionCount: 2, streamViewType: 'NEW_AND_OLD_IMAGES' }), table({ name: 'B' })]))
      const box = l.byId.get(tableNodeId('GameScores'))!
      const stream = l.byId.get(streamNodeId('GameScores'))!
      const last = l.byId.get(partitionNodeId('GameScores', 1))!
      expect(stream).toMatchObject({ kind: 'stream', label: 'Stream · new & old', parent: tableNodeId('GameScores') })
      expect(stream.title).toContain('NEW_AND_OLD_IMAGES')
      expect(stream.y).toBeGreaterThanOrEqual(last.y + last.h)
      expect(stream.y + stream.h).toBeLessThanOrEqual(box.y + box.h)
      expect(box.h).toBeGreaterThan(plain.byId.get(tableNodeId('GameScores'))!.h)
      expect(l.byId.has(streamNodeId('B'))).toBe(false)
      // No edge (no tokens yet): the stream is a hint of the pipeline.
      expect(l.edges.some((e) => e.from === stream.id || e.to === stream.id)).toBe(false)
      expect(buildArchitecture([table({ streamViewType: 'KEYS_ONLY' })]).nodes.find((n) => n.kind === 'stream')!.label).toBe('Stream · keys only')
    })

    it('shortens large hit and miss counts', () => {
      expect(hitMissLabel(0, 0)).toBe('0 hit · 0 miss')
      expect(hitMissLabel(1234, 999)).toBe('1.2k hit · 999 miss')
      expect(hitMissLabel(45_600, 2_500_000)).toBe('46k hit · 2.5M miss')
    })
  })

  describe('token paths of engine traces', () => {
    it('a DAX miss goes client → DAX → item cache → router → partition → item cache (fill) → DAX → client', () => {
      const w = world()
      const t = w.via('GetItem', getA)
      expect(t.detail['cacheResult']).toBe('miss')
      const l = w.layoutNow()
      const p = (t.detail['partitions'] as number[])[0]!
      const part = partitionNodeId('Votes', p)
      expect([...new Set(nodesOf(t, l))]).toEqual(['client', DAX, ITEM, 'dynamodb', part])
      expect(nodesOf(t, l).filter((n, i, a) => n !== a[i - 1])).toEqual(['client', DAX, ITEM, 'dynamodb', part, ITEM, 'client'])
      const path = tracePath(t, l)
      expect([...path.edges].sort()).toEqual([`client->${DAX}`, `${DAX}->${ITEM}`, `${ITEM}->dynamodb`, `dynamodb->${part}`].sort())
      expect(tokenOutcome(t)).toBe('ok')
    })

    it('a DAX hit turns back at the item cache, through the DAX box, coloured as a hit', () => {
      const w = world()
      w.via('GetItem', getA)
      const t = w.via('GetItem', getA)
      expect(t.detail['cacheResult']).toBe('hit')
      const l = w.layoutNow()
      expect(nodesOf(t, l).filter((n, i, a) => n !== a[i - 1])).toEqual(['client', DAX, ITEM, 'client'])
      expect(route(l.edges, ITEM, 'client', l.byId)).toEqual([ITEM, DAX, 'client'])
      expect([...tracePath(t, l).nodes]).not.toContain('dynamodb')
      expect(tokenOutcome(t)).toBe('hit')
      // The token is inside the DAX box while the cache answers.
      const legs = planLegs(keyframes(t, l), l)
      const lookup = t.hops.find((h) => h.component === 'item cache')!
      expect(positionAt(legs, l, lookup.end)).toEqual(l.byId.get(ITEM)!.anchor)
    })

    it('a write through DAX goes on to DynamoDB via the cache, never back through the client', () => {
      const w = world()
      const t = w.via('PutItem', { TableName: 'Votes', Item: { pk: { S: 'Candidate_B' } } })
      const l = w.layoutNow()
      const seq = nodesOf(t, l).filter((n, i, a) => n !== a[i - 1])
      expect(seq[0]).toBe('client')
      expect(seq[1]).toBe(DAX)
      expect(seq).toContain('dynamodb')
      expect(seq[seq.length - 1]).toBe('client')
      // Write-through: the item cache is updated on the way back, then the response leaves through the DAX box.
      expect(seq.slice(-2)).toEqual([ITEM, 'client'])
      expect(route(l.edges, DAX, 'dynamodb', l.byId)).toEqual([DAX, ITEM, 'dynamodb'])
      const path = tracePath(t, l)
      expect(path.edges.has('client->dynamodb')).toBe(false)
      expect(path.edges.has(`client->${DAX}`)).toBe(true)
      expect(path.edges.has(`${ITEM}->dynamodb`)).toBe(true)
    })

    it('a Query through DAX uses the query cache; a query-cache hit also returns through the DAX box', () => {
      const w = world()
      const query = { TableName: 'Votes', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'Candidate_A' } } }
      const t = w.via('Query', query)
      const l = w.layoutNow()
      expect(nodesOf(t, l)).toContain(QUERY)
      expect(nodesOf(t, l)).not.toContain(ITEM)
      const hit = w.via('Query', query)
      expect(hit.detail['cacheResult']).toBe('hit')
      const path = tracePath(hit, l)
      expect([...path.edges].sort()).toEqual([`client->${DAX}`, `${DAX}->${QUERY}`].sort())
      expect(path.nodes.has('dynamodb')).toBe(false)
    })

    it('a request sent straight to DynamoDB keeps its direct path when DAX exists', () => {
      const w = world()
      const t = w.direct('GetItem', getA)
      const l = w.layoutNow()
      const path = tracePath(t, l)
      expect(path.edges.has('client->dynamodb')).toBe(true)
      expect([...path.nodes].some((n) => n.startsWith('dax:'))).toBe(false)
      expect(route(l.edges, 'dynamodb', 'client', l.byId)).toEqual(['dynamodb', 'client'])
    })

    it('skips the DAX hops of a cluster the view no longer has', () => {
      const w = world()
      const t = w.via('GetItem', getA)
      deleteDaxCluster(w.sim, 'demo')
      const l = w.layoutNow()
      expect(l.byId.has(DAX)).toBe(false)
      expect(nodesOf(t, l).filter((n, i, a) => n !== a[i - 1])[1]).toBe('dynamodb')
    })
  })

  describe('store mirror and text', () => {
    it('mirrors DAX counters and enabled streams into the store', () => {
      const w = world()
      w.via('GetItem', getA)
      w.via('GetItem', getA)
      w.sync()
      expect(w.store.getState().daxClusters).toEqual([{ name: 'demo', nodes: 3, itemHits: 1, itemMisses: 1, queryHits: 0, queryMisses: 0 }])
      expect(w.store.getState().tables[0]!.streamViewType).toBeUndefined()
      const r = w.sim.request('dynamodb', 'UpdateTable', { TableName: 'Votes', StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } })
      expect(r.error).toBeUndefined()
      w.sim.advanceBy(60_000)
      const l = w.layoutNow()
      expect(w.store.getState().tables[0]!.streamViewType).toBe('NEW_IMAGE')
      expect(l.byId.get(streamNodeId('Votes'))!.label).toBe('Stream · new image')
    })

    it('describes clusters and streams for screen readers', () => {
      expect(describeDax([demo({ nodes: 1 })])).toEqual(['DAX cluster demo, 1 node, in front of DynamoDB, with an item cache and a query cache'])
      // Stable while requests run (no per-request counts), so the text list does not re-render on every hit.
      expect(describeDax([demo({ itemHits: 5 })])).toEqual(describeDax([demo({ itemHits: 6 })]))
      expect(describeTables([table({ partitionCount: 1, streamViewType: 'KEYS_ONLY' })])).toEqual(['Table GameScores: ACTIVE, 36 items, 1 partition, stream on'])
      expect(architectureSummary([], [], [demo()])).toBe('Architecture: client, DAX cluster demo, DynamoDB request router, no tables yet.')
    })
  })
})
