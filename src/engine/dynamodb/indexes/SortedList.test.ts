import { describe, expect, it } from 'vitest'
import { SortedList } from './SortedList.ts'

/** Deterministic pseudo-random integers (LCG) for the model-based test. */
function lcg(seed: number): () => number {
  let s = seed
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) % 10_000
}

describe('SortedList', () => {
  describe('functionality', () => {
    it('matches a sorted array model through random inserts, replacements and deletes across many chunks', () => {
      const next = lcg(7)
      const list = new SortedList<number>((a, b) => a - b)
      const model = new Set<number>()
      for (let i = 0; i < 20_000; i++) {
        const v = next()
        if (i % 3 === 2) {
          expect(list.delete(v)).toBe(model.has(v) ? v : undefined)
          model.delete(v)
        } else {
          expect(list.insert(v)).toBe(model.has(v) ? v : undefined)
          model.add(v)
        }
      }
      const sorted = [...model].sort((a, b) => a - b)
      expect(list.size).toBe(sorted.length)
      expect([...list.values()]).toEqual(sorted)
      for (const start of [0, 1, 4999, 5000, 9999, 10_000]) {
        expect([...list.from((v) => v < start)]).toEqual(sorted.filter((v) => v >= start))
        expect([...list.from((v) => v > start, true)]).toEqual(sorted.filter((v) => v <= start).reverse())
      }
    })

    it('iterates nothing when empty or when every value is skipped', () => {
      const list = new SortedList<number>((a, b) => a - b)
      expect([...list.from(() => false)]).toEqual([])
      list.insert(1)
      expect([...list.from(() => true)]).toEqual([])
      expect([...list.from(() => true, true)]).toEqual([])
      expect(list.delete(2)).toBeUndefined()
    })
  })
})
