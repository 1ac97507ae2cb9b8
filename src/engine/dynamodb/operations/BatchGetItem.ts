import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { ConsumedCapacity, Item } from '../types.ts'
import type { Table } from '../Table.ts'
import { validateBatchGetItem, type KeysAndAttributes } from '../validation/BatchGetItem.ts'
import { requireItemTable, validateKey } from '../validation/keys.ts'
import { itemSize } from '../attributes/size.ts'
import { copyItem } from '../attributes/validate.ts'
import { readUnits } from '../capacity.ts'
import { consumedCapacityFor, recordCapacity, tableOnly } from '../consumedCapacity.ts'
import { throttleErrorOf, tryChargeRead, type Throttle } from '../physics/index.ts'
import { readReplica } from '../replication/readReplica.ts'

/** Largest response BatchGetItem returns before leaving keys in UnprocessedKeys: 16 MB. */
export const MAX_BATCH_GET_RESPONSE_BYTES = 16 * 1024 * 1024

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html#API_BatchGetItem_ResponseSyntax */
export interface BatchGetItemOutput {
  /** Items found, per table as named in the request (every requested table has an entry, maybe empty). */
  Responses: Record<string, Item[]>
  /** Keys not read (response over 16 MB), with the table's projection and consistency, ready to resend. */
  UnprocessedKeys: Record<string, KeysAndAttributes>
  /** One entry per table, for ReturnConsumedCapacity TOTAL or INDEXES. */
  ConsumedCapacity?: ConsumedCapacity[]
}

/**
 * BatchGetItem: reads up to 100 items by key from one or more tables.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html
 *
 * Order (dynalite actions/batchGetItem.js): request validation (validation/BatchGetItem.ts), then per table:
 * table lookup, each key against the schema. Capacity: each key is charged on its own, like a GetItem
 * (`readUnits(item size)` rounded to 4 KB per item, halved unless the table's ConsistentRead is true; a missing
 * item still costs 0.5 / 1), summed per table (AWS-FACTS §2). Once the items returned pass 16 MB, the rest of
 * the keys come back in UnprocessedKeys, uncharged. A key whose partition is out of capacity (physics/) also
 * comes back in UnprocessedKeys; only when every key was throttled does the call throw (AWS-FACTS §4.1).
 * @throws ValidationException, SerializationException, ResourceNotFoundException,
 *   ProvisionedThroughputExceededException / ThrottlingException (every key throttled)
 */
export function batchGetItem(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): BatchGetItemOutput {
  const input = validateBatchGetItem(raw)
  const tables: [string, Table][] = []
  for (const [name, spec] of Object.entries(input.RequestItems)) {
    const table = requireItemTable(db.tables, name)
    for (const key of spec.Keys) validateKey(table, key)
    tables.push([name, table])
  }
  ctx.tableName = tables.map(([, t]) => t.name).join(', ')

  const out: BatchGetItemOutput = { Responses: {}, UnprocessedKeys: {} }
  const consumed: ConsumedCapacity[] = []
  let responseBytes = 0
  let read = 0
  let throttle: Throttle | undefined
  for (const [name, table] of tables) {
    const spec = input.RequestItems[name]!
    const projection = input.expressions[name]?.projection
    const consistency = spec.ConsistentRead === true ? 'strong' : 'eventual'
    const items: Item[] = []
    let units = 0
    for (const key of spec.Keys) {
      const stored = readReplica(db, table, key, consistency === 'strong', ctx)
      const size = stored ? itemSize(stored) : 0
      if (stored && responseBytes + size > MAX_BATCH_GET_RESPONSE_BYTES) {
        unprocessed(out, name, spec).Keys.push(copyItem(key))
        continue
      }
      const keyUnits = readUnits(size, consistency)
      const refused = tryChargeRead(db, table, ctx, { key, units: keyUnits })
      if (refused) {
        throttle ??= refused
        unprocessed(out, name, spec).Keys.push(copyItem(key))
        continue
      }
      read++
      ctx.partitions.push(table.partitionOf(key))
      units += keyUnits
      if (!stored) continue
      responseBytes += size
      let item = copyItem(stored)
      if (projection) item = projection(item)
      else if (spec.AttributesToGet) item = Object.fromEntries(spec.AttributesToGet.filter((n) => Object.hasOwn(item, n)).map((n) => [n, item[n]!]))
      items.push(item)
    }
    out.Responses[name] = items
    const capacity = tableOnly(units)
    recordCapacity(ctx, name, capacity)
    const c = consumedCapacityFor(input.ReturnConsumedCapacity, name, capacity)
    if (c) consumed.push(c)
  }
  if (throttle && read === 0) throw throttleErrorOf(throttle)
  if (consumed.length) out.ConsumedCapacity = consumed
  return out
}

function unprocessed(out: BatchGetItemOutput, name: string, spec: KeysAndAttributes): KeysAndAttributes {
  let entry = out.UnprocessedKeys[name]
  if (!entry) {
    entry = { Keys: [] }
    if (spec.AttributesToGet) entry.AttributesToGet = spec.AttributesToGet
    if (spec.ConsistentRead != null) entry.ConsistentRead = spec.ConsistentRead
    if (spec.ProjectionExpression != null) entry.ProjectionExpression = spec.ProjectionExpression
    if (spec.ExpressionAttributeNames) entry.ExpressionAttributeNames = spec.ExpressionAttributeNames
    out.UnprocessedKeys[name] = entry
  }
  return entry
}
