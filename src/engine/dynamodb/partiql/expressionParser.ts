import type { ComparisonOp, Expr, PathExpr } from './ast.ts'
import type { Token } from './tokenizer.ts'
import { ValidationException } from '../errors.ts'
import { RESERVED_WORDS } from './keywords.ts'
import { MSG_LEFTOVER, notWellFormed } from './errors.ts'

/**
 * The expression half of the PartiQL parser (parser.ts adds the statements): token access and WHERE / SET /
 * value expressions by recursive descent. Precedence, loosest first: OR, AND, NOT, comparisons / IS / IN /
 * BETWEEN, `+ -`, terms (literals, `?`, paths with `.name` and `[n]`, calls, `[…]`, `<<…>>`, `{…}`).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.syntax.html
 *
 * Syntax errors carry AWS's details: `Unexpected term`, `Unexpected keyword`, `Unexpected operator`,
 * `Missing right-hand side expression of infix operator`, `Invalid path dot component`, `Expected type name`.
 */

/** Words that cannot be bare names: PartiQL's reserved words and the clause words DynamoDB adds. */
export const KEYWORDS: ReadonlySet<string> = new Set([...RESERVED_WORDS, 'returning'])
/** Reserved words that are never function names. */
const NOT_CALLABLE = new Set(['select', 'from', 'where', 'and', 'or', 'not', 'in', 'is', 'between', 'like', 'value', 'values', 'set', 'remove'])
/** Keywords that are infix operators: at a term's place they are an `Unexpected operator`. */
const OPERATOR_WORDS = new Set(['is', 'like', 'and', 'or', 'in', 'between'])
const COMPARISONS = new Set(['=', '<>', '!=', '<', '<=', '>', '>='])
const MAX_INT = 2147483647

export class ExpressionParser {
  private pos = 0
  /** How many `?` have been read. */
  params = 0
  private readonly tokens: Token[]
  /**
   * Where each operator node was written: its operator's token (`<line>:<column>:<length>`), as AWS's
   * PartiQL parser locates an operator node. Kept beside the tree so its shape stays as it is.
   */
  protected readonly operatorPositions = new WeakMap<Expr, string>()

