import type { Condition, Operand } from '../expressions/index.ts'
import type { AttributeValue, KeySchemaElement } from '../types.ts'
import type { ComparisonOperator, LegacyConditions } from './legacyConditions.ts'
import { ValidationException } from '../errors.ts'
import { typeOf } from '../attributes/validate.ts'

/**
 * Query key conditions: a KeyConditionExpression is reduced to the legacy `KeyConditions` form (one
 * condition per key attribute), then both forms are checked against the key schema of the table or index
 * queried. Messages and order: dynalite `validations/index.js` `convertKeyCondition` and `actions/query.js`.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.KeyConditionExpressions.html
 */

const TO_LEGACY: Record<string, ComparisonOperator> = { '=': 'EQ', '<': 'LT', '<=': 'LE', '>': 'GT', '>=': 'GE' }
const FLIPPED: Record<string, string> = { '=': '=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' }

function fail(message: string): never {
  throw new ValidationException(message)
}

/**
 * Converts a checked KeyConditionExpression to KeyConditions.
 * @throws ValidationException `Invalid operator used in KeyConditionExpression: OR`, `KeyConditionExpressions
 *   must only contain one condition per key`, `KeyConditionExpressions cannot have conditions on nested attributes`, …
 */
export function keyConditionsFromExpression(condition: Condition): LegacyConditions {
  const out: LegacyConditions = Object.create(null) as LegacyConditions
  collect(condition, out)
  return out
}

function collect(c: Condition, out: LegacyConditions): void {
  switch (c.kind) {
    case 'or':
    case 'not':
    case 'in':
      return fail(`Invalid operator used in KeyConditionExpression: ${c.kind.toUpperCase()}`)
    case 'and':
      collect(c.left, out)
      collect(c.right, out)
      return
    case 'compare':
      if (c.op === '<>') return fail('Invalid operator used in KeyConditionExpression: <>')
      return add(out, c.op, [c.left, c.right])
    case 'between':
      if (c.operand.kind !== 'path') fail('Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand')
      return add(out, 'between', [c.operand, c.lower, c.upper])
    case 'function':
      if (c.name === 'size') return fail('KeyConditionExpressions cannot contain nested operations')
      if (c.name !== 'begins_with') return fail(`Invalid operator used in KeyConditionExpression: ${c.name}`)
      if (c.args[0]?.kind !== 'path') fail('Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand')
      return add(out, 'begins_with', c.args)
  }
}

function add(out: LegacyConditions, op: string, args: Operand[]): void {
  let name = ''
  let at = 0
  args.forEach((a, i) => {
    if (a.kind === 'path') {
      if (name) fail('Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition')
      if (a.path.length > 1) fail('KeyConditionExpressions cannot have conditions on nested attributes')
      name = String(a.path[0])
      at = i
    } else if (a.kind === 'function') {
      fail(a.name === 'size' ? 'KeyConditionExpressions cannot contain nested operations' : `Invalid operator used in KeyConditionExpression: ${a.name}`)
    }
  })
  if (!name) fail('Invalid condition in KeyConditionExpression: No key attribute specified')
  if (Object.hasOwn(out, name)) fail('KeyConditionExpressions must only contain one condition per key')
  const values = args.filter((_, i) => i !== at).map((a) => (a as { value: AttributeValue }).value)
  const legacy: ComparisonOperator =
    op === 'between' ? 'BETWEEN' : op === 'begins_with' ? 'BEGINS_WITH' : TO_LEGACY[at === 0 ? op : FLIPPED[op]!]!
  out[name] = { ComparisonOperator: legacy, AttributeValueList: values }
}

const NOT_INDEXABLE: readonly string[] = ['NULL', 'NOT_NULL', 'NE', 'CONTAINS', 'NOT_CONTAINS', 'IN']

/**
 * Checks the key conditions against the queried key schema, one key attribute at a time (partition key
 * first), interleaved with the ExclusiveStartKey presence/type checks as AWS orders them.
 * @param keyCheck called first for each key attribute when an ExclusiveStartKey was given
 * @throws ValidationException `Query condition missed key schema element: <k>`, `Query key condition not
 *   supported`, `Attempted conditional constraint is not an indexable operation`, `One or more parameter
 *   values were invalid: Condition parameter type does not match schema type`, `One or more parameter values
 *   are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: <k>`
 */
export function checkKeyConditions(
  conditions: LegacyConditions,
  keySchema: KeySchemaElement[],
  typeOfKey: (name: string) => string,
  keyCheck?: (name: string, type: string, isHash: boolean) => void,
): void {
  const count = Object.keys(conditions).length
  const schema = [...keySchema].sort((a, b) => (a.KeyType === b.KeyType ? 0 : a.KeyType === 'HASH' ? -1 : 1))
  for (const k of schema) {
    const name = k.AttributeName
    const isHash = k.KeyType === 'HASH'
    const type = typeOfKey(name)
    keyCheck?.(name, type, isHash)
    if (isHash && schema.length === 1 && count > 1) fail('Query key condition not supported')
    const c = Object.hasOwn(conditions, name) ? conditions[name] : undefined
    if (!c) {
      if (isHash || count > 1) fail(`Query condition missed key schema element: ${name}`)
      continue
    }
    if (NOT_INDEXABLE.includes(c.ComparisonOperator)) fail('Attempted conditional constraint is not an indexable operation')
    if (c.AttributeValueList.some((v) => typeOf(v) !== type)) {
      fail('One or more parameter values were invalid: Condition parameter type does not match schema type')
    }
    if ((type === 'S' || type === 'B') && c.AttributeValueList.some((v) => (v as { S?: string; B?: string })[type] === '')) {
      fail(`One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${type === 'S' ? 'string' : 'binary'} value. Key: ${name}`)
    }
    if (isHash && c.ComparisonOperator !== 'EQ') fail('Query key condition not supported')
  }
}
