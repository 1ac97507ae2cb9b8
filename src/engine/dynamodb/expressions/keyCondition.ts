import { ValidationException } from '../errors.ts'
import { typeOf } from './operands.ts'
import type { Condition, Operand } from './conditionCheck.ts'
import type { AttributeValue, ScalarAttributeType } from '../types.ts'

/**
 * A Query's KeyConditionExpression reduced to the key schema: `pk = :v` plus an optional sort-key
 * condition. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.KeyConditionExpressions.html
 */
export interface KeyCondition {
  hashKey: { name: string; value: AttributeValue }
  range?: { name: string; op: RangeOperator; values: AttributeValue[] }
}

/** Sort-key operators; `BETWEEN` has two values, the others one. */
export type RangeOperator = '=' | '<' | '<=' | '>' | '>=' | 'BETWEEN' | 'begins_with'

interface Term {
  name: string
  op: RangeOperator
  values: AttributeValue[]
}

const LEGACY: Record<RangeOperator, string> = {
  '=': 'EQ',
  '<': 'LT',
  '<=': 'LE',
  '>': 'GT',
  '>=': 'GE',
  BETWEEN: 'BETWEEN',
  begins_with: 'BEGINS_WITH',
}
const FLIPPED: Record<string, RangeOperator> = { '=': '=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' }

/**
 * Validates a checked key condition against the key schema of the table or index being queried.
 * Messages are AWS's (dynalite `validations/index.js` `convertKeyCondition`, `actions/query.js`):
 * `Invalid operator used in KeyConditionExpression: OR`, `KeyConditionExpressions must only contain one
 * condition per key`, `Query condition missed key schema element: <k>`, `Query key condition not supported`,
 * `Conditions can be of length 1 or 2 only`, `KeyConditionExpressions cannot have conditions on nested attributes`…
 * @param attributeTypes key attribute types (AttributeDefinitions); when given, value types are checked:
 *   `One or more parameter values were invalid: Condition parameter type does not match schema type`
 * @throws ValidationException
 */
export function resolveKeyCondition(
  keyCondition: Condition,
  hashKey: string,
  rangeKey?: string,
  attributeTypes?: Record<string, ScalarAttributeType>,
): KeyCondition {
  const terms: Term[] = []
  collect(keyCondition, terms)
  for (const term of terms) {
    for (const value of term.values) {
      const type = typeOf(value)
      const allowed = term.op === 'begins_with' ? ['S', 'B'] : ['S', 'N', 'B']
      if (!allowed.includes(type)) {
        fail(`One or more parameter values were invalid: ComparisonOperator ${LEGACY[term.op]} is not valid for ${type} AttributeValue type`)
      }
    }
  }
  if (terms.length !== 1 && terms.length !== 2) fail('Conditions can be of length 1 or 2 only')
  const byName = new Map(terms.map((t) => [t.name, t]))
  const schema = rangeKey === undefined ? [hashKey] : [hashKey, rangeKey]
  for (const name of schema) {
    if (!byName.has(name)) fail(`Query condition missed key schema element: ${name}`)
    if (terms.length <= 1) break
  }
  const hash = byName.get(hashKey)!
  if (hash.op !== '=' || (rangeKey === undefined && terms.length > 1)) fail('Query key condition not supported')
  const range = rangeKey === undefined ? undefined : byName.get(rangeKey)
  for (const term of [hash, range]) {
    const expected = term && attributeTypes?.[term.name]
    if (expected && term.values.some((v) => typeOf(v) !== expected)) {
      fail('One or more parameter values were invalid: Condition parameter type does not match schema type')
    }
  }
  return {
    hashKey: { name: hashKey, value: hash.values[0]! },
    ...(range ? { range: { name: range.name, op: range.op, values: range.values } } : {}),
  }
}

function fail(message: string): never {
  throw new ValidationException(message)
}

/** Flattens `a AND b` into one term per key attribute, rejecting everything a key condition can't hold. */
function collect(condition: Condition, terms: Term[]): void {
  switch (condition.kind) {
    case 'and':
      collect(condition.left, terms)
      collect(condition.right, terms)
      return
    case 'or':
    case 'not':
    case 'in':
      return fail(`Invalid operator used in KeyConditionExpression: ${condition.kind.toUpperCase()}`)
    case 'compare': {
      if (condition.op === '<>') return fail('Invalid operator used in KeyConditionExpression: <>')
      const [name, index] = keyAttribute([condition.left, condition.right])
      const value = index === 0 ? condition.right : condition.left
      add(terms, { name, op: index === 0 ? (condition.op as RangeOperator) : FLIPPED[condition.op]!, values: [valueOf(value)] })
      return
    }
    case 'between': {
      if (condition.operand.kind !== 'path') {
        return fail('Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand')
      }
      const [name] = keyAttribute([condition.operand, condition.lower, condition.upper])
      add(terms, { name, op: 'BETWEEN', values: [valueOf(condition.lower), valueOf(condition.upper)] })
      return
    }
    case 'function': {
      if (condition.name === 'size') return fail('KeyConditionExpressions cannot contain nested operations')
      if (condition.name !== 'begins_with') return fail(`Invalid operator used in KeyConditionExpression: ${condition.name}`)
      if (condition.args[0]?.kind !== 'path') {
        return fail('Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand')
      }
      const [name] = keyAttribute(condition.args)
      add(terms, { name, op: 'begins_with', values: [valueOf(condition.args[1]!)] })
      return
    }
  }
}

/** The one top-level attribute among the operands, and its position. */
function keyAttribute(operands: Operand[]): [string, number] {
  let found: [string, number] | undefined
  operands.forEach((operand, i) => {
    if (operand.kind === 'function') fail('KeyConditionExpressions cannot contain nested operations')
    if (operand.kind !== 'path') return
    if (found) fail('Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition')
    if (operand.path.length > 1) fail('KeyConditionExpressions cannot have conditions on nested attributes')
    found = [String(operand.path[0]), i]
  })
  if (!found) return fail('Invalid condition in KeyConditionExpression: No key attribute specified')
  return found
}

function valueOf(operand: Operand): AttributeValue {
  return operand.kind === 'value' ? operand.value : fail('Invalid condition in KeyConditionExpression: No key attribute specified')
}

function add(terms: Term[], term: Term): void {
  if (terms.some((t) => t.name === term.name)) fail('KeyConditionExpressions must only contain one condition per key')
  terms.push(term)
}
