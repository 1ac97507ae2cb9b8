import { describe, expect, it } from 'vitest'
import { prepareExpressions } from './index.ts'
import { validationMessage } from './testing.ts'
import type { AttributeValue } from '../types.ts'

const VALUES: Record<string, AttributeValue> = { ':s': { S: 'a' }, ':n': { N: '1' }, ':l': { L: [] }, ':ss': { SS: ['a'] } }

function updateError(expression: string, values: Record<string, AttributeValue> = VALUES, names?: Record<string, string>): string {
  const message = validationMessage(() =>
    prepareExpressions({ UpdateExpression: expression, ExpressionAttributeValues: values, ExpressionAttributeNames: names }),
  )
  return message.replace(/^Invalid UpdateExpression: /, '')
}

describe('UpdateExpression', () => {
  describe('validations', () => {
    it('returns ValidationException for syntax errors', () => {
      expect(updateError('a = :s')).toBe('Syntax error; token: "a", near: "a ="')
      expect(updateError('SET a :s')).toBe('Syntax error; token: ":s", near: "a :s"')
      expect(updateError('SET a = :s,')).toBe('Syntax error; token: "<EOF>", near: ","')
      expect(updateError('REMOVE a = :s')).toBe('Syntax error; token: "=", near: "a = :s"')
      expect(updateError('ADD a b')).toBe('Syntax error; token: "b", near: "a b"')
      expect(updateError('SET set = :s')).toBe('Syntax error; token: "set", near: "SET set ="')
      expect(updateError('SET a = :s + :n + :n')).toBe('Syntax error; token: "+", near: ":n + :n"')
      expect(updateError('SET a = list_append()')).toBe('Syntax error; token: ")", near: "()"')
    })

    it('returns ValidationException for a section used twice', () => {
      expect(updateError('SET a = :s SET b = :s')).toBe('The "SET" section can only be used once in an update expression;')
      expect(updateError('remove a REMOVE b SET c = :s')).toBe('The "REMOVE" section can only be used once in an update expression;')
    })

    it('returns ValidationException for a reserved word, before anything else', () => {
      expect(updateError('SET #a = :x, Comment = :s', VALUES)).toBe('Attribute name is a reserved keyword; reserved keyword: Comment')
    })

    it('returns ValidationException for undefined names, then undefined values', () => {
      expect(updateError('SET a = :x, #b = :s')).toBe('An expression attribute name used in the document path is not defined; attribute name: #b')
      expect(updateError('SET a = :x')).toBe('An expression attribute value used in expression is not defined; attribute value: :x')
    })

    it('returns ValidationException for overlapping paths', () => {
      expect(updateError('SET a = :s REMOVE a.b')).toBe(
        'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]',
      )
      expect(updateError('SET #a = :s, a = :s', VALUES, { '#a': 'a' })).toBe(
        'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]',
      )
      expect(updateError('SET l[1].a = :s ADD l[1] :n')).toBe(
        'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [l, [1], a], path two: [l, [1]]',
      )
    })

    it('returns ValidationException for paths that use one step as a map and a list', () => {
      expect(updateError('SET a.b = :s, a[0] = :s')).toBe(
        'Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [0]]',
      )
    })

    it('returns ValidationException for ADD and DELETE operand types', () => {
      expect(updateError('ADD a :s')).toBe('Incorrect operand type for operator or function; operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND')
      expect(updateError('ADD a :l')).toBe('Incorrect operand type for operator or function; operator: ADD, operand type: LIST, typeSet: ALLOWED_FOR_ADD_OPERAND')
      expect(updateError('DELETE a :n')).toBe('Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND')
    })

    it('returns ValidationException for unknown functions and wrong operands', () => {
      expect(updateError('SET a = size(b)')).toBe('The function is not allowed to be used this way in an expression; function: size')
      expect(updateError('SET a = f123_hi(b, c)')).toBe('Invalid function name; function: f123_hi')
      expect(updateError('SET a = if_not_exists(b)')).toBe(
        'Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1',
      )
      expect(updateError('SET a = if_not_exists(:s, b)')).toBe('Operator or function requires a document path; operator or function: if_not_exists')
      expect(updateError('SET a = list_append(:s, b)')).toBe(
        'Incorrect operand type for operator or function; operator or function: list_append, operand type: S',
      )
      expect(updateError('SET a = b + :s')).toBe('Incorrect operand type for operator or function; operator or function: +, operand type: S')
      expect(updateError('SET a = :l - b')).toBe('Incorrect operand type for operator or function; operator or function: -, operand type: L')
    })

    it('returns ValidationException for more than 300 operators and functions', () => {
      const sum = (n: number) => `SET ${Array.from({ length: n }, (_, i) => `a${i}=:n+:n`).join(',')}`
      expect(() => prepareExpressions({ UpdateExpression: sum(300), ExpressionAttributeValues: { ':n': { N: '1' } } })).not.toThrow()
      expect(updateError(sum(301))).toBe('The expression contains too many operators; operator count: 301')
    })

    it('returns ValidationException for list_append nested in list_append', () => {
      expect(updateError('SET a = list_append(list_append(:l, :l), :l)')).toBe(
        'The function is not allowed to be used this way in an expression; function: list_append',
      )
    })

    it('returns ValidationException for names that do not start with a letter', () => {
      expect(updateError('SET _123 = :s')).toBe('Syntax error; token: "_", near: "SET _123"')
      expect(updateError('SET 123a = :s')).toBe('Syntax error; token: "123", near: "SET 123a"')
      expect(updateError('SET a = _f(b)')).toBe('Syntax error; token: "_", near: "= _f"')
      expect(updateError('SET a[:s] = :s')).toBe('Syntax error; token: ":s", near: "[:s]"')
      expect(updateError('SET :s = :s')).toBe('Syntax error; token: ":s", near: "SET :s ="')
    })

    it('reports errors by category priority', () => {
      // section (3rd) beats an undefined value (5th) that comes first.
      expect(updateError('SET a = :x SET b = :s')).toBe('The "SET" section can only be used once in an update expression;')
      // an unknown function beats an earlier overlap.
      expect(updateError('SET a = :s, a = foo(b)')).toBe('Invalid function name; function: foo')
    })
  })

  describe('functionality', () => {
    it('accepts any case for section keywords and names with digits and underscores', () => {
      const { update } = prepareExpressions({
        UpdateExpression: '  sEt Alpha_Numeric_123 = :_, #123 = :123a  ',
        ExpressionAttributeValues: { ':_': { N: '1' }, ':123a': { N: '2' } },
        ExpressionAttributeNames: { '#123': '3can include any character!.#=' },
      })
      expect(update?.actions.map((a) => a.path)).toEqual([['Alpha_Numeric_123'], ['3can include any character!.#=']])
    })

    it('allows if_not_exists inside list_append and arithmetic', () => {
      expect(() =>
        prepareExpressions({
          UpdateExpression: 'SET a = list_append(if_not_exists(a, :l), :l), b = if_not_exists(b, :n) + :n',
          ExpressionAttributeValues: { ':l': { L: [] }, ':n': { N: '1' } },
        }),
      ).not.toThrow()
    })

    it('parses every section, in any order and case', () => {
      const { update } = prepareExpressions({
        UpdateExpression: 'delete s :ss add n :n remove r SET a = (b + :n), c = if_not_exists(c, list_append(:l, d))',
        ExpressionAttributeValues: { ':ss': { SS: ['a'] }, ':n': { N: '1' }, ':l': { L: [] } },
      })
      expect(update?.actions.map((a) => [a.action, a.path])).toEqual([
        ['DELETE', ['s']],
        ['ADD', ['n']],
        ['REMOVE', ['r']],
        ['SET', ['a']],
        ['SET', ['c']],
      ])
      expect(update?.actions[4]).toEqual({
        action: 'SET',
        path: ['c'],
        value: {
          kind: 'if_not_exists',
          path: ['c'],
          fallback: { kind: 'list_append', left: { kind: 'value', value: { L: [] } }, right: { kind: 'path', path: ['d'] } },
        },
      })
    })
  })
})
