import { describe, expect, it } from 'vitest'
import { ISOLATION_WINDOW_S, heatSplitPoint, recordHeat, type HeatSketch } from './isolation.ts'
import { physicsFixture } from './testing.ts'
import type { PartitionState } from './model.ts'
import { Simulation } from '../../Simulation.ts'
import { newOperationContext } from '../OperationContext.ts'
import { tableOnly } from '../consumedCapacity.ts'
import { tryChargeWrite } from './charge.ts'

const partition = { id: 7 } as PartitionState

function sketch(entries: [ring: number, weight: number][]): HeatSketch {
  const heat = new Map<number, HeatSketch>()
  for (const [ring, weight] of entries) recordHeat(heat, partition, ring, weight)
  return heat.get(7)!
}

/**
 * A 3,999 WCU table (4 partitions of ~1,000 WCU); `keys` share one partition and each gets `perKey` writes
 * of 1 WCU per second for `seconds` (spread evenly over each second), after that partition's burst was
 * drained. Returns throttles per second and the partition count at the end.
 */
function run(opts: { adaptive: boolean; keys: 1 | 2; perKey: number; seconds: number; lsi?: boolean }) {
  const f = physicsFixture(1, 3999) // ceil(1/3000 + 3999/1000) = 4 partitions
  f.db.physics.adaptiveCapacity = opts.adaptive
  if (opts.lsi) f.table.meta.LocalSecondaryIndexes = [{ IndexName: 'byX', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'x', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } }]
  expect(f.table.partitionCount()).toBe(4)
  const keys = f.keysByPartition(2)[0]!.slice(0, opts.keys)
  // no burst left on that partition (300 s × 1,000 WCU would hide the ceiling for minutes)
  expect(f.write(keys[0]!)).toBeUndefined()
  f.table.capacity.table.state.partitions[0]!.write.burst = 0
  const throttles: number[] = []
  const perSecond = opts.perKey * keys.length
  for (let s = 1; s <= opts.seconds; s++) {
    let n = 0
    for (let i = 0; i < perSecond; i++) {
      f.sim.clock.advanceTo(Math.max(f.sim.clock.now(), s * 1000 + Math.floor((i * 1000) / perSecond)))
      if (f.write(keys[i % keys.length]!)) n++
    }
    throttles.push(n)
  }
  return { throttles, partitions: f.table.partitionCount(), f, keys }
}

