import { describe, expect, it } from 'vitest'
import { prepareExpressions, projectItem } from './index.ts'
import { validationMessage } from './testing.ts'
import type { Item } from '../types.ts'

const ITEM: Item = {
  pk: { S: 'k' },
  a: { S: 'x' },
  m: { M: { b: { N: '1' }, c: { M: { d: { S: 'deep' }, e: { S: 'other' } } } } },
  l: { L: [{ S: 'zero' }, { M: { f: { S: 'one-f' }, g: { S: 'one-g' } } }, { S: 'two' }, { S: 'three' }] },
}

function project(expression: string, names?: Record<string, string>): Item {
  const { projection } = prepareExpressions({ ProjectionExpression: expression, ExpressionAttributeNames: names })
  return projectItem(projection!, ITEM)
}

const projectionError = (expression: string, names?: Record<string, string>) =>
  validationMessage(() => prepareExpressions({ ProjectionExpression: expression, ExpressionAttributeNames: names }))

describe('ProjectionExpression', () => {
  describe('validations', () => {
    it('returns ValidationException for overlapping paths', () => {
      expect(projectionError('a, a.b')).toBe(
        'Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]',
      )
      expect(projectionError('#x, a', { '#x': 'a' })).toBe(
        'Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]',
      )
    })

    it('returns ValidationException for conflicting paths', () => {
      expect(projectionError('l[0], l.b')).toBe(
        'Invalid ProjectionExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [l, [0]], path two: [l, b]',
      )
    })

    it('returns ValidationException for reserved words and undefined names', () => {
      expect(projectionError('#n, Name')).toBe('Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: Name')
      expect(projectionError('a, #n')).toBe(
        'Invalid ProjectionExpression: An expression attribute name used in the document path is not defined; attribute name: #n',
      )
    })

    it('returns ValidationException for syntax errors', () => {
      expect(projectionError('a,')).toBe('Invalid ProjectionExpression: Syntax error; token: "<EOF>", near: ","')
      expect(projectionError('a[]')).toBe('Invalid ProjectionExpression: Syntax error; token: "]", near: "[]"')
      expect(projectionError(':v')).toBe('Invalid ProjectionExpression: Syntax error; token: ":v", near: ":v"')
    })
  })

  describe('functionality', () => {
    it('keeps only the named top-level attributes', () => {
      expect(project('a, pk, nothing')).toEqual({ a: { S: 'x' }, pk: { S: 'k' } })
    })

    it('keeps only the named parts of maps', () => {
      expect(project('m.c.d, m.b')).toEqual({ m: { M: { b: { N: '1' }, c: { M: { d: { S: 'deep' } } } } } })
    })

    it('keeps list elements in index order, compacted', () => {
      expect(project('l[3], l[1].g, l[9]')).toEqual({ l: { L: [{ M: { g: { S: 'one-g' } } }, { S: 'three' }] } })
    })

    it('drops paths that do not match the item', () => {
      expect(project('a.b, m.zz, l[7], pk[0]')).toEqual({})
    })

    it('resolves #names and returns copies', () => {
      const result = project('#m.#c', { '#m': 'm', '#c': 'c' })
      expect(result).toEqual({ m: { M: { c: { M: { d: { S: 'deep' }, e: { S: 'other' } } } } } })
      const copy = result.m as { M: { c: { M: { d: { S: string } } } } }
      copy.M.c.M.d.S = 'changed'
      expect(ITEM.m).toEqual({ M: { b: { N: '1' }, c: { M: { d: { S: 'deep' }, e: { S: 'other' } } } } })
    })
  })
})
