import { describe, expect, it } from 'vitest'
import { physicsFixture } from './testing.ts'
import { getMetrics } from './getMetrics.ts'

/** 400 WCU over 4 partitions (100 each), traffic 50/50/50/150 WCU/s for `seconds` (AWS-FACTS §3.4). */
function run(adaptive: boolean, seconds: number) {
  const f = physicsFixture(1, 3999) // 4 partitions…
  f.db.physics.adaptiveCapacity = adaptive
  const keys = f.keysByPartition(1).map((k) => k[0]!)
  f.table.meta.ProvisionedThroughput.WriteCapacityUnits = 400 // …lowered to 400: partitions never merge
  expect(f.table.partitionCount()).toBe(4)
  const plan = [...Array<string>(50).fill(keys[0]!), ...Array<string>(50).fill(keys[1]!), ...Array<string>(50).fill(keys[2]!), ...Array<string>(150).fill(keys[3]!)]
  // interleave so each partition's requests spread over the second
  const order = plan.map((k, i) => ({ k, t: (i % (k === keys[3] ? 150 : 50)) / (k === keys[3] ? 150 : 50) })).sort((a, b) => a.t - b.t)
  let throttles = 0
  let firstThrottle: number | undefined
  for (let s = 0; s < seconds; s++) {
    for (const { k, t } of order) {
      f.sim.clock.advanceTo(Math.max(f.sim.clock.now(), Math.floor(s * 1000 + t * 1000)))
      if (f.write(k)) {
        throttles++
        firstThrottle ??= s
      }
    }
  }
  return { f, throttles, firstThrottle, keys }
}

describe('adaptive capacity', () => {
  describe('capacity', () => {
    it('without it, the hot partition (150 WCU/s on a 100 WCU share) throttles once its burst is gone', () => {
      const { throttles, firstThrottle } = run(false, 650)
      expect(throttles).toBeGreaterThan(0)
      // burst 30,000 WCU drained at 50 WCU/s
      expect(firstThrottle).toBeGreaterThanOrEqual(595)
      expect(firstThrottle).toBeLessThanOrEqual(605)
    })

    it('with it, partition 4 is allowed 150 WCU/s from the unused table capacity and never throttles', () => {
      const { f, throttles } = run(true, 650)
      expect(throttles).toBe(0)
      const m = getMetrics(f.db, 'Physics')
      const hot = m.partitions[3]!
      expect(hot.series.ConsumedWriteCapacityUnits[m.to - m.from - 2]).toBe(150)
      // its burst bucket was not needed
      expect(hot.series.BurstWriteCapacityUnits[m.to - m.from - 2]).toBeGreaterThan(29_000)
    })
  })
})
