import type { Item, ReturnConsumedCapacity } from '../types.ts'
import { ValidationException } from '../errors.ts'
import { INVALID, validateItemValues } from '../attributes/validate.ts'
import { keyString } from '../attributes/keys.ts'
import { MSG_NOT_NUMERIC } from '../attributes/numbers.ts'
import { prepareItemExpressions, type ItemExpressions } from './itemExpressions.ts'
import { RETURN_CONSUMED_CAPACITY, checkEnum, checkExpressionMix, checkOptionalTypes, throwConstraintErrors, type ConstraintErrors } from './common.ts'
import {
  MAP_KEYS_TABLE_NAME,
  badTableNameKey,
  checkNameMap,
  javaText,
  notNull,
  optionalBoolean,
  optionalList,
  optionalMap,
  optionalString,
  optionalStruct,
  violation,
} from './requestShapes.ts'

/** Most keys in one BatchGetItem, over all tables. @default 100 */
export const MAX_BATCH_GET_KEYS = 100

/** AWS's texts (dynalite validations/batchGetItem.js, tests diffed against AWS). */
export const MSG_TOO_MANY_GET_KEYS = 'Too many items requested for the BatchGetItem call'
export const MSG_DUPLICATE_KEYS = 'Provided list of item keys contains duplicates'

/** One table's part of a BatchGetItem (`KeysAndAttributes`). https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeysAndAttributes.html */
export interface KeysAndAttributes {
  Keys: Item[]
  AttributesToGet?: string[]
  /** @default false */
  ConsistentRead?: boolean
  ProjectionExpression?: string
  ExpressionAttributeNames?: Record<string, string>
}

/** A validated BatchGetItem request; `expressions` holds each table's parsed projection. */
export interface BatchGetItemInput {
  RequestItems: Record<string, KeysAndAttributes>
  ReturnConsumedCapacity?: ReturnConsumedCapacity
  expressions: Record<string, ItemExpressions>
}

/** The custom (non-constraint) check message when RequestItems is an empty map (us-east-1 wording). */
export function requestItemsRequired(op: string): string {
  return `The requestItems parameter is required for ${op}`
}

/**
 * Validates a BatchGetItem request in AWS's order (dynalite validations/batchGetItem.js): member types, then
 * constraints (returnConsumedCapacity, requestItems null/empty, table-name keys, each table's keys list 1–100
 * and attributesToGet), then per table: expression mix, AttributesToGet duplicates, ProjectionExpression,
 * key values, duplicate keys and the 100-key total.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html
 * @throws ValidationException / SerializationException with AWS's messages
 */
