import { describe, expect, it } from 'vitest'
import { evaluateCondition, prepareExpressions } from './index.ts'
import type { AttributeValue, Item } from '../types.ts'

const ITEM: Item = {
  s: { S: 'hello' },
  n: { N: '10' },
  b: { B: 'AQID' }, // bytes 01 02 03
  ss: { SS: ['x', 'y'] },
  ns: { NS: ['1', '2.5'] },
  l: { L: [{ S: 'x' }, { N: '1' }, { M: { k: { S: 'v' } } }] },
  m: { M: { x1: { M: { deep: { N: '5' } } }, arr: { L: [{ N: '0' }] } } },
  t: { BOOL: true },
  z: { NULL: true },
  e: { S: 'é😀' },
}

function check(expression: string, values?: Record<string, AttributeValue>, item: Item | null = ITEM): boolean {
  const { condition } = prepareExpressions({ ConditionExpression: expression, ExpressionAttributeValues: values })
  return evaluateCondition(condition!, item ?? undefined)
}

describe('ConditionExpression', () => {
  describe('functionality', () => {
    it('compares numbers numerically and exactly', () => {
      expect(check('n = :v', { ':v': { N: '10.0' } })).toBe(true)
      expect(check('n > :v', { ':v': { N: '9.99999999999999999999999999999' } })).toBe(true)
      expect(check('n < :v', { ':v': { N: '1E+1' } })).toBe(false)
      expect(check('n <= :v', { ':v': { N: '1E+1' } })).toBe(true)
      expect(check('n >= :v', { ':v': { N: '-11' } })).toBe(true)
    })

    it('compares strings by UTF-8 bytes and binary bytewise', () => {
      expect(check('s < :v', { ':v': { S: 'hellp' } })).toBe(true)
      expect(check('s > :v', { ':v': { S: 'Hello' } })).toBe(true)
      // U+1F600 (4 UTF-8 bytes) sorts after U+FFFD although its first UTF-16 unit is smaller.
      expect(check('e > :v', { ':v': { S: 'é\uFFFD' } })).toBe(true)
      expect(check('b > :v', { ':v': { B: 'AQI=' } })).toBe(true)
      expect(check('b < :v', { ':v': { B: '/w==' } })).toBe(true)
    })

    it('treats different types as unequal and unordered', () => {
      expect(check('n = :v', { ':v': { S: '10' } })).toBe(false)
      expect(check('n <> :v', { ':v': { S: '10' } })).toBe(true)
      expect(check('n < :v', { ':v': { S: '99' } })).toBe(false)
      expect(check('n >= :v', { ':v': { S: '99' } })).toBe(false)
    })

    it('is false for comparisons with a missing attribute, except <>', () => {
      expect(check('missing_attr = :v', { ':v': { S: 'x' } })).toBe(false)
      expect(check('missing_attr < :v', { ':v': { S: 'x' } })).toBe(false)
      expect(check('missing_attr <> :v', { ':v': { S: 'x' } })).toBe(true)
      expect(check('s = :v', { ':v': { S: 'hello' } }, null)).toBe(false)
    })

    it('compares sets regardless of order and lists/maps deeply', () => {
      expect(check('ss = :v', { ':v': { SS: ['y', 'x'] } })).toBe(true)
      expect(check('ns = :v', { ':v': { NS: ['2.50', '1'] } })).toBe(true)
      expect(check('l[2] = :v', { ':v': { M: { k: { S: 'v' } } } })).toBe(true)
      expect(check('t = :v AND z = :w', { ':v': { BOOL: true }, ':w': { NULL: true } })).toBe(true)
    })

    it('follows nested paths and list indexes', () => {
      expect(check('m.x1.deep = :v', { ':v': { N: '5' } })).toBe(true)
      expect(check('m.arr[0] = :v', { ':v': { N: '0' } })).toBe(true)
      expect(check('attribute_exists(m.arr[1])')).toBe(false)
      expect(check('attribute_exists(s.x)')).toBe(false)
      expect(check('attribute_exists(l[0])')).toBe(true)
    })

    it('evaluates BETWEEN inclusively and IN by equality', () => {
      expect(check('n BETWEEN :a AND :b', { ':a': { N: '10' }, ':b': { N: '20' } })).toBe(true)
      expect(check('n BETWEEN :a AND :b', { ':a': { N: '11' }, ':b': { N: '20' } })).toBe(false)
      expect(check('s BETWEEN :a AND :b', { ':a': { S: 'a' }, ':b': { S: 'i' } })).toBe(true)
      expect(check('n IN (:a, :b)', { ':a': { N: '1' }, ':b': { N: '10.00' } })).toBe(true)
      expect(check('n IN (:a, :b)', { ':a': { N: '1' }, ':b': { S: '10' } })).toBe(false)
    })

    it('evaluates attribute_exists, attribute_not_exists and attribute_type', () => {
      expect(check('attribute_exists(s) AND attribute_not_exists(nope)')).toBe(true)
      expect(check('attribute_not_exists(s)')).toBe(false)
      expect(check('attribute_not_exists(pk)', undefined, null)).toBe(true)
      expect(check('attribute_type(ss, :t)', { ':t': { S: 'SS' } })).toBe(true)
      expect(check('attribute_type(n, :t)', { ':t': { S: 'S' } })).toBe(false)
    })

    it('evaluates begins_with on strings and binary', () => {
      expect(check('begins_with(s, :p)', { ':p': { S: 'he' } })).toBe(true)
      expect(check('begins_with(s, :p)', { ':p': { S: 'He' } })).toBe(false)
      expect(check('begins_with(b, :p)', { ':p': { B: 'AQ==' } })).toBe(true)
      expect(check('begins_with(n, :p)', { ':p': { S: '1' } })).toBe(false)
    })

    it('evaluates contains on strings, sets and lists', () => {
      expect(check('contains(s, :v)', { ':v': { S: 'ell' } })).toBe(true)
      expect(check('contains(ss, :v)', { ':v': { S: 'y' } })).toBe(true)
      expect(check('contains(ss, :v)', { ':v': { S: 'z' } })).toBe(false)
      expect(check('contains(ns, :v)', { ':v': { N: '2.50' } })).toBe(true)
      expect(check('contains(l, :v)', { ':v': { N: '1' } })).toBe(true)
      expect(check('contains(l, :v)', { ':v': { S: '1' } })).toBe(false)
      expect(check('contains(n, :v)', { ':v': { N: '1' } })).toBe(false)
    })

    it('evaluates size of strings, binary, sets, lists and maps', () => {
      expect(check('size(s) = :v', { ':v': { N: '5' } })).toBe(true)
      expect(check('size(b) = :v', { ':v': { N: '3' } })).toBe(true)
      expect(check('size(ss) = :v AND size(l) = :w AND size(m) = :v', { ':v': { N: '2' }, ':w': { N: '3' } })).toBe(true)
      expect(check('size(n) > :v', { ':v': { N: '0' } })).toBe(false)
      expect(check('size(nope) < :v', { ':v': { N: '100' } })).toBe(false)
    })

    it('applies NOT, AND, OR with precedence and parentheses', () => {
      const v = { ':a': { S: 'hello' }, ':b': { S: 'nope' } }
      expect(check('s = :b OR s = :a AND n = :b', v)).toBe(false)
      expect(check('(s = :b OR s = :a) AND NOT n = :b', v)).toBe(true)
      expect(check('NOT (s = :a) OR s = :b', v)).toBe(false)
      expect(check('s = :a OR s = :b', v)).toBe(true)
    })
  })
})
