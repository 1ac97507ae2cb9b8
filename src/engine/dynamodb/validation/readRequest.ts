import type { AttributeValue, Item, ReturnConsumedCapacity } from '../types.ts'
import type { Condition, Projection } from '../expressions/index.ts'
import type { LegacyConditions } from './legacyConditions.ts'
import type { Select } from './readSelect.ts'
import { SerializationException, ValidationException } from '../errors.ts'
import { INVALID, copyItem, validateAttributeValue } from '../attributes/validate.ts'
import { evaluateCondition, projectItem } from '../expressions/index.ts'
import { matchesLegacyFilter } from './legacyConditions.ts'
import type { ConstraintErrors } from './common.ts'

/**
 * Pieces shared by the Query and Scan validators: member types, integer and IndexName constraints,
 * AttributesToGet and ExclusiveStartKey checks, and the validated read request both operations execute.
 */

/** Query/Scan request members common to both (SDK v3 names). */
export interface ReadInput {
  TableName: string
  IndexName?: string
  Select?: Select
  AttributesToGet?: string[]
  Limit?: number
  ConsistentRead?: boolean
  ExclusiveStartKey?: Item
  ReturnConsumedCapacity?: ReturnConsumedCapacity
  ConditionalOperator?: 'AND' | 'OR'
  ProjectionExpression?: string
  FilterExpression?: string
  ExpressionAttributeNames?: Record<string, string>
  ExpressionAttributeValues?: Record<string, AttributeValue>
}

/** A read request after request-level validation (before the table is looked up). */
export interface ValidatedRead {
  input: ReadInput
  /** FilterExpression or QueryFilter/ScanFilter as a predicate. */
  filter?: (item: Item) => boolean
  /** Top-level attribute names the filter reads. */
  filterNames: string[]
  /** Top-level attribute names the filter reads into (`a.b`, `a[0]`). */
  filterNestedNames: string[]
  /** How AWS names the filter in messages: `Filter Expression` or `QueryFilter`. */
  filterLabel: 'Filter Expression' | 'QueryFilter' | 'ScanFilter'
  /** ProjectionExpression or AttributesToGet applied to a returned item. */
  project?: (item: Item) => Item
  /** Top-level attribute names the projection reads. */
  projectionNames?: string[]
  /** Top-level attribute names the projection reads into (`a.b`, `a[0]`). */
  projectionNestedNames: string[]
  /** ExclusiveStartKey with canonical values. */
  exclusiveStartKey?: Item
}

/**
 * Member JSON types, checked before constraints (a wrong type is a SerializationException).
 * @throws SerializationException e.g. `STRING_VALUE cannot be converted to Integer`
 */
export function checkMemberTypes(raw: Record<string, unknown>, types: Record<string, 'string' | 'boolean' | 'object' | 'integer' | 'list'>): void {
  for (const [field, type] of Object.entries(types)) {
    const v = raw[field]
    if (v === undefined || v === null) continue
    const kind = typeof v === 'string' ? 'STRING_VALUE' : typeof v === 'number' ? 'NUMBER_VALUE' : typeof v === 'boolean' ? (v ? 'TRUE_VALUE' : 'FALSE_VALUE') : Array.isArray(v) ? 'Start of list' : 'Start of structure or map'
    const ok =
      type === 'integer' ? typeof v === 'number' :
      type === 'list' ? Array.isArray(v) :
      type === 'object' ? typeof v === 'object' && !Array.isArray(v) :
      typeof v === type
    if (!ok) {
      const target = type === 'integer' ? 'Integer' : type === 'list' ? 'List' : type === 'object' ? 'Map' : type === 'boolean' ? 'Boolean' : 'String'
      throw new SerializationException(`${kind} cannot be converted to ${target}`)
    }
    if (type === 'list') for (const e of v as unknown[]) if (typeof e !== 'string') throw new SerializationException(`${typeof e === 'number' ? 'NUMBER_VALUE' : 'Start of structure or map'} cannot be converted to String`)
  }
}

function violation(value: unknown, field: string, constraint: string): string {
  const text = value === undefined || value === null ? 'null' : Array.isArray(value) ? `'[${value.join(', ')}]'` : `'${String(value)}'`
  return `Value ${text} at '${field}' failed to satisfy constraint: ${constraint}`
}

/** An optional integer member with bounds (`Limit` ≥ 1, `Segment` 0–999999, `TotalSegments` 1–1000000). */
export function checkInteger(errors: ConstraintErrors, value: unknown, field: string, min: number, max?: number): void {
  if (typeof value !== 'number') return
  const n = Math.floor(value)
  if (n < min) errors.push(violation(n, field, `Member must have value greater than or equal to ${min}`))
  if (max !== undefined && n > max) errors.push(violation(n, field, `Member must have value less than or equal to ${max}`))
}

