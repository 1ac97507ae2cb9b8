import { describe, expect, it } from 'vitest'
import { buildArchitecture, layoutArchitecture, partitionNodeId } from './layout.ts'
import { bezierPoint, decisiveTime, dwellingAt, edgeCurve, keyframes, nodeForHop, planLegs, positionAt, route, tracePath } from './tokenPath.ts'
import { getItemTrace, table, validationErrorTrace } from './testTraces.ts'

const layout = layoutArchitecture(buildArchitecture([table({ partitionCount: 2 })]))
const anchor = (id: string) => layout.byId.get(id)!.anchor

describe('tokenPath', () => {
  describe('functionality', () => {
    it('maps hops to nodes: router, the named partition of the table, the client', () => {
      const t = getItemTrace()
      expect(t.hops.map((h) => nodeForHop(h, t, layout))).toEqual(['dynamodb', partitionNodeId('GameScores', 1), 'client'])
    })

    it('falls back to the table box, then the router, for a partition the view does not have', () => {
      const t = getItemTrace()
      const hop = { ...t.hops[1]!, component: 'partition 7' }
      expect(nodeForHop(hop, t, layout)).toBe('table:GameScores')
      const gone = { ...hop, detail: { table: 'Deleted' } }
      expect(nodeForHop(gone, { ...t, resource: 'Deleted' }, layout)).toBe('dynamodb')
    })

    it('sends a GSI Query to the table box: its partition is one of the GSI partitions, not a table partition', () => {
      const t = { ...getItemTrace(), detail: { indexName: 'byScore', indexKind: 'GSI' } }
      expect(nodeForHop(t.hops[1]!, t, layout)).toBe('table:GameScores')
      const lsi = { ...t, detail: { indexName: 'byDate', indexKind: 'LSI' } }
      expect(nodeForHop(lsi.hops[1]!, lsi, layout)).toBe(partitionNodeId('GameScores', 1)) // an LSI lives on the table's partitions
    })

    it('skips hops of services the view does not draw yet', () => {
      const t = getItemTrace()
      expect(nodeForHop({ ...t.hops[0]!, service: 'lambda', component: 'sandbox' }, t, layout)).toBeUndefined()
    })

    it('builds keyframes client → router → partition → client on the hop times', () => {
      expect(keyframes(getItemTrace(), layout)).toEqual([
        { t: 1000, node: 'client' },
        { t: 1003, node: 'dynamodb' },
        { t: 1004, node: 'dynamodb' },
        // router → partition hand-off has no gap: travel takes the first half of the partition hop
        { t: 1005, node: 'table:GameScores/p1' },
        { t: 1006, node: 'table:GameScores/p1' },
        { t: 1010, node: 'client' },
      ])
    })

    it('stops a validation error at the router and returns it to the client', () => {
      expect(keyframes(validationErrorTrace(), layout).map((k) => k.node)).toEqual(['client', 'dynamodb', 'dynamodb', 'client'])
    })

    it('routes partition → client back through the router', () => {
      expect(route(layout.edges, 'table:GameScores/p1', 'client')).toEqual(['table:GameScores/p1', 'dynamodb', 'client'])
      expect(route(layout.edges, 'client', 'client')).toEqual(['client'])
      expect(route(layout.edges, 'client', 'nowhere')).toBeUndefined()
    })

    it('evaluates the edge curve from end to end', () => {
      const c = edgeCurve({ x: 0, y: 0 }, { x: 100, y: 50 })
      expect(bezierPoint(c, 0)).toEqual({ x: 0, y: 0 })
      expect(bezierPoint(c, 1)).toEqual({ x: 100, y: 50 })
      expect(bezierPoint(c, 0.5)).toEqual({ x: 50, y: 25 })
    })

    it('puts the token at the client at start, the router while routing, the partition while reading, back at the end', () => {
      const t = getItemTrace()
      const legs = planLegs(keyframes(t, layout), layout)
      expect(positionAt(legs, layout, 999)).toEqual(anchor('client'))
      expect(positionAt(legs, layout, 1000)).toEqual(anchor('client'))
      expect(positionAt(legs, layout, 1003.5)).toEqual(anchor('dynamodb'))
      expect(positionAt(legs, layout, 1005.5)).toEqual(anchor('table:GameScores/p1'))
      expect(positionAt(legs, layout, 1010)).toEqual(anchor('client'))
      expect(positionAt(legs, layout, 5000)).toEqual(anchor('client'))
    })

    it('moves progressively along the client → router edge: progress = (now - start) / (end - start)', () => {
      const legs = planLegs(keyframes(getItemTrace(), layout), layout)
      const a = anchor('client')
      const b = anchor('dynamodb')
      const xs = [1000.5, 1001.5, 1002.5].map((t) => positionAt(legs, layout, t).x)
      expect(xs[0]).toBeGreaterThan(a.x)
      expect(xs[1]).toBeGreaterThan(xs[0]!)
      expect(xs[2]).toBeGreaterThan(xs[1]!)
      expect(xs[2]).toBeLessThan(b.x)
      // halfway in time is halfway along the (symmetric) curve
      expect(positionAt(legs, layout, 1001.5).x).toBeCloseTo((a.x + b.x) / 2, 0)
    })

    it('on the way back passes the router at the middle of a two-edge route of equal-ish lengths', () => {
      const legs = planLegs(keyframes(getItemTrace(), layout), layout)
      const p = positionAt(legs, layout, 1008.9)
      expect(p.x).toBeLessThan(anchor('table:GameScores/p1').x)
      expect(p.x).toBeGreaterThan(anchor('client').x)
    })

    it('tells which node a token is being processed at', () => {
      const legs = planLegs(keyframes(getItemTrace(), layout), layout)
      expect(dwellingAt(legs, 1001)).toBeUndefined()
      expect(dwellingAt(legs, 1003.5)).toBe('dynamodb')
      expect(dwellingAt(legs, 1004.5)).toBeUndefined()
      expect(dwellingAt(legs, 1005.5)).toBe('table:GameScores/p1')
      expect(dwellingAt(legs, 1010)).toBeUndefined()
    })

    it('collects the nodes and edges of a trace for highlighting', () => {
      const { nodes, edges } = tracePath(getItemTrace(), layout)
      expect([...nodes].sort()).toEqual(['client', 'dynamodb', 'table:GameScores/p1'])
      expect([...edges].sort()).toEqual(['client->dynamodb', 'dynamodb->table:GameScores/p1'])
    })

    it('finds the time the outcome was decided (end of the last non-client hop)', () => {
      expect(decisiveTime(getItemTrace())).toBe(1006)
      expect(decisiveTime(validationErrorTrace())).toBe(2004)
      expect(decisiveTime(getItemTrace({ hops: [] }))).toBe(1010)
    })
  })
})
