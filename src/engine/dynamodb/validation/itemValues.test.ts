import { describe, expect, it } from 'vitest'
import { validateItemValues } from '../attributes/validate.ts'
import { copyValidItem, readOnlyKey, soleType } from './itemValues.ts'

/** The outcome of `fn`: its value, or the error's class name and message. */
function outcome(fn: () => unknown): unknown {
  try {
    return { value: fn() }
  } catch (e) {
    return { error: `${(e as Error).name}: ${(e as Error).message}` }
  }
}

/** Inputs covering every branch: lone S values, other types, canonical numbers, bad values, odd objects. */
const INPUTS: unknown[] = [
  { pk: { S: 'k1' } },
  { pk: { S: 'k1' }, data: { S: 'x'.repeat(100) } },
  { pk: { S: '' } },
  { id: { N: '1.50' } },
  { id: { N: 'x' } },
  { pk: { S: 'k', N: '1' } },
  { pk: { S: 'k', foo: 1 } },
  { pk: { S: 5 } },
  { pk: 'str' },
  { pk: null },
  { m: { M: { l: { L: [{ N: '01' }, { SS: ['a', 'b'] }] } } }, b: { B: 'AA==' } },
  { ss: { SS: ['a', 'a'] } },
  {},
  'x',
  [],
  null,
  JSON.parse('{"__proto__": {"S": "k1"}}'),
  Object.assign(Object.create({ inherited: { S: 'i' } }) as object, { pk: { S: 'k1' } }),
]

describe('itemValues', () => {
  describe('validations', () => {
    it('copyValidItem returns what validateItemValues returns, and throws the same errors', () => {
      for (const input of INPUTS) expect(outcome(() => copyValidItem(input))).toEqual(outcome(() => validateItemValues(input)))
    })

    it('readOnlyKey returns a key equal to validateItemValues, and throws the same errors', () => {
      for (const input of INPUTS) expect(outcome(() => readOnlyKey(input))).toEqual(outcome(() => validateItemValues(input)))
    })
  })

  describe('functionality', () => {
    it('copyValidItem never shares objects with its input', () => {
      const input = { pk: { S: 'k1' }, m: { M: { a: { S: 'b' } } } }
      const copy = copyValidItem(input)
      expect(copy).not.toBe(input)
      expect(copy['pk']).not.toBe(input.pk)
      expect(copy['m']).not.toBe(input.m)
    })

    it('readOnlyKey reuses a key whose values are all lone strings, and copies any other key', () => {
      const plain = { pk: { S: 'k1' }, sk: { S: 'a' } }
      expect(readOnlyKey(plain)).toBe(plain)
      const number = { id: { N: '1.50' } }
      expect(readOnlyKey(number)).not.toBe(number)
      expect(readOnlyKey(number)).toEqual({ id: { N: '1.5' } })
      const extra = { pk: { S: 'k1', foo: 1 } }
      expect(readOnlyKey(extra)).toEqual({ pk: { S: 'k1' } })
    })

    it('soleType names the type member of a validated value', () => {
      expect(soleType({ S: 'x' })).toBe('S')
      expect(soleType({ NULL: true })).toBe('NULL')
      expect(soleType({ M: {} })).toBe('M')
    })
  })
})
