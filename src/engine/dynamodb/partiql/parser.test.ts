import { describe, expect, it } from 'vitest'
import { parseStatement } from './parser.ts'
import { tokenize } from './tokenizer.ts'
import { ValidationException } from '../errors.ts'

describe('PartiQL parser', () => {
  describe('functionality', () => {
    it('tokenizes strings, quoted names, numbers, parameters and comments', () => {
      const tokens = tokenize(`SELECT "a""b" FROM t -- note\n WHERE x = 'it''s' AND y = .5e2 /* c */ AND z = ?`)
      expect(tokens.map((t) => `${t.kind}:${t.text}`)).toEqual([
        'ident:SELECT', 'quoted:a"b', 'ident:FROM', 'ident:t', 'ident:WHERE', 'ident:x', 'op:=', "string:it's", 'ident:AND', 'ident:y', 'op:=',
        'number:.5e2', 'ident:AND', 'ident:z', 'op:=', 'param:?', 'eof:',
      ])
    })

    it('parses a SELECT with an index, projection paths, WHERE precedence and ORDER BY', () => {
      const { statement, parameterCount } = parseStatement(`select a.b[2], "c" from "T"."I" where x = ? or y = 1 and not z IN [1, ?] order by k desc;`)
      expect(parameterCount).toBe(2)
      expect((statement as { projection: Array<{ pos?: string }> }).projection.map((p) => p.pos)).toEqual(['1:8:1', '1:16:3'])
      expect(JSON.parse(JSON.stringify(statement, (k, v: unknown) => (k === 'pos' ? undefined : v)))).toEqual({
        kind: 'select',
        projection: [{ kind: 'path', steps: ['a', 'b', 2] }, { kind: 'path', steps: ['c'] }],
        source: { table: 'T', index: 'I' },
        where: {
          kind: 'or',
          left: { kind: 'compare', op: '=', left: { kind: 'path', steps: ['x'] }, right: { kind: 'param', index: 0 } },
          right: {
            kind: 'and',
            left: { kind: 'compare', op: '=', left: { kind: 'path', steps: ['y'] }, right: { kind: 'literal', value: { type: 'number', text: '1' } } },
            right: {
              kind: 'not',
              operand: { kind: 'in', value: { kind: 'path', steps: ['z'] }, list: [{ kind: 'literal', value: { type: 'number', text: '1' } }, { kind: 'param', index: 1 }], negated: false },
            },
          },
        },
        orderBy: { path: { kind: 'path', steps: ['k'] }, descending: true },
      })
    })

    it('parses INSERT, UPDATE (both forms), DELETE and EXISTS', () => {
      expect(parseStatement(`INSERT INTO t VALUE {'k': <<'a', 'b'>>, 'l': [true, null]}`).statement).toMatchObject({ kind: 'insert', source: { table: 't' }, value: { kind: 'struct' } })
      const update = { kind: 'update', source: { table: 't' }, actions: [{ kind: 'set', path: { steps: ['a'] } }, { kind: 'remove', path: { steps: ['b'] } }], returning: 'MODIFIED NEW' }
      expect(parseStatement(`UPDATE t SET a = a + 1 REMOVE b WHERE k = 1 RETURNING MODIFIED NEW *`).statement).toMatchObject(update)
      expect(parseStatement(`FROM t WHERE k = 1 SET a = a + 1 REMOVE b RETURNING MODIFIED NEW *`).statement).toMatchObject(update)
      expect(parseStatement(`DELETE FROM t WHERE k = 1 RETURNING ALL OLD *`).statement).toMatchObject({ kind: 'delete', returning: 'ALL OLD' })
      expect(parseStatement(`EXISTS(SELECT * FROM t WHERE k = 1)`).statement).toMatchObject({ kind: 'exists', select: { kind: 'select' } })
    })
  })

  describe('validations', () => {
    it('refuses leftovers, aliases and long FROM paths', () => {
      expect(() => parseStatement('SELECT * FROM t WHERE a = 1 b')).toThrow("Statement wasn't well formed, can't be processed: Unexpected token after expression")
      expect(() => parseStatement("SELECT * FROM t x WHERE a = 1")).toThrow('Aliasing is not supported')
      expect(() => parseStatement('SELECT * FROM "a"."b"."c"')).toThrow('A path may contain at most 2 components in the FROM clause')
      expect(() => parseStatement("INSERT INTO t VALUES {'a': 1}")).toThrow('Unsupported operation: Inserting multiple items in a single statement is not supported')
      expect(() => parseStatement('SELECT * FROM t WHERE a IN 1')).toThrow('IN operator must have a left hand argument')
    })

    it('returns ValidationException "Aliasing is not supported" for a projection alias, with or without AS', () => {
      for (const st of ['SELECT a AS b FROM t', 'SELECT a b FROM t', 'SELECT a, b.c AS d FROM t WHERE k = 1', 'SELECT "a" "b" FROM t']) {
        expect(() => parseStatement(st), st).toThrow(new ValidationException('Aliasing is not supported'))
      }
      expect(parseStatement('SELECT a, b FROM t').statement).toMatchObject({ projection: [{ steps: ['a'] }, { steps: ['b'] }] })
    })

    it('returns ValidationException "Unexpected path component at <position>" for a projection that is not a path', () => {
      expect(() => parseStatement('SELECT attribute_exists(ss) FROM t')).toThrow(new ValidationException('Unexpected path component at 1:8:16'))
      expect(() => parseStatement("SELECT 'x' FROM t")).toThrow(new ValidationException('Unexpected path component at 1:8:3'))
      expect(() => parseStatement('SELECT a, 1 AS x FROM t')).toThrow(new ValidationException('Unexpected path component at 1:11:1'))
      // An operator expression is located at its operator.
      expect(() => parseStatement('SELECT a + 1 FROM t')).toThrow(new ValidationException('Unexpected path component at 1:10:1'))
      expect(() => parseStatement('SELECT a <> b FROM t')).toThrow(new ValidationException('Unexpected path component at 1:10:2'))
    })

    it('returns ValidationException "Unsupported operation: <node>" for a statement that is only an expression', () => {
      const cases: Array<[string, string]> = [
        ['x IS INT4', 'IsType'], ['x IS DOUBLE PRECISION', 'IsType'], ['x IS CHARACTER VARYING', 'IsType'], ['x IS NOT NULL', 'Not'],
        ['a', 'Id'], ['a.b[1]', 'Path'], ["'s'", 'Lit'], ['MISSING', 'Missing'], ['?', 'Parameter'], ['a = 1', 'Eq'], ['a <> 1', 'Ne'],
        ['a < 1', 'Lt'], ['a >= 1', 'Gte'], ['1 + 2', 'Plus'], ['a - 1', 'Minus'], ['NOT a', 'Not'], ['a AND b;', 'And'], ['a OR b', 'Or'],
        ['a IN [1]', 'InCollection'], ['a NOT IN [1]', 'Not'], ['a BETWEEN 1 AND 2', 'Between'], ['size(a)', 'Call'], ['[1]', 'List'],
        ['<<1>>', 'Bag'], ["{'a': 1}", 'Struct'],
      ]
      for (const [st, node] of cases) expect(() => parseStatement(st), st).toThrow(new ValidationException(`Unsupported operation: ${node}`))
    })

    it('returns "Expected data manipulation" for a statement that is neither a statement nor one expression', () => {
      for (const st of ["SLECT * FROM t WHERE k = 'a'", 'x IS FOO', '(SELECT * FROM t)', 'a = 1 b']) {
        expect(() => parseStatement(st), st).toThrow(new ValidationException("Statement wasn't well formed, can't be processed: Expected data manipulation"))
      }
    })
  })
})
