import type { DynamoDB } from '../DynamoDB.ts'
import type { Table } from '../Table.ts'
import type { Item } from '../types.ts'
import type { OperationContext } from '../OperationContext.ts'
import { replicationOf } from './register.ts'
import { REPLICA_NAMES } from './settings.ts'

/**
 * Reads one item the way GetItem (and each BatchGetItem key) does: a strongly consistent read gets the
 * leader's item; an eventually consistent read may get an older version (or nothing, for a just-inserted
 * item) while the replica it reached has not applied the latest write. Notes the replica and staleness in
 * `ctx.notes` for the trace when a replica lagged.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadConsistency.html
 */
export function readReplica(db: DynamoDB, table: Table, key: Item, consistent: boolean, ctx: OperationContext): Item | undefined {
  return replicaItem(db, table, key, table.get(key), consistent, ctx)
}

/**
 * {@link readReplica} once the caller has the leader's item (`latest`, undefined when absent): the item the
 * read returns (`latest`, or an older version a lagging replica still holds).
 */
export function replicaItem(db: DynamoDB, table: Table, key: Item, latest: Item | undefined, consistent: boolean, ctx: OperationContext): Item | undefined {
  const model = replicationOf(db)
  if (!model || consistent) return latest
  const r = model.read(table, key, latest, false)
  if (r.replica !== undefined) {
    ctx.notes['replica'] = REPLICA_NAMES[r.replica]
    ctx.notes['stale'] = r.stale
  }
  return r.item
}
