import { notWellFormed } from './errors.ts'

/**
 * PartiQL lexer for DynamoDB statements.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.syntax.html
 *
 * - `'text'` string literals (`''` escapes a quote), `"name"` quoted identifiers (`""` escapes), bare
 *   identifiers (letters, digits, `_`, `$`), numbers (`1`, `1.5`, `.5`, `1e3`), `?` parameters.
 * - Punctuation: `* , . ; ( ) [ ] { } : << >>` and operators `= <> != < <= > >= + - || /`.
 * - Comments: `-- to end of line` and `/* block *\/`. A `#` comment or an unterminated block comment,
 *   string or quoted name is not well formed, with no detail (as AWS reports it).
 */

export type TokenKind = 'ident' | 'quoted' | 'string' | 'number' | 'param' | 'punct' | 'op' | 'eof'

export interface Token {
  kind: TokenKind
  /** Identifier / punctuation / operator text; string and quoted-name contents unescaped; number text. */
  text: string
  /** Offset in the statement. */
  at: number
  /** AWS's position of the token in error messages: `<line>:<column>:<length>`, 1-based. */
  pos: string
}

const OPERATORS = ['<<', '>>', '<>', '!=', '<=', '>=', '||', '=', '<', '>', '+', '-', '/', '%']
const PUNCT = new Set(['*', ',', '.', ';', '(', ')', '[', ']', '{', '}', ':', '?'])

/**
 * Splits a statement into tokens (ending with an `eof` token).
 * @throws ValidationException `Statement wasn't well formed, can't be processed: ` for unreadable input
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (/\s/.test(c)) {
      i++
      continue
    }
    if (c === '-' && text[i + 1] === '-') {
      while (i < text.length && text[i] !== '\n') i++
      continue
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2)
      if (end < 0) throw notWellFormed()
      i = end + 2
      continue
    }
    if (c === "'" || c === '"') {
      const { value, next } = quoted(text, i, c)
      tokens.push({ kind: c === "'" ? 'string' : 'quoted', text: value, at: i, pos: '' })
      i = next
      continue
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      const m = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i))!
      tokens.push({ kind: 'number', text: m[0], at: i, pos: '' })
      i += m[0].length
      continue
    }
    if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(i))!
      tokens.push({ kind: 'ident', text: m[0], at: i, pos: '' })
      i += m[0].length
      continue
    }
    if (c === '?') {
      tokens.push({ kind: 'param', text: '?', at: i, pos: '' })
      i++
      continue
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i))
    if (op) {
      tokens.push({ kind: 'op', text: op, at: i, pos: '' })
      i += op.length
      continue
    }
    if (PUNCT.has(c)) {
      tokens.push({ kind: 'punct', text: c, at: i, pos: '' })
      i++
      continue
    }
    throw notWellFormed()
  }
  tokens.push({ kind: 'eof', text: '', at: text.length, pos: '' })
  return tokens.map((t) => (t.kind === 'eof' ? t : { ...t, pos: position(text, t.at, tokenLength(text, t)) }))
}

function tokenLength(text: string, t: Token): number {
  if (t.kind === 'string' || t.kind === 'quoted') return quoted(text, t.at, text[t.at]!).next - t.at
  return t.text.length
}

function position(text: string, at: number, length: number): string {
  let line = 1
  let start = 0
  for (let i = 0; i < at; i++) {
    if (text[i] === '\n') {
      line++
      start = i + 1
    }
  }
  return `${line}:${at - start + 1}:${length}`
}

function quoted(text: string, start: number, q: string): { value: string; next: number } {
  let value = ''
  let i = start + 1
  for (;;) {
    if (i >= text.length) throw notWellFormed()
    const c = text[i]!
    if (c === q) {
      if (text[i + 1] === q) {
        value += q
        i += 2
        continue
      }
      return { value, next: i + 1 }
    }
    value += c
    i++
  }
}
