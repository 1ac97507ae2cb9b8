import { describe, expect, it } from 'vitest'
import { matchesCondition, matchesLegacyFilter, validateConditions, type LegacyCondition } from './legacyConditions.ts'
import type { AttributeValue, Item } from '../types.ts'

const c = (ComparisonOperator: LegacyCondition['ComparisonOperator'], ...AttributeValueList: AttributeValue[]): LegacyCondition => ({ ComparisonOperator, AttributeValueList })

describe('legacy conditions', () => {
  describe('validations', () => {
    it.each([
      [{ a: { ComparisonOperator: 'EQ' } }, 'One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator'],
      [{ a: { ComparisonOperator: 'NULL', AttributeValueList: [{ S: 'x' }] } }, 'One or more parameter values were invalid: Invalid number of argument(s) for the NULL ComparisonOperator'],
      [{ a: { ComparisonOperator: 'IN', AttributeValueList: [{ S: 'x' }, { N: '1' }] } }, 'One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of same type'],
      [{ a: { ComparisonOperator: 'LT', AttributeValueList: [{ SS: ['x'] }] } }, 'One or more parameter values were invalid: ComparisonOperator LT is not valid for SS AttributeValue type'],
      [{ a: { ComparisonOperator: 'BETWEEN', AttributeValueList: [{ S: 'b' }, { S: 'a' }] } }, 'The BETWEEN condition was provided a range where the lower bound is greater than the upper bound'],
      [{ a: { ComparisonOperator: 'EQ', AttributeValueList: [{}] } }, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'],
    ])('returns ValidationException for %j', (conditions, message) => {
      expect(() => validateConditions(conditions)).toThrow(message)
    })
  })

  describe('functionality', () => {
    it('evaluates each ComparisonOperator, with absent attributes matching only NULL, NE and NOT_CONTAINS', () => {
      const s: AttributeValue = { S: 'hello' }
      expect(matchesCondition(s, c('EQ', { S: 'hello' }))).toBe(true)
      expect(matchesCondition({ N: '1.0' }, c('EQ', { N: '1' }))).toBe(true)
      expect(matchesCondition(s, c('NE', { S: 'x' }))).toBe(true)
      expect(matchesCondition(s, c('LT', { S: 'i' }))).toBe(true)
      expect(matchesCondition({ N: '10' }, c('GT', { N: '9' }))).toBe(true)
      expect(matchesCondition({ N: '10' }, c('LE', { S: '9' }))).toBe(false) // different types never compare
      expect(matchesCondition(s, c('BEGINS_WITH', { S: 'he' }))).toBe(true)
      expect(matchesCondition(s, c('CONTAINS', { S: 'ell' }))).toBe(true)
      expect(matchesCondition({ SS: ['a', 'b'] }, c('CONTAINS', { S: 'b' }))).toBe(true)
      expect(matchesCondition({ SS: ['a', 'b'] }, c('NOT_CONTAINS', { S: 'c' }))).toBe(true)
      expect(matchesCondition({ N: '5' }, c('IN', { N: '1' }, { N: '5' }))).toBe(true)
      expect(matchesCondition({ N: '5' }, c('BETWEEN', { N: '5' }, { N: '6' }))).toBe(true)
      expect(matchesCondition(s, c('NOT_NULL'))).toBe(true)
      for (const [op, expected] of [['NULL', true], ['NE', true], ['NOT_CONTAINS', true], ['EQ', false], ['NOT_NULL', false], ['CONTAINS', false]] as const) {
        expect(matchesCondition(undefined, c(op, ...(op === 'NULL' || op === 'NOT_NULL' ? [] : [{ S: 'x' }]))), op).toBe(expected)
      }
    })

    it('combines conditions with AND (default) or OR', () => {
      const item: Item = { a: { N: '1' }, b: { S: 'x' } }
      const conditions = { a: c('EQ', { N: '1' }), b: c('EQ', { S: 'y' }) }
      expect(matchesLegacyFilter(item, conditions)).toBe(false)
      expect(matchesLegacyFilter(item, conditions, 'OR')).toBe(true)
    })
  })
})
