import { describe, expect, it } from 'vitest'
import { applyUpdate, prepareExpressions } from './index.ts'
import { validationMessage } from './testing.ts'
import type { AttributeValue, Item } from '../types.ts'

const KEY: Item = { pk: { S: 'k' } }

function update(expression: string, item: Item | undefined, values?: Record<string, AttributeValue>, names?: Record<string, string>) {
  const { update: prepared } = prepareExpressions({ UpdateExpression: expression, ExpressionAttributeValues: values, ExpressionAttributeNames: names })
  return applyUpdate(prepared!, item, KEY)
}

describe('UpdateExpression', () => {
  describe('functionality', () => {
    it('starts from the key when the item does not exist', () => {
      expect(update('SET a = :v', undefined, { ':v': { S: 'x' } }).item).toEqual({ pk: { S: 'k' }, a: { S: 'x' } })
    })

    it('does not mutate the stored item', () => {
      const stored: Item = { ...KEY, m: { M: { a: { N: '1' } } }, l: { L: [{ S: 'a' }] } }
      const copy = structuredClone(stored)
      update('SET m.b = :v, l[1] = :v REMOVE m.a', stored, { ':v': { S: 'x' } })
      expect(stored).toEqual(copy)
    })

    it('sets nested map paths and list indexes', () => {
      const stored: Item = { ...KEY, m: { M: { deep: { M: {} } } }, l: { L: [{ N: '1' }, { N: '2' }] } }
      const { item, updatedPaths } = update('SET m.deep.#x = :v, l[0] = :v', stored, { ':v': { S: 'x' } }, { '#x': 'x' })
      expect(item.m).toEqual({ M: { deep: { M: { x: { S: 'x' } } } } })
      expect(item.l).toEqual({ L: [{ S: 'x' }, { N: '2' }] })
      expect(updatedPaths).toEqual([['m', 'deep', 'x'], ['l', 0]])
    })

    it('appends when SET names an index past the end of a list', () => {
      const { item } = update('SET l[10] = :v', { ...KEY, l: { L: [{ N: '1' }] } }, { ':v': { N: '2' } })
      expect(item.l).toEqual({ L: [{ N: '1' }, { N: '2' }] })
    })

    it('appends several elements past the end in index order', () => {
      const values = { ':a': { S: 'a1' }, ':b': { S: 'a2' }, ':c': { S: 'a3' }, ':d': { S: 'a4' } }
      const { item } = update('SET l[84] = :a, l[37] = :b, l[17] = :c, l[50] = :d', { ...KEY, l: { L: [{ S: 'one' }] } }, values)
      expect(item.l).toEqual({ L: [{ S: 'one' }, { S: 'a3' }, { S: 'a2' }, { S: 'a4' }, { S: 'a1' }] })
    })

    it('uses list indexes from before the update for both REMOVE and SET', () => {
      const stored: Item = { ...KEY, a: { L: ['2', '3', '4', '5', '6', '7'].map((N) => ({ N })) } }
      const expected = { L: ['2', '4', '17', '6', '7'].map((N) => ({ N })) }
      expect(update('REMOVE a[1] SET a[3] = :v', stored, { ':v': { N: '17' } }).item.a).toEqual(expected)
      expect(update('SET a[3] = :v REMOVE a[1]', stored, { ':v': { N: '17' } }).item.a).toEqual(expected)
    })

    it('leaves empty maps and lists after removing their last element', () => {
      const { item } = update('REMOVE m.b, l[0]', { ...KEY, m: { M: { b: { N: '1' } } }, l: { L: [{ N: '1' }] } })
      expect(item).toEqual({ ...KEY, m: { M: {} }, l: { L: [] } })
    })

    it('ignores a REMOVE of a nested path when the item does not exist', () => {
      expect(update('REMOVE x.y, z[0]', undefined).item).toEqual(KEY)
    })

    it('computes a + b and a - b exactly', () => {
      const stored: Item = { ...KEY, n: { N: '0.1' } }
      expect(update('SET n = n + :v', stored, { ':v': { N: '0.2' } }).item.n).toEqual({ N: '0.3' })
      expect(update('SET n = :v - n', stored, { ':v': { N: '1' } }).item.n).toEqual({ N: '0.9' })
    })

    it('stores numbers in canonical form', () => {
      const { item } = update('SET a = :a, l = :l ADD s :s', undefined, { ':a': { N: '1.50' }, ':l': { L: [{ N: '1e3' }] }, ':s': { NS: ['02', '-0.0'] } })
      expect(item).toEqual({ ...KEY, a: { N: '1.5' }, l: { L: [{ N: '1000' }] }, s: { NS: ['2', '0'] } })
    })

    it('evaluates every SET value against the item before the update', () => {
      const { item } = update('SET a = b, b = a', { ...KEY, a: { S: 'A' }, b: { S: 'B' } })
      expect(item).toMatchObject({ a: { S: 'B' }, b: { S: 'A' } })
    })

    it('uses if_not_exists only when the path is missing', () => {
      const values = { ':zero': { N: '0' }, ':one': { N: '1' } }
      expect(update('SET c = if_not_exists(c, :zero) + :one', undefined, values).item.c).toEqual({ N: '1' })
      expect(update('SET c = if_not_exists(c, :zero) + :one', { ...KEY, c: { N: '5' } }, values).item.c).toEqual({ N: '6' })
    })

    it('appends lists with list_append in either order', () => {
      const stored: Item = { ...KEY, l: { L: [{ S: 'b' }] } }
      const values = { ':v': { L: [{ S: 'a' }] } }
      expect(update('SET l = list_append(:v, l)', stored, values).item.l).toEqual({ L: [{ S: 'a' }, { S: 'b' }] })
      expect(update('SET l = list_append(l, :v)', stored, values).item.l).toEqual({ L: [{ S: 'b' }, { S: 'a' }] })
    })

    it('REMOVEs attributes, nested keys and list elements (later elements shift down)', () => {
      const stored: Item = { ...KEY, a: { S: 'x' }, m: { M: { k: { S: 'v' }, j: { S: 'w' } } }, l: { L: [{ N: '0' }, { N: '1' }, { N: '2' }, { N: '3' }] } }
      const { item } = update('REMOVE a, m.k, l[1], l[3], gone', stored)
      expect(item).toEqual({ ...KEY, m: { M: { j: { S: 'w' } } }, l: { L: [{ N: '0' }, { N: '2' }] } })
    })

    it('ADDs numbers, creating the attribute when absent', () => {
      expect(update('ADD n :v', undefined, { ':v': { N: '3' } }).item.n).toEqual({ N: '3' })
      expect(update('ADD n :v', { ...KEY, n: { N: '-1.5' } }, { ':v': { N: '3' } }).item.n).toEqual({ N: '1.5' })
    })

    it('ADDs set elements as a union', () => {
      const { item } = update('ADD s :v, ns :n', { ...KEY, s: { SS: ['a', 'b'] }, ns: { NS: ['1'] } }, {
        ':v': { SS: ['b', 'c'] },
        ':n': { NS: ['1.0', '2'] },
      })
      expect(item.s).toEqual({ SS: ['a', 'b', 'c'] })
      expect(item.ns).toEqual({ NS: ['1', '2'] })
    })

    it('DELETEs set elements and removes the attribute when the set becomes empty', () => {
      const stored: Item = { ...KEY, s: { SS: ['a', 'b'] }, t: { SS: ['a'] } }
      const { item } = update('DELETE s :a, t :a, gone :a', stored, { ':a': { SS: ['a'] } })
      expect(item).toEqual({ ...KEY, s: { SS: ['b'] } })
    })
  })

  describe('validations', () => {
    it('returns ValidationException for SET from a missing attribute', () => {
      expect(validationMessage(() => update('SET a = b', undefined))).toBe(
        'The provided expression refers to an attribute that does not exist in the item',
      )
    })

    it('returns ValidationException for arithmetic on a non-number', () => {
      expect(validationMessage(() => update('SET a = b + :v', { ...KEY, b: { S: 'x' } }, { ':v': { N: '1' } }))).toBe(
        'An operand in the update expression has an incorrect data type',
      )
    })

    it('returns ValidationException for list_append on a non-list', () => {
      expect(validationMessage(() => update('SET a = list_append(b, :v)', { ...KEY, b: { S: 'x' } }, { ':v': { L: [] } }))).toBe(
        'An operand in the update expression has an incorrect data type',
      )
    })

    it('returns ValidationException for ADD or DELETE on an attribute of another type', () => {
      expect(validationMessage(() => update('ADD a :v', { ...KEY, a: { S: 'x' } }, { ':v': { N: '1' } }))).toBe(
        'An operand in the update expression has an incorrect data type',
      )
      expect(validationMessage(() => update('DELETE a :v', { ...KEY, a: { NS: ['1'] } }, { ':v': { SS: ['1'] } }))).toBe(
        'An operand in the update expression has an incorrect data type',
      )
    })

    it('returns ValidationException for a path whose parent is missing or not a map/list', () => {
      const invalid = 'The document path provided in the update expression is invalid for update'
      expect(validationMessage(() => update('SET m.a = :v', undefined, { ':v': { S: 'x' } }))).toBe(invalid)
      expect(validationMessage(() => update('SET m[0] = :v', { ...KEY, m: { M: {} } }, { ':v': { S: 'x' } }))).toBe(invalid)
      expect(validationMessage(() => update('SET s.a = :v', { ...KEY, s: { S: 'x' } }, { ':v': { S: 'x' } }))).toBe(invalid)
      expect(validationMessage(() => update('REMOVE m.a.b', { ...KEY, m: { M: {} } }))).toBe(invalid)
    })

    it('returns ValidationException for every action on a path that cannot exist in the item', () => {
      const stored: Item = { ...KEY, b: { S: 'a' }, c: { M: { '1': { S: 'a' } } }, d: { L: [{ S: 'a' }, { S: 'b' }] } }
      const values = { ':a': { SS: ['a'] } }
      const names = { '#1': '1' }
      for (const expression of [
        'SET b.a = :a',
        'SET b[1] = :a',
        'SET y.a = :a',
        'SET c[1] = :a',
        'SET d.#1 = :a',
        'REMOVE b.a SET #1 = :a',
        'REMOVE y[1] SET #1 = :a',
        'REMOVE c[1] SET #1 = :a',
        'DELETE y.a :a',
        'DELETE b[1] :a',
        'ADD c[1] :a',
        'ADD d.#1 :a',
      ]) {
        expect(validationMessage(() => update(expression, stored, values, expression.includes('#1') ? names : undefined))).toBe(
          'The document path provided in the update expression is invalid for update',
        )
      }
    })

    it('returns ValidationException for a run-time type mismatch inside nested values', () => {
      const stored: Item = { ...KEY, b: { M: { a: { SS: ['1'] } } }, d: { NS: ['1'] } }
      const incorrect = 'An operand in the update expression has an incorrect data type'
      expect(validationMessage(() => update('DELETE b.a :a', stored, { ':a': { NS: ['1'] } }))).toBe(incorrect)
      expect(validationMessage(() => update('SET e = list_append(d, if_not_exists(f, :a))', stored, { ':a': { L: [] } }))).toBe(incorrect)
      expect(validationMessage(() => update('SET e = b - :a', stored, { ':a': { N: '1' } }))).toBe(incorrect)
    })

    it('returns ValidationException for a number overflow', () => {
      expect(validationMessage(() => update('ADD n :v', { ...KEY, n: { N: '9.9999999999999999999999999999999999999E+125' } }, { ':v': { N: '9E+125' } }))).toBe(
        'Number overflow. Attempting to store a number with magnitude larger than supported range',
      )
    })
  })
})
