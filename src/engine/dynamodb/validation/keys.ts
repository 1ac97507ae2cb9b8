import type { AttributeValue, Item, KeySchemaElement } from '../types.ts'
import type { Table } from '../Table.ts'
import { ResourceNotFoundException, ValidationException } from '../errors.ts'
import { INVALID, typeOf } from '../attributes/validate.ts'
import { soleType } from './itemValues.ts'
import { base64Length, utf8Length } from '../attributes/size.ts'

/**
 * Checks of items and keys against a table's key schema and indexes. Messages are AWS's, as recorded by
 * dynalite's db/index.js (`validateItem`, `validateKey`, `checkKeySize`) and AWS-FACTS.md §1, §4.2.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Constraints.html
 */

/** Largest partition key value in bytes. @default 2048 */
export const MAX_HASH_KEY_BYTES = 2048
/** Largest sort key value in bytes. @default 1024 */
export const MAX_RANGE_KEY_BYTES = 1024
/** Largest item (names + values) in bytes. @default 409600 (400 KB) */
export const MAX_ITEM_BYTES = 400 * 1024

/** AWS's texts for a Key that does not match the key schema, and for an item over 400 KB. */
export const MSG_KEY_SCHEMA = 'The provided key element does not match the schema'
export const MSG_ITEM_TOO_BIG = 'Item size has exceeded the maximum allowed size'

/** A table ARN, which data-plane actions accept in place of TableName (`arn:aws:dynamodb:<region>:<account>:table/<name>`). */
const TABLE_ARN = /^arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\d{12}:table\/([a-zA-Z0-9_.-]{3,255})$/

/**
 * The table named by `name` (a table name, or the table's ARN), which must be ACTIVE or UPDATING to serve
 * item operations.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-TableName
 * @throws ResourceNotFoundException `Requested resource not found` if absent or CREATING/DELETING/...
 */
export function requireItemTable(tables: Map<string, Table>, name: string): Table {
  const arn = name.startsWith('arn:') ? TABLE_ARN.exec(name) : null
  const table = tables.get(arn ? arn[1]! : name)
  if (!table || (arn && table.meta.TableArn !== name) || (table.meta.TableStatus !== 'ACTIVE' && table.meta.TableStatus !== 'UPDATING')) {
    throw new ResourceNotFoundException()
  }
  return table
}

type KeyPart = { attr: string; isHash: boolean; type: 'S' | 'N' | 'B' }

/** Key parts per KeySchema array, remembered while the AttributeDefinitions array is the same (every item request reads them). */
const keyPartsCache = new WeakMap<KeySchemaElement[], { defs: unknown; parts: KeyPart[] }>()

/** The last schema/definitions pair {@link keyParts} answered for, and its parts (requests repeat one table). */
let last: { schema: KeySchemaElement[]; defs: unknown; parts: KeyPart[] } | undefined

function keyParts(table: Table): KeyPart[] {
  const schema = table.meta.KeySchema
  if (last !== undefined && last.schema === schema && last.defs === table.meta.AttributeDefinitions) return last.parts
  const hit = keyPartsCache.get(schema)
  if (hit && hit.defs === table.meta.AttributeDefinitions) {
    last = { schema, defs: hit.defs, parts: hit.parts }
    return hit.parts
  }
  const parts = schema.map((k: KeySchemaElement) => ({
    attr: k.AttributeName,
    isHash: k.KeyType === 'HASH',
    type: table.attributeType(k.AttributeName) ?? 'S',
  }))
  keyPartsCache.set(schema, { defs: table.meta.AttributeDefinitions, parts })
  last = { schema, defs: table.meta.AttributeDefinitions, parts }
  return parts
}

function checkKeyValue(attr: string, value: AttributeValue, type: 'S' | 'N' | 'B', isHash: boolean): void {
  if (type === 'N') return
  const text = type === 'S' ? (value as { S: string }).S : (value as { B: string }).B
  if (text.length === 0) {
    throw new ValidationException(
      `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${type === 'S' ? 'string' : 'binary'} value. Key: ${attr}`,
    )
  }
  const bytes = type === 'S' ? utf8Length(text) : base64Length(text)
  if (isHash && bytes > MAX_HASH_KEY_BYTES) {
    throw new ValidationException(`${INVALID}Size of hashkey has exceeded the maximum size limit of2048 bytes`)
  }
  if (!isHash && bytes > MAX_RANGE_KEY_BYTES) {
    throw new ValidationException(`${INVALID}Aggregated size of all range keys has exceeded the size limit of 1024 bytes`)
  }
}

/**
 * An item to write (PutItem, or UpdateItem's result) must hold every key attribute with its declared type,
 * non-empty and within the key size limits; index key attributes, when present, must have the declared type.
 * @throws ValidationException `Missing the key <k> in the item`, `Type mismatch for key <k> expected: S actual: N`,
 *   empty key value, key size, `Type mismatch for Index Key ...`
 */
export function validateItemKeys(table: Table, item: Item): void {
  for (const { attr, isHash, type } of keyParts(table)) {
    const value = item[attr]
    if (!value) throw new ValidationException(`${INVALID}Missing the key ${attr} in the item`)
    const actual = soleType(value)
    if (actual !== type) throw new ValidationException(`${INVALID}Type mismatch for key ${attr} expected: ${type} actual: ${actual}`)
    checkKeyValue(attr, value, type, isHash)
  }
  validateIndexKeys(table, item)
}

/**
 * Index key attributes present in `item` must have the type declared in AttributeDefinitions and be non-empty.
 * @throws ValidationException `One or more parameter values were invalid: Type mismatch for Index Key <k> Expected: S Actual: N IndexName: <idx>`
 */
export function validateIndexKeys(table: Table, item: Item): void {
  if (!table.meta.LocalSecondaryIndexes?.length && !table.meta.GlobalSecondaryIndexes?.length) return
  const indexes = [...(table.meta.LocalSecondaryIndexes ?? []), ...(table.meta.GlobalSecondaryIndexes ?? [])]
  for (const index of indexes) {
    for (const k of index.KeySchema) {
      const value = item[k.AttributeName]
      if (!value) continue
      const type = table.attributeType(k.AttributeName) ?? 'S'
      const actual = typeOf(value)
      if (actual !== type) {
        throw new ValidationException(
          `${INVALID}Type mismatch for Index Key ${k.AttributeName} Expected: ${type} Actual: ${actual} IndexName: ${index.IndexName}`,
        )
      }
      if ((actual === 'S' || actual === 'B') && (value as { S?: string; B?: string })[actual]!.length === 0) {
        throw new ValidationException(
          `One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty ${actual === 'S' ? 'string' : 'binary'} value. IndexName: ${index.IndexName}, IndexKey: ${k.AttributeName}`,
        )
      }
    }
  }
}

/** `Object.keys(o).length`, without the array. */
function ownKeyCount(o: object): number {
  let n = 0
  for (const k in o) {
    if (!Object.hasOwn(o, k)) return Object.keys(o).length
    n++
  }
  return n
}

/**
 * A `Key` (GetItem, DeleteItem, UpdateItem) must hold exactly the key attributes with their declared types.
 * @throws ValidationException `The provided key element does not match the schema`, empty key value, key size
 */
export function validateKey(table: Table, key: Item): void {
  const parts = keyParts(table)
  if (ownKeyCount(key) !== parts.length) throw new ValidationException(MSG_KEY_SCHEMA)
  for (const { attr, isHash, type } of parts) {
    const value = key[attr]
    if (!value || soleType(value) !== type) throw new ValidationException(MSG_KEY_SCHEMA)
    checkKeyValue(attr, value, type, isHash)
  }
}
