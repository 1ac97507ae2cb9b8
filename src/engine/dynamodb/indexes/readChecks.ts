import type { Item } from '../types.ts'
import type { ReadTarget } from './readTarget.ts'
import type { ValidatedRead } from '../validation/readRequest.ts'
import type { Select } from '../validation/readSelect.ts'
import { ValidationException } from '../errors.ts'
import { INVALID, typeOf } from '../attributes/validate.ts'
import { MSG_KEY_SCHEMA, validateKey } from '../validation/keys.ts'
import { base64Length, utf8Length } from '../attributes/size.ts'
import { pickKey } from '../attributes/keys.ts'
import { indexDefinitions } from './maintenance.ts'

/**
 * Checks of a Query/Scan against the table or index it reads (after the table is found), with AWS's messages
 * (dynalite `actions/query.js`, `actions/scan.js`, diffed against DynamoDB).
 */

export const MSG_START_KEY_INVALID = 'The provided starting key is invalid'

/**
 * One key attribute of an ExclusiveStartKey: present, of the declared type, non-empty, within key size.
 * @throws ValidationException `The provided starting key is invalid`, `The provided key element does not match the schema`, …
 */
export function checkStartKeyPiece(startKey: Item, name: string, type: string, isHash: boolean): void {
  const value = startKey[name]
  if (!value) throw new ValidationException(MSG_START_KEY_INVALID)
  if (typeOf(value) !== type) throw new ValidationException(MSG_KEY_SCHEMA)
  if (type === 'N') return
  const text = (value as { S?: string; B?: string })[type as 'S' | 'B']!
  if (text.length === 0) {
    throw new ValidationException(
      `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${type === 'S' ? 'string' : 'binary'} value. Key: ${name}`,
    )
  }
  const bytes = type === 'S' ? utf8Length(text) : base64Length(text)
  if (isHash && bytes > 2048) throw new ValidationException(`${INVALID}Size of hashkey has exceeded the maximum size limit of2048 bytes`)
  if (!isHash && bytes > 1024) throw new ValidationException(`${INVALID}Aggregated size of all range keys has exceeded the size limit of 1024 bytes`)
}

/**
 * The table-key part of an ExclusiveStartKey must be a valid key of the table.
 * @throws ValidationException `The provided starting key is invalid: <reason>`
 */
export function checkStartKeyTableKey(target: ReadTarget, startKey: Item): void {
  const key = pickKey(startKey, target.table.hashKey, target.table.rangeKey)
  for (const [k, v] of Object.entries(key)) if (v === undefined) delete key[k]
  try {
    validateKey(target.table, key)
  } catch (e) {
    if (!(e instanceof ValidationException)) throw e
    throw new ValidationException(`${MSG_START_KEY_INVALID}: ${e.message}`, { cause: e })
  }
}

/** The effective Select: as given, or SPECIFIC_ATTRIBUTES with a projection, ALL_PROJECTED_ATTRIBUTES on an index, ALL_ATTRIBUTES on a table. */
export function effectiveSelect(target: ReadTarget, read: ValidatedRead): Select {
  if (read.input.Select) return read.input.Select
  if (read.project) return 'SPECIFIC_ATTRIBUTES'
  return target.kind === 'table' ? 'ALL_ATTRIBUTES' : 'ALL_PROJECTED_ATTRIBUTES'
}

/**
 * A GSI serves only what it projects.
 * @throws ValidationException `One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not
 *   supported for global secondary index <name> because its projection type is not ALL`
 */
export function checkGsiAllAttributes(target: ReadTarget, select: Select): void {
  if (target.kind === 'GSI' && target.projected && select === 'ALL_ATTRIBUTES') {
    throw new ValidationException(
      `${INVALID}Select type ALL_ATTRIBUTES is not supported for global secondary index ${target.indexName!} because its projection type is not ALL`,
    )
  }
}

/**
 * A projection on a GSI may only name projected attributes.
 * @throws ValidationException `One or more parameter values were invalid: Global secondary index <name> does not project [<a>, <b>]`
 */
export function checkGsiProjection(target: ReadTarget, read: ValidatedRead): void {
  if (target.kind !== 'GSI' || !target.projected || !read.projectionNames) return
  const missing = read.projectionNames.filter((n) => !target.projected!.has(n))
  if (missing.length) throw new ValidationException(`${INVALID}Global secondary index ${target.indexName!} does not project [${missing.join(', ')}]`)
}

/** True when an LSI read must fetch items from the table: it needs attributes the index does not project. */
export function needsTableFetch(target: ReadTarget, read: ValidatedRead, select: Select): boolean {
  if (target.kind !== 'LSI' || !target.projected || select === 'COUNT' && read.filterNames.length === 0) return false
  if (select === 'ALL_ATTRIBUTES') return true
  const wanted = [...(select === 'SPECIFIC_ATTRIBUTES' ? (read.projectionNames ?? []) : []), ...read.filterNames]
  return wanted.some((n) => !target.projected!.has(n))
}

/**
 * Key attributes (the table's, then every index's) cannot be read into with `.` or `[]` in a projection or
 * filter.
 * @throws ValidationException `Key attributes must be scalars; list random access '[]' and map lookup '.' are
 *   not allowed: Key: <k>` (`IndexKey: <k>` for an index key)
 */
export function checkKeyPaths(target: ReadTarget, nestedNames: string[]): void {
  if (nestedNames.length === 0) return
  const prefix = "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: "
  for (const k of target.table.meta.KeySchema) if (nestedNames.includes(k.AttributeName)) throw new ValidationException(`${prefix}Key: ${k.AttributeName}`)
  for (const def of indexDefinitions(target.table)) {
    for (const k of def.KeySchema) if (nestedNames.includes(k.AttributeName)) throw new ValidationException(`${prefix}IndexKey: ${k.AttributeName}`)
  }
}
