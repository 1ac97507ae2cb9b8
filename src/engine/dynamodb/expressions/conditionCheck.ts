import { ExpressionErrors } from './ExpressionErrors.ts'
import { formatPath, samePath } from './paths.ts'
import { resolvePath, resolveValue, typeOf } from './operands.ts'
import { compareScalars } from './values.ts'
import type { Comparator, ParsedCondition, RawCondition } from './conditionParser.ts'
import type { DocumentPath } from './paths.ts'
import type { Placeholders } from './Placeholders.ts'
import type { RawOperand } from './operandParser.ts'
import type { AttributeValue } from '../types.ts'

/**
 * Semantic checks of a parsed condition (ConditionExpression, FilterExpression, KeyConditionExpression) and
 * resolution of its placeholders, with AWS's messages and AWS's choice of which error to report
 * (dynalite `db/conditionParser.pegjs`, built by diffing against DynamoDB).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html
 */

export type ConditionFunction = 'attribute_exists' | 'attribute_not_exists' | 'attribute_type' | 'begins_with' | 'contains' | 'size'

export type Operand =
  | { kind: 'path'; path: DocumentPath }
  | { kind: 'value'; value: AttributeValue }
  | { kind: 'function'; name: ConditionFunction; args: Operand[] }

/** A checked condition, placeholders substituted. */
export type Condition =
  | { kind: 'compare'; op: Comparator; left: Operand; right: Operand }
  | { kind: 'between'; operand: Operand; lower: Operand; upper: Operand }
  | { kind: 'in'; operand: Operand; list: Operand[] }
  | { kind: 'function'; name: ConditionFunction; args: Operand[] }
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; operand: Condition }

/** Number of operands of each function. */
const ARITY: Record<ConditionFunction, number> = {
  attribute_exists: 1,
  attribute_not_exists: 1,
  attribute_type: 2,
  begins_with: 2,
  contains: 2,
  size: 1,
}
const RESULT_TYPE: Record<ConditionFunction, string | undefined> = {
  attribute_exists: undefined,
  attribute_not_exists: undefined,
  attribute_type: 'BOOL',
  begins_with: 'BOOL',
  contains: 'BOOL',
  size: 'N',
}
const ATTRIBUTE_TYPES = ['S', 'N', 'B', 'NULL', 'SS', 'BOOL', 'L', 'BS', 'NS', 'M']
/** Most operators (comparisons, BETWEEN, IN, AND, OR, NOT) in one condition (AWS-FACTS §1). @default 300 */
export const MAX_OPERATORS = 300
/** Upper limit on the operands of IN, the left operand included (AWS-FACTS §1). @default 100 */
export const MAX_IN_OPERANDS = 100

type Global = 'parens' | 'unknownFunction' | 'misusedFunction' | 'reserved' | 'condition'
type Leaf = 'attrNameVal' | 'operand' | 'distinct' | 'function'
const GLOBAL_ORDER: Global[] = ['parens', 'unknownFunction', 'misusedFunction', 'reserved', 'condition']
const LEAF_ORDER: Leaf[] = ['attrNameVal', 'operand', 'distinct', 'function']
const MSG_PARENS = 'The expression has redundant parentheses;'
const MSG_MISUSED = 'The function is not allowed to be used this way in an expression; function: '

/**
 * Checks and resolves a parsed condition.
 * @returns the condition, or the message AWS reports (without the `Invalid <kind>: ` prefix)
 */
export function checkCondition(parsed: ParsedCondition, placeholders: Placeholders): { result: Condition } | { error: string } {
  const raw = parsed.condition
  const operators = countOperators(raw)
  if (operators > MAX_OPERATORS) {
    return { error: `The expression contains too many operators; operator count: ${MAX_OPERATORS + 1}` }
  }
  const checker = new ConditionChecker(placeholders)
  if (parsed.redundantParens) checker.errors.add('parens', MSG_PARENS)
  const result = checker.condition(raw)
  checker.misusedSize(raw)
  const error = checker.errors.winner()
  return error === undefined ? { result } : { error }
}

class ConditionChecker {
  readonly errors = new ExpressionErrors<Global>(GLOBAL_ORDER)
  private readonly placeholders: Placeholders
  private leaf = new ExpressionErrors<Leaf>(LEAF_ORDER)

  constructor(placeholders: Placeholders) {
    this.placeholders = placeholders
  }

