import { SerializationException, ValidationException } from '../errors.ts'

/**
 * Request-shape constraint checks shared by the item actions, in AWS's (Coral's) message format:
 * `1 validation error detected: Value 'x' at 'tableName' failed to satisfy constraint: Member must have length
 * greater than or equal to 3`; several are joined with `; ` under `N validation errors detected: `.
 * Field order and per-field check order follow dynalite's validations/<action>.js (diffed against AWS).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/CommonErrors.html
 */

/** Collects constraint violations for one request, in order. */
export type ConstraintErrors = string[]

const scratchErrors: ConstraintErrors = []

/**
 * An empty violation list for a hot validator (GetItem, PutItem…), reused from call to call instead of a new
 * array per request: nothing keeps it ({@link throwConstraintErrors} copies what it reports).
 */
export function emptyErrors(): ConstraintErrors {
  if (scratchErrors.length !== 0) scratchErrors.length = 0 // only after a request that failed (setting length is slow)
  return scratchErrors
}

/** AWS lists at most 10 violations. */
const MAX_LISTED = 10

/**
 * Throws the collected violations as one ValidationException (no-op if there are none).
 * @throws ValidationException `N validation error(s) detected: ...`
 */
export function throwConstraintErrors(errors: ConstraintErrors): void {
  if (errors.length === 0) return
  // AWS stops collecting at 10, and the count is of those it lists (dynalite test/scan.js, recorded).
  const shown = errors.slice(0, MAX_LISTED)
  const head = shown.length === 1 ? '1 validation error detected: ' : `${shown.length} validation errors detected: `
  throw new ValidationException(head + shown.join('; '))
}

function valueText(value: unknown): string {
  if (value === undefined || value === null) return 'null'
  if (Array.isArray(value)) return `'[${value.join(', ')}]'`
  return `'${String(value)}'`
}

function violation(value: unknown, field: string, constraint: string): string {
  return `Value ${valueText(value)} at '${field}' failed to satisfy constraint: ${constraint}`
}

/** The last plain table name {@link checkTableName} found valid (requests repeat one name). */
let lastValidTableName: string | undefined

/** `TableName`: not null, pattern [a-zA-Z0-9_.-]+, length 3–255 (in that order). */
export function checkTableName(errors: ConstraintErrors, name: unknown, field = 'tableName'): void {
  if (name === undefined || name === null) {
    errors.push(violation(name, field, 'Member must not be null'))
    return
  }
  const s = expectType<string>(name, 'string', 'String')
  if (s === lastValidTableName) return
  // Data-plane actions also take the table's ARN (checked against the table later); ARNs may be 1024 long.
  if (s.startsWith('arn:')) {
    if (s.length > 1024) errors.push(violation(s, field, 'Member must have length less than or equal to 1024'))
    return
  }
  const before = errors.length
  if (!/^[a-zA-Z0-9_.-]+$/.test(s)) errors.push(violation(s, field, 'Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+'))
  if (s.length < 3) errors.push(violation(s, field, 'Member must have length greater than or equal to 3'))
  if (s.length > 255) errors.push(violation(s, field, 'Member must have length less than or equal to 255'))
  else if (s.length >= 3 && errors.length === before) lastValidTableName = s
}


/** A required map member (`Item`, `Key`). */
export function checkNotNull(errors: ConstraintErrors, value: unknown, field: string): void {
  if (value === undefined || value === null) errors.push(violation(value, field, 'Member must not be null'))
}

/** An optional string enum (`ReturnValues`, `ReturnConsumedCapacity`, ...); `allowed` in AWS's listed order. */
export function checkEnum(errors: ConstraintErrors, value: unknown, field: string, allowed: readonly string[]): void {
  if (value === undefined || value === null) return
  const s = expectType<string>(value, 'string', 'String')
  if (!allowed.includes(s)) errors.push(violation(s, field, `Member must satisfy enum value set: [${allowed.join(', ')}]`))
}

/** An optional list with a minimum length of 1 (`AttributesToGet`). */
export function checkNonEmptyList(errors: ConstraintErrors, value: unknown, field: string): void {
  if (value === undefined || value === null) return
  if (!Array.isArray(value)) throw new SerializationException(`Unexpected value type in payload: ${field}`)
  if (value.length < 1) errors.push(violation(value, field, 'Member must have length greater than or equal to 1'))
}

/**
 * Guards a member's JSON type; a wrong type is a SerializationException before any constraint check.
 * @throws SerializationException e.g. `NUMBER_VALUE cannot be converted to String`
 */
