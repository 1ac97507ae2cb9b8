import { describe, expect, it } from 'vitest'
import { physicsFixture } from './testing.ts'
import { getMetrics } from './getMetrics.ts'
import { Table } from '../Table.ts'
import { describePartitions } from './partitionView.ts'

const sum = (a: number[]) => a.reduce((x, y) => x + y, 0)

describe('getMetrics', () => {
  describe('functionality', () => {
    it('adds up: partitions sum to the table, throttles count each refused request', () => {
      const f = physicsFixture(3000, 2000) // 3 partitions
      const keys = f.keysByPartition(1).map((k) => k[0]!)
      expect(keys).toHaveLength(3)
      let errors = 0
      for (let i = 0; i < 3000; i++) {
        f.sim.clock.advanceTo(i * 10)
        if (f.write(keys[i % 3]!, { table: 2, localSecondaryIndexes: {}, globalSecondaryIndexes: {} })) errors++
        if (f.read(keys[(i + 1) % 3], 0.5)) errors++
      }
      const m = getMetrics(f.db, 'Physics')
      expect(m.to - m.from).toBe(30)
      expect(sum(m.table.ConsumedWriteCapacityUnits)).toBe(6000)
      expect(sum(m.table.ConsumedReadCapacityUnits)).toBe(1500)
      expect(sum(m.partitions.map((p) => sum(p.series.ConsumedWriteCapacityUnits)))).toBe(6000)
      expect(m.table.ProvisionedWriteCapacityUnits.every((v) => v === 2000)).toBe(true)
      expect(errors).toBe(0)
      expect(sum(m.table.ThrottledRequests)).toBe(0)
    })

    it('fills idle seconds (burst refilling) when asked later, and keeps a bounded window', () => {
      const f = physicsFixture(1, 1)
      for (let i = 0; i < 100; i++) f.write('a')
      f.sim.clock.advanceTo(10_000)
      const m = getMetrics(f.db, 'Physics', { from: 0, to: 11 })
      const burst = m.partitions[0]!.series.BurstWriteCapacityUnits
      expect(burst[0]).toBeCloseTo(201)
      expect(burst[10]).toBeCloseTo(210) // 10 s × 1 WCU: 1 refills the per-second bucket, 9 go to burst
      f.sim.clock.advanceTo(5_000_000)
      const late = getMetrics(f.db, 'Physics')
      expect(late.to - late.from).toBe(3600)
      expect(late.partitions[0]!.series.BurstWriteCapacityUnits.at(-1)).toBe(300)
    })

    it('survives a snapshot: bucket levels and metrics come back', () => {
      const f = physicsFixture(1, 1)
      for (let i = 0; i < 250; i++) f.write('a')
      const copy = Table.fromState(JSON.parse(JSON.stringify(f.table.getState())))
      expect(copy.capacity.table.state.partitions[0]!.write.burst).toBeCloseTo(f.table.capacity.table.state.partitions[0]!.write.burst)
      f.db.tables.set('Physics', copy)
      const m = getMetrics(f.db, 'Physics')
      expect(sum(m.table.ConsumedWriteCapacityUnits)).toBe(250)
    })

    it('saves only the last 600 seconds of metrics in a snapshot', () => {
      const f = physicsFixture(1, 1)
      f.write('a')
      f.sim.clock.advanceTo(2_000_000)
      f.write('a')
      const state = f.table.getState().capacity!.metrics!
      expect(state.count).toBe(600)
      expect(state.resources['']![0]).toHaveLength(600)
      expect(JSON.stringify(state).length).toBeLessThan(200_000)
    })
  })
})

describe('describePartitions', () => {
  describe('functionality', () => {
    it('shows ranges, shares and the burst level refilled to the current virtual time', () => {
      const f = physicsFixture(1, 1)
      for (let i = 0; i < 101; i++) f.write('a')
      f.sim.clock.advanceTo(50_000)
      const [t] = describePartitions(f.db, 'Physics')
      expect(t).toMatchObject({ index: '', billingMode: 'PROVISIONED', readLimit: 1, writeLimit: 1 })
      expect(t!.partitions).toHaveLength(1)
      expect(t!.partitions[0]).toMatchObject({ start: 0, end: 2 ** 32, rcu: 1, wcu: 1, burstRead: 300, burstWriteMax: 300 })
      expect(t!.partitions[0]!.burstWrite).toBeCloseTo(200 + 49) // 200 left, then 50 s at 1 WCU/s (1 fills the per-second bucket)
    })
  })
})
