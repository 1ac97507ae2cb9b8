import { describe, expect, it } from 'vitest'
import { lambdaGbSeconds, lambdaMonthlyCost } from './pricing.ts'

describe('Lambda pricing', () => {
  describe('functionality', () => {
    it('prices the classic example: 512 MB, 3M invocations of 1 s, with the free tier', () => {
      // 3M × 1 s × 0.5 GB = 1,500,000 GB-s; minus 400,000 free → 1,100,000 × $0.0000166667 = $18.33;
      // requests 3M − 1M free = 2M × $0.20/M = $0.40.
      const c = lambdaMonthlyCost({ requests: 3_000_000, durationMs: 1000, memoryMb: 512 })
      expect(c.gbSeconds).toBe(1_500_000)
      expect(c.billableGbSeconds).toBe(1_100_000)
      expect(c.requestCostUsd).toBeCloseTo(0.4, 10)
      expect(c.computeCostUsd).toBeCloseTo(18.33337, 5)
      expect(c.totalUsd).toBeCloseTo(18.73, 2)
    })

    it('is free inside the free tier and bills everything without it', () => {
      expect(lambdaMonthlyCost({ requests: 1_000_000, durationMs: 100, memoryMb: 128 }).totalUsd).toBe(0)
      const c = lambdaMonthlyCost({ requests: 1_000_000, durationMs: 100, memoryMb: 128 }, false)
      expect(c.gbSeconds).toBe(12_500)
      expect(c.totalUsd).toBeCloseTo(0.2 + 12_500 * 0.0000166667, 10)
    })

    it('rounds billed duration up to the next millisecond', () => {
      expect(lambdaGbSeconds({ requests: 1, durationMs: 1.2, memoryMb: 1024 })).toBe(0.002)
    })
  })
})
