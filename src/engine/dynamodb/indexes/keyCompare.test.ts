import { describe, expect, it } from 'vitest'
import { compareKeys } from './keyCompare.ts'
import { compareKeyValues } from '../keyOrder.ts'
import type { AttributeValue } from '../types.ts'

const sign = (n: number) => Math.sign(n)

describe('compareKeys', () => {
  describe('functionality', () => {
    it('orders numbers like the exact comparison, on the fast path and off it', () => {
      const numbers = ['0', '-0', '1', '1.0', '-1', '10', '9.99', '0.001', '-0.5', '123456789012345', '123456789012346', '1e3', '1000', '99999999999999999999', '1E+2', '100', '-12.5e-1']
      for (const x of numbers) {
        for (const y of numbers) expect(sign(compareKeys({ N: x }, { N: y })), `${x} vs ${y}`).toBe(sign(compareKeyValues({ N: x }, { N: y })))
      }
    })

    it('orders strings by code point, surrogate pairs above U+FFFF', () => {
      const strings = ['', 'a', 'ab', 'b', 'B', '\uffff', '😀', 'é', 'z\ue000', 'z😀']
      for (const x of strings) {
        for (const y of strings) {
          const a: AttributeValue = { S: x }
          const b: AttributeValue = { S: y }
          expect(sign(compareKeys(a, b)), `${x} vs ${y}`).toBe(sign(compareKeyValues(a, b)))
        }
      }
      expect(compareKeys({ S: '\uffff' }, { S: '😀' })).toBeLessThan(0)
    })
  })
})
