import { describe, expect, it } from 'vitest'
import { burstAt, deduct, fullBucket, refill } from './tokenBucket.ts'

describe('tokenBucket', () => {
  describe('functionality', () => {
    it('starts full at first touch', () => {
      const b = fullBucket(0, 0)
      refill(b, 10, 3000, 5_000)
      expect(b).toEqual({ tokens: 10, burst: 3000, at: 5_000 })
    })

    it('refills continuously and saves what overflows one second into burst, up to 300 s', () => {
      const b = { tokens: 0, burst: 0, at: 0 }
      refill(b, 10, 3000, 500)
      expect(b.tokens).toBeCloseTo(5)
      refill(b, 10, 3000, 11_000) // 10.5 s more: 105 tokens, 10 kept, 100 saved
      expect(b.tokens).toBe(10)
      expect(b.burst).toBeCloseTo(100)
      refill(b, 10, 3000, 1_000_000)
      expect(b.burst).toBe(3000)
    })

    it('spends per-second tokens first, then burst, then goes into debt', () => {
      const b = { tokens: 2, burst: 3, at: 0 }
      expect(deduct(b, 1)).toBe(false)
      expect(b).toMatchObject({ tokens: 1, burst: 3 })
      expect(deduct(b, 2)).toBe(true)
      expect(b).toMatchObject({ tokens: 0, burst: 2 })
      deduct(b, 5)
      expect(b).toMatchObject({ tokens: -3, burst: 0 })
    })

    it('computes the idle burst level without changing the bucket', () => {
      const b = { tokens: 10, burst: 0, at: 0 }
      expect(burstAt(b, 10, 3000, 60_000)).toBeCloseTo(600)
      expect(b.burst).toBe(0)
    })
  })
})
