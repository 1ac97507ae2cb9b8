import { describe, expect, it } from 'vitest'
import { Arrivals } from './arrivals.ts'

describe('Arrivals', () => {
  describe('functionality', () => {
    it('constant 1000/s: request n is due at millisecond n, the last at 999,999', () => {
      const a = new Arrivals({ kind: 'constant', perSecond: 1000 }, 1000)
      expect(a.total).toBe(1_000_000)
      expect(a.dueBy(0)).toBe(1)
      expect(a.dueBy(41)).toBe(42)
      expect(a.next(42, 42)).toBe(42)
      expect(a.dueBy(42)).toBe(43) // the millisecond next() found, asked again
      expect(a.next(1_000_000, 0)).toBeUndefined()
      expect(a.dueBy(5_000_000)).toBe(1_000_000) // capped at the total
    })

    it('slow rates: next() searches forward to the millisecond where the next request is due', () => {
      const a = new Arrivals({ kind: 'constant', perSecond: 4 }, 10)
      expect(a.total).toBe(40)
      expect(a.dueBy(0)).toBe(1)
      expect(a.next(1, 1)).toBe(250)
      expect(a.next(2, 251)).toBe(500)
      expect(a.next(40, 0)).toBeUndefined()
      // A ramp from 0: nothing more is due until the cumulative arrivals reach 1.
      const ramp = new Arrivals({ kind: 'ramp', from: 0, to: 10 }, 10)
      expect(ramp.total).toBe(50)
      expect(ramp.next(1, 1)).toBe(Math.ceil(Math.sqrt(2) * 1000))
    })
  })
})
