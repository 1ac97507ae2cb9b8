import type { AttributeValue } from '../types.ts'
import type { Expr } from './ast.ts'
import { ValidationException } from '../errors.ts'
import { checkDecimal, formatDecimal, parseDecimal } from '../attributes/numbers.ts'
import { INVALID } from '../attributes/validate.ts'
import { equalValues } from '../expressions/values.ts'
import { MSG_BAG_DUPLICATES, MSG_BAG_TYPES, MSG_EMPTY_BAG } from './errors.ts'

/**
 * PartiQL literals → DynamoDB AttributeValues.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.data-types.html
 *
 * `'text'` → S, numbers → N (canonical text), `TRUE`/`FALSE` → BOOL, `NULL` → NULL, `[…]` → L, `{'k': v}` → M,
 * `<<…>>` → SS / NS / BS (one type, no duplicates, not empty), `?` → the parameter as sent. `MISSING` is no value
 * (undefined). A number outside DynamoDB's range is refused with the path inside the value appended:
 * `Number overflow. … under root.x` / `under root[1]`.
 */

/** Thrown message for a path expression where a value is needed (e.g. inside an INSERT item). */
const MSG_UNSUPPORTED_VALUE = 'Unsupported format in item expression. Please use struct format {...} to express item values for insert statement.'

/**
 * The value of a constant expression.
 * @param path where the value sits, for number errors (`root`, `root.k`, `root[0]`); `''` for an item, whose
 *   attributes are each a `root`
 * @returns undefined for MISSING
 * @throws ValidationException number limits, bag rules, a non-constant expression
 */
export function constantValue(expr: Expr, params: readonly AttributeValue[], path = 'root'): AttributeValue | undefined {
  switch (expr.kind) {
    case 'literal': {
      const v = expr.value
      if (v.type === 'string') return { S: v.value }
      if (v.type === 'bool') return { BOOL: v.value }
      if (v.type === 'null') return { NULL: true }
      if (v.type === 'missing') return undefined
      return { N: numberText(v.text, path) }
    }
    case 'param':
      return params[expr.index]
    case 'list':
      return { L: expr.items.map((e, i) => constantValue(e, params, `${path}[${i}]`) ?? { NULL: true }) }
    case 'struct': {
      const M: Record<string, AttributeValue> = {}
      for (const { key, value } of expr.entries) {
        const k = key.kind === 'literal' && key.value.type === 'string' ? key.value.value : undefined
        if (k === undefined) throw new ValidationException(`Tuple keys must be of type String. Actual type: ${describe(key)} under ${path || 'root'}`)
        if (Object.hasOwn(M, k)) throw new ValidationException(`Duplicate keys in tuple. Key: ${k} under ${path || 'root'}`)
        const v = constantValue(value, params, path === '' ? 'root' : `${path}.${k}`)
        if (v !== undefined) M[k] = v
      }
      return { M }
    }
    case 'bag':
      return bagValue(expr.items, params, path)
    case 'call':
      throw new ValidationException(`Unsupported data type: ${expr.name} under key ${path || 'root'} at ${expr.pos}`)
    default:
      throw new ValidationException(MSG_UNSUPPORTED_VALUE)
  }
}

/** True for expressions {@link constantValue} can evaluate without an item. */
export function isConstant(expr: Expr): boolean {
  switch (expr.kind) {
    case 'literal':
    case 'param':
      return true
    case 'list':
    case 'bag':
      return expr.items.every(isConstant)
    case 'struct':
      return expr.entries.every((e) => isConstant(e.key) && isConstant(e.value))
    default:
      return false
  }
}

function describe(expr: Expr): string {
  if (expr.kind === 'literal') return expr.value.type.toUpperCase()
  return expr.kind.toUpperCase()
}

function numberText(text: string, path: string): string {
  const d = parseDecimal(text)
  if (!d) throw new ValidationException(`The parameter cannot be converted to a numeric value: ${text}`)
  try {
    checkDecimal(d)
  } catch (e) {
    if (e instanceof ValidationException) throw new ValidationException(`${e.message} under ${path}`)
    throw e
  }
  return formatDecimal(d)
}

function bagValue(items: Expr[], params: readonly AttributeValue[], path: string): AttributeValue {
  if (items.length === 0) throw new ValidationException(MSG_EMPTY_BAG)
  const values: AttributeValue[] = []
  for (const item of items) {
    if (item.kind !== 'literal') throw new ValidationException(MSG_BAG_TYPES)
    const v = constantValue(item, params, path)
    if (!v || !('S' in v || 'N' in v)) throw new ValidationException(MSG_BAG_TYPES)
    values.push(v)
  }
  if (values.some((v, i) => values.findIndex((x) => equalValues(x, v)) !== i)) {
    const shown = values.map((v) => ('S' in v ? v.S : (v as { N: string }).N)).join(', ')
    throw new ValidationException(`${INVALID}Input collection [${shown}] ${MSG_BAG_DUPLICATES}.`)
  }
  if (values.every((v) => 'S' in v)) return { SS: values.map((v) => (v as { S: string }).S) }
  if (values.every((v) => 'N' in v)) return { NS: values.map((v) => (v as { N: string }).N) }
  throw new ValidationException(MSG_BAG_TYPES)
}