export function validateBatchGetItem(raw: Record<string, unknown>): BatchGetItemInput {
  checkOptionalTypes(raw, { ReturnConsumedCapacity: 'string' })
  const requestItems = optionalMap(raw.RequestItems)
  for (const spec of Object.values(requestItems ?? {})) {
    const s = optionalStruct(spec, 'KeysAndAttributes')
    if (!s) continue
    for (const key of optionalList(s.Keys, 'Keys') ?? []) optionalMap(key)
    for (const name of optionalList(s.AttributesToGet, 'AttributesToGet') ?? []) optionalString(name)
    optionalBoolean(s.ConsistentRead)
    optionalString(s.ProjectionExpression)
    checkNameMap(s.ExpressionAttributeNames)
  }

  const errors: ConstraintErrors = []
  // A malformed table name is listed before the enum, and AWS echoes the map as the JSON it received
  // (recorded us-east-1 / eu-west-2, 2026); a missing RequestItems comes after the enum (dynalite).
  if (requestItems && Object.keys(requestItems).some(badTableNameKey)) {
    errors.push(violation(`'${JSON.stringify(requestItems)}'`, 'requestItems', MAP_KEYS_TABLE_NAME))
  }
  checkEnum(errors, raw.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
  if (!requestItems) errors.push(notNull('requestItems'))
  else {
    const names = Object.keys(requestItems)
    for (const name of names) {
      const spec = (requestItems[name] ?? {}) as Record<string, unknown>
      const keys = spec.Keys as unknown[] | undefined | null
      // The Keys length constraints come from AWS's newer validation framework (recorded 2026): PascalCase path,
      // no value echoed, e.g. `Value at 'RequestItems.T.member.Keys' failed to satisfy constraint: ...`.
      const field = `RequestItems.${name}.member.Keys`
      if (keys == null) errors.push(notNull(`requestItems.${name}.member.keys`))
      else if (keys.length < 1) errors.push(`Value at '${field}' failed to satisfy constraint: Member must have length greater than or equal to 1`)
      else if (keys.length > MAX_BATCH_GET_KEYS) {
        errors.push(`Value at '${field}' failed to satisfy constraint: Member must have length less than or equal to 100`)
      }
      const toGet = spec.AttributesToGet as unknown[] | undefined | null
      if (toGet != null && toGet.length < 1) {
        errors.push(violation(`'${javaText(toGet)}'`, `requestItems.${name}.member.attributesToGet`, 'Member must have length greater than or equal to 1'))
      }
    }
  }
  throwConstraintErrors(errors)
  if (Object.keys(requestItems!).length === 0) throw new ValidationException(requestItemsRequired('BatchGetItem'))

  const out: BatchGetItemInput = { RequestItems: {}, expressions: {} }
  if (raw.ReturnConsumedCapacity != null) out.ReturnConsumedCapacity = raw.ReturnConsumedCapacity as ReturnConsumedCapacity
  // Expression and non-expression projections may not be mixed in one request, even across tables
  // (recorded on AWS: ProjectionExpression on one table and AttributesToGet on another is refused).
  const specs = Object.values(requestItems!) as Record<string, unknown>[]
  checkExpressionMix(
    {
      AttributesToGet: specs.find((s) => s.AttributesToGet != null)?.AttributesToGet,
      ProjectionExpression: specs.find((s) => s.ProjectionExpression != null)?.ProjectionExpression,
    },
    ['AttributesToGet'],
    ['ProjectionExpression'],
  )
  let total = 0
  for (const [name, value] of Object.entries(requestItems!)) {
    const spec = value as Record<string, unknown>
    checkExpressionMix(spec, ['AttributesToGet'], ['ProjectionExpression'])
    const toGet = spec.AttributesToGet as string[] | undefined
    if (toGet) {
      const seen = new Set<string>()
      for (const n of toGet) {
        if (seen.has(n)) throw new ValidationException(`${INVALID}Duplicate value in attribute name: ${n}`)
        seen.add(n)
      }
    }
    out.expressions[name] = prepareItemExpressions({
      ProjectionExpression: spec.ProjectionExpression as string | undefined,
      ExpressionAttributeNames: spec.ExpressionAttributeNames as Record<string, string> | undefined,
    })
    const seenKeys = new Set<string>()
    const keys: Item[] = []
    for (const rawKey of spec.Keys as unknown[]) {
      const key = keyValues(rawKey)
      const id = keyIdentity(key)
      if (seenKeys.has(id)) throw new ValidationException(MSG_DUPLICATE_KEYS)
      seenKeys.add(id)
      keys.push(key)
      if (++total > MAX_BATCH_GET_KEYS) throw new ValidationException(MSG_TOO_MANY_GET_KEYS)
    }
    const entry: KeysAndAttributes = { Keys: keys }
    if (toGet) entry.AttributesToGet = toGet
    if (spec.ConsistentRead != null) entry.ConsistentRead = spec.ConsistentRead as boolean
    if (spec.ProjectionExpression != null) entry.ProjectionExpression = spec.ProjectionExpression as string
    if (spec.ExpressionAttributeNames != null) entry.ExpressionAttributeNames = spec.ExpressionAttributeNames as Record<string, string>
    out.RequestItems[name] = entry
  }
  return out
}

/**
 * A key's values, validated. BatchGetItem checks values in AWS's newer validation layer, whose one visible
 * difference here is an empty number: `The parameter cannot be converted to a numeric value: ` (with the
 * colon), where the older layer drops it (recorded on AWS, 2026).
 */
function keyValues(raw: unknown): Item {
  try {
    return validateItemValues(raw)
  } catch (e) {
    if (e instanceof ValidationException && e.message === MSG_NOT_NUMERIC) throw new ValidationException(`${MSG_NOT_NUMERIC}: `)
    throw e
  }
}

/** Identity of a key as sent (all its attributes, sorted), for the request-level duplicate check. */
export function keyIdentity(key: Item): string {
  return Object.keys(key)
    .sort()
    .map((attr) => {
      const v = key[attr]!
      return `${attr}=${'S' in v || 'N' in v || 'B' in v ? keyString(v) : JSON.stringify(v)}`
    })
    .join('/')
}
