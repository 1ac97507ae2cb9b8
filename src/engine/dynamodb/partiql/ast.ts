/**
 * The parsed form of a DynamoDB PartiQL statement.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.statements.html
 */

/** A document path: an attribute name, then map keys (`.k`) and list indexes (`[n]`). */
export interface PathExpr {
  kind: 'path'
  steps: Array<string | number>
  /** Position of the path's first name, `<line>:<column>:<length>` (for error messages). */
  pos?: string
}

export type LiteralValue =
  | { type: 'string'; value: string }
  | { type: 'number'; text: string }
  | { type: 'bool'; value: boolean }
  | { type: 'null' }
  | { type: 'missing' }

export type ComparisonOp = '=' | '<>' | '<' | '<=' | '>' | '>='

export type Expr =
  | PathExpr
  | { kind: 'literal'; value: LiteralValue }
  /** `?`: the n-th (0-based) entry of `Parameters`. */
  | { kind: 'param'; index: number }
  | { kind: 'list'; items: Expr[] }
  /** `<<a, b>>`: a set. */
  | { kind: 'bag'; items: Expr[] }
  | { kind: 'struct'; entries: Array<{ key: Expr; value: Expr }> }
  | { kind: 'compare'; op: ComparisonOp; left: Expr; right: Expr }
  | { kind: 'arith'; op: '+' | '-'; left: Expr; right: Expr }
  | { kind: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'not'; operand: Expr }
  | { kind: 'between'; value: Expr; low: Expr; high: Expr; negated: boolean }
  | { kind: 'in'; value: Expr; list: Expr[]; negated: boolean }
  /** `x IS [NOT] MISSING | NULL | <type>`. */
  | { kind: 'is'; value: Expr; type: string; negated: boolean }
  /** A function call, name lower-cased (`begins_with`, `size`, `list_append`...). */
  | { kind: 'call'; name: string; args: Expr[]; pos: string }

/** `FROM "Table"` or `FROM "Table"."Index"`. */
export interface Source {
  table: string
  index?: string
}

export interface SelectStatement {
  kind: 'select'
  /** `*`, or the projected paths. */
  projection: '*' | PathExpr[]
  source: Source
  where?: Expr
  orderBy?: { path: PathExpr; descending: boolean }
}

export interface InsertStatement {
  kind: 'insert'
  source: Source
  value: Expr
}

export type UpdateAction = { kind: 'set'; path: PathExpr; value: Expr } | { kind: 'remove'; path: PathExpr }

/** `RETURNING (ALL | MODIFIED) (OLD | NEW) *`. */
export type Returning = 'ALL OLD' | 'ALL NEW' | 'MODIFIED OLD' | 'MODIFIED NEW'

export interface UpdateStatement {
  kind: 'update'
  source: Source
  actions: UpdateAction[]
  where?: Expr
  returning?: Returning
}

export interface DeleteStatement {
  kind: 'delete'
  source: Source
  where?: Expr
  returning?: Returning
}

/** `EXISTS(SELECT ...)`: a condition check inside a write transaction. */
export interface ExistsStatement {
  kind: 'exists'
  select: SelectStatement
}

export type Statement = SelectStatement | InsertStatement | UpdateStatement | DeleteStatement | ExistsStatement

/** A parsed statement and how many `?` it holds. */
export interface ParsedStatement {
  statement: Statement
  parameterCount: number
}
