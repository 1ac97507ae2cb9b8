import type { TokenCursor } from './TokenCursor.ts'

/**
 * Grammar shared by condition and update expressions: document paths, `:value` placeholders and
 * function calls, each optionally wrapped in parentheses. The nodes are unresolved (placeholders are still
 * names); the per-expression checkers resolve them and report AWS's semantic errors.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.Attributes.html
 */

export type RawPathElement =
  | { kind: 'attribute'; name: string }
  | { kind: 'name'; placeholder: string }
  | { kind: 'index'; index: number }

export interface RawPath {
  kind: 'path'
  elements: RawPathElement[]
  /** How many parentheses directly wrap this operand (two or more are "redundant"). */
  parens: number
}

export interface RawValue {
  kind: 'value'
  placeholder: string
  parens: number
}

export interface RawFunction {
  kind: 'function'
  name: string
  args: RawOperand[]
  parens: number
}

export type RawOperand = RawPath | RawValue | RawFunction

/** Words that end an operand instead of naming an attribute (`AND`, `BETWEEN`, `SET`, …), upper case. */
export type Keywords = ReadonlySet<string>

function isKeywordToken(cursor: TokenCursor, keywords: Keywords, offset = 0): boolean {
  const token = cursor.peek(offset)
  return token.kind === 'identifier' && keywords.has(token.text.toUpperCase())
}

function parsePathElement(cursor: TokenCursor, keywords: Keywords): RawPathElement {
  const token = cursor.peek()
  if (token.kind === 'name') {
    cursor.next()
    return { kind: 'name', placeholder: token.text }
  }
  if (token.kind !== 'identifier' || isKeywordToken(cursor, keywords)) cursor.fail()
  cursor.next()
  return { kind: 'attribute', name: token.text }
}

/** `name ( '.' name | '[' digits ']' )*` where name is an identifier or `#placeholder`. */
export function parsePath(cursor: TokenCursor, keywords: Keywords): RawPath {
  return parsePathTail(cursor, keywords, [parsePathElement(cursor, keywords)])
}

/** The `.name` and `[n]` steps after a path's first element(s). */
function parsePathTail(cursor: TokenCursor, keywords: Keywords, elements: RawPathElement[]): RawPath {
  for (;;) {
    if (cursor.isSymbol('.')) {
      cursor.next()
      elements.push(parsePathElement(cursor, keywords))
    } else if (cursor.isSymbol('[')) {
      cursor.next()
      const index = cursor.peek()
      if (index.kind !== 'number') cursor.fail()
      cursor.next()
      cursor.expectSymbol(']')
      elements.push({ kind: 'index', index: Number(index.text) })
    } else {
      return { kind: 'path', elements, parens: 0 }
    }
  }
}

/**
 * Condition grammars (ConditionExpression, FilterExpression, KeyConditionExpression) also accept a
 * parenthesized path as the head of a longer path, `(a.b).c` = `a.b.c` (dynalite's `GroupedPathExpression`,
 * diffed against AWS); so `((a.b)).c` is AWS's "redundant parentheses", not a syntax error. Update
 * expressions do not (`SET x = (a).b` is a syntax error).
 */
export interface OperandOptions {
  groupedPaths?: boolean
}

/** `name '(' operand (',' operand)* ')'`; keywords cannot name functions. */
function parseFunction(cursor: TokenCursor, keywords: Keywords, options: OperandOptions): RawFunction {
  const name = cursor.peek()
  if (name.kind !== 'identifier' || isKeywordToken(cursor, keywords) || !cursor.isSymbol('(', 1)) cursor.fail()
  cursor.next()
  cursor.next()
  const args = parseOperandList(cursor, keywords, options)
  cursor.expectSymbol(')')
  return { kind: 'function', name: name.text, args, parens: 0 }
}

/** `operand (',' operand)*` */
export function parseOperandList(cursor: TokenCursor, keywords: Keywords, options: OperandOptions = {}): RawOperand[] {
  const list = [parseOperand(cursor, keywords, options)]
  while (cursor.isSymbol(',')) {
    cursor.next()
    list.push(parseOperand(cursor, keywords, options))
  }
  return list
}

/** `'(' operand ')' | function | :value | path` (and, with `groupedPaths`, `'(' path ')' ( '.' name | '[' n ']' )+`) */
export function parseOperand(cursor: TokenCursor, keywords: Keywords, options: OperandOptions = {}): RawOperand {
  if (cursor.isSymbol('(')) {
    cursor.next()
    const inner = parseOperand(cursor, keywords, options)
    cursor.expectSymbol(')')
    inner.parens++
    if (options.groupedPaths && inner.kind === 'path' && (cursor.isSymbol('.') || cursor.isSymbol('['))) {
      return parsePathTail(cursor, keywords, [...inner.elements])
    }
    return inner
  }
  const token = cursor.peek()
  if (token.kind === 'value') {
    cursor.next()
    return { kind: 'value', placeholder: token.text, parens: 0 }
  }
  if (token.kind === 'identifier' && cursor.isSymbol('(', 1)) return parseFunction(cursor, keywords, options)
  return parsePath(cursor, keywords)
}
