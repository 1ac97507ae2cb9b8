import type { AttributeValue, Item } from '../types.ts'
import { SerializationException, ValidationException } from '../errors.ts'
import { INVALID, typeOf, validateAttributeValue } from '../attributes/validate.ts'
import { beginsWith, compareScalars, containsValue, equalValues } from '../expressions/values.ts'

/**
 * The legacy (pre-expression) read conditions: `KeyConditions`, `QueryFilter`, `ScanFilter` (maps of
 * attribute name → `{ComparisonOperator, AttributeValueList}`) and `ConditionalOperator`.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.html
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Condition.html
 * Messages and check order: dynalite `validations/index.js` `validateConditions` (diffed against AWS).
 */

export type ComparisonOperator = 'EQ' | 'NE' | 'IN' | 'LE' | 'LT' | 'GE' | 'GT' | 'BETWEEN' | 'NOT_NULL' | 'NULL' | 'CONTAINS' | 'NOT_CONTAINS' | 'BEGINS_WITH'

/** AWS's enum order for ComparisonOperator constraint messages. */
export const COMPARISON_OPERATORS: readonly ComparisonOperator[] = ['IN', 'NULL', 'BETWEEN', 'LT', 'NOT_CONTAINS', 'EQ', 'GT', 'NOT_NULL', 'NE', 'LE', 'BEGINS_WITH', 'GE', 'CONTAINS']

/** One legacy condition, validated. */
export interface LegacyCondition {
  ComparisonOperator: ComparisonOperator
  AttributeValueList: AttributeValue[]
}

export type LegacyConditions = Record<string, LegacyCondition>

const ARGUMENTS: Record<ComparisonOperator, [number, number]> = {
  NULL: [0, 0],
  NOT_NULL: [0, 0],
  EQ: [1, 1],
  NE: [1, 1],
  LE: [1, 1],
  LT: [1, 1],
  GE: [1, 1],
  GT: [1, 1],
  CONTAINS: [1, 1],
  NOT_CONTAINS: [1, 1],
  BEGINS_WITH: [1, 1],
  IN: [1, Infinity],
  BETWEEN: [2, 2],
}

const TYPES: Partial<Record<ComparisonOperator, readonly string[]>> = {
  EQ: ['S', 'N', 'B', 'SS', 'NS', 'BS'],
  NE: ['S', 'N', 'B', 'SS', 'NS', 'BS'],
  LE: ['S', 'N', 'B'],
  LT: ['S', 'N', 'B'],
  GE: ['S', 'N', 'B'],
  GT: ['S', 'N', 'B'],
  CONTAINS: ['S', 'N', 'B'],
  NOT_CONTAINS: ['S', 'N', 'B'],
  BEGINS_WITH: ['S', 'B'],
  IN: ['S', 'N', 'B'],
  BETWEEN: ['S', 'N', 'B'],
}

/**
 * Coral constraint checks on a conditions map (before semantic checks): each entry must be a structure with
 * a `ComparisonOperator` from the enum. Map entries are reported in reverse order, as AWS does.
 * @param field the member name in messages, e.g. `queryFilter`, `keyConditions`
 */
export function checkConditionConstraints(errors: string[], conditions: unknown, field: string): void {
  if (conditions === undefined || conditions === null) return
  if (typeof conditions !== 'object' || Array.isArray(conditions)) throw new SerializationException('Expected map or null')
  for (const key of Object.keys(conditions).reverse()) {
    const c = (conditions as Record<string, unknown>)[key]
    if (c === null || typeof c !== 'object' || Array.isArray(c)) throw new SerializationException('Expected null')
    const op = (c as Record<string, unknown>)['ComparisonOperator']
    const at = `${field}.${key}.member.comparisonOperator`
    if (op === undefined || op === null) errors.push(`Value null at '${at}' failed to satisfy constraint: Member must not be null`)
    else if (typeof op !== 'string') throw new SerializationException(`${typeof op === 'number' ? 'NUMBER_VALUE' : 'TRUE_VALUE'} cannot be converted to String`)
    else if (!(COMPARISON_OPERATORS as readonly string[]).includes(op)) {
      errors.push(`Value '${op}' at '${at}' failed to satisfy constraint: Member must satisfy enum value set: [${COMPARISON_OPERATORS.join(', ')}]`)
    }
  }
}

/**
 * Query's `KeyConditions`: each condition's values, then its argument count, which AWS reports with its
 * own message (unlike QueryFilter/ScanFilter/Expected). Recorded by dynalite test/query.js.
 * @throws ValidationException `The attempted filter operation is not supported for the provided filter argument count`
 */
