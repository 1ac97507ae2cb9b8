import type { DynamoDB } from './DynamoDB.ts'
import type { Table } from './Table.ts'
import type { Item } from './types.ts'

/** Why an item changed: a request, or DynamoDB's own TTL sweeper (stream records mark the latter as a service). */
export type ChangeCause = 'request' | 'ttl'

/**
 * One committed item change, as everything downstream of storage sees it: secondary index maintenance,
 * DynamoDB Streams records, DAX item cache updates, metrics.
 */
export interface ItemChange {
  table: Table
  /** The item's primary key. */
  key: Item
  /** Item before the write (undefined for an insert). */
  old: Item | undefined
  /** Item after the write (undefined for a delete). */
  new: Item | undefined
  /** Virtual ms of the commit. */
  at: number
  cause: ChangeCause
}

/** A subscriber to committed item changes. Must not throw AWS errors: the write has already happened. */
export type ChangeListener = (db: DynamoDB, change: ItemChange) => void

/**
 * The one path by which items change in storage. Every write (PutItem, UpdateItem, DeleteItem, batch,
 * transactions, PartiQL, TTL) calls it after its checks and capacity charge succeeded; it stores the
 * change and tells every listener (`db.changeListeners`), in registration order.
 * `size`: `itemSize(item)` in bytes when the caller already measured it.
 * @returns the item that was there before
 */
export function applyItemChange(db: DynamoDB, table: Table, key: Item, item: Item | undefined, cause: ChangeCause = 'request', size?: number): Item | undefined {
  const old = item ? table.put(item, size) : table.delete(key)
  if (old === undefined && item === undefined) return undefined
  const change: ItemChange = { table, key, old, new: item, at: db.clock.now(), cause }
  for (const listener of db.changeListeners) listener(db, change)
  return old
}
