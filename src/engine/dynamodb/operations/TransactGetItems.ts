import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { ConsumedCapacity, Item } from '../types.ts'
import { validateTransactGetItems } from '../validation/TransactGetItems.ts'
import { itemSize } from '../attributes/size.ts'
import { copyItem } from '../attributes/validate.ts'
import { readUnits } from '../capacity.ts'
import { recordCapacity, tableOnly } from '../consumedCapacity.ts'
import { TableCapacities } from '../transactions/capacity.ts'
import { resolveActions } from './TransactWriteItems.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html#API_TransactGetItems_ResponseSyntax */
export interface TransactGetItemsOutput {
  /** One entry per Get, in request order: `{Item}` when found, `{}` when not. */
  Responses: { Item?: Item }[]
  /** One entry per table, for ReturnConsumedCapacity TOTAL or INDEXES (with `ReadCapacityUnits`). */
  ConsumedCapacity?: ConsumedCapacity[]
}

/**
 * TransactGetItems: up to 100 Gets on distinct items, read as one serializable snapshot.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html
 *
 * Order: request validation, each Get's table and key, one Get per item (`Transaction request cannot include
 * multiple operations on one item`). Capacity: 2× a strongly consistent read per item (`readUnits` rounded to
 * 4 KB per item, a missing item still 2), per table (AWS-FACTS §2, §7).
 * @throws ValidationException, SerializationException, ResourceNotFoundException
 */
export function transactGetItems(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): TransactGetItemsOutput {
  const input = validateTransactGetItems(raw)
  const resolved = resolveActions(db, input.TransactItems)
  ctx.tableName = [...new Set(resolved.map((r) => r.table.name))].join(', ')

  const capacities = new TableCapacities()
  const responses = resolved.map(({ action, table, key }) => {
    ctx.partitions.push(table.partitionOf(key))
    const stored = table.get(key)
    capacities.add(action.TableName, tableOnly(readUnits(stored ? itemSize(stored) : 0, 'transactional')))
    if (!stored) return {}
    const item = copyItem(stored)
    return { Item: action.expressions.projection ? action.expressions.projection(item) : item }
  })
  for (const [name, b] of capacities.byTable) recordCapacity(ctx, name, b)
  const out: TransactGetItemsOutput = { Responses: responses }
  const consumed = capacities.response(input.ReturnConsumedCapacity, 'read')
  if (consumed) out.ConsumedCapacity = consumed
  return out
}