export function checkKeyConditionArguments(conditions: unknown): void {
  if (conditions === undefined || conditions === null) return
  for (const raw of Object.values(conditions as Record<string, Record<string, unknown>>)) {
    const list = raw['AttributeValueList'] ?? []
    if (!Array.isArray(list)) throw new SerializationException('Expected list or null')
    for (const v of list) validateAttributeValue(v)
    const [min, max] = ARGUMENTS[raw['ComparisonOperator'] as ComparisonOperator]
    if (list.length < min || list.length > max) {
      throw new ValidationException('The attempted filter operation is not supported for the provided filter argument count')
    }
  }
}

/**
 * Semantic checks of a conditions map that passed {@link checkConditionConstraints}: attribute values,
 * argument count, same types, types allowed for the operator, BETWEEN bounds.
 * @returns the validated conditions (canonical values), or undefined when absent
 * @throws ValidationException
 */
export function validateConditions(conditions: unknown): LegacyConditions | undefined {
  if (conditions === undefined || conditions === null) return undefined
  const out: LegacyConditions = {}
  for (const [key, raw] of Object.entries(conditions as Record<string, Record<string, unknown>>)) {
    const op = raw['ComparisonOperator'] as ComparisonOperator
    const rawList = raw['AttributeValueList'] ?? []
    if (!Array.isArray(rawList)) throw new SerializationException('Expected list or null')
    const list = rawList.map((v) => validateAttributeValue(v))
    const [min, max] = ARGUMENTS[op]
    if (list.length < min || list.length > max) {
      throw new ValidationException(`${INVALID}Invalid number of argument(s) for the ${op} ComparisonOperator`)
    }
    if (list.length > 0) {
      const type = typeOf(list[0]!)
      if (list.some((v) => typeOf(v) !== type)) throw new ValidationException(`${INVALID}AttributeValues inside AttributeValueList must be of same type`)
    }
    const allowed = TYPES[op]
    for (const v of allowed ? list : []) {
      if (!allowed!.includes(typeOf(v))) throw new ValidationException(`${INVALID}ComparisonOperator ${op} is not valid for ${typeOf(v)} AttributeValue type`)
    }
    if (op === 'BETWEEN' && (compareScalars(list[0]!, list[1]!) ?? 0) > 0) {
      throw new ValidationException('The BETWEEN condition was provided a range where the lower bound is greater than the upper bound')
    }
    out[key] = { ComparisonOperator: op, AttributeValueList: list }
  }
  return out
}

/** Whether `value` (undefined = attribute absent) satisfies one legacy condition. */
export function matchesCondition(value: AttributeValue | undefined, c: LegacyCondition): boolean {
  const [first, second] = c.AttributeValueList
  switch (c.ComparisonOperator) {
    case 'NULL':
      return value === undefined
    case 'NOT_NULL':
      return value !== undefined
    case 'NE':
      return value === undefined || !equalValues(value, first!)
    case 'NOT_CONTAINS':
      return value === undefined || !containsValue(value, first!)
    default:
  }
  if (value === undefined) return false
  switch (c.ComparisonOperator) {
    case 'EQ':
      return equalValues(value, first!)
    case 'IN':
      return c.AttributeValueList.some((v) => equalValues(value, v))
    case 'CONTAINS':
      return containsValue(value, first!)
    case 'BEGINS_WITH':
      return beginsWith(value, first!)
    case 'BETWEEN': {
      const low = compareScalars(value, first!)
      const high = compareScalars(value, second!)
      return low !== undefined && high !== undefined && low >= 0 && high <= 0
    }
    default: {
      const order = compareScalars(value, first!)
      if (order === undefined) return false
      const op = c.ComparisonOperator
      return op === 'LT' ? order < 0 : op === 'LE' ? order <= 0 : op === 'GT' ? order > 0 : order >= 0
    }
  }
}

/** A QueryFilter / ScanFilter: every condition (AND, the default) or any (OR) must hold. */
export function matchesLegacyFilter(item: Item, conditions: LegacyConditions, operator: 'AND' | 'OR' = 'AND'): boolean {
  const entries = Object.entries(conditions)
  const test = ([name, c]: [string, LegacyCondition]): boolean => matchesCondition(item[name], c)
  return operator === 'OR' ? entries.some(test) : entries.every(test)
}

/**
 * ConditionalOperator needs a legacy filter (QueryFilter / ScanFilter) of two or more conditions (checked
 * after the expression/legacy mix, before everything else; observed on DynamoDB).
 * @throws ValidationException `ConditionalOperator cannot be used without Filter or Expected`,
 *   `ConditionalOperator can only be used when Filter or Expected has two or more elements`
 */
export function checkConditionalOperator(conditionalOperator: unknown, filter: unknown): void {
  if (conditionalOperator === undefined || conditionalOperator === null) return
  const n = filter !== null && typeof filter === 'object' ? Object.keys(filter).length : 0
  if (n === 0) throw new ValidationException('ConditionalOperator cannot be used without Filter or Expected')
  if (n === 1) throw new ValidationException('ConditionalOperator can only be used when Filter or Expected has two or more elements')
}
