import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { ConsumedCapacity, Item } from '../types.ts'
import { validatePutItem } from '../validation/PutItem.ts'
import { requireItemTable, validateItemKeys } from '../validation/keys.ts'
import { prepareItemExpressions } from '../validation/itemExpressions.ts'
import { conditionalCheckFailed } from '../validation/conditionCheck.ts'
import { pickKey } from '../attributes/keys.ts'
import { itemSize } from '../attributes/size.ts'
import { copyItem } from '../attributes/validate.ts'
import { itemCollectionMetricsFor, type ItemCollectionMetrics } from '../itemCollectionMetrics.ts'
import { consumedCapacityFor, failedConditionCapacity, recordCapacity, writeCapacity } from '../consumedCapacity.ts'
import { applyItemChange } from '../writes.ts'
import { chargeWrite } from '../physics/index.ts'

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
  const input = validatePutItem(raw)
  const expressions = prepareItemExpressions(input)
  const table = requireItemTable(db.tables, input.TableName)
  ctx.tableName = table.name
  const item = input.Item
  validateItemKeys(table, item)
  const key = pickKey(item, table.hashKey, table.rangeKey)
  ctx.partitions.push(table.partitionOf(key))
  ctx.notes['itemSizeBytes'] = itemSize(item)
  const old = table.get(key)

  if (expressions.condition && !expressions.condition(old)) {
    const failed = failedConditionCapacity(old)
    chargeWrite(db, table, ctx, { key, capacity: failed, item: old ?? item })
    recordCapacity(ctx, input.TableName, failed)
    throw conditionalCheckFailed(input.ReturnValuesOnConditionCheckFailure, old)
  }

  const capacity = writeCapacity(table, old, item)
  chargeWrite(db, table, ctx, { key, capacity, item })
  applyItemChange(db, table, key, item)
  recordCapacity(ctx, input.TableName, capacity)

  const out: PutItemOutput = {}
  if (input.ReturnValues === 'ALL_OLD' && old) out.Attributes = copyItem(old)
  const consumed = consumedCapacityFor(input.ReturnConsumedCapacity, input.TableName, capacity)
  if (consumed) out.ConsumedCapacity = consumed
  const metrics = itemCollectionMetricsFor(input.ReturnItemCollectionMetrics, table, key)
  if (metrics) out.ItemCollectionMetrics = metrics
  return out
}
