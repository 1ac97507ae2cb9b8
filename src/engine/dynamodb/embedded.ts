import type { DynamoDB } from './DynamoDB.ts'
import type { Table } from './Table.ts'
import type { Item } from './types.ts'
import type { OperationContext } from './OperationContext.ts'
import type { Throttle } from './physics/charge.ts'
import { tryChargeRead, tryChargeWrite } from './physics/charge.ts'
import { pickKey } from './attributes/keys.ts'
import { readUnits } from './capacity.ts'
import { writeCapacity } from './consumedCapacity.ts'
import { replicaItem } from './replication/readReplica.ts'
import { applyItemChange } from './writes.ts'

/**
 * The embedded API: PutItem and GetItem for in-process callers that already hold VALIDATED input, without
 * the request layer (no JSON validation, no expressions, no trace, no exception objects). Used by the load
 * generator's fast path (load/LoadRun.ts) and benchmarked as `engine.embedded.*` (bench/index.ts).
 *
 * Same storage, capacity and downstream effects as the operations (operations/PutItem.ts, GetItem.ts):
 * the same capacity figures (`writeCapacity`, `readUnits`), the same partition charge
 * (`tryChargeWrite` / `tryChargeRead`: metrics, burst, throttle events), the same replica read and the
 * same write path (`applyItemChange`: index maintenance, Streams, DAX item cache, replication). What it
 * leaves out: validation, ConditionExpression, ReturnValues / ReturnConsumedCapacity /
 * ItemCollectionMetrics, the trace and `ctx.consumed`.
 *
 * Caller's contract (nothing is checked; break it and the table holds what AWS would have refused):
 * - `table` is ACTIVE or UPDATING (as `requireItemTable` demands);
 * - items are canonical validated values (as `validateItemValues` returns them: e.g. numbers in canonical
 *   text), hold the key attributes with the declared types, index key attributes with their declared types,
 *   non-empty key values, and are at most 400 KB (`MAX_ITEM_BYTES`);
 * - the table keeps the item object (no copy): do not modify an item once passed to `putItem` (even when
 *   the write was refused: its size is remembered); `getItem` returns the stored object, which must not be
 *   modified either.
 *
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html
 */

/** Scratch context for the charge/replica notes nobody reads here (overwritten by every call). */
const scratch: OperationContext = { now: 0, partitions: [], consumed: [], notes: {} }

/**
 * PutItem of a validated `item` (see the contract above): charges `writeUnits(max(old, new size))` plus
 * index writes, then stores it through `applyItemChange`.
 * @returns undefined when written; the {@link Throttle} (a ProvisionedThroughputExceededException or
 *   ThrottlingException in the request API; see `throttleErrorOf`) when the partition refused it, and then
 *   nothing was stored.
 */
export function putItem(db: DynamoDB, table: Table, item: Item, ctx: OperationContext = scratch): Throttle | undefined {
  // The item carries its key: it addresses the store and the partitions itself (no key object unless it is written).
  const e = table.entry(item)
  const size = table.sizeOf(item)
  const capacity = writeCapacity(table, e?.item, item, e ? e.size : 0, size)
  const t = tryChargeWrite(db, table, ctx, { key: item, capacity, item, ring: e ? table.ringOf(e) : undefined })
  if (t) return t
  applyItemChange(db, table, pickKey(item, table.hashKey, table.rangeKey), item, 'request', size)
  return undefined
}

/** Outcome of {@link getItem}: the stored item (read-only; absent when none) or the throttle. */
export interface EmbeddedGetResult {
  Item?: Readonly<Item>
  throttle?: Throttle
}

const MISS: EmbeddedGetResult = Object.freeze({})

/**
 * GetItem of a validated primary `key`: reads the leader (`consistent`) or a replica, as GetItem does, and
 * charges `readUnits(size, consistency)` (0.5 / 1 RCU per 4 KB, an absent item still 0.5 / 1).
 * @returns `{ Item }` (the stored object: do not modify it), `{}` when there is no such item, or
 *   `{ throttle }` when the partition refused the read.
 */
export function getItem(db: DynamoDB, table: Table, key: Item, consistent = false, ctx: OperationContext = scratch): EmbeddedGetResult {
  const e = table.entry(key)
  const latest = e?.item
  const stored = replicaItem(db, table, key, latest, consistent, ctx)
  const size = stored === undefined ? 0 : stored === latest ? e!.size : table.sizeOf(stored)
  const units = readUnits(size, consistent ? 'strong' : 'eventual')
  const t = tryChargeRead(db, table, ctx, { key, units, ring: e ? table.ringOf(e) : undefined })
  if (t) return { throttle: t }
  return stored ? { Item: stored } : MISS
}

/** AWS error name of a refused charge (provisioned: ProvisionedThroughputExceededException; on-demand: ThrottlingException). */
export function throttleName(t: Throttle): 'ProvisionedThroughputExceededException' | 'ThrottlingException' {
  return t.onDemand ? 'ThrottlingException' : 'ProvisionedThroughputExceededException'
}
