import { TokenCursor } from './TokenCursor.ts'
import { parseOperand, parsePath } from './operandParser.ts'
import type { RawOperand, RawPath, RawValue } from './operandParser.ts'

/**
 * Parser for UpdateExpression:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html
 *
 * ```
 * update     ::= section+
 * section    ::= SET set (',' set)* | REMOVE path (',' path)* | ADD path :value (',' …)* | DELETE path :value (',' …)*
 * set        ::= path '=' setValue
 * setValue   ::= '(' arithmetic ')' | arithmetic
 * arithmetic ::= operand ( ('+' | '-') operand )?
 * operand    ::= '(' operand ')' | function '(' operand (',' operand)* ')' | :value | path
 * ```
 * Section keywords are case-insensitive and cannot be attribute names.
 */

export type UpdateSection = 'SET' | 'REMOVE' | 'ADD' | 'DELETE'

export type RawSetValue = RawOperand | { kind: 'arithmetic'; op: '+' | '-'; left: RawOperand; right: RawOperand; parens: number }

export type RawUpdateAction =
  | { action: 'SET'; path: RawPath; value: RawSetValue }
  | { action: 'REMOVE'; path: RawPath }
  | { action: 'ADD' | 'DELETE'; path: RawPath; value: RawValue }

export interface RawUpdate {
  /** Sections in the order written, each with its actions. */
  sections: Array<{ section: UpdateSection; actions: RawUpdateAction[] }>
}

const SECTIONS: readonly UpdateSection[] = ['SET', 'REMOVE', 'ADD', 'DELETE']
const KEYWORDS: ReadonlySet<string> = new Set(SECTIONS)

/** Parses an update expression; returns the tree or AWS's `Syntax error; token: …, near: …` text. */
export function parseUpdate(text: string): { result: RawUpdate } | { error: string } {
  const cursor = new TokenCursor(text)
  return cursor.parseAll(() => {
    const sections: RawUpdate['sections'] = []
    do sections.push(parseSection(cursor))
    while (cursor.peek().kind !== 'eof')
    return { sections }
  })
}

function parseSection(cursor: TokenCursor): RawUpdate['sections'][number] {
  const section = SECTIONS.find((s) => cursor.isKeyword(s))
  if (!section) return cursor.fail()
  cursor.next()
  const actions = [parseAction(cursor, section)]
  while (cursor.isSymbol(',')) {
    cursor.next()
    actions.push(parseAction(cursor, section))
  }
  return { section, actions }
}

function parseAction(cursor: TokenCursor, section: UpdateSection): RawUpdateAction {
  const path = parsePath(cursor, KEYWORDS)
  if (section === 'REMOVE') return { action: 'REMOVE', path }
  if (section === 'SET') {
    cursor.expectSymbol('=')
    return { action: 'SET', path, value: parseSetValue(cursor) }
  }
  const token = cursor.peek()
  if (token.kind !== 'value') return cursor.fail()
  cursor.next()
  return { action: section, path, value: { kind: 'value', placeholder: token.text, parens: 0 } }
}

function parseSetValue(cursor: TokenCursor): RawSetValue {
  if (cursor.isSymbol('(')) {
    const grouped = cursor.attemptOnce('group', () => {
      cursor.next()
      const inner = parseArithmetic(cursor)
      cursor.expectSymbol(')')
      inner.parens++
      return inner
    })
    if (grouped) return grouped
  }
  return parseArithmetic(cursor)
}

function parseArithmetic(cursor: TokenCursor): RawSetValue {
  const left = parseOperand(cursor, KEYWORDS)
  if (cursor.isSymbol('+') || cursor.isSymbol('-')) {
    const op = cursor.next().text as '+' | '-'
    return { kind: 'arithmetic', op, left, right: parseOperand(cursor, KEYWORDS), parens: 0 }
  }
  return left
}
