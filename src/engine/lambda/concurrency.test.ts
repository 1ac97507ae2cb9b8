import { describe, expect, it } from 'vitest'
import { maxReservableConcurrency, requiredConcurrency, sustainableRate } from './concurrency.ts'

describe('Lambda concurrency', () => {
  describe('functionality', () => {
    it('is events per second times duration in seconds, rounded up', () => {
      expect(requiredConcurrency(100, 0.5)).toBe(50)
      expect(requiredConcurrency(0.1, 30)).toBe(3)
      expect(requiredConcurrency(3, 0.5)).toBe(2)
      expect(sustainableRate(1000, 0.25)).toBe(4000)
    })

    it('keeps 100 of the account concurrency unreserved', () => {
      expect(maxReservableConcurrency(0)).toBe(900)
      expect(maxReservableConcurrency(850)).toBe(50)
      expect(maxReservableConcurrency(950)).toBe(0)
    })
  })
})
