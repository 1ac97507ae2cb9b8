import { describe, expect, it } from 'vitest'
import { currentWorkload, estimateCost } from './cost.ts'
import { physicsFixture } from './testing.ts'

describe('estimateCost', () => {
  describe('functionality', () => {
    it('prices 1,000 WCU + 10,000 RCU provisioned and the same traffic on-demand (us-east-1 list prices)', () => {
      const c = estimateCost({ readUnitsPerSecond: 10_000, writeUnitsPerSecond: 1_000, provisionedRcu: 10_000, provisionedWcu: 1_000 })
      expect(c.provisioned.perHour).toBeCloseTo(10_000 * 0.00013 + 1_000 * 0.00065) // $1.95
      expect(c.provisioned.perMonth).toBeCloseTo(1.95 * 730)
      expect(c.onDemand.perHour).toBeCloseTo(36 * 0.125 + 3.6 * 0.625) // 36M RRU + 3.6M WRU per hour = $6.75
      expect(c.cheaper).toBe('PROVISIONED')
    })

    it('sizes provisioned capacity for 70 % utilization by default and prefers on-demand for light traffic', () => {
      const c = estimateCost({ readUnitsPerSecond: 0.1, writeUnitsPerSecond: 0.1 })
      expect(c.provisioned).toMatchObject({ rcu: 1, wcu: 1 })
      expect(c.cheaper).toBe('PAY_PER_REQUEST')
    })

    it('reads the current workload from the metrics', () => {
      const f = physicsFixture(100, 100)
      for (let i = 0; i < 600; i++) {
        f.sim.clock.advanceTo(i * 100)
        f.write(`k${i}`)
      }
      f.sim.clock.advanceTo(60_000)
      const w = currentWorkload(f.db, 'Physics', 60)
      expect(w.writeUnitsPerSecond).toBeCloseTo(10, 0)
      expect(w).toMatchObject({ provisionedRcu: 100, provisionedWcu: 100 })
    })
  })
})