  constructor(tokens: Token[]) {
    this.tokens = tokens
  }

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)]!
  }

  next(): Token {
    const t = this.peek()
    if (this.pos < this.tokens.length - 1) this.pos++
    return t
  }

  peekPunct(text: string): boolean {
    const t = this.peek()
    return t.kind === 'punct' && t.text === text
  }

  protected isWord(word: string, offset = 0): boolean {
    const t = this.peek(offset)
    return t.kind === 'ident' && t.text.toLowerCase() === word
  }

  protected acceptWord(word: string): boolean {
    if (!this.isWord(word)) return false
    this.next()
    return true
  }

  protected expectWord(word: string): void {
    if (!this.acceptWord(word)) throw this.unexpected()
  }

  /** The current token index, to come back to with {@link reset}. */
  protected mark(): number {
    return this.pos
  }

  protected reset(at: number): void {
    this.pos = at
  }

  /** `e`, remembering that token `t` (its operator) is where it was written. */
  private located<T extends Expr>(e: T, t: Token): T {
    this.operatorPositions.set(e, t.pos)
    return e
  }

  protected expectPunct(text: string): void {
    if (!this.peekPunct(text)) throw this.unexpected()
    this.next()
  }

  /** The error for a token that cannot start or continue what is expected here. */
  protected unexpected(): ValidationException {
    const t = this.peek()
    if (t.kind === 'ident' && OPERATOR_WORDS.has(t.text.toLowerCase())) return notWellFormed('Unexpected operator')
    if (t.kind === 'ident' && KEYWORDS.has(t.text.toLowerCase())) return notWellFormed('Unexpected keyword')
    if (t.kind === 'op') return notWellFormed('Unexpected operator')
    if (t.kind === 'eof' || t.kind === 'punct') return notWellFormed('Unexpected term')
    return notWellFormed(MSG_LEFTOVER)
  }


  expr(): Expr {
    return this.or()
  }

  protected rhs<T>(parse: () => T): T {
    const t = this.peek()
    if (t.kind === 'eof' || (t.kind === 'punct' && t.text === ';')) throw notWellFormed('Missing right-hand side expression of infix operator')
    return parse()
  }

  protected or(): Expr {
    let left = this.and()
    for (let t = this.peek(); this.acceptWord('or'); t = this.peek()) left = this.located({ kind: 'or', left, right: this.rhs(() => this.and()) }, t)
    return left
  }

  protected and(): Expr {
    let left = this.not()
    for (let t = this.peek(); this.acceptWord('and'); t = this.peek()) left = this.located({ kind: 'and', left, right: this.rhs(() => this.not()) }, t)
    return left
  }

  protected not(): Expr {
    const t = this.peek()
    if (this.acceptWord('not')) return this.located({ kind: 'not', operand: this.not() }, t)
    return this.predicate()
  }

  protected predicate(): Expr {
    const left = this.additive()
    const t = this.peek()
    if (t.kind === 'op' && COMPARISONS.has(t.text)) {
      this.next()
      const op = (t.text === '!=' ? '<>' : t.text) as ComparisonOp
      return this.located({ kind: 'compare', op, left, right: this.rhs(() => this.additive()) }, t)
    }
    const negated = this.isWord('not') && (this.isWord('in', 1) || this.isWord('between', 1))
    if (negated) this.next()
    const keyword = this.peek()
    if (this.acceptWord('between')) {
      const low = this.rhs(() => this.additive())
      this.expectWord('and')
      const high = this.rhs(() => this.additive())
      return this.located({ kind: 'between', value: left, low, high, negated }, keyword)
    }
    if (this.acceptWord('in')) {
      const list = this.rhs(() => this.term())
      if (list.kind !== 'list' && list.kind !== 'bag') {
        throw new ValidationException('IN operator must have a left hand argument of type Variable Reference and right hand argument of type Seq with at least one member')
      }
      return this.located({ kind: 'in', value: left, list: list.items, negated }, keyword)
    }
    if (this.acceptWord('is')) {
      const not = this.acceptWord('not')
      const type = this.next()
      if (type.kind !== 'ident') throw notWellFormed('Expected type name')
      let name = type.text.toUpperCase()
      // Two-word type names (recorded on AWS: `x IS DOUBLE PRECISION` and `x IS CHARACTER VARYING` parse).
      const second = TWO_WORD_TYPES.get(name)
      if (second && this.isWord(second.toLowerCase())) {
        this.next()
        name = `${name} ${second}`
      }
      if (!TYPE_NAMES.has(name)) throw notWellFormed('Expected type name')
      return this.located({ kind: 'is', value: left, type: name, negated: not }, keyword)
    }
    return left
  }

  additive(): Expr {
    let left = this.term()
    for (;;) {
      const t = this.peek()
      if (t.kind !== 'op' || (t.text !== '+' && t.text !== '-')) return left
      this.next()
      left = this.located({ kind: 'arith', op: t.text, left, right: this.rhs(() => this.term()) }, t)
    }
  }

  term(): Expr {
    const t = this.peek()
    let e: Expr
    switch (t.kind) {
      case 'string':
        this.next()
        e = { kind: 'literal', value: { type: 'string', value: t.text } }
        break
      case 'number':
        this.next()
        e = { kind: 'literal', value: { type: 'number', text: checkNumberText(t.text) } }
        break
      case 'param':
        this.next()
        e = { kind: 'param', index: this.params++ }
        break
      case 'quoted':
        this.next()
        e = { kind: 'path', steps: [t.text], pos: t.pos }
        break
      case 'ident':
        e = this.identTerm(t)
        break
      case 'op':
        if (t.text === '-' && this.peek(1).kind === 'number') {
          this.next()
          const n = this.next()
          return { kind: 'literal', value: { type: 'number', text: `-${checkNumberText(n.text)}` } }
        }
        if (t.text === '<<') return this.bag()
        throw notWellFormed('Unexpected operator')
      case 'punct':
        if (t.text === '(') {
          this.next()
          e = this.expr()
          this.expectPunct(')')
        } else if (t.text === '[') e = this.list()
        else if (t.text === '{') e = this.struct()
        else throw notWellFormed('Unexpected term')
        break
      default:
        throw notWellFormed('Unexpected term')
    }
    return e.kind === 'path' ? this.steps(e) : e
  }

  protected identTerm(t: Token): Expr {
    const word = t.text.toLowerCase()
    if (this.peek(1).kind === 'punct' && this.peek(1).text === '(' && !NOT_CALLABLE.has(word)) {
      this.next()
      this.next()
      const args: Expr[] = []
      if (!this.peekPunct(')')) {
        do args.push(this.expr())
        while (this.peekPunct(',') && this.next())
      }
      this.expectPunct(')')
      return { kind: 'call', name: word, args, pos: t.pos }
    }
    if (word === 'true' || word === 'false') {
      this.next()
      return { kind: 'literal', value: { type: 'bool', value: word === 'true' } }
    }
    if (word === 'null' || word === 'missing') {
      this.next()
      return { kind: 'literal', value: { type: word } }
    }
    if (OPERATOR_WORDS.has(word)) throw notWellFormed('Unexpected operator')
    if (KEYWORDS.has(word)) throw notWellFormed('Unexpected keyword')
    this.next()
    return { kind: 'path', steps: [t.text], pos: t.pos }
  }

  protected steps(path: PathExpr): PathExpr {
    for (;;) {
      if (this.peekPunct('.')) {
        const n = this.peek(1)
        if (n.kind !== 'ident' && n.kind !== 'quoted') return path
        if (n.kind === 'ident' && KEYWORDS.has(n.text.toLowerCase())) throw notWellFormed('Invalid path dot component')
        this.next()
        this.next()
        path.steps.push(n.text)
      } else if (this.peekPunct('[')) {
        this.next()
        const n = this.next()
        if (n.kind !== 'number' || !/^\d+$/.test(n.text)) throw notWellFormed('Unexpected term')
        this.expectPunct(']')
        path.steps.push(Number(n.text))
      } else return path
    }
  }

  protected list(): Expr {
    this.expectPunct('[')
    const items: Expr[] = []
    if (!this.peekPunct(']')) {
      do items.push(this.expr())
      while (this.peekPunct(',') && this.next())
    }
    this.expectPunct(']')
    return { kind: 'list', items }
  }

  protected bag(): Expr {
    this.next()
    const items: Expr[] = []
    if (!(this.peek().kind === 'op' && this.peek().text === '>>')) {
      do items.push(this.additive())
      while (this.peekPunct(',') && this.next())
    }
    const close = this.next()
    if (close.kind !== 'op' || close.text !== '>>') throw notWellFormed('Unexpected term')
    return { kind: 'bag', items }
  }

  protected struct(): Expr {
    this.expectPunct('{')
    const entries: Array<{ key: Expr; value: Expr }> = []
    if (!this.peekPunct('}')) {
      do {
        const key = this.expr()
        this.expectPunct(':')
        entries.push({ key, value: this.expr() })
      } while (this.peekPunct(',') && this.next())
    }
    this.expectPunct('}')
    return { kind: 'struct', entries }
  }
}

