import { describe, expect, it } from 'vitest'
import { ThrottlingException } from '../errors.ts'
import { physicsFixture } from './testing.ts'
import { ON_DEMAND_TABLE_MESSAGE } from './throttle.ts'
import { describePartitions } from './partitionView.ts'

type Fixture = ReturnType<typeof physicsFixture>

/**
 * Writes `perPartition` 1-WRU items per second to each partition, evenly spread, for `seconds` virtual
 * seconds from `t`. (A one-second bucket starts full, so a single second can serve up to twice the rate:
 * sustained rates need a few seconds to show.)
 */
function secondOfWrites(f: Fixture, keys: string[][], perPartition: number, t: number, seconds = 5): { throttles: number; error?: Error } {
  let throttles = 0
  let error: Error | undefined
  for (let i = 0; i < perPartition * seconds; i++) {
    f.sim.clock.advanceTo(Math.max(f.sim.clock.now(), t + Math.floor((i * 1000) / perPartition)))
    for (const k of keys) {
      const e = f.write(k[i % k.length]!)
      if (e) {
        throttles++
        error ??= e
      }
    }
  }
  return error ? { throttles, error } : { throttles }
}

describe('on-demand', () => {
  describe('capacity', () => {
    it('serves a new table 4,000 WRU/s at once but not more', () => {
      const f = physicsFixture(0, 0, 'PAY_PER_REQUEST')
      expect(f.table.partitionCount()).toBe(8)
      const keys = f.keysByPartition(4)
      expect(secondOfWrites(f, keys, 500, 0).throttles).toBe(0) // 8 × 500 = 4,000 WRU in one second
      const over = secondOfWrites(f, keys, 625, 10_000) // 5,000 WRU
      expect(over.throttles).toBeGreaterThan(0)
      expect(over.error).toBeInstanceOf(ThrottlingException)
      expect(over.error!.message).toBe(ON_DEMAND_TABLE_MESSAGE)
    })

    it('doubles the previous peak only 30 minutes after it was reached', () => {
      const f = physicsFixture(0, 0, 'PAY_PER_REQUEST')
      const keys = f.keysByPartition(4)
      expect(secondOfWrites(f, keys, 500, 0).throttles).toBe(0) // new peak: 4,000 WRU/s
      f.sim.clock.advanceTo(1_000_000) // ~17 minutes later: still limited to 4,000
      expect(secondOfWrites(f, keys, 1000, 1_000_000).throttles).toBeGreaterThan(1000)
      f.sim.clock.advanceTo(1_802_000) // the 4,000 peak is now the previous peak: 8,000 WRU/s at once
      const view = describePartitions(f.db, 'Physics')[0]!
      expect(view.writeLimit).toBe(8000)
      expect(view.partitions).toHaveLength(16) // 2 × (6,000 RRU, 4,000 WRU) peaks need 16
      const wide = f.keysByPartition(2)
      expect(secondOfWrites(f, wide, 500, 1_803_000).throttles).toBe(0) // 16 × 500 = 8,000 WRU
    })

    it('caps a hot partition at 1,000 WRU/s even below the table limit', () => {
      const f = physicsFixture(0, 0, 'PAY_PER_REQUEST')
      const hot = f.keysByPartition(1)[0]!
      const r = secondOfWrites(f, [hot], 1500, 0)
      expect(r.throttles).toBeGreaterThan(1000)
      expect(r.error!.name).toBe('ThrottlingException')
      expect((r.error as ThrottlingException).extra).toEqual({ throttlingReasons: [{ reason: 'TableWriteKeyRangeThroughputExceeded', resource: f.table.meta.TableArn }] })
    })

    it('keeps half the provisioned throughput as previous peak when switching from a large provisioned table', () => {
      const f = physicsFixture(24000, 8000)
      f.write('a')
      f.table.meta.BillingMode = 'PAY_PER_REQUEST'
      const view = describePartitions(f.db, 'Physics')[0]!
      expect(view.writeLimit).toBe(8000)
      expect(view.readLimit).toBe(24000)
    })
  })
})
