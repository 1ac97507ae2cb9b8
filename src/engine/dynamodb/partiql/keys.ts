import type { AttributeValue, Item } from '../types.ts'
import type { Table } from '../Table.ts'
import type { Expr } from './ast.ts'
import { ValidationException } from '../errors.ts'
import { typeOf } from '../attributes/validate.ts'
import { constantValue, isConstant } from './values.ts'
import { MSG_INCOMPLETE_KEY, keyTypeMismatch } from './errors.ts'

/**
 * Finding the primary key in a WHERE clause. DynamoDB looks at the top-level AND terms: `key = value` pins a
 * key attribute; the other terms become a condition (writes) or a filter (reads).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.update.html
 */

/** The top-level AND terms of a WHERE clause (none without a WHERE). */
export function conjuncts(where: Expr | undefined): Expr[] {
  if (!where) return []
  if (where.kind === 'and') return [...conjuncts(where.left), ...conjuncts(where.right)]
  return [where]
}

/** `attr = constant` (either way round): the constant; undefined for any other term. */
export function equalityOn(term: Expr, attr: string): Expr | undefined {
  if (term.kind !== 'compare' || term.op !== '=') return undefined
  if (isAttr(term.left, attr) && isConstant(term.right)) return term.right
  if (isAttr(term.right, attr) && isConstant(term.left)) return term.left
  return undefined
}

/** True when `e` is the top-level attribute `attr`. */
export function isAttr(e: Expr, attr: string): boolean {
  return e.kind === 'path' && e.steps.length === 1 && e.steps[0] === attr
}

/** A WHERE clause split into the full primary key and the remaining condition. */
export interface KeyAndCondition {
  key: Item
  /** The other AND terms (undefined when the WHERE holds only the key). */
  condition?: Expr
}

/**
 * The single item an UPDATE / DELETE / transaction read addresses.
 * @throws ValidationException `Where clause does not contain a mandatory equality on all key attributes`,
 *   `Multiple conditions on same key <k>. …`, `Key attribute's data type should match … Key <k>`
 */
export function requireFullKey(table: Table, where: Expr | undefined, params: readonly AttributeValue[], missing = MSG_INCOMPLETE_KEY): KeyAndCondition {
  const terms = conjuncts(where)
  const key: Item = {}
  const used = new Set<Expr>()
  for (const { AttributeName: name } of table.meta.KeySchema) {
    const matches = terms.filter((t) => equalityOn(t, name) !== undefined)
    if (matches.length === 0) throw new ValidationException(missing)
    const values = matches.map((t) => constantValue(equalityOn(t, name)!, params))
    // The same equality twice is harmless; two different values cannot name one item.
    if (values.some((v) => JSON.stringify(v) !== JSON.stringify(values[0]))) {
      throw new ValidationException(`Multiple conditions on same key ${name}. Only single item Update/Insert/Delete are supported`)
    }
    const value = values[0]
    checkKeyValue(table, name, value)
    key[name] = value!
    for (const t of matches) used.add(t)
  }
  const rest = terms.filter((t) => !used.has(t))
  const out: KeyAndCondition = { key }
  if (rest.length) out.condition = rest.reduce((left, right) => ({ kind: 'and', left, right }))
  return out
}

/**
 * A key attribute's value must exist and have the schema's type.
 * @throws ValidationException `Key attribute's data type should match its data type in table's schema: Key <k>`
 */
export function checkKeyValue(table: Table, name: string, value: AttributeValue | undefined): void {
  const type = table.attributeType(name) ?? 'S'
  if (!value || typeOf(value) !== type) throw keyTypeMismatch(name)
  const text = type === 'S' ? (value as { S: string }).S : type === 'B' ? (value as { B: string }).B : 'x'
  if (text.length === 0) {
    throw new ValidationException(
      `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${type === 'S' ? 'string' : 'binary'} value. Key: ${name}`,
    )
  }
}

/** The distinct root attribute names used by the paths in `expr`. */
export function rootNames(expr: Expr | undefined, into = new Set<string>()): Set<string> {
  if (!expr) return into
  switch (expr.kind) {
    case 'path':
      if (typeof expr.steps[0] === 'string') into.add(expr.steps[0])
      break
    case 'compare':
    case 'arith':
    case 'and':
    case 'or':
      rootNames(expr.left, into)
      rootNames(expr.right, into)
      break
    case 'not':
      rootNames(expr.operand, into)
      break
    case 'between':
      for (const e of [expr.value, expr.low, expr.high]) rootNames(e, into)
      break
    case 'in':
      for (const e of [expr.value, ...expr.list]) rootNames(e, into)
      break
    case 'is':
      rootNames(expr.value, into)
      break
    case 'call':
      for (const e of expr.args) rootNames(e, into)
      break
    default:
      break
  }
  return into
}
