import type { DynamoDB } from '../DynamoDB.ts'
import { recordTableUnits, touchPartition, type OperationContext } from '../OperationContext.ts'
import type { ConsumedCapacity, Item } from '../types.ts'
import { checkGetItem, type GetItemInput } from '../validation/GetItem.ts'
import { requireItemTable, validateKey } from '../validation/keys.ts'
import { prepareItemExpressions, type ItemExpressions } from '../validation/itemExpressions.ts'
import { itemSize } from '../attributes/size.ts'
import { copyItem } from '../attributes/validate.ts'
import { readUnits } from '../capacity.ts'
import { consumedCapacityFor, tableOnly } from '../consumedCapacity.ts'
import { replicaItem } from '../replication/readReplica.ts'
import { chargeRead } from '../physics/index.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html#API_GetItem_ResponseSyntax */
export interface GetItemOutput {
  /** Absent when no item has the key. */
  Item?: Item
  ConsumedCapacity?: ConsumedCapacity
}

/**
 * GetItem: reads one item by its full primary key.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html
 *
 * Capacity: ceil(item size / 4 KB) RCU for a strongly consistent read, half that for the default eventually
 * consistent read; an absent item still costs 1 / 0.5. Projection does not reduce the cost (the whole item is
 * read). GetItem never touches indexes, so INDEXES only adds `Table`.
 * @throws ValidationException, SerializationException, ResourceNotFoundException
 */
export function getItem(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): GetItemOutput {
  // `raw` is validated in place: its members are read from it, and `key` is raw.Key itself when already canonical.
  const key = checkGetItem(raw, false)
  const input = raw as unknown as GetItemInput
  const expressions =
    input.ProjectionExpression == null && input.ExpressionAttributeNames == null
      ? NO_EXPRESSIONS
      : prepareItemExpressions({ ProjectionExpression: input.ProjectionExpression, ExpressionAttributeNames: input.ExpressionAttributeNames })
  const table = requireItemTable(db.tables, input.TableName)
  ctx.tableName = table.name
  validateKey(table, key)
  const consistent = input.ConsistentRead === true
  ctx.notes['consistentRead'] = consistent
  const e = table.entry(key)
  const ring = e ? table.ringOf(e) : table.ringPosition(key)
  touchPartition(ctx, table.partitionAt(ring))

  const latest = e?.item
  const stored = replicaItem(db, table, key, latest, consistent, ctx)
  const size = stored === undefined ? 0 : stored === latest ? e!.size : itemSize(stored)
  ctx.notes['itemSizeBytes'] = size
  const units = readUnits(size, consistent ? 'strong' : 'eventual')
  chargeRead(db, table, ctx, { key, units, ring })
  recordTableUnits(ctx, input.TableName, units) // recordCapacity(ctx, TableName, tableOnly(units)): a read touches no index

  const out: GetItemOutput = {}
  if (stored) {
    let item = copyItem(stored)
    if (expressions.projection) item = expressions.projection(item)
    else if (input.AttributesToGet) item = Object.fromEntries(input.AttributesToGet.filter((n) => Object.hasOwn(item, n)).map((n) => [n, item[n]!]))
    out.Item = item
  }
  const mode = input.ReturnConsumedCapacity
  if (mode === 'TOTAL' || mode === 'INDEXES') out.ConsumedCapacity = consumedCapacityFor(mode, input.TableName, tableOnly(units))
  return out
}

/** prepareItemExpressions' answer for a request without expressions or placeholder maps. */
const NO_EXPRESSIONS: ItemExpressions = Object.freeze({})
