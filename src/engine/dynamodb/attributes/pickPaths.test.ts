import { describe, expect, it } from 'vitest'
import { pickPaths } from './pickPaths.ts'
import type { Item } from '../types.ts'

const item: Item = {
  a: { S: 'a' },
  m: { M: { x: { N: '1' }, y: { N: '2' }, deep: { M: { z: { S: 'z' } } } } },
  l: { L: [{ S: 'l0' }, { M: { p: { S: 'p' }, q: { S: 'q' } } }, { S: 'l2' }] },
}

describe('pickPaths', () => {
  describe('functionality', () => {
    it('picks top-level attributes and skips missing ones', () => {
      expect(pickPaths(item, [['a'], ['nope']])).toEqual({ a: { S: 'a' } })
    })

    it('keeps map nesting and merges sibling paths', () => {
      expect(pickPaths(item, [['m', 'x'], ['m', 'deep', 'z']])).toEqual({ m: { M: { x: { N: '1' }, deep: { M: { z: { S: 'z' } } } } } })
    })

    it('gathers picked list elements in index order', () => {
      expect(pickPaths(item, [['l', 2], ['l', 0]])).toEqual({ l: { L: [{ S: 'l0' }, { S: 'l2' }] } })
    })

    it('picks inside a list element', () => {
      expect(pickPaths(item, [['l', 1, 'q'], ['l', 1, 'p']])).toEqual({ l: { L: [{ M: { q: { S: 'q' }, p: { S: 'p' } } }] } })
    })

    it('returns copies', () => {
      const out = pickPaths(item, [['m']])
      ;(out['m'] as { M: Record<string, unknown> }).M['x'] = { N: '9' }
      expect((item['m'] as { M: Record<string, unknown> }).M['x']).toEqual({ N: '1' })
    })
  })
})
