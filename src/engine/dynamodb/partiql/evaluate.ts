import type { AttributeValue, Item } from '../types.ts'
import type { Expr } from './ast.ts'
import { ValidationException } from '../errors.ts'
import { getPath } from '../expressions/paths.ts'
import { beginsWith, compareScalars, containsValue, equalValues, setElements, sizeOf } from '../expressions/values.ts'
import { addNumbers, subtractNumbers } from '../attributes/numbers.ts'
import { typeOf } from '../attributes/validate.ts'
import { constantValue, isConstant } from './values.ts'
import { incorrectOperand } from './errors.ts'

/**
 * WHERE clauses and SET values evaluated against one item, with DynamoDB's condition semantics: a missing
 * attribute makes `=`, `<`, `BETWEEN`, functions false and `<>` true; values of different types are never
 * equal or ordered; sets compare regardless of order, lists in order, maps by content.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-functions.html
 */

/**
 * Functions a WHERE clause may call, with their operand counts
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-functions.html). `EXISTS` is only a
 * transaction condition check, and `set_add` / `set_delete` / `list_append` only SET values.
 */
const WHERE_FUNCTIONS: Record<string, number> = {
  begins_with: 2,
  contains: 2,
  attribute_type: 2,
  size: 1,
  missing: 1,
  attribute_exists: 1,
  attribute_not_exists: 1,
}
/** Functions whose first operand must be a document path. */
const PATH_FUNCTIONS = new Set(['attribute_exists', 'attribute_not_exists', 'attribute_type', 'begins_with', 'contains', 'size', 'missing'])
/** Functions a SET value may call. */
const SET_FUNCTIONS = new Set(['set_add', 'set_delete', 'list_append', 'if_not_exists'])

/**
 * Checks one function call of a WHERE clause.
 * @throws ValidationException `Unrecognized function: <f> at <pos>`, `Incorrect number of operands for operator or
 *   function; …`, `Operator or function requires a document path; operator or function: <f>`
 */
function checkCall(expr: Extract<Expr, { kind: 'call' }>): void {
  const arity = WHERE_FUNCTIONS[expr.name]
  if (arity === undefined) throw new ValidationException(`Unrecognized function: ${expr.name} at ${expr.pos}`)
  if (expr.args.length !== arity) {
    throw new ValidationException(`Incorrect number of operands for operator or function; operator or function: ${expr.name}, number of operands: ${expr.args.length}`)
  }
  if (PATH_FUNCTIONS.has(expr.name) && expr.args[0]!.kind !== 'path') {
    throw new ValidationException(`Operator or function requires a document path; operator or function: ${expr.name}`)
  }
}

/**
 * Checks a SET value: `set_add(path, <<…>>)` / `set_delete(…)` must name the assigned path first and add or delete
 * a set; other calls must be SET functions.
 * @throws ValidationException `SET_ADD must have exactly two arguments at <pos>`, `The first argument to SET_ADD
 *   must equal the assignment value at <pos>`, `The second argument to SET_ADD must be a value with type SET at
 *   <pos>`, `Unrecognized function: <f> at <pos>`
 */
export function checkSetValue(target: ReadonlyArray<string | number>, value: Expr, params: readonly AttributeValue[]): void {
  if (value.kind === 'call') {
    if (!SET_FUNCTIONS.has(value.name)) throw new ValidationException(`Unrecognized function: ${value.name} at ${value.pos}`)
    if (value.name === 'set_add' || value.name === 'set_delete') {
      const NAME = value.name.toUpperCase()
      if (value.args.length !== 2) throw new ValidationException(`${NAME} must have exactly two arguments at ${value.pos}`)
      const [first, second] = value.args as [Expr, Expr]
      if (first.kind !== 'path' || first.steps.length !== target.length || first.steps.some((s, i) => s !== target[i])) {
        throw new ValidationException(`The first argument to ${NAME} must equal the assignment value at ${value.pos}`)
      }
      const delta = isConstant(second) ? constantValue(second, params) : undefined
      if (!delta || !setElements(delta)) throw new ValidationException(`The second argument to ${NAME} must be a value with type SET at ${first.pos ?? value.pos}`)
      return
    }
    for (const a of value.args) checkSetValue([], a, params)
    return
  }
  if (value.kind === 'arith') {
    checkSetValue([], value.left, params)
    checkSetValue([], value.right, params)
    return
  }
  if (isConstant(value)) constantValue(value, params)
}

