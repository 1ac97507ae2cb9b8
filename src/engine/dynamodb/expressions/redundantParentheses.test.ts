import { describe, expect, it } from 'vitest'
import { evaluateCondition, prepareExpressions } from './index.ts'
import { validationMessage } from './testing.ts'
import type { AttributeValue } from '../types.ts'

/**
 * "The expression has redundant parentheses;" (dynalite's condition grammar, diffed against AWS; the
 * ConditionExpression and KeyConditionExpression texts are pinned against AWS by public conformance suites).
 * It applies to the condition grammar only: ConditionExpression, FilterExpression, KeyConditionExpression.
 */

const VALUES: Record<string, AttributeValue> = { ':v': { S: 'a' }, ':n': { N: '1' } }

type Kind = 'ConditionExpression' | 'FilterExpression' | 'KeyConditionExpression' | 'UpdateExpression'

function error(kind: Kind, expression: string, values: Record<string, AttributeValue> = VALUES): string {
  return validationMessage(() => prepareExpressions({ [kind]: expression, ExpressionAttributeValues: values }))
}

describe('expressions', () => {
  describe('validations', () => {
    it.each(['ConditionExpression', 'FilterExpression', 'KeyConditionExpression'] as const)(
      'returns ValidationException "Invalid %s: The expression has redundant parentheses;" for a doubly wrapped condition',
      (kind) => {
        expect(error(kind, '((a = :v)) AND b = :n')).toBe(`Invalid ${kind}: The expression has redundant parentheses;`)
      },
    )

    it.each([
      '((a.b)).c = :v AND d = :n',
      '(d)between(((b.c)).d)and(:n) AND e = :v',
      'size(((a.b))[1]) = :n AND e = :v',
    ])('returns ValidationException for redundant parentheses around a path head (%s)', (expression) => {
      expect(error('ConditionExpression', expression)).toBe('Invalid ConditionExpression: The expression has redundant parentheses;')
    })

    it.each([
      ['(size(a)).b = :n AND e = :v', '"."'],
      ['(:v).b = :v AND e = :n', '"."'],
      ['a.(b.c) = :v AND e = :n', '"("'],
    ])('returns a syntax error when what is parenthesized is not a path (%s)', (expression, token) => {
      expect(error('ConditionExpression', expression).startsWith(`Invalid ConditionExpression: Syntax error; token: ${token}`)).toBe(true)
    })

    it('does not apply the grouped-path form to update expressions', () => {
      expect(error('UpdateExpression', 'SET x = (a).b, y = :v, z = :n')).toMatch(/^Invalid UpdateExpression: Syntax error; token: "\."/)
    })
  })

  describe('functionality', () => {
    it('reads a parenthesized path as the head of a longer path, (a.b).c = a.b.c', () => {
      const { condition } = prepareExpressions({ ConditionExpression: '(m.x).y = :v AND (l)[1] = :n', ExpressionAttributeValues: VALUES })
      const item = { m: { M: { x: { M: { y: { S: 'a' } } } } }, l: { L: [{ S: 'z' }, { N: '1' }] } }
      expect(evaluateCondition(condition!, item)).toBe(true)
      expect(evaluateCondition(condition!, { ...item, l: { L: [{ N: '1' }] } })).toBe(false)
    })

    it('accepts one pair of parentheses around a condition, an operand or a path head', () => {
      expect(() => prepareExpressions({ ConditionExpression: '(a = :v) AND ((b) = :n OR (c.d).e = :n)', ExpressionAttributeValues: VALUES })).not.toThrow()
    })
  })
})