  condition(raw: RawCondition): Condition {
    if (raw.parens >= 2) this.errors.add('parens', MSG_PARENS)
    switch (raw.kind) {
      case 'and':
      case 'or': {
        const left = this.condition(raw.left)
        const right = this.condition(raw.right)
        this.misusedSize(raw.left)
        this.misusedSize(raw.right)
        return { kind: raw.kind, left, right }
      }
      case 'not': {
        const operand = this.condition(raw.operand)
        this.misusedSize(raw.operand)
        return { kind: 'not', operand }
      }
      case 'compare':
        return this.inLeaf(() => {
          const left = this.operand(raw.left)
          const right = this.operand(raw.right)
          this.misusedFunctions([raw.left, raw.right])
          this.distinct(raw.op, [left, right])
          if (raw.op !== '=' && raw.op !== '<>') this.orderedConstants(raw.op, [left, right])
          return { kind: 'compare', op: raw.op, left, right }
        })
      case 'between':
        return this.inLeaf(() => {
          const operand = this.operand(raw.operand)
          const lower = this.operand(raw.lower)
          const upper = this.operand(raw.upper)
          this.misusedFunctions([raw.operand, raw.lower, raw.upper])
          this.orderedConstants('BETWEEN', [operand, lower, upper])
          this.betweenBounds(lower, upper)
          return { kind: 'between', operand, lower, upper }
        })
      case 'in':
        return this.inLeaf(() => {
          const operand = this.operand(raw.operand)
          const list = raw.list.map((o) => this.operand(o))
          this.misusedFunctions([raw.operand, ...raw.list])
          // AWS counts the left operand too: `a IN (…99 values…)` is the most it accepts.
          if (list.length + 1 > MAX_IN_OPERANDS) {
            this.leaf.add('operand', `The IN operator is provided with too many operands; number of operands: ${list.length + 1}`)
          }
          return { kind: 'in', operand, list }
        })
      case 'call':
        return this.inLeaf(() => {
          const fn = this.operand(raw.call)
          return fn.kind === 'function' ? fn : { kind: 'function', name: 'size', args: [fn] }
        })
    }
  }

  /** A bare `size(...)` used as a condition. */
  misusedSize(raw: RawCondition): void {
    if (raw.kind === 'call' && raw.call.name === 'size') this.errors.add('misusedFunction', MSG_MISUSED + 'size')
  }

  private inLeaf<T>(check: () => T): T {
    this.leaf = new ExpressionErrors<Leaf>(LEAF_ORDER)
    const result = check()
    const error = this.leaf.winner()
    if (error !== undefined) this.errors.add('condition', error)
    return result
  }

  private operand(raw: RawOperand): Operand {
    if (raw.parens >= 2) this.errors.add('parens', MSG_PARENS)
    const problems = {
      reserved: (m: string) => this.errors.add('reserved', m),
      undefinedName: (m: string) => this.leaf.add('attrNameVal', m),
      undefinedValue: (m: string) => this.leaf.add('attrNameVal', m),
    }
    if (raw.kind === 'path') return { kind: 'path', path: resolvePath(raw, this.placeholders, problems) ?? [] }
    if (raw.kind === 'value') return { kind: 'value', value: resolveValue(raw, this.placeholders, problems) ?? { NULL: true } }
    const args = raw.args.map((a) => this.operand(a))
    this.misusedFunctions(raw.args)
    this.checkFunction(raw.name, args, raw.args)
    return { kind: 'function', name: raw.name as ConditionFunction, args }
  }

  /** Functions other than size() may not be operands of a comparison or of another function. */
  private misusedFunctions(raws: RawOperand[]): void {
    const misused = raws.find((r) => r.kind === 'function' && r.name !== 'size')
    if (misused && misused.kind === 'function') this.errors.add('misusedFunction', MSG_MISUSED + misused.name)
  }

