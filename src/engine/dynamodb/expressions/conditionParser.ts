import { TokenCursor } from './TokenCursor.ts'
import { parseOperand, parseOperandList } from './operandParser.ts'
import type { RawFunction, RawOperand } from './operandParser.ts'

/**
 * Parser for ConditionExpression, FilterExpression and KeyConditionExpression (one grammar):
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html
 *
 * ```
 * condition  ::= or
 * or         ::= and ( OR and )*
 * and        ::= not ( AND not )*
 * not        ::= NOT not | primary
 * primary    ::= '(' condition ')'
 *              | operand comparator operand | operand BETWEEN operand AND operand
 *              | operand IN '(' operand (',' operand)* ')' | function
 * comparator ::= = | <> | < | <= | > | >=
 * operand    ::= '(' operand ')' | function | :value | path | '(' path ')' ( '.' name | '[' n ']' )+
 * ```
 * Precedence NOT > AND > OR; keywords are case-insensitive and cannot be attribute names.
 */

export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>='

export type RawCondition = (
  | { kind: 'compare'; op: Comparator; left: RawOperand; right: RawOperand }
  | { kind: 'between'; operand: RawOperand; lower: RawOperand; upper: RawOperand }
  | { kind: 'in'; operand: RawOperand; list: RawOperand[] }
  | { kind: 'call'; call: RawFunction }
  | { kind: 'and' | 'or'; left: RawCondition; right: RawCondition }
  | { kind: 'not'; operand: RawCondition }
) & { parens: number }

const KEYWORDS: ReadonlySet<string> = new Set(['AND', 'OR', 'NOT', 'BETWEEN', 'IN'])
/** Conditions accept a parenthesized path as a path's head, `(a.b).c` (see OperandOptions). */
const GROUPED = { groupedPaths: true } as const
const COMPARATORS: ReadonlySet<string> = new Set(['=', '<>', '<', '<=', '>', '>='])

/** A parsed condition, before placeholders are resolved. */
export interface ParsedCondition {
  condition: RawCondition
  /** Some grouping parentheses directly wrapped another pair, `((a = :v))` (reported by the checker). */
  redundantParens: boolean
}

const GROUPING_KEYWORDS: ReadonlySet<string> = new Set(['AND', 'OR', 'NOT', 'BETWEEN'])

/** Parses a condition; returns the tree or AWS's `Syntax error; token: …, near: …` text. */
export function parseCondition(text: string): { result: ParsedCondition } | { error: string } {
  const cursor = new TokenCursor(text)
  // `f(` and `IN (` open argument lists, not groups. Collapsing `((…))` first also keeps deeply nested
  // input (2,000 pairs fit in 4 KB) from exhausting the stack.
  const redundantParens = cursor.collapseRedundantParentheses(
    (previous) => previous?.kind === 'identifier' && !GROUPING_KEYWORDS.has(previous.text.toUpperCase()),
  )
  const parsed = cursor.parseAll(() => parseOr(cursor))
  return 'error' in parsed ? parsed : { result: { condition: parsed.result, redundantParens } }
}

function parseOr(cursor: TokenCursor): RawCondition {
  let left = parseAnd(cursor)
  while (cursor.isKeyword('OR')) {
    cursor.next()
    left = { kind: 'or', left, right: parseAnd(cursor), parens: 0 }
  }
  return left
}

function parseAnd(cursor: TokenCursor): RawCondition {
  let left = parseNot(cursor)
  while (cursor.isKeyword('AND')) {
    cursor.next()
    left = { kind: 'and', left, right: parseNot(cursor), parens: 0 }
  }
  return left
}

function parseNot(cursor: TokenCursor): RawCondition {
  if (cursor.isKeyword('NOT')) {
    cursor.next()
    return { kind: 'not', operand: parseNot(cursor), parens: 0 }
  }
  return parsePrimary(cursor)
}

function parsePrimary(cursor: TokenCursor): RawCondition {
  if (cursor.isSymbol('(')) {
    const grouped = cursor.attemptOnce('group', () => {
      cursor.next()
      const inner = parseOr(cursor)
      cursor.expectSymbol(')')
      inner.parens++
      return inner
    })
    if (grouped) return grouped
  }
  const left = parseOperand(cursor, KEYWORDS, GROUPED)
  const token = cursor.peek()
  if (token.kind === 'symbol' && COMPARATORS.has(token.text)) {
    cursor.next()
    return { kind: 'compare', op: token.text as Comparator, left, right: parseOperand(cursor, KEYWORDS, GROUPED), parens: 0 }
  }
  if (cursor.isKeyword('BETWEEN')) {
    cursor.next()
    const lower = parseOperand(cursor, KEYWORDS, GROUPED)
    cursor.expectKeyword('AND')
    return { kind: 'between', operand: left, lower, upper: parseOperand(cursor, KEYWORDS, GROUPED), parens: 0 }
  }
  if (cursor.isKeyword('IN')) {
    cursor.next()
    cursor.expectSymbol('(')
    const list = parseOperandList(cursor, KEYWORDS, GROUPED)
    cursor.expectSymbol(')')
    return { kind: 'in', operand: left, list, parens: 0 }
  }
  if (left.kind === 'function' && left.parens === 0) return { kind: 'call', call: left, parens: 0 }
  return cursor.fail()
}
