import { describe, expect, it } from 'vitest'
import { itemSize, numberSize, utf8Length, valueSize } from './size.ts'

describe('itemSize', () => {
  describe('functionality', () => {
    it('matches the Developer Guide example (23 bytes)', () => {
      expect(itemSize({ 'shirt-color': { S: 'R' }, 'shirt-size': { S: 'M' } })).toBe(23)
    })

    it('matches the size AWS recorded in a stream event (N "42" is 2 bytes)', () => {
      expect(itemSize({ numericFilter: { N: '42' }, id: { S: 'id_value_1' } })).toBe(13 + 2 + 12)
    })

    it.each([
      ['0', 1],
      ['42', 2],
      ['1', 2],
      ['100', 2],
      ['1.2', 3],
      ['1234', 3],
      ['-1', 3],
    ])('sizes N %s as %i bytes', (n, size) => {
      expect(numberSize(n)).toBe(size)
    })

    it('counts UTF-8 bytes, not UTF-16 units', () => {
      expect(utf8Length('abc')).toBe(3)
      expect(utf8Length('é')).toBe(2)
      expect(utf8Length('€')).toBe(3)
      expect(utf8Length('😀')).toBe(4)
    })

    it('sizes binary decoded, BOOL/NULL as 1, L/M with 3 bytes overhead and 1 per element', () => {
      expect(valueSize({ B: 'AAEC' })).toBe(3)
      expect(valueSize({ BOOL: true })).toBe(1)
      expect(valueSize({ NULL: true })).toBe(1)
      expect(valueSize({ L: [] })).toBe(3)
      expect(valueSize({ L: [{ S: 'ab' }] })).toBe(3 + 1 + 2)
      expect(valueSize({ M: { k: { S: 'ab' } } })).toBe(3 + 1 + 1 + 2)
      expect(valueSize({ SS: ['a', 'bc'] })).toBe(3)
    })
  })
})