  private checkFunction(name: string, args: Operand[], raws: RawOperand[]): void {
    if (this.errors.has('unknownFunction')) return
    if (name === 'if_not_exists' || name === 'list_append') {
      // UpdateExpression functions: known to DynamoDB, but not in conditions.
      this.errors.add('misusedFunction', MSG_MISUSED + name)
      return
    }
    if (!Object.hasOwn(ARITY, name)) {
      this.errors.add('unknownFunction', `Invalid function name; function: ${name}`)
      return
    }
    const fn = name as ConditionFunction
    if (this.leaf.has('operand')) return
    if (ARITY[fn] !== args.length) {
      this.leaf.add(
        'operand',
        `Incorrect number of operands for operator or function; operator or function: ${fn}, number of operands: ${args.length}`,
      )
      return
    }
    this.distinct(fn, args)
    if (this.leaf.has('function')) return
    const incorrect = (type: string) =>
      this.leaf.add('function', `Incorrect operand type for operator or function; operator or function: ${fn}, operand type: ${type}`)
    switch (fn) {
      case 'attribute_exists':
      case 'attribute_not_exists':
        if (raws[0]!.kind !== 'path') {
          this.leaf.add('function', `Operator or function requires a document path; operator or function: ${fn}`)
        }
        return
      case 'begins_with':
        for (const arg of args) {
          const type = operandType(arg)
          if (type && type !== 'S' && type !== 'B') return incorrect(type)
        }
        return
      case 'attribute_type': {
        const arg = args[1]!
        if (arg.kind !== 'value' || !('S' in arg.value)) return incorrect(operandType(arg) ?? '{NS,SS,L,BS,N,M,B,BOOL,NULL,S}')
        if (!ATTRIBUTE_TYPES.includes(arg.value.S)) {
          this.leaf.add('function', `Invalid attribute type name found; type: ${arg.value.S}, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}`)
        }
        return
      }
      case 'size': {
        const type = operandType(args[0]!)
        if (type === 'N' || type === 'BOOL' || type === 'NULL') incorrect(type)
        return
      }
      case 'contains':
        return
    }
  }

  /** `a = a`, `contains(a, a)`: the first operand must differ from the others. */
  private distinct(operator: string, args: Operand[]): void {
    const [first, second] = args
    if (args.length !== 2 || first?.kind !== 'path' || second?.kind !== 'path') return
    if (first.path.length === 0 || !samePath(first.path, second.path)) return
    this.leaf.add(
      'distinct',
      `The first operand must be distinct from the remaining operands for this operator or function; operator: ${operator}, first operand: ${formatPath(first.path)}`,
    )
  }

  /**
   * `<`, `<=`, `>`, `>=` and BETWEEN order only S, N and B. A constant of another type is an error (an item
   * attribute of another type just makes the comparison false).
   */
  private orderedConstants(operator: string, operands: Operand[]): void {
    for (const operand of operands) {
      if (operand.kind !== 'value') continue
      const type = typeOf(operand.value)
      if (type !== 'S' && type !== 'N' && type !== 'B') {
        this.leaf.add('function', `Incorrect operand type for operator or function; operator or function: ${operator}, operand type: ${type}`)
        return
      }
    }
  }

  private betweenBounds(lower: Operand, upper: Operand): void {
    if (this.leaf.has('function') || lower.kind !== 'value' || upper.kind !== 'value') return
    const lowerType = typeOf(lower.value)
    const upperType = typeOf(upper.value)
    const bounds = `lower bound operand: AttributeValue: {${lowerType}:${show(lower.value)}}, upper bound operand: AttributeValue: {${upperType}:${show(upper.value)}}`
    if (lowerType !== upperType) {
      this.leaf.add('function', `The BETWEEN operator requires same data type for lower and upper bounds; ${bounds}`)
    } else if (compareScalars(lower.value, upper.value) === 1) {
      this.leaf.add('function', `The BETWEEN operator requires upper bound to be greater than or equal to lower bound; ${bounds}`)
    }
  }
}

/**
 * Comparators, BETWEEN, IN, AND, OR and NOT each count one operator; function calls and parentheses don't
 * (observed on DynamoDB: 299 operators pass, 301 fail with `operator count: 301`).
 */
function countOperators(raw: RawCondition): number {
  switch (raw.kind) {
    case 'and':
    case 'or':
      return 1 + countOperators(raw.left) + countOperators(raw.right)
    case 'not':
      return 1 + countOperators(raw.operand)
    case 'call':
      return 0
    default:
      return 1
  }
}

/** Type of a value operand, or the result type of a function; undefined for paths (unknown until run time). */
function operandType(operand: Operand): string | undefined {
  if (operand.kind === 'value') return typeOf(operand.value)
  if (operand.kind === 'function') return RESULT_TYPE[operand.name]
  return undefined
}

function show(value: AttributeValue): string {
  const inner = Object.values(value)[0]
  return typeof inner === 'string' ? inner : JSON.stringify(inner)
}
