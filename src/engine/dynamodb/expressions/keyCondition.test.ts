import { describe, expect, it } from 'vitest'
import { prepareExpressions, resolveKeyCondition } from './index.ts'
import { validationMessage } from './testing.ts'
import type { AttributeValue, ScalarAttributeType } from '../types.ts'

const VALUES: Record<string, AttributeValue> = { ':p': { S: 'p' }, ':a': { S: 'a' }, ':b': { S: 'b' }, ':n': { N: '1' }, ':t': { BOOL: true } }

function resolve(expression: string, rangeKey: string | null = 'sk', types?: Record<string, ScalarAttributeType>) {
  const used = Object.fromEntries(Object.entries(VALUES).filter(([k]) => new RegExp(`${k}\\b`).test(expression)))
  const { keyCondition } = prepareExpressions({ KeyConditionExpression: expression, ExpressionAttributeValues: Object.keys(used).length > 0 ? used : undefined })
  return resolveKeyCondition(keyCondition!, 'pk', rangeKey ?? undefined, types)
}

const keyError = (expression: string, rangeKey?: string | null, types?: Record<string, ScalarAttributeType>) =>
  validationMessage(() => resolve(expression, rangeKey, types))

describe('KeyConditionExpression', () => {
  describe('validations', () => {
    it('returns ValidationException for operators a key condition cannot use', () => {
      expect(keyError('pk = :p OR sk = :a')).toBe('Invalid operator used in KeyConditionExpression: OR')
      expect(keyError('NOT pk = :p')).toBe('Invalid operator used in KeyConditionExpression: NOT')
      expect(keyError('pk IN (:p, :a)')).toBe('Invalid operator used in KeyConditionExpression: IN')
      expect(keyError('pk <> :p')).toBe('Invalid operator used in KeyConditionExpression: <>')
      expect(keyError('pk = :p AND attribute_exists(sk)')).toBe('Invalid operator used in KeyConditionExpression: attribute_exists')
      expect(keyError('pk = :p AND contains(sk, :a)')).toBe('Invalid operator used in KeyConditionExpression: contains')
      expect(keyError('pk = :p AND size(sk) = :n')).toBe('KeyConditionExpressions cannot contain nested operations')
    })

    it('returns ValidationException for conditions without exactly one top-level key attribute', () => {
      expect(keyError('pk = sk')).toBe('Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition')
      expect(keyError('pk.x = :p')).toBe('KeyConditionExpressions cannot have conditions on nested attributes')
      expect(keyError(':p = :a')).toBe('Invalid condition in KeyConditionExpression: No key attribute specified')
      expect(keyError('pk = :p AND :a BETWEEN sk AND :b')).toBe(
        'Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand',
      )
      expect(keyError('pk = :p AND begins_with(:a, sk)')).toBe(
        'Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand',
      )
    })

    it('returns ValidationException for two conditions on one key', () => {
      expect(keyError('pk = :p AND pk = :a')).toBe('KeyConditionExpressions must only contain one condition per key')
    })

    it('returns ValidationException for more than two conditions', () => {
      expect(keyError('pk = :p AND sk = :a AND colour = :b')).toBe('Conditions can be of length 1 or 2 only')
    })

    it('returns ValidationException when the partition key is missing', () => {
      expect(keyError('sk = :a')).toBe('Query condition missed key schema element: pk')
      expect(keyError('colour = :a')).toBe('Query condition missed key schema element: pk')
    })

    it('returns ValidationException for a condition on a non-key attribute', () => {
      expect(keyError('pk = :p AND colour = :a')).toBe('Query condition missed key schema element: sk')
    })

    it('returns ValidationException for a non-equality partition key condition', () => {
      expect(keyError('begins_with(pk, :p)')).toBe('Query key condition not supported')
      expect(keyError('pk > :p AND sk = :a')).toBe('Query key condition not supported')
    })

    it('returns ValidationException for a second condition on a hash-only table', () => {
      expect(validationMessage(() => resolve('pk = :p AND colour = :a', null))).toBe('Query key condition not supported')
    })

    it('returns ValidationException for a comparison with a value that is not S, N or B', () => {
      expect(keyError('pk = :p AND sk = :t')).toBe(
        'One or more parameter values were invalid: ComparisonOperator EQ is not valid for BOOL AttributeValue type',
      )
    })

    it('returns ValidationException for a value of the wrong key type', () => {
      expect(keyError('pk = :p AND sk > :n', 'sk', { pk: 'S', sk: 'S' })).toBe(
        'One or more parameter values were invalid: Condition parameter type does not match schema type',
      )
    })
  })

  describe('functionality', () => {
    it('returns the partition key value alone', () => {
      expect(resolve('pk = :p')).toEqual({ hashKey: { name: 'pk', value: { S: 'p' } } })
    })

    it('returns the sort key condition in any order, flipping value-first comparisons', () => {
      expect(resolve(':a < sk AND pk = :p')).toEqual({
        hashKey: { name: 'pk', value: { S: 'p' } },
        range: { name: 'sk', op: '>', values: [{ S: 'a' }] },
      })
      expect(resolve('pk = :p AND sk BETWEEN :a AND :b').range).toEqual({ name: 'sk', op: 'BETWEEN', values: [{ S: 'a' }, { S: 'b' }] })
      expect(resolve('pk = :p AND begins_with(sk, :a)').range).toEqual({ name: 'sk', op: 'begins_with', values: [{ S: 'a' }] })
      expect(resolve('(pk = :p) AND (sk <= :a)').range).toEqual({ name: 'sk', op: '<=', values: [{ S: 'a' }] })
    })
  })
})
