import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { ConsumedCapacity, Item } from '../types.ts'
import { validateDeleteItem } from '../validation/DeleteItem.ts'
import { requireItemTable, validateKey } from '../validation/keys.ts'
import { prepareItemExpressions } from '../validation/itemExpressions.ts'
import { conditionalCheckFailed } from '../validation/conditionCheck.ts'
import { itemSize } from '../attributes/size.ts'
import { copyItem } from '../attributes/validate.ts'
import { itemCollectionMetricsFor, type ItemCollectionMetrics } from '../itemCollectionMetrics.ts'
import { consumedCapacityFor, failedConditionCapacity, recordCapacity, writeCapacity } from '../consumedCapacity.ts'
import { applyItemChange } from '../writes.ts'
import { chargeWrite } from '../physics/index.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html#API_DeleteItem_ResponseSyntax */
export interface DeleteItemOutput {
  /** The deleted item, when ReturnValues is ALL_OLD and there was one. */
  Attributes?: Item
  ConsumedCapacity?: ConsumedCapacity
  /** For `ReturnItemCollectionMetrics: SIZE` on tables with LSIs. */
  ItemCollectionMetrics?: ItemCollectionMetrics
}

/**
 * DeleteItem: removes one item by its full primary key (deleting an absent item succeeds).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html
 *
 * Capacity: `writeUnits(size of the deleted item)` plus index deletes; 1 WCU when there was no item.
 * @throws ValidationException, SerializationException, ResourceNotFoundException, ConditionalCheckFailedException
 */
export function deleteItem(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): DeleteItemOutput {
  const input = validateDeleteItem(raw)
  const expressions = prepareItemExpressions(input)
  const table = requireItemTable(db.tables, input.TableName)
  ctx.tableName = table.name
  validateKey(table, input.Key)
  ctx.partitions.push(table.partitionOf(input.Key))
  const old = table.get(input.Key)
  ctx.notes['itemSizeBytes'] = old ? itemSize(old) : 0

  if (expressions.condition && !expressions.condition(old)) {
    const failed = failedConditionCapacity(old)
    chargeWrite(db, table, ctx, { key: input.Key, capacity: failed, item: old ?? input.Key })
    recordCapacity(ctx, input.TableName, failed)
    throw conditionalCheckFailed(input.ReturnValuesOnConditionCheckFailure, old)
  }

  const capacity = writeCapacity(table, old, undefined)
  chargeWrite(db, table, ctx, { key: input.Key, capacity, item: old ?? input.Key })
  if (old) applyItemChange(db, table, input.Key, undefined)
  recordCapacity(ctx, input.TableName, capacity)

  const out: DeleteItemOutput = {}
  if (input.ReturnValues === 'ALL_OLD' && old) out.Attributes = copyItem(old)
  const consumed = consumedCapacityFor(input.ReturnConsumedCapacity, input.TableName, capacity)
  if (consumed) out.ConsumedCapacity = consumed
  const metrics = itemCollectionMetricsFor(input.ReturnItemCollectionMetrics, table, input.Key)
  if (metrics) out.ItemCollectionMetrics = metrics
  return out
}
