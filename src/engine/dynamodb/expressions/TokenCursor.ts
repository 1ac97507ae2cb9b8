import { syntaxErrorMessage, tokenize } from './tokenizer.ts'
import type { Token } from './tokenizer.ts'

/** Thrown inside a parser to backtrack; never escapes {@link TokenCursor.parseAll}. */
class Backtrack {
  readonly backtrack = true
}

/**
 * A backtracking cursor over an expression's tokens, the base of every expression parser. Like a PEG
 * parser it remembers the furthest token where a match failed; a failed parse reports that token in AWS's
 * `Syntax error; token: …, near: …` form.
 */
export class TokenCursor {
  readonly text: string
  tokens: Token[]
  pos = 0
  private furthest = 0
  private readonly failed = new Set<string>()

  constructor(text: string) {
    this.text = text
    this.tokens = tokenize(text)
  }

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)]!
  }

  next(): Token {
    const token = this.peek()
    if (token.kind !== 'eof') this.pos++
    return token
  }

  /** Records a failed match at the current token and backtracks. */
  fail(): never {
    this.furthest = Math.max(this.furthest, this.pos)
    throw new Backtrack()
  }

  isSymbol(symbol: string, offset = 0): boolean {
    const token = this.peek(offset)
    return token.kind === 'symbol' && token.text === symbol
  }

  /** True if the current token is the keyword `word` (keywords are case-insensitive). */
  isKeyword(word: string, offset = 0): boolean {
    const token = this.peek(offset)
    return token.kind === 'identifier' && token.text.toUpperCase() === word
  }

  expectSymbol(symbol: string): Token {
    if (!this.isSymbol(symbol)) this.fail()
    return this.next()
  }

  expectKeyword(word: string): Token {
    if (!this.isKeyword(word)) this.fail()
    return this.next()
  }

  /** Runs `rule`; if it fails, rewinds to where it started and returns undefined. */
  attempt<T>(rule: () => T): T | undefined {
    const start = this.pos
    try {
      return rule()
    } catch (e) {
      if (!(e instanceof Backtrack)) throw e
      this.pos = start
      return undefined
    }
  }

  /**
   * Like {@link attempt}, but remembers that `rule` (named `name`) failed at this position, so it is not
   * retried there: keeps nested parentheses linear instead of exponential.
   */
  attemptOnce<T>(name: string, rule: () => T): T | undefined {
    const key = `${name}@${this.pos}`
    if (this.failed.has(key)) return undefined
    const result = this.attempt(rule)
    if (result === undefined) this.failed.add(key)
    return result
  }

  /** Runs `rule`, which must consume every token; returns its result or an AWS syntax-error message. */
  parseAll<T>(rule: () => T): { result: T } | { error: string } {
    let result: T | undefined
    try {
      result = this.attempt(() => {
        const value = rule()
        if (this.peek().kind !== 'eof') this.fail()
        return value
      })
    } catch (e) {
      // Only thousands of unbalanced parentheses nest this deep (the 4 KB limit allows ~4000): report the
      // first unmatched `)` or the end, where a parser with a bigger stack would fail.
      if (!(e instanceof RangeError)) throw e
      return { error: syntaxErrorMessage(this.text, this.tokens, this.unbalancedAt()) }
    }
    if (result === undefined) return { error: syntaxErrorMessage(this.text, this.tokens, this.furthest) }
    return { result }
  }

  private unbalancedAt(): number {
    let depth = 0
    for (const [i, token] of this.tokens.entries()) {
      if (token.kind === 'symbol' && token.text === '(') depth++
      if (token.kind === 'symbol' && token.text === ')' && --depth < 0) return i
    }
    return this.tokens.length - 1
  }

  /**
   * Removes grouping parentheses that directly wrap another pair, `((x))` → `(x)`, before parsing (the
   * parentheses of a function call or an IN list are not grouping ones).
   * @returns true if any pair was removed: DynamoDB's "The expression has redundant parentheses;"
   */
  collapseRedundantParentheses(notGrouping: (previous: Token | undefined) => boolean): boolean {
    const match = new Map<number, number>()
    const open: number[] = []
    for (const [i, token] of this.tokens.entries()) {
      if (token.kind !== 'symbol') continue
      if (token.text === '(') open.push(i)
      else if (token.text === ')' && open.length > 0) match.set(open.pop()!, i)
    }
    const removed = new Set<number>()
    for (let i = 0; i < this.tokens.length; i++) {
      const close = match.get(i)
      if (close === undefined || removed.has(i) || notGrouping(this.tokens[i - 1])) continue
      const innerClose = match.get(i + 1)
      if (innerClose !== undefined && innerClose + 1 === close) {
        removed.add(i)
        removed.add(close)
      }
    }
    if (removed.size === 0) return false
    this.tokens = this.tokens.filter((_, i) => !removed.has(i))
    return true
  }
}
