import type { Item, ReturnConsumedCapacity } from '../types.ts'
import { ValidationException } from '../errors.ts'
import { MSG_MULTIPLE_TYPES, validateItemValues } from '../attributes/validate.ts'
import { itemSize } from '../attributes/size.ts'
import { MAX_ITEM_BYTES, MSG_ITEM_TOO_BIG } from './keys.ts'
import { requestItemsRequired } from './BatchGetItem.ts'
import {
  RETURN_CONSUMED_CAPACITY,
  RETURN_ITEM_COLLECTION_METRICS,
  checkEnum,
  checkOptionalTypes,
  throwConstraintErrors,
  type ConstraintErrors,
} from './common.ts'
import { MAP_KEYS_TABLE_NAME, badTableNameKey, javaText, notNull, optionalList, optionalMap, optionalStruct, violation } from './requestShapes.ts'

/** Most write requests in one BatchWriteItem, over all tables. @default 25 */
export const MAX_BATCH_WRITE_REQUESTS = 25

/** AWS's text when more than 25 requests are sent in total over several tables. */
export const MSG_TOO_MANY_WRITES = 'Too many items requested for the BatchWriteItem call'

/** One write of a BatchWriteItem, validated: exactly one of a put (whole item) or a delete (key). */
export type WriteRequest = { PutRequest: { Item: Item } } | { DeleteRequest: { Key: Item } }

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html#API_BatchWriteItem_RequestSyntax */
export interface BatchWriteItemInput {
  RequestItems: Record<string, WriteRequest[]>
  ReturnConsumedCapacity?: ReturnConsumedCapacity
  ReturnItemCollectionMetrics?: 'SIZE' | 'NONE'
}

const MAP_VALUE_LENGTH = 'Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]'

/**
 * Validates a BatchWriteItem request in AWS's order (dynalite validations/batchWriteItem.js): member types,
 * constraints (returnConsumedCapacity, returnItemCollectionMetrics, requestItems null; then, only if those
 * passed, table-name keys, 1–25 requests per table, each request's deleteRequest.key / putRequest.item), then per request: one of Put/Delete,
 * attribute values, item size; then the 25-request total. Key checks against the table come later (operation).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html
 * @throws ValidationException / SerializationException with AWS's messages
 */
export function validateBatchWriteItem(raw: Record<string, unknown>): BatchWriteItemInput {
  checkOptionalTypes(raw, { ReturnConsumedCapacity: 'string', ReturnItemCollectionMetrics: 'string' })
  const requestItems = optionalMap(raw.RequestItems)
  for (const [name, list] of Object.entries(requestItems ?? {})) {
    for (const request of optionalList(list, name) ?? []) {
      const r = optionalStruct(request, 'WriteRequest')
      if (!r) continue
      optionalMap(optionalStruct(r.PutRequest, 'PutRequest')?.Item)
      optionalMap(optionalStruct(r.DeleteRequest, 'DeleteRequest')?.Key)
    }
  }

  const errors: ConstraintErrors = []
  checkEnum(errors, raw.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
  checkEnum(errors, raw.ReturnItemCollectionMetrics, 'returnItemCollectionMetrics', RETURN_ITEM_COLLECTION_METRICS)
  if (!requestItems) errors.push(notNull('requestItems'))
  // The RequestItems map's own constraints give way to the enums: with an unknown enum, only the enums are
  // reported (recorded us-east-1 / eu-west-2, 2026).
  throwConstraintErrors(errors)
  if (requestItems) {
    const entries = Object.entries(requestItems) as [string, unknown[] | null | undefined][]
    if (entries.some(([name]) => badTableNameKey(name))) errors.push(violation(`'${requestItemsText(requestItems)}'`, 'requestItems', MAP_KEYS_TABLE_NAME))
    if (entries.some(([, list]) => list != null && (list.length < 1 || list.length > MAX_BATCH_WRITE_REQUESTS))) {
      errors.push(violation(`'${requestItemsText(requestItems)}'`, 'requestItems', MAP_VALUE_LENGTH))
    }
    for (const [name, list] of entries) {
      ;(list ?? []).forEach((request, i) => {
        const r = (request ?? {}) as Record<string, Record<string, unknown> | undefined | null>
        const at = `requestItems.${name}.member.${i + 1}.member`
        if (r.DeleteRequest != null && r.DeleteRequest.Key == null) errors.push(notNull(`${at}.deleteRequest.key`))
        if (r.PutRequest != null && r.PutRequest.Item == null) errors.push(notNull(`${at}.putRequest.item`))
      })
    }
  }
  throwConstraintErrors(errors)
  if (Object.keys(requestItems!).length === 0) throw new ValidationException(requestItemsRequired('BatchWriteItem'))

  const out: BatchWriteItemInput = { RequestItems: {} }
  if (raw.ReturnConsumedCapacity != null) out.ReturnConsumedCapacity = raw.ReturnConsumedCapacity as ReturnConsumedCapacity
  if (raw.ReturnItemCollectionMetrics != null) out.ReturnItemCollectionMetrics = raw.ReturnItemCollectionMetrics as 'SIZE' | 'NONE'
  let total = 0
  for (const [name, list] of Object.entries(requestItems!)) {
    const requests: WriteRequest[] = []
    for (const request of (list ?? []) as (Record<string, Record<string, unknown> | undefined | null> | null)[]) {
      const put = request?.PutRequest
      const del = request?.DeleteRequest
      // AWS's union check on WriteRequest reuses the AttributeValue text (dynalite, recorded).
      if ((put == null) === (del == null)) throw new ValidationException(MSG_MULTIPLE_TYPES)
      if (put) {
        const item = validateItemValues(put.Item)
        if (itemSize(item) > MAX_ITEM_BYTES) throw new ValidationException(MSG_ITEM_TOO_BIG)
        requests.push({ PutRequest: { Item: item } })
      } else {
        requests.push({ DeleteRequest: { Key: validateItemValues(del!.Key) } })
      }
    }
    total += requests.length
    out.RequestItems[name] = requests
  }
  if (total > MAX_BATCH_WRITE_REQUESTS) throw new ValidationException(MSG_TOO_MANY_WRITES)
  return out
}

/**
 * RequestItems as AWS echoes it in a constraint message: `{T=[WriteRequest(putRequest=PutRequest(item={...}), deleteRequest=null)]}`
 * (AWS adds object hashes that differ on every call; only the shape can match).
 */
function requestItemsText(requestItems: Record<string, unknown>): string {
  const parts = Object.entries(requestItems).map(([name, list]) => {
    if (!Array.isArray(list)) return `${name}=${javaText(list)}`
    const writes = list.map((r) => {
      const req = (r ?? {}) as Record<string, Record<string, unknown> | undefined>
      const put = req.PutRequest ? `PutRequest(item=${javaText(req.PutRequest.Item)})` : 'null'
      const del = req.DeleteRequest ? `DeleteRequest(key=${javaText(req.DeleteRequest.Key)})` : 'null'
      return `WriteRequest(putRequest=${put}, deleteRequest=${del})`
    })
    return `${name}=[${writes.join(', ')}]`
  })
  return `{${parts.join(', ')}}`
}