export function expectType<T>(value: unknown, jsType: 'string' | 'boolean' | 'object', awsType: string): T {
  const ok = jsType === 'object' ? typeof value === 'object' && value !== null && !Array.isArray(value) : typeof value === jsType
  if (!ok) {
    const kind = typeof value === 'string' ? 'STRING_VALUE' : typeof value === 'number' ? 'NUMBER_VALUE' : typeof value === 'boolean' ? (value ? 'TRUE_VALUE' : 'FALSE_VALUE') : Array.isArray(value) ? 'Start of list' : 'Start of structure or map'
    throw new SerializationException(`${kind} cannot be converted to ${awsType}`)
  }
  return value as T
}

/** Checks optional member types (booleans, strings, maps) before constraints run. */
export function checkOptionalTypes(input: Record<string, unknown>, types: Record<string, 'string' | 'boolean' | 'object'>): void {
  for (const field in types) {
    const jsType = types[field]!
    const v = input[field]
    if (v === undefined || v === null) continue
    expectType(v, jsType, jsType === 'string' ? 'String' : jsType === 'boolean' ? 'Boolean' : 'Map')
  }
}

/**
 * For hot paths' pre-checks (`if (!(isOptionalString(raw.A) && …)) checkOptionalTypes(raw, types)`): named
 * member reads are an order of magnitude cheaper than {@link checkOptionalTypes}' loop, which then only runs
 * to report the first mistyped member.
 */
export function isOptionalString(v: unknown): boolean {
  return v === undefined || v === null || typeof v === 'string'
}

/** See {@link isOptionalString}: null or a JSON map (what `expectType(v, 'object', …)` accepts). */
export function isOptionalMap(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'object' && !Array.isArray(v))
}

/** See {@link isOptionalString}: null or a boolean. */
export function isOptionalBoolean(v: unknown): boolean {
  return v === undefined || v === null || typeof v === 'boolean'
}

/** Allowed values of each enum member, in the order AWS lists them in `Member must satisfy enum value set: [...]`. */
export const RETURN_CONSUMED_CAPACITY = ['INDEXES', 'TOTAL', 'NONE'] as const
export const RETURN_ITEM_COLLECTION_METRICS = ['SIZE', 'NONE'] as const
export const RETURN_VALUES = ['ALL_NEW', 'UPDATED_OLD', 'ALL_OLD', 'NONE', 'UPDATED_NEW'] as const
export const RETURN_VALUES_ON_CONDITION_CHECK_FAILURE = ['ALL_OLD', 'NONE'] as const

/**
 * dynalite's `validateExpressionParams` (AWS's checks on how expression parameters are combined):
 * legacy and expression parameters may not be mixed; ExpressionAttributeNames needs an expression;
 * ExpressionAttributeValues needs an expression other than ProjectionExpression.
 * @param legacy the action's non-expression parameters, e.g. `['Expected', 'ConditionalOperator']`
 * @param expressions the action's expression parameters, in AWS's listed order
 * @throws ValidationException `Can not use both expression and non-expression parameters in the same request: ...`,
 *   `ExpressionAttributeNames can only be specified when using expressions`,
 *   `ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null`
 */
export function checkExpressionMix(input: Record<string, unknown>, legacy: string[], expressions: string[]): void {
  // Fast path (most requests): without legacy parameters or placeholder maps nothing below can fail.
  if (input['ExpressionAttributeNames'] == null && input['ExpressionAttributeValues'] == null && noneSet(input, legacy)) return
  const l = legacy.filter((k) => input[k] != null)
  const e = expressions.filter((k) => input[k] != null)
  if (l.length && e.length) {
    throw new ValidationException(
      `Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {${l.join(', ')}} Expression parameters: {${e.join(', ')}}`,
    )
  }
  if (input['ExpressionAttributeNames'] != null && e.length === 0) {
    throw new ValidationException('ExpressionAttributeNames can only be specified when using expressions')
  }
  const valueExpressions = expressions.filter((k) => k !== 'ProjectionExpression')
  if (valueExpressions.length && input['ExpressionAttributeValues'] != null && valueExpressions.every((k) => input[k] == null)) {
    throw new ValidationException(
      `ExpressionAttributeValues can only be specified when using expressions: ${valueExpressions.join(' and ')} ${valueExpressions.length > 1 ? 'are' : 'is'} null`,
    )
  }
}

function noneSet(input: Record<string, unknown>, names: string[]): boolean {
  for (const n of names) if (input[n] != null) return false
  return true
}

/**
 * Legacy (pre-expression) parameters the simulator does not implement. Ignoring them would silently drop a
 * condition, so they are refused with a ValidationException that says so (not an AWS message).
 * @throws ValidationException `The simulator does not support the legacy parameter <p>; use <replacement>`
 */
export function rejectLegacy(input: Record<string, unknown>, legacy: Record<string, string>): void {
  for (const [name, replacement] of Object.entries(legacy)) {
    if (input[name] != null) {
      throw new ValidationException(`The simulator does not support the legacy parameter ${name}; use ${replacement}`)
    }
  }
}