const ORDERING = new Set(['<', '<=', '>', '>='])
const ORDERED_TYPES = new Set(['S', 'N', 'B'])

/** PartiQL type names for `IS`, mapped to DynamoDB types. */
const IS_TYPES: Record<string, readonly string[]> = {
  NULL: ['NULL'],
  BOOLEAN: ['BOOL'],
  BOOL: ['BOOL'],
  STRING: ['S'],
  'CHARACTER VARYING': ['S'],
  BLOB: ['B'],
  STRUCT: ['M'],
  TUPLE: ['M'],
  LIST: ['L'],
  BAG: ['SS', 'NS', 'BS'],
}
const NUMERIC = ['NUMERIC', 'INT', 'INT4', 'INT8', 'INTEGER', 'DECIMAL', 'FLOAT', 'DOUBLE', 'DOUBLE PRECISION', 'SMALLINT']

/**
 * Checks a WHERE clause before it runs: every literal converts (number limits), and an ordering operator
 * (`< <= > >= BETWEEN`) never gets a constant operand of a type without an order.
 * @throws ValidationException `Incorrect operand type for operator or function; operator or function: <, operand type: BOOL`
 */
export function checkCondition(expr: Expr, params: readonly AttributeValue[]): void {
  const constant = (e: Expr): AttributeValue | undefined => {
    if (isConstant(e)) return constantValue(e, params)
    if (e.kind !== 'path') checkCondition(e, params)
    return undefined
  }
  const ordered = (op: string, e: Expr): void => {
    const v = constant(e)
    if (v && !ORDERED_TYPES.has(typeOf(v))) throw incorrectOperand(op, typeOf(v))
  }
  switch (expr.kind) {
    case 'and':
    case 'or':
      checkCondition(expr.left, params)
      checkCondition(expr.right, params)
      return
    case 'not':
      checkCondition(expr.operand, params)
      return
    case 'compare':
      if ([expr.left, expr.right].some((e) => e.kind === 'literal' && e.value.type === 'missing')) {
        throw new ValidationException('MISSING must be compared using IS operator')
      }
      if (ORDERING.has(expr.op)) {
        ordered(expr.op, expr.left)
        ordered(expr.op, expr.right)
      } else {
        constant(expr.left)
        constant(expr.right)
      }
      return
    case 'between':
      for (const e of [expr.value, expr.low, expr.high]) ordered('BETWEEN', e)
      return
    case 'in':
      for (const e of [expr.value, ...expr.list]) constant(e)
      return
    case 'call':
      checkCall(expr)
      for (const e of expr.args) checkCondition(e, params)
      return
    case 'arith':
      checkCondition(expr.left, params)
      checkCondition(expr.right, params)
      return
    default:
      if (isConstant(expr)) constantValue(expr, params)
  }
}

/** The value of `expr` for `item` (undefined = MISSING). */
export function evalValue(expr: Expr, item: Item | undefined, params: readonly AttributeValue[]): AttributeValue | undefined {
  switch (expr.kind) {
    case 'path':
      return getPath(item, expr.steps)
    case 'arith': {
      const a = evalValue(expr.left, item, params)
      const b = evalValue(expr.right, item, params)
      if (!a || !b) throw new ValidationException('The provided expression refers to an attribute that does not exist in the item')
      if (!('N' in a) || !('N' in b)) throw new ValidationException('An operand in the update expression has an incorrect data type')
      return { N: expr.op === '+' ? addNumbers(a.N, b.N) : subtractNumbers(a.N, b.N) }
    }
    case 'call':
      return callValue(expr.name, expr.args, item, params)
    case 'compare':
    case 'and':
    case 'or':
    case 'not':
    case 'between':
    case 'in':
    case 'is':
      return { BOOL: evalCondition(expr, item, params) }
    default:
      return constantValue(expr, params)
  }
}

function callValue(name: string, args: Expr[], item: Item | undefined, params: readonly AttributeValue[]): AttributeValue | undefined {
  const values = args.map((a) => evalValue(a, item, params))
  switch (name) {
    case 'size': {
      const n = values[0] === undefined ? undefined : sizeOf(values[0])
      return n === undefined ? undefined : { N: String(n) }
    }
    case 'list_append': {
      const [a, b] = values
      if (!a || !b || !('L' in a) || !('L' in b)) throw new ValidationException('An operand in the update expression has an incorrect data type')
      return { L: [...a.L, ...b.L] }
    }
    case 'set_add':
    case 'set_delete':
      return setOperation(name, values[0], values[1])
    case 'if_not_exists':
      return values[0] ?? values[1]
    default:
      return { BOOL: callCondition(name, args, item, params) }
  }
}

