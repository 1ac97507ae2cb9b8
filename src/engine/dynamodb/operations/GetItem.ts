import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { ConsumedCapacity, Item } from '../types.ts'
import { validateGetItem } from '../validation/GetItem.ts'
import { requireItemTable, validateKey } from '../validation/keys.ts'
import { prepareItemExpressions } from '../validation/itemExpressions.ts'
import { itemSize } from '../attributes/size.ts'
import { copyItem } from '../attributes/validate.ts'
import { readUnits } from '../capacity.ts'
import { consumedCapacityFor, recordCapacity, tableOnly } from '../consumedCapacity.ts'
import { readReplica } from '../replication/readReplica.ts'
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
  const input = validateGetItem(raw)
  const expressions = prepareItemExpressions({
    ProjectionExpression: input.ProjectionExpression,
    ExpressionAttributeNames: input.ExpressionAttributeNames,
  })
  const table = requireItemTable(db.tables, input.TableName)
  ctx.tableName = table.name
  validateKey(table, input.Key)
  const consistent = input.ConsistentRead === true
  ctx.notes['consistentRead'] = consistent
  ctx.partitions.push(table.partitionOf(input.Key))

  const stored = readReplica(db, table, input.Key, consistent, ctx)
  const size = stored ? itemSize(stored) : 0
  ctx.notes['itemSizeBytes'] = size
  const capacity = tableOnly(readUnits(size, consistent ? 'strong' : 'eventual'))
  chargeRead(db, table, ctx, { key: input.Key, units: capacity.table })
  recordCapacity(ctx, input.TableName, capacity)

  const out: GetItemOutput = {}
  if (stored) {
    let item = copyItem(stored)
    if (expressions.projection) item = expressions.projection(item)
    else if (input.AttributesToGet) item = Object.fromEntries(input.AttributesToGet.filter((n) => Object.hasOwn(item, n)).map((n) => [n, item[n]!]))
    out.Item = item
  }
  const consumed = consumedCapacityFor(input.ReturnConsumedCapacity, input.TableName, capacity)
  if (consumed) out.ConsumedCapacity = consumed
  return out
}
