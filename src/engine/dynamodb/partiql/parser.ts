import type { ParsedStatement, PathExpr, Returning, SelectStatement, Source, Statement, UpdateAction } from './ast.ts'
import { ValidationException } from '../errors.ts'
import { tokenize } from './tokenizer.ts'
import { ExpressionParser, KEYWORDS } from './expressionParser.ts'
import { MSG_ALIASING, MSG_DML_FROM, MSG_STAR_AND_OTHERS, MSG_EMPTY_COMPONENT, MSG_LEFTOVER, MSG_PATH_COMPONENTS, notWellFormed } from './errors.ts'
import { unsupportedOperation } from './unsupportedOperation.ts'

/**
 * Recursive-descent parser for DynamoDB's PartiQL subset: SELECT, INSERT, UPDATE (also the `FROM … SET` form),
 * DELETE and `EXISTS(SELECT …)`; expressions are expressionParser.ts's.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.statements.html
 *
 * Syntax errors carry AWS's details (`Expected identifier for simple path`, `Unexpected token after
 * expression`, `Expected data manipulation`, and the expression errors); an alias (of the table, or of a
 * projected path) is refused after the whole statement parsed (`Aliasing is not supported`). A statement that
 * is only an expression is `Unsupported operation: <node>` (unsupportedOperation.ts); a projection item that
 * is not a path is `Unexpected path component at <position>`.
 */

/**
 * Parses one statement.
 * @throws ValidationException with AWS's syntax error text, `Aliasing is not supported`, or the FROM path errors
 */
export function parseStatement(text: string): ParsedStatement {
  const p = new StatementParser(tokenize(text))
  const statement = p.statement()
  if (p.peekPunct(';')) p.next()
  if (p.peek().kind !== 'eof') throw notWellFormed(MSG_LEFTOVER)
  if (p.aliased) throw new ValidationException(MSG_ALIASING)
  return { statement, parameterCount: p.params }
}

class StatementParser extends ExpressionParser {
  aliased = false

  statement(): Statement {
    const t = this.peek()
    const word = t.kind === 'ident' ? t.text.toLowerCase() : ''
    switch (word) {
      case 'select':
        return this.select()
      case 'insert':
        return this.insert()
      case 'update':
        return this.update()
      case 'delete':
        return this.delete()
      case 'from':
        return this.fromUpdate()
      case 'exists': {
        this.next()
        this.expectPunct('(')
        if (!this.isWord('select')) throw this.unexpected()
        const select = this.select()
        this.expectPunct(')')
        return { kind: 'exists', select }
      }
      default:
        if (t.kind === 'eof') throw notWellFormed('Unexpected term')
        throw this.bareExpression()
    }
  }

  /**
   * The error for a statement that does not start with a statement keyword: `Unsupported operation: <node>`
   * when the whole statement is one expression, else `Expected data manipulation`.
   */
  private bareExpression(): ValidationException {
    const start = this.mark()
    try {
      const e = this.expr()
      if (this.peekPunct(';')) this.next()
      if (this.peek().kind === 'eof') return unsupportedOperation(e)
    } catch (e) {
      if (!(e instanceof ValidationException)) throw e
    }
    this.reset(start)
    return notWellFormed('Expected data manipulation')
  }

  private select(): SelectStatement {
    this.expectWord('select')
    let projection: '*' | PathExpr[]
    if (this.peekPunct('*')) {
      this.next()
      if (this.peekPunct(',')) throw new ValidationException(MSG_STAR_AND_OTHERS)
      projection = '*'
    } else {
      const paths: PathExpr[] = []
      do {
        if (this.peekPunct('*')) throw new ValidationException(MSG_STAR_AND_OTHERS)
        const start = this.peek()
        const e = this.expr()
        // Recorded on AWS for a function call (its name's position). [unverified] Other expressions get the
        // same text, at their operator (`a + 1`: the `+`) or, for a value, its first token.
        if (e.kind === 'call') throw new ValidationException(`Unexpected path component at ${e.pos}`)
        if (e.kind !== 'path') throw new ValidationException(`Unexpected path component at ${this.operatorPositions.get(e) ?? start.pos}`)
        // `a AS b` or `a b`: [unverified] refused like a table alias, once the statement has parsed.
        this.alias()
        paths.push(e)
      } while (this.peekPunct(',') && this.next())
      projection = paths
    }
    if (!this.isWord('from')) throw this.unexpected()
    this.next()
    if (this.peek().kind === 'eof' || this.peek().kind === 'punct') throw notWellFormed('Unexpected term')
    const source = this.source()
    this.alias()
    if (this.peekPunct(',')) throw new ValidationException('Only select from a single table or index is supported.')
    const out: SelectStatement = { kind: 'select', projection, source }
    if (this.acceptWord('where')) out.where = this.expr()
    if (this.isWord('order') && this.isWord('by', 1)) {
      this.next()
      this.next()
      const path = this.term()
      if (path.kind !== 'path') throw notWellFormed('Unexpected term')
      let descending = false
      if (this.acceptWord('desc')) descending = true
      else this.acceptWord('asc')
      out.orderBy = { path, descending }
    }
    return out
  }