describe('adaptive capacity: isolating frequently accessed items', () => {
  describe('functionality', () => {
    it('splits between the two heaviest keys, where the traffic is balanced', () => {
      const s = sketch([[100, 1], [500, 1], [100, 1], [500, 1]])
      expect(heatSplitPoint(s)).toBe(301)
      expect(heatSplitPoint(sketch([[100, 3], [200, 1], [900, 2], [950, 2]]))).toBe(551)
    })

    it('does not split when one item carries nearly all the traffic (a split cannot help a single item)', () => {
      expect(heatSplitPoint(sketch([[100, 95], [500, 5]]))).toBeUndefined()
      expect(heatSplitPoint(sketch([[100, 10]]))).toBeUndefined()
    })

    it('keeps the heaviest keys when more keys pass than it tracks (space-saving)', () => {
      const entries: [number, number][] = [[1, 50], [2, 50]]
      for (let i = 0; i < 100; i++) entries.push([1000 + i, 0.01])
      const s = sketch(entries)
      const kept = Array.from(s.rings.slice(0, s.n))
      expect(kept).toContain(1)
      expect(kept).toContain(2)
    })
  })

  describe('capacity', () => {
    it('two hot keys on one partition (1,400 WCU/s > its 1,000 WCU ceiling) throttle until the partition splits between them', () => {
      const { throttles, partitions } = run({ adaptive: true, keys: 2, perKey: 700, seconds: 2 * ISOLATION_WINDOW_S })
      expect(throttles[20]).toBeGreaterThan(50) // over the ceiling each second before the split
      expect(partitions).toBe(5)
      // after the split each key has its own partition: 500 WCU share + unused table capacity up to 1,000 WCU
      expect(throttles.slice(ISOLATION_WINDOW_S + 1).every((n) => n === 0)).toBe(true)
    })

    it('without adaptive capacity nothing splits and the hot partition keeps throttling', () => {
      const { throttles, partitions } = run({ adaptive: false, keys: 2, perKey: 700, seconds: 2 * ISOLATION_WINDOW_S })
      expect(partitions).toBe(4)
      expect(throttles.slice(-10).every((n) => n > 300)).toBe(true) // ~400 over the 1,000 WCU share each second
    })

    it('one hot key is never split off further: it stays limited to 1,000 WCU/s', () => {
      const { throttles, partitions } = run({ adaptive: true, keys: 1, perKey: 1400, seconds: 2 * ISOLATION_WINDOW_S })
      expect(partitions).toBe(4)
      expect(throttles.slice(-10).every((n) => n > 50)).toBe(true)
    })

    it('is not done for a table with a local secondary index (item collections are not split)', () => {
      const { partitions, throttles } = run({ adaptive: true, keys: 2, perKey: 700, seconds: 2 * ISOLATION_WINDOW_S, lsi: true })
      expect(partitions).toBe(4)
      expect(throttles.at(-1)).toBeGreaterThan(50)
    })

    it('the children split the parent’s throughput and bucket contents (a split creates no capacity)', () => {
      const { f, keys } = run({ adaptive: true, keys: 2, perKey: 700, seconds: ISOLATION_WINDOW_S + 2 })
      const parts = f.table.capacity.table.state.partitions
      const a = parts[f.table.partitionOf({ pk: { S: keys[0]! } })]!
      const b = parts[f.table.partitionOf({ pk: { S: keys[1]! } })]!
      expect(a).not.toBe(b)
      expect(a.wcu + b.wcu).toBeCloseTo(3999 / 4, 9) // the parent's share
      expect(a.end === b.start || b.end === a.start).toBe(true)
    })

    it('does not split a table that is merely busy: uniform overload of a 100 WCU table stays on one partition', () => {
      const f = physicsFixture(100, 100)
      f.db.physics.adaptiveCapacity = true
      let throttled = 0
      for (let s = 0; s < 4 * ISOLATION_WINDOW_S; s++) {
        for (let i = 0; i < 400; i++) {
          f.sim.clock.advanceTo(Math.max(f.sim.clock.now(), s * 1000 + Math.floor(i * 2.5)))
          if (f.write(`k${(s * 400 + i) % 2000}`)) throttled++
        }
      }
      expect(throttled).toBeGreaterThan(0) // the table's 100 WCU are used up: a split cannot help that
      expect(f.table.partitionCount()).toBe(1)
    })

    it('does not split an on-demand table held back by its OnDemandThroughput maximum', () => {
      const f = physicsFixture(0, 0, 'PAY_PER_REQUEST')
      f.table.meta.OnDemandThroughput = { MaxReadRequestUnits: -1, MaxWriteRequestUnits: 100 }
      f.db.physics.adaptiveCapacity = true
      for (let s = 0; s < 3 * ISOLATION_WINDOW_S; s++) {
        for (let i = 0; i < 400; i++) {
          f.sim.clock.advanceTo(Math.max(f.sim.clock.now(), s * 1000 + Math.floor(i * 2.5)))
          f.write(`k${(s * 400 + i) % 2000}`)
        }
      }
      expect(f.table.partitionCount()).toBe(8)
    })

    it('a snapshot taken mid-window restores the window: the split happens at the same second as without it', () => {
      const splitSecond = (snapshotAt: number | undefined): number | undefined => {
        let { sim } = physicsFixture(1, 3999)
        sim.dynamodb.physics.adaptiveCapacity = true
        const first = sim.dynamodb.tables.get('Physics')!
        const keys = (() => {
          const out: string[] = []
          for (let i = 0; out.length < 2; i++) if (first.partitionOf({ pk: { S: `k${i}` } }) === 0) out.push(`k${i}`)
          return out
        })()
        for (let s = 1; s <= 2 * ISOLATION_WINDOW_S; s++) {
          if (s === snapshotAt) {
            const state = JSON.parse(JSON.stringify(sim.getState())) as ReturnType<Simulation['getState']>
            sim = new Simulation()
            sim.setState(state)
            sim.dynamodb.physics.adaptiveCapacity = true
          }
          const table = sim.dynamodb.tables.get('Physics')!
          for (let i = 0; i < 1400; i++) {
            sim.clock.advanceTo(Math.max(sim.clock.now(), s * 1000 + Math.floor((i * 1000) / 1400)))
            tryChargeWrite(sim.dynamodb, table, newOperationContext(sim.clock.now()), { key: { pk: { S: keys[i % 2]! } }, capacity: tableOnly(1) })
          }
          if (table.partitionCount() > 4) return s
        }
        return undefined
      }
      const straight = splitSecond(undefined)
      expect(straight).toBeDefined()
      expect(splitSecond(20)).toBe(straight)
    })

    it('a request at the second a split lands traces the partition its charge used (the layout is brought up to date first)', () => {
      const { f } = run({ adaptive: true, keys: 2, perKey: 700, seconds: ISOLATION_WINDOW_S - 1 })
      expect(f.table.capacity.table.state.partitions).toHaveLength(4) // the window ends at second 30
      const probe = f.keysByPartition(1)[3]![0]!
      f.sim.clock.advanceTo(ISOLATION_WINDOW_S * 1000)
      const r = f.sim.request('dynamodb', 'UpdateItem', { TableName: 'Physics', Key: { pk: { S: probe } }, UpdateExpression: 'SET a = :v', ExpressionAttributeValues: { ':v': { N: '1' } } })
      expect(r.error).toBeUndefined()
      expect(f.table.capacity.table.state.partitions).toHaveLength(5)
      const traced = r.trace.hops.map((h) => h.component).filter((c) => c.startsWith('partition '))
      expect(traced).toEqual([`partition ${f.table.partitionOf({ pk: { S: probe } })}`])
      expect(traced).toEqual(['partition 4'])
    })
  })
})

