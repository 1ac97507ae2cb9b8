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
import { tryChargeRead } from '../physics/index.ts'
import { throttledReason, transactionCanceled } from '../transactions/cancellation.ts'

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
 * Order: request validation, each Get's table and key (an empty key value fails the request; a key that does
 * not match the schema cancels it with a `ValidationError` reason), one Get per item (`Transaction request
 * cannot include multiple operations on one item`). Capacity: 2× a strongly consistent read per item (`readUnits` rounded to
 * 4 KB per item, a missing item still 2), per table (AWS-FACTS §2, §7). A Get whose partition is out of
 * capacity (physics/) cancels the whole read with a `ProvisionedThroughputExceeded` / `ThrottlingError` reason.
 * @throws ValidationException, SerializationException, ResourceNotFoundException, TransactionCanceledException
 */
export function transactGetItems(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): TransactGetItemsOutput {
  const input = validateTransactGetItems(raw)
  const resolved = resolveActions(db, input.TransactItems)
  ctx.tableName = [...new Set(resolved.map((r) => r.table.name))].join(', ')
  // A key that does not match the schema cancels the read with a ValidationError reason (recorded on AWS).
  if (resolved.some((r) => r.keyError)) throw transactionCanceled(resolved.map((r) => r.keyError ?? { Code: 'None' }))

  const stored = resolved.map(({ table, key }) => table.get(key))
  const units = stored.map((item) => readUnits(item ? itemSize(item) : 0, 'transactional'))
  const throttled = resolved.map(({ table, key }, i) => tryChargeRead(db, table, ctx, { key, units: units[i]! }))
  if (throttled.some(Boolean)) throw transactionCanceled(throttled.map((t) => (t ? throttledReason(t) : { Code: 'None' })))

  const capacities = new TableCapacities()
  const responses = resolved.map(({ action, table, key }, i) => {
    ctx.partitions.push(table.partitionOf(key))
    capacities.add(action.TableName, tableOnly(units[i]!))
    const found = stored[i]
    if (!found) return {}
    const item = copyItem(found)
    return { Item: action.expressions.projection ? action.expressions.projection(item) : item }
  })
  for (const [name, b] of capacities.byTable) recordCapacity(ctx, name, b)
  const out: TransactGetItemsOutput = { Responses: responses }
  const consumed = capacities.response(input.ReturnConsumedCapacity, 'read')
  if (consumed) out.ConsumedCapacity = consumed
  return out
}