  private insert(): Statement {
    this.expectWord('insert')
    this.expectWord('into')
    const source = this.source()
    if (source.index !== undefined) throw new ValidationException(MSG_DML_FROM)
    if (!this.acceptWord('value')) {
      if (this.isWord('values')) throw new ValidationException('Unsupported operation: Inserting multiple items in a single statement is not supported, use "INSERT INTO tableName VALUE item" instead')
      throw notWellFormed(MSG_LEFTOVER)
    }
    return { kind: 'insert', source, value: this.expr() }
  }

  private update(): Statement {
    this.expectWord('update')
    const source = this.source()
    this.alias()
    const actions = this.actions()
    const where = this.acceptWord('where') ? this.expr() : undefined
    const returning = this.returning()
    return { kind: 'update', source, actions, ...(where ? { where } : {}), ...(returning ? { returning } : {}) }
  }

  /** `FROM "T" [WHERE …] SET … | REMOVE …`: PartiQL's other UPDATE form. */
  private fromUpdate(): Statement {
    this.expectWord('from')
    const source = this.source()
    this.alias()
    const where = this.acceptWord('where') ? this.expr() : undefined
    const actions = this.actions()
    const returning = this.returning()
    return { kind: 'update', source, actions, ...(where ? { where } : {}), ...(returning ? { returning } : {}) }
  }

  private actions(): UpdateAction[] {
    const actions: UpdateAction[] = []
    for (;;) {
      if (this.acceptWord('set')) {
        do {
          const path = this.term()
          if (path.kind !== 'path') throw notWellFormed('Unexpected term')
          const t = this.next()
          if (t.kind !== 'op' || t.text !== '=') throw notWellFormed('Expected =')
          actions.push({ kind: 'set', path, value: this.additive() })
        } while (this.peekPunct(',') && this.next())
      } else if (this.acceptWord('remove')) {
        do {
          const path = this.term()
          if (path.kind !== 'path') throw notWellFormed('Unexpected term')
          actions.push({ kind: 'remove', path })
        } while (this.peekPunct(',') && this.next())
      } else break
    }
    if (actions.length === 0) throw this.unexpected()
    return actions
  }

  private delete(): Statement {
    this.expectWord('delete')
    this.expectWord('from')
    const source = this.source()
    this.alias()
    const where = this.acceptWord('where') ? this.expr() : undefined
    const returning = this.returning()
    return { kind: 'delete', source, ...(where ? { where } : {}), ...(returning ? { returning } : {}) }
  }

  private returning(): Returning | undefined {
    if (!this.acceptWord('returning')) return undefined
    const scope = this.next().text.toUpperCase()
    const age = this.next().text.toUpperCase()
    const star = this.next()
    if ((scope !== 'ALL' && scope !== 'MODIFIED') || (age !== 'OLD' && age !== 'NEW') || star.text !== '*') {
      throw new ValidationException("Expected '*' after ( MODIFIED | ALL ) ( NEW | OLD ) in RETURNING clause")
    }
    return `${scope} ${age}` as Returning
  }

  /** A table name, optionally `.index`; AWS allows two components. */
  private source(): Source {
    const parts: string[] = []
    for (;;) {
      const t = this.peek()
      if (t.kind !== 'ident' && t.kind !== 'quoted') throw notWellFormed('Expected identifier for simple path')
      if (t.kind === 'ident' && KEYWORDS.has(t.text.toLowerCase())) throw notWellFormed('Expected identifier for simple path')
      this.next()
      parts.push(t.text)
      if (!this.peekPunct('.')) break
      this.next()
    }
    if (parts.length > 2) throw new ValidationException(MSG_PATH_COMPONENTS)
    if (parts.some((p) => p === '')) throw new ValidationException(MSG_EMPTY_COMPONENT)
    return parts.length === 2 ? { table: parts[0]!, index: parts[1]! } : { table: parts[0]! }
  }

  /** `AS name` or a bare name after the source or a projected path: parsed, then refused once the statement is read. */
  private alias(): void {
    if (this.acceptWord('as')) {
      this.next()
      this.aliased = true
      return
    }
    const t = this.peek()
    if (t.kind === 'quoted' || (t.kind === 'ident' && !KEYWORDS.has(t.text.toLowerCase()))) {
      this.next()
      this.aliased = true
    }
  }

}
