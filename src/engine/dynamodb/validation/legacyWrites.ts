import type { AttributeValue, Item } from '../types.ts'
import type { PathSteps } from '../attributes/pickPaths.ts'
import { SerializationException, ValidationException } from '../errors.ts'
import { INVALID, typeOf, validateAttributeValue } from '../attributes/validate.ts'
import { canonicalNumber } from '../attributes/keys.ts'
import { addNumbers } from '../attributes/numbers.ts'
import { equalValues } from '../expressions/values.ts'
import { COMPARISON_OPERATORS, matchesCondition, validateConditions, type LegacyCondition } from './legacyConditions.ts'
import type { ConstraintErrors } from './common.ts'
import { violation } from './requestShapes.ts'

/**
 * The legacy (pre-expression) write parameters of PutItem, UpdateItem and DeleteItem: `Expected` with
 * `ConditionalOperator` (a condition), and UpdateItem's `AttributeUpdates` (an update).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValueUpdate.html
 * Messages and check order: dynalite validations/index.js `validateAttributeConditions`,
 * validations/updateItem.js (diffed against AWS).
 */

/** One `Expected` entry, validated: an existence/value check, or a comparison. */
export type ExpectedCondition = { exists: false } | { exists: true; value: AttributeValue } | { comparison: LegacyCondition }

/** One `AttributeUpdates` entry, validated. */
export interface AttributeUpdate {
  Action: 'PUT' | 'ADD' | 'DELETE'
  Value?: AttributeValue
}

/** The legacy members, as the item actions receive them. */
export interface LegacyWriteInput {
  Expected?: Record<string, unknown>
  ConditionalOperator?: string
  AttributeUpdates?: Record<string, unknown>
}

const ACTIONS = ['ADD', 'PUT', 'DELETE'] as const

/** The legacy members of a request, validated and ready to run (see ./itemExpressions.ts). */
export interface LegacyWrite {
  /** From Expected + ConditionalOperator: true when the write may go ahead. */
  condition?: (item: Item | undefined) => boolean
  /** From AttributeUpdates. */
  update?: (item: Item | undefined, key: Item) => { item: Item; updatedPaths: PathSteps[] }
}

/** AWS's texts for a ConditionalOperator with nothing (or one condition) to combine (AWS's DAX client RequestValidator). */
export const MSG_CONDITIONAL_OPERATOR_ALONE = 'ConditionalOperator cannot be used without Filter or Expected'
export const MSG_CONDITIONAL_OPERATOR_ONE = 'ConditionalOperator can only be used when Filter or Expected has two or more elements'

/**
 * A ConditionalOperator needs an `Expected` with at least two conditions.
 * @throws ValidationException {@link MSG_CONDITIONAL_OPERATOR_ALONE}, {@link MSG_CONDITIONAL_OPERATOR_ONE}
 */
export function checkConditionalOperator(raw: Record<string, unknown>): void {
  if (raw.ConditionalOperator == null) return
  if (raw.Expected == null) throw new ValidationException(MSG_CONDITIONAL_OPERATOR_ALONE)
  if (Object.keys(raw.Expected as Record<string, unknown>).length < 2) throw new ValidationException(MSG_CONDITIONAL_OPERATOR_ONE)
}

/**
 * Validates `AttributeUpdates` then `Expected` (dynalite's order) and turns them into a condition / update.
 * @returns undefined when the request uses neither
 * @throws ValidationException as {@link checkConditionalOperator}, {@link validateAttributeUpdates} and {@link validateExpected}
 */
export function prepareLegacyWrite(raw: Record<string, unknown>): LegacyWrite | undefined {
  if (raw.ConditionalOperator == null && raw.AttributeUpdates == null && raw.Expected == null) return undefined // most requests
  checkConditionalOperator(raw)
  const updates = validateAttributeUpdates(raw.AttributeUpdates)
  const expected = validateExpected(raw.Expected)
  if (!updates && !expected) return undefined
  const out: LegacyWrite = {}
  if (expected) out.condition = expectedCondition(expected, raw.ConditionalOperator as string | undefined)
  if (updates) out.update = (item, key) => applyAttributeUpdates(updates, item, key)
  return out
}

/**
 * Coral constraint checks of the legacy members, appended to the request's violations: `conditionalOperator`
 * enum, each Expected entry's `comparisonOperator` enum, each AttributeUpdates entry's `action` enum (map
 * entries in reverse order, as AWS reports them).
 * @throws SerializationException for wrongly typed members
 */
