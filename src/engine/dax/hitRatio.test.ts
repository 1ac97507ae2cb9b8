import { describe, expect, it } from 'vitest'
import { daxItemCacheHits, periodicReads } from './hitRatio.ts'

describe('DAX item cache hit ratio', () => {
  describe('functionality', () => {
    it('misses once per TTL window per key (default 5 minutes)', () => {
      // One key read every 60 s for 10 minutes: reads at 0..540 s; misses at 0 and 300 s.
      const s = daxItemCacheHits(periodicReads(1, 60_000, 600_000))
      expect(s).toEqual({ hits: 8, misses: 2, hitRatio: 0.8 })
    })

    it('counts each key separately and never expires with TTL 0', () => {
      const reads = periodicReads(3, 120_000, 600_000)
      expect(reads.length).toBe(15)
      expect(daxItemCacheHits(reads, 0)).toEqual({ hits: 12, misses: 3, hitRatio: 0.8 })
      expect(daxItemCacheHits([])).toEqual({ hits: 0, misses: 0, hitRatio: 0 })
    })
  })
})
