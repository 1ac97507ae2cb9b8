import { describe, expect, it } from 'vitest'
import { arrivalsBefore, peakRate, rateAt, totalArrivals } from './rate.ts'

describe('request rate', () => {
  describe('functionality', () => {
    it('constant: rate × seconds', () => {
      const p = { kind: 'constant', perSecond: 1000 } as const
      expect(totalArrivals(p, 1000)).toBe(1_000_000)
      expect(arrivalsBefore(p, 0.5, 10)).toBe(500)
      expect(rateAt(p, 3, 10)).toBe(1000)
    })

    it('ramp: linear from → to, total = average × duration', () => {
      const p = { kind: 'ramp', from: 0, to: 100 } as const
      expect(rateAt(p, 5, 10)).toBe(50)
      expect(totalArrivals(p, 10)).toBe(500)
      expect(arrivalsBefore(p, 5, 10)).toBe(125)
      expect(peakRate(p)).toBe(100)
    })

    it('spike: base plus the spike rate inside its window only', () => {
      const p = { kind: 'spike', base: 10, spike: 90, startSecond: 20, durationSeconds: 5 } as const
      expect(rateAt(p, 19, 60)).toBe(10)
      expect(rateAt(p, 20, 60)).toBe(100)
      expect(rateAt(p, 25, 60)).toBe(10)
      expect(totalArrivals(p, 60)).toBe(600 + 450)
      expect(peakRate(p)).toBe(100)
    })
  })
})