/** `IndexName`: pattern [a-zA-Z0-9_.-]+, length 3–255. */
export function checkIndexName(errors: ConstraintErrors, value: unknown): void {
  if (typeof value !== 'string') return
  if (!/^[a-zA-Z0-9_.-]+$/.test(value)) errors.push(violation(value, 'indexName', 'Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+'))
  if (value.length < 3) errors.push(violation(value, 'indexName', 'Member must have length greater than or equal to 3'))
  if (value.length > 255) errors.push(violation(value, 'indexName', 'Member must have length less than or equal to 255'))
}

/** `AttributesToGet`: 1–255 names. */
export function checkAttributesToGetLength(errors: ConstraintErrors, value: unknown): void {
  if (!Array.isArray(value)) return
  if (value.length < 1) errors.push(violation(value, 'attributesToGet', 'Member must have length greater than or equal to 1'))
  if (value.length > 255) errors.push(violation(value, 'attributesToGet', 'Member must have length less than or equal to 255'))
}

/** @throws ValidationException `One or more parameter values were invalid: Duplicate value in attribute name: <n>` */
export function checkAttributesToGetDuplicates(names: unknown): void {
  if (!Array.isArray(names)) return
  const seen = new Set<string>()
  for (const n of names as string[]) {
    if (seen.has(n)) throw new ValidationException(`${INVALID}Duplicate value in attribute name: ${n}`)
    seen.add(n)
  }
}

/**
 * ExclusiveStartKey attribute values, each validated; a bad value is reported as `The provided starting key
 * is invalid: <reason>`, on Scan as on Query (dynalite test/scan.js, test/query.js). `_operation` is kept for callers.
 */
export function validateStartKey(raw: unknown, _operation: 'Query' | 'Scan'): Item | undefined {
  if (raw === undefined || raw === null) return undefined
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new SerializationException('Start of list cannot be converted to Map')
  const out: Item = {}
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    try {
      out[k] = validateAttributeValue(v)
    } catch (e) {
      if (!(e instanceof ValidationException)) throw e
      // Every value problem is prefixed, on Scan as on Query (dynalite test/scan.js and test/query.js, recorded).
      throw new ValidationException(`The provided starting key is invalid: ${e.message}`, { cause: e })
    }
  }
  return out
}

/** Top-level attribute names a condition reads (`nested`: only those read into with `.` or `[]`). */
export function conditionNames(c: Condition, nested = false): string[] {
  const names = new Set<string>()
  const operand = (o: { kind: string; path?: readonly (string | number)[]; args?: unknown[] }): void => {
    if (o.kind === 'path' && (!nested || o.path!.length > 1)) names.add(String(o.path![0]))
    if (o.kind === 'function') for (const a of o.args as (typeof o)[]) operand(a)
  }
  const walk = (x: Condition): void => {
    switch (x.kind) {
      case 'and':
      case 'or':
        walk(x.left)
        walk(x.right)
        return
      case 'not':
        return walk(x.operand)
      case 'compare':
        operand(x.left)
        operand(x.right)
        return
      case 'between':
        ;[x.operand, x.lower, x.upper].forEach(operand)
        return
      case 'in':
        ;[x.operand, ...x.list].forEach(operand)
        return
      case 'function':
        x.args.forEach(operand)
    }
  }
  walk(c)
  return [...names]
}

/** Builds the filter and projection of a validated read from its expression or legacy forms. */
export function readShape(
  filter: Condition | undefined,
  legacyFilter: LegacyConditions | undefined,
  conditionalOperator: 'AND' | 'OR' | undefined,
  projection: Projection | undefined,
  attributesToGet: string[] | undefined,
): Pick<ValidatedRead, 'filter' | 'filterNames' | 'filterNestedNames' | 'project' | 'projectionNames' | 'projectionNestedNames'> {
  const out: ReturnType<typeof readShape> = { filterNames: [], filterNestedNames: [], projectionNestedNames: [] }
  if (filter) {
    out.filter = (item) => evaluateCondition(filter, item)
    out.filterNames = conditionNames(filter)
    out.filterNestedNames = conditionNames(filter, true)
  } else if (legacyFilter) {
    out.filter = (item) => matchesLegacyFilter(item, legacyFilter, conditionalOperator)
    out.filterNames = Object.keys(legacyFilter)
  }
  if (projection) {
    out.project = (item) => projectItem(projection, item)
    out.projectionNames = [...new Set(projection.paths.map((p) => String(p[0])))]
    out.projectionNestedNames = [...new Set(projection.paths.filter((p) => p.length > 1).map((p) => String(p[0])))]
  } else if (attributesToGet) {
    out.project = (item) => copyItem(Object.fromEntries(attributesToGet.filter((n) => Object.hasOwn(item, n)).map((n) => [n, item[n]!])))
    out.projectionNames = attributesToGet
  }
  return out
}

/** Integer members arrive as JSON numbers; AWS's deserializer drops any fraction (dynalite: Math.floor). */
export function withIntegers(raw: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out = { ...raw }
  for (const f of fields) if (typeof out[f] === 'number') out[f] = Math.floor(out[f])
  return out
}