export function checkLegacyWriteConstraints(errors: ConstraintErrors, raw: Record<string, unknown>): void {
  if (raw.ConditionalOperator == null && raw.Expected == null && raw.AttributeUpdates == null) return // most requests
  const op = raw.ConditionalOperator
  if (op != null) {
    if (typeof op !== 'string') throw new SerializationException(`${jsonKind(op)} cannot be converted to String`)
    if (op !== 'OR' && op !== 'AND') errors.push(violation(`'${op}'`, 'conditionalOperator', 'Member must satisfy enum value set: [OR, AND]'))
  }
  for (const [key, entry] of reversedEntries(raw.Expected)) {
    const c = struct(entry)
    if (c.Exists != null && typeof c.Exists !== 'boolean') throw new SerializationException(`${jsonKind(c.Exists)} cannot be converted to Boolean`)
    if (c.AttributeValueList != null && !Array.isArray(c.AttributeValueList)) throw new SerializationException('Expected list or null')
    const cmp = c.ComparisonOperator
    if (cmp == null) continue
    if (typeof cmp !== 'string') throw new SerializationException(`${jsonKind(cmp)} cannot be converted to String`)
    if (!(COMPARISON_OPERATORS as readonly string[]).includes(cmp)) {
      errors.push(violation(`'${cmp}'`, `expected.${key}.member.comparisonOperator`, `Member must satisfy enum value set: [${COMPARISON_OPERATORS.join(', ')}]`))
    }
  }
  for (const [key, entry] of reversedEntries(raw.AttributeUpdates)) {
    const action = struct(entry).Action
    if (action == null) continue
    if (typeof action !== 'string') throw new SerializationException(`${jsonKind(action)} cannot be converted to String`)
    if (!(ACTIONS as readonly string[]).includes(action)) {
      errors.push(violation(`'${action}'`, `attributeUpdates.${key}.member.action`, `Member must satisfy enum value set: [${ACTIONS.join(', ')}]`))
    }
  }
}

/**
 * Semantic checks of `Expected` (dynalite `validateAttributeConditions`), then the comparison's argument
 * count and types (as for QueryFilter).
 * @returns the validated conditions, or undefined when absent
 * @throws ValidationException `One or more parameter values were invalid: Value must be provided when Exists is null for Attribute: a`, ...
 */
export function validateExpected(expected: unknown): Record<string, ExpectedCondition> | undefined {
  if (expected == null) return undefined
  const out: Record<string, ExpectedCondition> = {}
  for (const [key, entry] of Object.entries(expected as Record<string, unknown>)) {
    const c = struct(entry)
    // Checked first, with or without a ComparisonOperator (dynalite test/deleteItem.js, recorded).
    if (c.AttributeValueList != null && c.Value != null) {
      throw new ValidationException(`${INVALID}Value and AttributeValueList cannot be used together for Attribute: ${key}`)
    }
    if (c.ComparisonOperator != null) {
      if (c.Exists != null) throw new ValidationException(`${INVALID}Exists and ComparisonOperator cannot be used together for Attribute: ${key}`)
      // Only NULL / NOT_NULL take no argument; the others need a Value or a list (dynalite test/putItem.js, recorded).
      if (c.AttributeValueList == null && c.Value == null && c.ComparisonOperator !== 'NULL' && c.ComparisonOperator !== 'NOT_NULL') {
        throw new ValidationException(`${INVALID}Value or AttributeValueList must be used with ComparisonOperator: ${String(c.ComparisonOperator)} for Attribute: ${key}`)
      }
      const list = c.AttributeValueList ?? (c.Value != null ? [c.Value] : [])
      const validated = validateConditions({ [key]: { ComparisonOperator: c.ComparisonOperator, AttributeValueList: list } })!
      out[key] = { comparison: validated[key]! }
      continue
    }
    if (c.AttributeValueList != null) throw new ValidationException(`${INVALID}AttributeValueList can only be used with a ComparisonOperator for Attribute: ${key}`)
    const exists = c.Exists == null || c.Exists === true
    if (exists && c.Value == null) {
      throw new ValidationException(`${INVALID}Value must be provided when Exists is ${c.Exists == null ? 'null' : String(c.Exists)} for Attribute: ${key}`)
    }
    if (!exists && c.Value != null) throw new ValidationException(`${INVALID}Value cannot be used when Exists is false for Attribute: ${key}`)
    out[key] = exists ? { exists: true, value: validateAttributeValue(c.Value) } : { exists: false }
  }
  return out
}

/**
 * Semantic checks of `AttributeUpdates` (dynalite validations/updateItem.js): values, a value for every
 * action but DELETE, DELETE with a value only for sets, ADD only for numbers, sets and lists.
 * @throws ValidationException `One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified`, ...
 */
