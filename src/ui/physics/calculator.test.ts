import { describe, expect, it } from 'vitest'
import { calculateCapacity } from './calculator.ts'

describe('calculateCapacity', () => {
  describe('functionality', () => {
    it('gives 4 WCU for 120 writes per minute of 2 KB (notes example)', () => {
      const r = calculateCapacity({ kind: 'write', items: 120, per: 'minute', itemKB: 2, consistency: 'strong' })
      expect(r.units).toBe(4)
      expect(r.unitName).toBe('WCU')
      expect(r.steps.map((s) => s.value)).toEqual([2, 2, 2, 4, 4])
    })

    it('gives 30 WCU for 6 writes per second of 4.5 KB (4.5 KB rounds up to 5 KB)', () => {
      const r = calculateCapacity({ kind: 'write', items: 6, per: 'second', itemKB: 4.5, consistency: 'strong' })
      expect(r.units).toBe(30)
      expect(r.steps[1]!.formula).toContain('= 5 (5 KB)')
    })

    it('gives 20 WCU for 10 writes per second of 2 KB', () => {
      expect(calculateCapacity({ kind: 'write', items: 10, per: 'second', itemKB: 2, consistency: 'strong' }).units).toBe(20)
    })

    it('gives 10 RCU for 10 strongly consistent reads per second of 4 KB', () => {
      expect(calculateCapacity({ kind: 'read', items: 10, per: 'second', itemKB: 4, consistency: 'strong' }).units).toBe(10)
    })

    it('gives 24 RCU for 16 eventually consistent reads per second of 12 KB', () => {
      const r = calculateCapacity({ kind: 'read', items: 16, per: 'second', itemKB: 12, consistency: 'eventual' })
      expect(r.units).toBe(24)
      expect(r.steps[2]!.value).toBe(1.5)
    })

    it('gives 20 RCU for 10 strongly consistent reads per second of 6 KB (6 KB rounds to 8 KB)', () => {
      expect(calculateCapacity({ kind: 'read', items: 10, per: 'second', itemKB: 6, consistency: 'strong' }).units).toBe(20)
    })

    it('doubles transactional reads and writes', () => {
      expect(calculateCapacity({ kind: 'read', items: 10, per: 'second', itemKB: 4, consistency: 'transactional' }).units).toBe(20)
      expect(calculateCapacity({ kind: 'write', items: 10, per: 'second', itemKB: 1, consistency: 'transactional' }).units).toBe(20)
    })

    it('rounds a fractional total up to whole units', () => {
      const r = calculateCapacity({ kind: 'read', items: 3, per: 'second', itemKB: 1, consistency: 'eventual' })
      expect(r.exact).toBe(1.5)
      expect(r.units).toBe(2)
    })
  })
})
