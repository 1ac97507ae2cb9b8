import type { Table } from '../Table.ts'
import type { Item } from '../types.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { ReplicationModel } from './ReplicationModel.ts'
import { keyId } from './ReplicationModel.ts'
import { REPLICA_NAMES } from './settings.ts'

/**
 * The rows a Query or Scan reads, as the replica that serves it has them. `rows` are the leader's items in
 * read order; `compare` is that order; `include` says whether an item belongs to the read (key condition,
 * segment…), used for items the replica still has but the leader no longer has (recent deletes, or the old
 * version of an item whose key-condition attribute changed).
 *
 * Strongly consistent reads, and eventually consistent reads while no key of the table lags, get `rows`
 * unchanged (the same lazy iterable: no copy, no cost). Otherwise lagging keys are replaced by the replica's version (dropped when absent
 * there) and the replica's extra items are merged in order. Sets `ctx.notes.replica` / `staleItems` for the trace.
 *
 * Call it once per request, right after collecting the candidate rows and before the 1 MB page limit:
 *   rows = replicaRows(db.replication, table, rows, consistent, ctx, compare, include)
 */
export function replicaRows(
  model: ReplicationModel | undefined,
  table: Table,
  rows: Iterable<Item>,
  consistent: boolean,
  ctx: OperationContext,
  compare: (a: Item, b: Item) => number,
  include: (item: Item) => boolean,
): Iterable<Item> {
  const view = model?.view(table, consistent)
  if (!view) return rows
  let stale = 0
  const out: Item[] = []
  const seen = new Set<string>()
  for (const row of rows) {
    const id = keyId(table, row)
    if (!view.items.has(id)) {
      out.push(row)
      continue
    }
    seen.add(id)
    stale++
    const old = view.items.get(id)
    if (old && include(old)) out.push(old)
  }
  const extras: Item[] = []
  for (const [id, item] of view.items) if (!seen.has(id) && item && include(item)) extras.push(item)
  stale += extras.length
  ctx.notes['replica'] = REPLICA_NAMES[view.replica]
  ctx.notes['staleItems'] = stale
  if (!extras.length) return out
  return [...out, ...extras].sort(compare)
}
