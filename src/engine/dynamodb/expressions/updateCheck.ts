import { ExpressionErrors } from './ExpressionErrors.ts'
import { findPathOverlap } from './paths.ts'
import { resolvePath, resolveValue, typeOf } from './operands.ts'
import type { DocumentPath } from './paths.ts'
import type { Placeholders } from './Placeholders.ts'
import type { RawOperand, RawPath } from './operandParser.ts'
import type { RawSetValue, RawUpdate } from './updateParser.ts'
import type { AttributeValue } from '../types.ts'

/**
 * Semantic checks of a parsed UpdateExpression and resolution of its placeholders, with AWS's messages
 * and AWS's choice of which error to report (dynalite `db/updateParser.pegjs`, diffed against DynamoDB).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html
 */

/** A value computed by SET, evaluated against the item as it was before the update. */
export type UpdateOperand =
  | { kind: 'path'; path: DocumentPath }
  | { kind: 'value'; value: AttributeValue }
  | { kind: 'if_not_exists'; path: DocumentPath; fallback: UpdateOperand }
  | { kind: 'list_append' | '+' | '-'; left: UpdateOperand; right: UpdateOperand }

export type UpdateAction =
  | { action: 'SET'; path: DocumentPath; value: UpdateOperand }
  | { action: 'REMOVE'; path: DocumentPath }
  | { action: 'ADD' | 'DELETE'; path: DocumentPath; value: AttributeValue }

/** A checked UpdateExpression: its actions in the order written. */
export interface Update {
  actions: UpdateAction[]
}

/** Most operators and functions (`+`, `-`, if_not_exists, list_append) in one update (AWS-FACTS §1). @default 300 */
export const MAX_OPERATORS = 300

/** `+`/`-` and function calls count one each (the Limits page: "operators or functions"). */
function countOperators(value: RawSetValue | RawOperand): number {
  if (value.kind === 'arithmetic') return 1 + countOperators(value.left) + countOperators(value.right)
  if (value.kind === 'function') return 1 + value.args.reduce((n, a) => n + countOperators(a), 0)
  return 0
}

type Category =
  | 'reserved'
  | 'unknownFunction'
  | 'misusedFunction'
  | 'section'
  | 'attrName'
  | 'attrVal'
  | 'pathOverlap'
  | 'operand'
  | 'function'
const ORDER: Category[] = ['reserved', 'unknownFunction', 'misusedFunction', 'section', 'attrName', 'attrVal', 'pathOverlap', 'operand', 'function']
const ARITY: Record<string, number> = { if_not_exists: 2, list_append: 2, '+': 2, '-': 2 }
const CONDITION_FUNCTIONS: ReadonlySet<string> = new Set(['attribute_exists', 'attribute_not_exists', 'attribute_type', 'begins_with', 'contains', 'size'])
/** AWS's names for types in `operator: ADD, operand type: STRING` messages; sets are allowed. */
const TYPE_NAMES: Record<string, string> = { S: 'STRING', N: 'NUMBER', B: 'BINARY', NULL: 'NULL', BOOL: 'BOOLEAN', L: 'LIST', M: 'MAP' }

/**
 * Checks and resolves a parsed update expression.
 * @returns the update, or the message AWS reports (without the `Invalid UpdateExpression: ` prefix)
 */
