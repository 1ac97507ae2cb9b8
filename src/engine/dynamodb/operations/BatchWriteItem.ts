import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { ConsumedCapacity, Item } from '../types.ts'
import type { Table } from '../Table.ts'
import { ValidationException } from '../errors.ts'
import { validateBatchWriteItem, type WriteRequest } from '../validation/BatchWriteItem.ts'
import { MSG_DUPLICATE_KEYS } from '../validation/BatchGetItem.ts'
import { MSG_KEY_SCHEMA, requireItemTable, validateItemKeys, validateKey } from '../validation/keys.ts'
import { keyString, pickKey } from '../attributes/keys.ts'
import { itemCollectionMetricsFor, type ItemCollectionMetrics } from '../itemCollectionMetrics.ts'
import { recordCapacity, writeCapacity } from '../consumedCapacity.ts'
import { TableCapacities } from '../transactions/capacity.ts'
import { applyItemChange } from '../writes.ts'
import { throttleErrorOf, tryChargeWrite, type Throttle } from '../physics/index.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html#API_BatchWriteItem_ResponseSyntax */
export interface BatchWriteItemOutput {
  /** Requests not processed (throttled), per table, ready to resend. Empty when everything was written. */
  UnprocessedItems: Record<string, WriteRequest[]>
  /** One entry per table, for ReturnConsumedCapacity TOTAL or INDEXES. */
  ConsumedCapacity?: ConsumedCapacity[]
  /** Per table with LSIs, one entry per item written, for ReturnItemCollectionMetrics SIZE. */
  ItemCollectionMetrics?: Record<string, ItemCollectionMetrics[]>
}

interface PlannedWrite {
  key: Item
  item: Item | undefined
  /** The request as validated, for UnprocessedItems. */
  request: WriteRequest
}

/**
 * BatchWriteItem: up to 25 puts and deletes over one or more tables. Each write is atomic on its own; the
 * batch is not (no conditions, no updates, no ReturnValues).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html
 *
 * Order (dynalite actions/batchWriteItem.js): request validation (validation/BatchWriteItem.ts), then per
 * table: lookup, each put item / delete key against the schema (a missing or mistyped key attribute reads
 * `The provided key element does not match the schema`), duplicates on the same key. Then every write is
 * applied. Capacity: each write is charged on its own like a PutItem / DeleteItem (`writeUnits` rounded to
 * 1 KB per item, plus index writes), summed per table (AWS-FACTS §2). A write whose partition (or a GSI) is
 * out of capacity (physics/) is not applied and comes back in UnprocessedItems; only when every write was
 * throttled does the call throw (AWS-FACTS §4.1).
 * @throws ValidationException, SerializationException, ResourceNotFoundException,
 *   ProvisionedThroughputExceededException / ThrottlingException (every write throttled)
 */
export function batchWriteItem(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): BatchWriteItemOutput {
  const input = validateBatchWriteItem(raw)
  const plans: [string, Table, PlannedWrite[]][] = []
  for (const [name, requests] of Object.entries(input.RequestItems)) {
    const table = requireItemTable(db.tables, name)
    const seen = new Set<string>()
    const writes: PlannedWrite[] = []
    for (const request of requests) {
      const write = planWrite(table, request)
      const id = keyId(table, write.key)
      if (seen.has(id)) throw new ValidationException(MSG_DUPLICATE_KEYS)
      seen.add(id)
      writes.push(write)
    }
    plans.push([name, table, writes])
  }
  ctx.tableName = plans.map(([, t]) => t.name).join(', ')

  const out: BatchWriteItemOutput = { UnprocessedItems: {} }
  const capacities = new TableCapacities()
  const metrics: Record<string, ItemCollectionMetrics[]> = {}
  let written = 0
  let throttle: Throttle | undefined
  for (const [name, table, writes] of plans) {
    capacities.add(name, { table: 0, localSecondaryIndexes: {}, globalSecondaryIndexes: {} })
    for (const write of writes) {
      const old = table.get(write.key)
      const capacity = writeCapacity(table, old, write.item)
      const refused = tryChargeWrite(db, table, ctx, { key: write.key, capacity, item: write.item ?? old })
      if (refused) {
        throttle ??= refused
        ;(out.UnprocessedItems[name] ??= []).push(write.request)
        continue
      }
      written++
      ctx.partitions.push(table.partitionOf(write.key))
      capacities.add(name, capacity)
      if (write.item || old) applyItemChange(db, table, write.key, write.item)
      const m = itemCollectionMetricsFor(input.ReturnItemCollectionMetrics, table, write.key)
      if (m) (metrics[name] ??= []).push(m)
    }
    recordCapacity(ctx, name, capacities.byTable.get(name)!)
  }
  if (throttle && written === 0) throw throttleErrorOf(throttle)
  const consumed = capacities.response(input.ReturnConsumedCapacity)
  if (consumed) out.ConsumedCapacity = consumed
  if (Object.keys(metrics).length) out.ItemCollectionMetrics = metrics
  return out
}

function planWrite(table: Table, request: WriteRequest): PlannedWrite {
  if ('PutRequest' in request) {
    const item = request.PutRequest.Item
    try {
      validateItemKeys(table, item)
    } catch (e) {
      if (e instanceof ValidationException && /Missing the key|Type mismatch for key/.test(e.message)) throw new ValidationException(MSG_KEY_SCHEMA)
      throw e
    }
    return { key: pickKey(item, table.hashKey, table.rangeKey), item, request }
  }
  validateKey(table, request.DeleteRequest.Key)
  return { key: request.DeleteRequest.Key, item: undefined, request }
}

function keyId(table: Table, key: Item): string {
  const range = table.rangeKey ? `|${keyString(key[table.rangeKey]!)}` : ''
  return keyString(key[table.hashKey]!) + range
}
