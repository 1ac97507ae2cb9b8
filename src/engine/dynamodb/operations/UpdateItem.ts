import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { ConsumedCapacity, Item } from '../types.ts'
import type { PathSteps } from '../attributes/pickPaths.ts'
import { ValidationException } from '../errors.ts'
import { validateUpdateItem } from '../validation/UpdateItem.ts'
import { MSG_INDEX_KEY_UNSUPPORTED_TYPE, checkUpdateKeyRules } from '../validation/updateKeyRules.ts'
import { MAX_ITEM_BYTES, requireItemTable, validateIndexKeys, validateKey } from '../validation/keys.ts'
import { prepareItemExpressions } from '../validation/itemExpressions.ts'
import { conditionalCheckFailed } from '../validation/conditionCheck.ts'
import { itemSize } from '../attributes/size.ts'
import { INVALID, copyItem, validateItemValues } from '../attributes/validate.ts'
import { pickPaths } from '../attributes/pickPaths.ts'
import { itemCollectionMetricsFor, type ItemCollectionMetrics } from '../itemCollectionMetrics.ts'
import { consumedCapacityFor, failedConditionCapacity, recordCapacity, writeCapacity } from '../consumedCapacity.ts'
import { applyItemChange } from '../writes.ts'
import { chargeWrite } from '../physics/index.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#API_UpdateItem_ResponseSyntax */
export interface UpdateItemOutput {
  /** Per ReturnValues: the whole item before/after, or only the updated attributes before/after. */
  Attributes?: Item
  ConsumedCapacity?: ConsumedCapacity
  /** For `ReturnItemCollectionMetrics: SIZE` on tables with LSIs. */
  ItemCollectionMetrics?: ItemCollectionMetrics
}

/**
 * UpdateItem: edits an item's attributes with an UpdateExpression, creating the item if it does not exist
 * (an UpdateItem without UpdateExpression creates a key-only item).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html
 *
 * Order (dynalite actions/updateItem.js): request validation and expressions, table lookup, key schema, key
 * attributes not updated, condition, apply, item size. Capacity: `writeUnits(max(size before, size after))`
 * plus index writes; a failed condition still charges the existing item's size (1 WCU if none).
 * @throws ValidationException (`Cannot update attribute <k>. This attribute is part of the key`,
 *   `Item size to update has exceeded the maximum allowed size`, ...), SerializationException,
 *   ResourceNotFoundException, ConditionalCheckFailedException
 */
export function updateItem(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): UpdateItemOutput {
  const input = validateUpdateItem(raw)
  const expressions = prepareItemExpressions(input)
  const table = requireItemTable(db.tables, input.TableName)
  ctx.tableName = table.name
  validateKey(table, input.Key)
  if (expressions.updateActions) checkUpdateKeyRules(table, expressions.updateActions)
  ctx.partitions.push(table.partitionOf(input.Key))
  const old = table.get(input.Key)

  // Apply first (on copies) to learn which paths the update touches; a type error in the update is
  // reported only after the key and condition checks, as AWS orders them.
  let result: { item: Item; updatedPaths: PathSteps[] } | undefined
  let updateError: unknown
  if (expressions.update) {
    try {
      result = expressions.update(old ? copyItem(old) : undefined, copyItem(input.Key))
    } catch (e) {
      updateError = e
    }
  } else result = { item: old ? copyItem(old) : copyItem(input.Key), updatedPaths: [] }

  const keyNames = new Set(table.meta.KeySchema.map((k) => k.AttributeName))
  for (const path of result?.updatedPaths ?? []) {
    const head = path[0]
    if (typeof head === 'string' && keyNames.has(head)) {
      throw new ValidationException(`${INVALID}Cannot update attribute ${head}. This attribute is part of the key`)
    }
  }

  if (expressions.condition && !expressions.condition(old)) {
    ctx.notes['itemSizeBytes'] = old ? itemSize(old) : 0
    const failed = failedConditionCapacity(old)
    chargeWrite(db, table, ctx, { key: input.Key, capacity: failed, item: old ?? input.Key })
    recordCapacity(ctx, input.TableName, failed)
    throw conditionalCheckFailed(input.ReturnValuesOnConditionCheckFailure, old)
  }
  if (updateError !== undefined || !result) throw updateError

  const item = validateItemValues(result.item)
  try {
    validateIndexKeys(table, item)
  } catch (e) {
    // A type the expression could not show (copied from the item) gets AWS's other text (dynalite, recorded).
    if (expressions.updateActions && e instanceof ValidationException && e.message.includes('Type mismatch for Index Key')) {
      throw new ValidationException(MSG_INDEX_KEY_UNSUPPORTED_TYPE, { cause: e })
    }
    throw e
  }
  const size = itemSize(item)
  if (size > MAX_ITEM_BYTES) throw new ValidationException('Item size to update has exceeded the maximum allowed size')
  ctx.notes['itemSizeBytes'] = size

  const capacity = writeCapacity(table, old, item, old ? table.sizeOf(old) : 0, size)
  chargeWrite(db, table, ctx, { key: input.Key, capacity, item })
  applyItemChange(db, table, input.Key, item, 'request', size)
  recordCapacity(ctx, input.TableName, capacity)

  const out: UpdateItemOutput = {}
  const attributes = returnedAttributes(input.ReturnValues, old, item, result.updatedPaths)
  if (attributes && Object.keys(attributes).length > 0) out.Attributes = attributes
  const consumed = consumedCapacityFor(input.ReturnConsumedCapacity, input.TableName, capacity)
  if (consumed) out.ConsumedCapacity = consumed
  const metrics = itemCollectionMetricsFor(input.ReturnItemCollectionMetrics, table, input.Key)
  if (metrics) out.ItemCollectionMetrics = metrics
  return out
}

function returnedAttributes(mode: string | undefined, old: Item | undefined, item: Item, paths: PathSteps[]): Item | undefined {
  switch (mode) {
    case 'ALL_OLD':
      return old ? copyItem(old) : undefined
    case 'ALL_NEW':
      return copyItem(item)
    case 'UPDATED_OLD':
      return old ? pickPaths(old, paths) : undefined
    case 'UPDATED_NEW':
      return pickPaths(item, paths)
    default:
      return undefined
  }
}