function setOperation(name: string, current: AttributeValue | undefined, change: AttributeValue | undefined): AttributeValue | undefined {
  const delta = change ? setElements(change) : undefined
  if (!change || !delta) throw new ValidationException(`The second argument to ${name.toUpperCase()} must be a value with type SET`)
  if (!current) return name === 'set_add' ? change : undefined
  const elements = setElements(current)
  if (!elements || typeOf(current) !== typeOf(change)) throw new ValidationException('An operand in the update expression has an incorrect data type')
  const kept = name === 'set_add' ? [...elements, ...delta.filter((d) => !elements.some((e) => equalValues(e, d)))] : elements.filter((e) => !delta.some((d) => equalValues(e, d)))
  if (kept.length === 0) return undefined
  const type = typeOf(current)
  if (type === 'SS') return { SS: kept.map((v) => (v as { S: string }).S) }
  if (type === 'NS') return { NS: kept.map((v) => (v as { N: string }).N) }
  return { BS: kept.map((v) => (v as { B: string }).B) }
}

/** Whether the condition holds for `item` (undefined: no item, every attribute missing). */
export function evalCondition(expr: Expr, item: Item | undefined, params: readonly AttributeValue[]): boolean {
  switch (expr.kind) {
    case 'and':
      return evalCondition(expr.left, item, params) && evalCondition(expr.right, item, params)
    case 'or':
      return evalCondition(expr.left, item, params) || evalCondition(expr.right, item, params)
    case 'not':
      return !evalCondition(expr.operand, item, params)
    case 'compare': {
      const a = evalValue(expr.left, item, params)
      const b = evalValue(expr.right, item, params)
      if (expr.op === '<>') return !a || !b || !equalValues(a, b)
      if (!a || !b) return false
      if (expr.op === '=') return equalValues(a, b)
      const c = compareScalars(a, b)
      if (c === undefined) return false
      return expr.op === '<' ? c < 0 : expr.op === '<=' ? c <= 0 : expr.op === '>' ? c > 0 : c >= 0
    }
    case 'between': {
      const v = evalValue(expr.value, item, params)
      const lo = evalValue(expr.low, item, params)
      const hi = evalValue(expr.high, item, params)
      const inside = !!v && !!lo && !!hi && (compareScalars(v, lo) ?? -1) >= 0 && (compareScalars(v, hi) ?? 1) <= 0
      return expr.negated ? !inside : inside
    }
    case 'in': {
      const v = evalValue(expr.value, item, params)
      const found = !!v && expr.list.some((e) => {
        const x = evalValue(e, item, params)
        return !!x && equalValues(v, x)
      })
      return expr.negated ? !found : found
    }
    case 'is': {
      const v = evalValue(expr.value, item, params)
      let result: boolean
      if (expr.type === 'MISSING') result = v === undefined
      else if (NUMERIC.includes(expr.type)) result = !!v && 'N' in v
      else result = !!v && (IS_TYPES[expr.type] ?? []).includes(typeOf(v))
      return expr.negated ? !result : result
    }
    case 'call':
      return callCondition(expr.name, expr.args, item, params)
    default: {
      const v = evalValue(expr, item, params)
      return !!v && 'BOOL' in v && v.BOOL
    }
  }
}

function callCondition(name: string, args: Expr[], item: Item | undefined, params: readonly AttributeValue[]): boolean {
  const v = (i: number): AttributeValue | undefined => (args[i] ? evalValue(args[i], item, params) : undefined)
  switch (name) {
    case 'begins_with': {
      const [a, b] = [v(0), v(1)]
      return !!a && !!b && beginsWith(a, b)
    }
    case 'contains': {
      const [a, b] = [v(0), v(1)]
      return !!a && !!b && containsValue(a, b)
    }
    case 'attribute_type': {
      const [a, b] = [v(0), v(1)]
      return !!a && !!b && 'S' in b && typeOf(a) === b.S
    }
    case 'exists':
    case 'attribute_exists':
      return v(0) !== undefined
    case 'attribute_not_exists':
    case 'missing':
      return v(0) === undefined
    default:
      throw new ValidationException(`Unrecognized function: ${name}`)
  }
}
