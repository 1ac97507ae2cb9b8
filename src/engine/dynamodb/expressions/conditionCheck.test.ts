import { describe, expect, it } from 'vitest'
import { prepareExpressions } from './index.ts'
import { validationMessage } from './testing.ts'
import type { AttributeValue } from '../types.ts'

const VALUES: Record<string, AttributeValue> = { ':s': { S: 'a' }, ':n': { N: '1' }, ':t': { S: 'S' } }

/** The ValidationException message for a ConditionExpression (unused values are fine: they fail later). */
function conditionError(expression: string, values: Record<string, AttributeValue> = VALUES, names?: Record<string, string>): string {
  const message = validationMessage(() =>
    prepareExpressions({
      ConditionExpression: expression,
      ExpressionAttributeValues: Object.keys(values).length > 0 ? values : undefined,
      ExpressionAttributeNames: names,
    }),
  )
  return message.replace(/^Invalid ConditionExpression: /, '')
}

describe('ConditionExpression', () => {
  describe('validations', () => {
    it('returns ValidationException for syntax errors', () => {
      expect(conditionError('a =')).toBe('Syntax error; token: "<EOF>", near: "="')
      expect(conditionError('a == :s')).toBe('Syntax error; token: "=", near: "==:s"'.replace('==:s', '== :s'))
      expect(conditionError('a = :s AND')).toBe('Syntax error; token: "<EOF>", near: "AND"')
      expect(conditionError('a BETWEEN :n')).toBe('Syntax error; token: "<EOF>", near: ":n"')
      expect(conditionError('a IN ()')).toBe('Syntax error; token: ")", near: "()"')
      expect(conditionError('AND = :s')).toBe('Syntax error; token: "AND", near: "AND ="')
      expect(conditionError('a = :s $')).toBe('Syntax error; token: "$", near: ":s $"')
      expect(conditionError('a')).toBe('Syntax error; token: "<EOF>", near: "a"')
    })

    it('returns ValidationException for redundant parentheses', () => {
      expect(conditionError('((a = :s))')).toBe('The expression has redundant parentheses;')
      expect(conditionError('((a)) = :s')).toBe('The expression has redundant parentheses;')
      expect(() => prepareExpressions({ ConditionExpression: '((a = :s) AND (b = :s))', ExpressionAttributeValues: { ':s': { S: 'a' } } })).not.toThrow()
    })

    it('returns ValidationException for more than 300 operators (functions and parentheses not counted)', () => {
      const nested = (depth: number) => `a<b ${'or (a<b '.repeat(depth)}${')'.repeat(depth)}`
      expect(() => prepareExpressions({ ConditionExpression: nested(149) })).not.toThrow()
      expect(conditionError(nested(454), {})).toBe('The expression contains too many operators; operator count: 301')
      expect(conditionError(`${'not '.repeat(1000)}a<b`, {})).toBe('The expression contains too many operators; operator count: 301')
      expect(conditionError(`a < ${'f('.repeat(1355)}b${')'.repeat(1355)}`, {})).toBe('Invalid function name; function: f')
    })

    it('returns AWS errors, not a crash, for thousands of nested parentheses', () => {
      expect(conditionError(`${'('.repeat(2046)}a<b${')'.repeat(2046)}`, {})).toBe('The expression has redundant parentheses;')
      expect(conditionError('('.repeat(4096), {})).toBe('Syntax error; token: "<EOF>", near: "("')
      expect(conditionError('(((', {})).toBe('Syntax error; token: "<EOF>", near: "("')
    })

    it('returns ValidationException for deeply nested parentheses without exponential backtracking', () => {
      const depth = 200
      expect(conditionError(`${'('.repeat(depth)}a${')'.repeat(depth)} = :s`)).toBe('The expression has redundant parentheses;')
      expect(conditionError(`${'('.repeat(depth)}a = :s${')'.repeat(depth)} AND NOT (b = :s)`)).toBe('The expression has redundant parentheses;')
    })

    it('returns ValidationException for a reserved word used as an attribute name', () => {
      expect(conditionError('attribute_exists(Status)')).toBe('Attribute name is a reserved keyword; reserved keyword: Status')
      expect(conditionError('a.size = :s')).toBe('Attribute name is a reserved keyword; reserved keyword: size')
    })

    it('returns ValidationException for an undefined #name or :value', () => {
      expect(conditionError('#a = :s')).toBe('An expression attribute name used in the document path is not defined; attribute name: #a')
      expect(conditionError('a = :x')).toBe('An expression attribute value used in expression is not defined; attribute value: :x')
    })

    it('returns ValidationException for an unknown function', () => {
      expect(conditionError('foo(a)')).toBe('Invalid function name; function: foo')
      expect(conditionError('SIZE(a) = :n')).toBe('Invalid function name; function: SIZE')
    })

    it('returns ValidationException for a function used as an operand', () => {
      expect(conditionError('attribute_exists(a) = :s')).toBe(
        'The function is not allowed to be used this way in an expression; function: attribute_exists',
      )
      expect(conditionError('begins_with(contains(a, :s), :s)')).toBe(
        'The function is not allowed to be used this way in an expression; function: contains',
      )
    })

    it('returns ValidationException for size() used as a condition', () => {
      expect(conditionError('size(a)')).toBe('The function is not allowed to be used this way in an expression; function: size')
      expect(conditionError('a = :s AND size(a)')).toBe('The function is not allowed to be used this way in an expression; function: size')
    })

    it('returns ValidationException for the wrong number of operands', () => {
      expect(conditionError('attribute_exists(a, b)')).toBe(
        'Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2',
      )
      expect(conditionError('begins_with(a, :s, :s)')).toBe(
        'Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 3',
      )
    })

    it('returns ValidationException when both operands are the same path', () => {
      expect(conditionError('a.b = a.b')).toBe(
        'The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a, b]',
      )
      expect(conditionError('contains(l[0], l[0])')).toBe(
        'The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [l, [0]]',
      )
    })

    it('returns ValidationException for function operand types', () => {
      expect(conditionError('attribute_exists(:s)')).toBe(
        'Operator or function requires a document path; operator or function: attribute_exists',
      )
      expect(conditionError('begins_with(a, :n)')).toBe(
        'Incorrect operand type for operator or function; operator or function: begins_with, operand type: N',
      )
      expect(conditionError('begins_with(size(a), :s)')).toBe(
        'Incorrect operand type for operator or function; operator or function: begins_with, operand type: N',
      )
      expect(conditionError('attribute_type(a, :n)')).toBe(
        'Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N',
      )
      expect(conditionError('attribute_type(a, b)')).toBe(
        'Incorrect operand type for operator or function; operator or function: attribute_type, operand type: {NS,SS,L,BS,N,M,B,BOOL,NULL,S}',
      )
      expect(conditionError('attribute_type(a, :s)')).toBe(
        'Invalid attribute type name found; type: a, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}',
      )
      expect(conditionError('size(:n) = :n')).toBe('Incorrect operand type for operator or function; operator or function: size, operand type: N')
    })

    it('returns ValidationException for BETWEEN bounds of different types or in the wrong order', () => {
      expect(conditionError('a BETWEEN :n AND :s')).toBe(
        'The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:a}',
      )
      expect(conditionError('a BETWEEN :b AND :n', { ':b': { N: '10' }, ':n': { N: '9' } })).toBe(
        'The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:10}, upper bound operand: AttributeValue: {N:9}',
      )
    })

    it('returns ValidationException for IN with more than 100 operands, counting the left one', () => {
      const list = (n: number) => Array.from({ length: n }, () => ':s').join(', ')
      expect(conditionError(`a IN (${list(100)})`)).toBe('The IN operator is provided with too many operands; number of operands: 101')
      expect(() => prepareExpressions({ ConditionExpression: `a IN (${list(99)})`, ExpressionAttributeValues: { ':s': { S: 'a' } } })).not.toThrow()
    })

    it('returns ValidationException for an ordering comparison with a constant that is not S, N or B', () => {
      const values = { ':l': { L: [{ N: '1' }] }, ':t': { BOOL: true }, ':n': { N: '1' } }
      expect(conditionError('a < :l', values)).toBe('Incorrect operand type for operator or function; operator or function: <, operand type: L')
      expect(conditionError(':t >= a', values)).toBe('Incorrect operand type for operator or function; operator or function: >=, operand type: BOOL')
      expect(conditionError('a BETWEEN :l AND :l', values)).toBe(
        'Incorrect operand type for operator or function; operator or function: BETWEEN, operand type: L',
      )
      expect(() => prepareExpressions({ ConditionExpression: 'a = :l AND a <> :t', ExpressionAttributeValues: values })).toThrow(/unused.*:n/)
    })

    it('returns ValidationException for UpdateExpression functions in a condition', () => {
      expect(conditionError('if_not_exists(a, a) = :s')).toBe('The function is not allowed to be used this way in an expression; function: if_not_exists')
      expect(conditionError('list_append(a, a) = :s')).toBe('The function is not allowed to be used this way in an expression; function: list_append')
    })

    it('reports errors by category priority, not position', () => {
      // A reserved word (later) wins over an undefined placeholder (earlier).
      expect(conditionError('#x = :s AND attribute_exists(Name)')).toBe('Attribute name is a reserved keyword; reserved keyword: Name')
      // Redundant parentheses win over everything.
      expect(conditionError('foo(a) AND ((b = :s))')).toBe('The expression has redundant parentheses;')
      // Within the first failing condition, an undefined placeholder wins over an operand count.
      expect(conditionError('begins_with(a, :x, :s)')).toBe(
        'An expression attribute value used in expression is not defined; attribute value: :x',
      )
    })
  })

  describe('functionality', () => {
    it('parses keywords case-insensitively with NOT > AND > OR precedence', () => {
      const { condition } = prepareExpressions({
        ConditionExpression: 'not a = :s and b = :s or c = :s',
        ExpressionAttributeValues: { ':s': { S: 'a' } },
      })
      expect(condition?.kind).toBe('or')
      if (condition?.kind !== 'or') return
      expect(condition.left.kind).toBe('and')
      if (condition.left.kind !== 'and') return
      expect(condition.left.left.kind).toBe('not')
    })

    it('resolves nested paths with names and list indexes', () => {
      const { condition } = prepareExpressions({
        ConditionExpression: 'attribute_exists(#m.b[2][0].#c)',
        ExpressionAttributeNames: { '#m': 'map', '#c': 'Status' },
      })
      expect(condition).toEqual({ kind: 'function', name: 'attribute_exists', args: [{ kind: 'path', path: ['map', 'b', 2, 0, 'Status'] }] })
    })
  })
})