export function checkUpdate(raw: RawUpdate, placeholders: Placeholders): { result: Update } | { error: string } {
  const operators = raw.sections.reduce((n, s) => n + s.actions.reduce((m, a) => m + (a.action === 'SET' ? countOperators(a.value) : 0), 0), 0)
  if (operators > MAX_OPERATORS) {
    return { error: `The expression contains too many operators; operator count: ${MAX_OPERATORS + 1}` }
  }
  const errors = new ExpressionErrors<Category>(ORDER)
  const problems = {
    reserved: (m: string) => errors.add('reserved', m),
    undefinedName: (m: string) => errors.add('attrName', m),
    undefinedValue: (m: string) => errors.add('attrVal', m),
  }
  const path = (p: RawPath): DocumentPath => resolvePath(p, placeholders, problems) ?? []
  const value = (p: { placeholder: string }): AttributeValue =>
    resolveValue({ kind: 'value', placeholder: p.placeholder, parens: 0 }, placeholders, problems) ?? { NULL: true }

  const checkFunction = (name: string, args: UpdateOperand[], raws: RawOperand[]): UpdateOperand => {
    const fallback: UpdateOperand = { kind: 'value', value: { NULL: true } }
    if (CONDITION_FUNCTIONS.has(name)) {
      // Condition functions are known to DynamoDB, but not in updates.
      errors.add('misusedFunction', `The function is not allowed to be used this way in an expression; function: ${name}`)
      return fallback
    }
    if (!Object.hasOwn(ARITY, name)) {
      errors.add('unknownFunction', `Invalid function name; function: ${name}`)
      return fallback
    }
    if (ARITY[name] !== args.length) {
      errors.add('function', `Incorrect number of operands for operator or function; operator or function: ${name}, number of operands: ${args.length}`)
      return fallback
    }
    const [left, right] = args as [UpdateOperand, UpdateOperand]
    if (name === 'if_not_exists') {
      if (left.kind !== 'path') {
        errors.add('function', `Operator or function requires a document path; operator or function: ${name}`)
        return fallback
      }
      return { kind: 'if_not_exists', path: left.path, fallback: right }
    }
    // DynamoDB rejects list_append(list_append(...), ...) (observed; Scylla's tests run against AWS).
    if (name === 'list_append' && raws.some((r) => r.kind === 'function' && r.name === 'list_append')) {
      errors.add('misusedFunction', 'The function is not allowed to be used this way in an expression; function: list_append')
    }
    const required = name === 'list_append' ? 'L' : 'N'
    for (const [i, arg] of args.entries()) {
      // Only literal values are typed here; paths and nested functions are checked when applied.
      if (raws[i]?.kind === 'value' && arg.kind === 'value' && typeOf(arg.value) !== required) {
        errors.add('function', `Incorrect operand type for operator or function; operator or function: ${name}, operand type: ${typeOf(arg.value)}`)
      }
    }
    return { kind: name as 'list_append' | '+' | '-', left, right }
  }

  const operand = (raw: RawOperand): UpdateOperand => {
    if (raw.kind === 'path') return { kind: 'path', path: path(raw) }
    if (raw.kind === 'value') return { kind: 'value', value: value(raw) }
    const args = raw.args.map(operand)
    return checkFunction(raw.name, args, raw.args)
  }

  const setValue = (raw: RawSetValue): UpdateOperand => {
    if (raw.kind !== 'arithmetic') return operand(raw)
    const args = [operand(raw.left), operand(raw.right)]
    return checkFunction(raw.op, args, [raw.left, raw.right])
  }

  const seen = new Set<string>()
  const actions: UpdateAction[] = []
  for (const { section, actions: raws } of raw.sections) {
    for (const action of raws) {
      const target = path(action.path)
      if (action.action === 'SET') actions.push({ action: 'SET', path: target, value: setValue(action.value) })
      else if (action.action === 'REMOVE') actions.push({ action: 'REMOVE', path: target })
      else {
        const v = value(action.value)
        const type = typeOf(v)
        if (TYPE_NAMES[type] && !(action.action === 'ADD' && type === 'N')) {
          errors.add(
            'operand',
            `Incorrect operand type for operator or function; operator: ${action.action}, operand type: ${TYPE_NAMES[type]}, typeSet: ALLOWED_FOR_${action.action}_OPERAND`,
          )
        }
        actions.push({ action: action.action, path: target, value: v })
      }
    }
    if (seen.has(section)) errors.add('section', `The "${section}" section can only be used once in an update expression;`)
    seen.add(section)
  }
  const overlap = findPathOverlap(actions.map((a) => a.path).filter((p) => p.length > 0))
  if (overlap) errors.add('pathOverlap', overlap)

  const error = errors.winner()
  return error === undefined ? { result: { actions } } : { error }
}
