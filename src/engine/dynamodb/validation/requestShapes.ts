import { SerializationException } from '../errors.ts'
import { expectType } from './common.ts'

/**
 * Shape and constraint helpers for the multi-item actions (BatchGetItem, BatchWriteItem, TransactWriteItems,
 * TransactGetItems, tags), whose members are nested maps and lists. Messages follow AWS's Coral format
 * (`Value <v> at '<path>' failed to satisfy constraint: <constraint>`), paths in AWS's camelCase with
 * `.member` / `.member.<n>` (1-based) for map values and list elements, as recorded by dynalite's tests.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/CommonErrors.html
 */

/** One constraint violation, in AWS's wording. `valueText` is already rendered (`null`, `'abc'`, ...). */
export function violation(valueText: string, field: string, constraint: string): string {
  return `Value ${valueText} at '${field}' failed to satisfy constraint: ${constraint}`
}

/** `Value null at '<field>' ... Member must not be null`. */
export function notNull(field: string): string {
  return violation('null', field, 'Member must not be null')
}

/** The table-name constraints AWS lists for map keys (`RequestItems`), in its order. */
export const MAP_KEYS_TABLE_NAME =
  'Map keys must satisfy constraint: [Member must have length less than or equal to 255, Member must have length greater than or equal to 3, Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]'

/** True when `name` breaks a table-name constraint (a table ARN may be up to 1024 characters). */
export function badTableNameKey(name: string): boolean {
  if (name.startsWith('arn:')) return name.length > 1024
  return name.length < 3 || name.length > 255 || !/^[a-zA-Z0-9_.-]+$/.test(name)
}

/**
 * A value rendered roughly as AWS's Java `toString` shows it inside a constraint message (`{k=v}` maps,
 * `[a, b]` lists). AWS's own rendering includes object hashes that vary per request, so only the shape
 * can match.
 */
export function javaText(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (Array.isArray(value)) return `[${value.map(javaText).join(', ')}]`
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}=${javaText(v)}`).join(', ')}}`
  }
  return String(value)
}

/** An optional map member: undefined/null passes through; anything else must be a JSON object. */
export function optionalMap(value: unknown): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined
  return expectType<Record<string, unknown>>(value, 'object', 'Map')
}

/** An optional structure member (e.g. `PutRequest`): same JSON check as a map, AWS names it a structure. */
export function optionalStruct(value: unknown, awsType: string): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined
  return expectType<Record<string, unknown>>(value, 'object', awsType)
}

/**
 * An optional list member.
 * @throws SerializationException `Unexpected value type in payload: <field>` for a non-list
 */
export function optionalList(value: unknown, field: string): unknown[] | undefined {
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value)) throw new SerializationException(`Unexpected value type in payload: ${field}`)
  return value
}

/** An optional string member. @throws SerializationException e.g. `NUMBER_VALUE cannot be converted to String` */
export function optionalString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  return expectType<string>(value, 'string', 'String')
}

/** An optional boolean member. @throws SerializationException e.g. `STRING_VALUE cannot be converted to Boolean` */
export function optionalBoolean(value: unknown): boolean | undefined {
  if (value === undefined || value === null) return undefined
  return expectType<boolean>(value, 'boolean', 'Boolean')
}

/** Checks every value of an optional `ExpressionAttributeNames` map is a string. */
export function checkNameMap(value: unknown): void {
  const map = optionalMap(value)
  if (map) for (const v of Object.values(map)) optionalString(v)
}
