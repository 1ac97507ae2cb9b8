import type { DynamoDB } from '../DynamoDB.ts'
import type { Table } from '../Table.ts'
import { recordTableUnits, touchPartition, type OperationContext } from '../OperationContext.ts'
import type { ConsumedCapacity, Item } from '../types.ts'
import { checkPutItem, type PutItemInput } from '../validation/PutItem.ts'
import { requireItemTable, validateItemKeys } from '../validation/keys.ts'
import { prepareItemExpressions, type ItemExpressions } from '../validation/itemExpressions.ts'
import { conditionalCheckFailed } from '../validation/conditionCheck.ts'
import { pickKey } from '../attributes/keys.ts'
import { copyItem } from '../attributes/validate.ts'
import { itemCollectionMetricsFor, type ItemCollectionMetrics } from '../itemCollectionMetrics.ts'
import { consumedCapacityFor, failedConditionCapacity, recordCapacity, writeCapacity, type CapacityBreakdown } from '../consumedCapacity.ts'
import { applyItemChange } from '../writes.ts'
import { chargeWrite } from '../physics/index.ts'
import { writeUnits } from '../capacity.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#API_PutItem_ResponseSyntax */
export interface PutItemOutput {
  /** The replaced item, when ReturnValues is ALL_OLD and an item was replaced. */
  Attributes?: Item
  ConsumedCapacity?: ConsumedCapacity
  /** For `ReturnItemCollectionMetrics: SIZE` on tables with LSIs. */
  ItemCollectionMetrics?: ItemCollectionMetrics
}

/**
 * PutItem: creates or replaces a whole item.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html
 *
 * Order (dynalite actions/putItem.js): request validation and expressions, table lookup, key checks
 * against the schema, condition, write. Capacity: `writeUnits(max(old size, new size))` plus index writes;
 * a failed condition still charges the existing item's size (1 WCU if none).
 * @throws ValidationException, SerializationException, ResourceNotFoundException, ConditionalCheckFailedException
 */
export function putItem(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): PutItemOutput {
  // `raw` is validated in place: its members are read from it; the item is a validated copy.
  const { item, size, legacy } = checkPutItem(raw)
  const input = raw as unknown as PutItemInput
  const expressions =
    legacy === undefined &&
    input.ConditionExpression == null &&
    raw['UpdateExpression'] == null &&
    raw['ProjectionExpression'] == null &&
    input.ExpressionAttributeNames == null &&
    input.ExpressionAttributeValues == null &&
    raw['legacy'] === undefined
      ? NO_EXPRESSIONS
      : prepareItemExpressions(legacy ? { ...input, legacy } : input)
  const table = requireItemTable(db.tables, input.TableName)
  ctx.tableName = table.name
  validateItemKeys(table, item)
  const key = pickKey(item, table.hashKey, table.rangeKey)
  const e = table.entry(key)
  const ring = e ? table.ringOf(e) : table.ringPosition(key)
  touchPartition(ctx, table.partitionAt(ring))
  ctx.notes['itemSizeBytes'] = size
  const old = e?.item

  if (expressions.condition && !expressions.condition(old)) {
    const failed = failedConditionCapacity(old)
    chargeWrite(db, table, ctx, { key, capacity: failed, item: old ?? item })
    recordCapacity(ctx, input.TableName, failed)
    throw conditionalCheckFailed(input.ReturnValuesOnConditionCheckFailure, old)
  }

  const indexed = hasIndexes(table)
  // writeCapacity's answer for a table without indexes: writeUnits(max(old size, new size)), nothing else.
  const capacity = indexed
    ? writeCapacity(table, old, item, e ? e.size : 0, size)
    : tableOnlyUnits(writeUnits(Math.max(e ? e.size : 0, size)))
  chargeWrite(db, table, ctx, { key, capacity, item, ring })
  applyItemChange(db, table, key, item, 'request', size)
  if (indexed) recordWriteCapacity(ctx, input.TableName, capacity)
  else recordTableUnits(ctx, input.TableName, capacity.table)

  const out: PutItemOutput = {}
  if (input.ReturnValues === 'ALL_OLD' && old) out.Attributes = copyItem(old)
  const mode = input.ReturnConsumedCapacity
  if (mode === 'TOTAL' || mode === 'INDEXES') out.ConsumedCapacity = consumedCapacityFor(mode, input.TableName, capacity)
  if (input.ReturnItemCollectionMetrics === 'SIZE') {
    const metrics = itemCollectionMetricsFor(input.ReturnItemCollectionMetrics, table, key)
    if (metrics) out.ItemCollectionMetrics = metrics
  }
  return out
}

/** prepareItemExpressions' answer for a request without expressions, placeholder maps or legacy condition. */
const NO_EXPRESSIONS: ItemExpressions = Object.freeze({})

/** The index units of a write to a table without indexes (read only). */
const NO_UNITS: Record<string, number> = Object.freeze({})

/** Read-only `tableOnly(units)` breakdowns of whole write units up to 400 (a 400 KB item), one per value. */
const TABLE_ONLY: CapacityBreakdown[] = []

function tableOnlyUnits(units: number): CapacityBreakdown {
  const shared = TABLE_ONLY[units]
  if (shared !== undefined) return shared
  const b: CapacityBreakdown = Object.freeze({ table: units, localSecondaryIndexes: NO_UNITS, globalSecondaryIndexes: NO_UNITS })
  if (Number.isInteger(units) && units > 0 && units <= 400) TABLE_ONLY[units] = b
  return b
}

function hasIndexes(table: Table): boolean {
  return (table.meta.LocalSecondaryIndexes?.length ?? 0) > 0 || (table.meta.GlobalSecondaryIndexes?.length ?? 0) > 0
}

/** {@link recordCapacity}, without its breakdown walk when no index was written (the same ConsumedCapacity). */
function recordWriteCapacity(ctx: OperationContext, tableName: string, b: CapacityBreakdown): void {
  if (isEmpty(b.localSecondaryIndexes) && isEmpty(b.globalSecondaryIndexes)) {
    recordTableUnits(ctx, tableName, b.table)
  } else recordCapacity(ctx, tableName, b)
}

function isEmpty(units: Record<string, number>): boolean {
  for (const _ in units) return false
  return true
}
