import { describe, expect, it } from 'vitest'
import { buildArchitecture, layoutArchitecture, partitionNodeId, slotHeight, tableNodeId, truncate, VIEW_WIDTH } from './layout.ts'
import { table } from './testTraces.ts'

describe('layoutArchitecture', () => {
  describe('functionality', () => {
    it('has a client, the DynamoDB router, each table and one bar per partition', () => {
      const g = buildArchitecture([table({ name: 'A', partitionCount: 3 }), table({ name: 'B', partitionCount: 1 })])
      expect(g.nodes.map((n) => n.id)).toEqual(['client', 'dynamodb', 'table:A', 'table:A/p0', 'table:A/p1', 'table:A/p2', 'table:B', 'table:B/p0'])
      expect(g.nodes.filter((n) => n.kind === 'slot').map((n) => n.label)).toEqual(['partition 0', 'partition 1', 'partition 2', 'partition 0'])
      expect(g.edges.map((e) => `${e.from}->${e.to}`)).toEqual([
        'client->dynamodb',
        'dynamodb->table:A/p0',
        'dynamodb->table:A/p1',
        'dynamodb->table:A/p2',
        'dynamodb->table:B/p0',
      ])
    })

    it('shows a placeholder when there are no tables', () => {
      const l = layoutArchitecture(buildArchitecture([]))
      expect(l.nodes.map((n) => n.kind)).toEqual(['client', 'service', 'placeholder'])
    })

    it('places columns left to right inside the view width', () => {
      const l = layoutArchitecture(buildArchitecture([table()]))
      const client = l.byId.get('client')!
      const router = l.byId.get('dynamodb')!
      const box = l.byId.get(tableNodeId('GameScores'))!
      expect(client.x + client.w).toBeLessThan(router.x)
      expect(router.x + router.w).toBeLessThan(box.x)
      expect(box.x + box.w).toBeLessThanOrEqual(VIEW_WIDTH)
      expect(l.width).toBe(VIEW_WIDTH)
    })

    it('stacks partitions inside their table box without overlap', () => {
      const l = layoutArchitecture(buildArchitecture([table({ partitionCount: 4 })]))
      const box = l.byId.get(tableNodeId('GameScores'))!
      const bars = [0, 1, 2, 3].map((p) => l.byId.get(partitionNodeId('GameScores', p))!)
      for (const [i, b] of bars.entries()) {
        expect(b.y).toBeGreaterThan(box.y)
        expect(b.y + b.h).toBeLessThanOrEqual(box.y + box.h)
        if (i > 0) expect(b.y).toBeGreaterThanOrEqual(bars[i - 1]!.y + bars[i - 1]!.h)
        expect(b.anchor.x).toBeGreaterThan(b.x)
        expect(b.anchor.y).toBe(b.y + b.h / 2)
      }
    })

    it('stacks tables without overlap and grows the view to fit them', () => {
      const l = layoutArchitecture(buildArchitecture([table({ name: 'A' }), table({ name: 'B' }), table({ name: 'C' })]))
      const boxes = ['A', 'B', 'C'].map((n) => l.byId.get(tableNodeId(n))!)
      expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.h)
      expect(boxes[2]!.y).toBeGreaterThan(boxes[1]!.y + boxes[1]!.h)
      expect(l.height).toBeGreaterThanOrEqual(boxes[2]!.y + boxes[2]!.h)
    })

    it('centres the client and router vertically on the tables', () => {
      const l = layoutArchitecture(buildArchitecture([table({ name: 'A' }), table({ name: 'B' })]))
      const a = l.byId.get('table:A')!
      const b = l.byId.get('table:B')!
      const middle = (a.y + b.y + b.h) / 2
      expect(l.byId.get('client')!.anchor.y).toBeCloseTo(middle, 5)
      expect(l.byId.get('dynamodb')!.anchor.y).toBeCloseTo(middle, 5)
    })

    it('thins the bars of a table with many partitions', () => {
      expect(slotHeight(1)).toBe(30)
      expect(slotHeight(8)).toBe(30)
      expect(slotHeight(20)).toBeLessThan(30)
      expect(slotHeight(1000)).toBe(12)
    })

    it('labels a table with items and capacity, or its status while not ACTIVE', () => {
      const [, , active] = buildArchitecture([table()]).nodes
      expect(active!.sublabel).toBe('36 items · 5R/5W')
      const [, , creating] = buildArchitecture([table({ status: 'CREATING' })]).nodes
      expect(creating!.sublabel).toBe('CREATING')
      const [, , onDemand] = buildArchitecture([table({ billingMode: 'PAY_PER_REQUEST' })]).nodes
      expect(onDemand!.sublabel).toBe('36 items · on-demand')
    })

    it('truncates long table names with an ellipsis', () => {
      expect(truncate('GameScores')).toBe('GameScores')
      expect(truncate('a-very-long-table-name-indeed')).toBe('a-very-long-tabl…')
      expect(truncate('a-very-long-table-name-indeed').length).toBe(17)
    })
  })
})