export function validateAttributeUpdates(updates: unknown): Record<string, AttributeUpdate> | undefined {
  if (updates == null) return undefined
  const out: Record<string, AttributeUpdate> = {}
  for (const [key, entry] of Object.entries(updates as Record<string, unknown>)) {
    const u = struct(entry)
    const action = (u.Action ?? 'PUT') as AttributeUpdate['Action']
    const value = u.Value != null ? validateAttributeValue(u.Value) : undefined
    if (!value && action !== 'DELETE') throw new ValidationException(`${INVALID}Only DELETE action is allowed when no attribute value is specified`)
    const type = value ? typeOf(value) : undefined
    if (value && action === 'DELETE' && type !== 'SS' && type !== 'NS' && type !== 'BS') {
      throw new ValidationException(`${INVALID}DELETE action with value is not supported for the type ${type}`)
    }
    if (value && action === 'ADD' && !['L', 'SS', 'NS', 'BS', 'N'].includes(type!)) {
      throw new ValidationException(`${INVALID}ADD action is not supported for the type ${type}`)
    }
    out[key] = value ? { Action: action, Value: value } : { Action: action }
  }
  return out
}

/** `Expected` as a condition on the existing item (undefined = none): all entries (AND, default) or any (OR). */
export function expectedCondition(expected: Record<string, ExpectedCondition>, operator: string | undefined): (item: Item | undefined) => boolean {
  const test = ([name, c]: [string, ExpectedCondition]) => (item: Item | undefined): boolean => {
    const value = item?.[name]
    if ('comparison' in c) return matchesCondition(value, c.comparison)
    return c.exists ? value !== undefined && equalValues(value, c.value) : value === undefined
  }
  const tests = Object.entries(expected).map(test)
  return operator === 'OR' ? (item) => tests.some((t) => t(item)) : (item) => tests.every((t) => t(item))
}

/** AWS's text when an ADD / DELETE meets an existing attribute of another type (no prefix: dynalite test/updateItem.js, recorded). */
export const MSG_TYPE_MISMATCH = 'Type mismatch for attribute to update'

/**
 * Applies `AttributeUpdates` to the existing item (or the key alone when there is none).
 * PUT replaces; DELETE without a value removes; DELETE with a set removes those elements (and the attribute
 * once empty); ADD adds to a number, unions a set, appends to a list, or creates the attribute.
 * @returns the new item and the top-level paths it updated (for ReturnValues UPDATED_* and the key check)
 * @throws ValidationException {@link MSG_TYPE_MISMATCH}
 */
export function applyAttributeUpdates(updates: Record<string, AttributeUpdate>, old: Item | undefined, key: Item): { item: Item; updatedPaths: PathSteps[] } {
  const item: Item = old ? { ...old } : { ...key }
  const updatedPaths: PathSteps[] = []
  for (const [name, { Action, Value }] of Object.entries(updates)) {
    updatedPaths.push([name])
    const current = item[name]
    if (Action === 'PUT') item[name] = Value!
    else if (Action === 'DELETE') {
      if (!Value || !current) delete item[name]
      else {
        const type = typeOf(Value) as 'SS' | 'NS' | 'BS'
        if (typeOf(current) !== type) throw new ValidationException(MSG_TYPE_MISMATCH)
        const remove = (Value as Record<string, string[]>)[type]!.map((v) => (type === 'NS' ? canonicalNumber(v) : v))
        const kept = (current as Record<string, string[]>)[type]!.filter((v) => !remove.includes(type === 'NS' ? canonicalNumber(v) : v))
        if (kept.length) item[name] = { [type]: kept } as AttributeValue
        else delete item[name]
      }
    } else item[name] = add(current, Value!)
  }
  return { item, updatedPaths }
}

function add(current: AttributeValue | undefined, value: AttributeValue): AttributeValue {
  if (!current) return value
  const type = typeOf(value)
  if (typeOf(current) !== type) throw new ValidationException(MSG_TYPE_MISMATCH)
  if (type === 'N') return { N: addNumbers((current as { N: string }).N, (value as { N: string }).N) }
  if (type === 'L') return { L: [...(current as { L: AttributeValue[] }).L, ...(value as { L: AttributeValue[] }).L] }
  const set = type as 'SS' | 'NS' | 'BS'
  const existing = (current as Record<string, string[]>)[set]!
  const norm = (v: string) => (set === 'NS' ? canonicalNumber(v) : v)
  const seen = new Set(existing.map(norm))
  return { [set]: [...existing, ...(value as Record<string, string[]>)[set]!.filter((v) => !seen.has(norm(v)))] } as AttributeValue
}

function struct(entry: unknown): Record<string, unknown> {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) throw new SerializationException('Expected null')
  return entry as Record<string, unknown>
}

function reversedEntries(map: unknown): [string, unknown][] {
  if (map == null) return []
  if (typeof map !== 'object' || Array.isArray(map)) throw new SerializationException('Expected map or null')
  return Object.entries(map as Record<string, unknown>).reverse()
}

function jsonKind(v: unknown): string {
  return typeof v === 'number' ? 'NUMBER_VALUE' : typeof v === 'boolean' ? (v ? 'TRUE_VALUE' : 'FALSE_VALUE') : typeof v === 'string' ? 'STRING_VALUE' : Array.isArray(v) ? 'Start of list' : 'Start of structure or map'
}