const TYPE_NAMES = new Set([
  'MISSING', 'NULL', 'BOOLEAN', 'BOOL', 'STRING', 'NUMERIC', 'BLOB', 'STRUCT', 'TUPLE', 'LIST', 'INT', 'INT4', 'INT8',
  'INTEGER', 'DECIMAL', 'FLOAT', 'DOUBLE', 'SMALLINT', 'BAG', 'SEXP', 'CLOB', 'SYMBOL', 'TIMESTAMP', 'DATE', 'TIME', 'ANY',
  'DOUBLE PRECISION', 'CHARACTER VARYING',
])
/** Type names written as two words: the first word and the second. */
const TWO_WORD_TYPES = new Map([['DOUBLE', 'PRECISION'], ['CHARACTER', 'VARYING']])

/**
 * A number literal must have an exponent and a scale that fit a 32-bit integer (AWS's parser reads it as a
 * Java BigDecimal); otherwise the statement is not well formed, with no detail.
 */
function checkNumberText(text: string): string {
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text)
  if (!m) throw notWellFormed()
  const exp = m[3] === undefined ? 0 : Number(m[3])
  if (Math.abs(exp) > MAX_INT) throw notWellFormed()
  const scale = (m[2] ?? '').length - exp
  if (scale > MAX_INT || scale < -MAX_INT - 1) throw notWellFormed()
  return text
}

