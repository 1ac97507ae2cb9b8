import { describe, expect, it } from 'vitest'
import { parseStatement } from './parser.ts'
import { tokenize } from './tokenizer.ts'

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
  })
})
