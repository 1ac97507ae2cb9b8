import type { DynamoDB } from '../DynamoDB.ts'
import { setGsiPropagation } from '../indexes/maintenance.ts'
import { ReplicationModel } from './ReplicationModel.ts'
import { DEFAULT_REPLICATION, type ReplicationSettings } from './settings.ts'

/** Clock event kind that applies due GSI changes (payload: null). */
export const GSI_PROPAGATION_EVENT = 'dynamodb.gsiPropagation'

const models = new WeakMap<DynamoDB, ReplicationModel>()

/**
 * Changes waiting to reach a GSI, per service, in commit order, and the time of the one clock event that will
 * apply the due ones (one pending event at a time, not one per write). In memory only: a restored snapshot
 * rebuilds its indexes from the items.
 */
const gsiQueues = new WeakMap<DynamoDB, { queue: { due: number; apply: () => void }[]; eventAt: number | undefined }>()

/**
 * GSI propagation with the model's `gsiLagMs`: at once when it is 0 (the default), else queued and applied
 * by a clock event `gsiLagMs` after the commit, so a Query on the GSI misses a fresh write for that long.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.Writes
 */
function laggingGsiPropagation(db: DynamoDB, _table: unknown, apply: () => void): void {
  const lag = models.get(db)?.settings.gsiLagMs ?? 0
  if (lag <= 0) return apply()
  let q = gsiQueues.get(db)
  if (!q) gsiQueues.set(db, (q = { queue: [], eventAt: undefined }))
  const due = db.clock.now() + lag
  q.queue.push({ due, apply })
  if (q.eventAt === undefined) {
    q.eventAt = due
    db.clock.schedule(due, GSI_PROPAGATION_EVENT, null)
  }
}

function drainGsiQueue(db: DynamoDB): void {
  const q = gsiQueues.get(db)
  if (!q) return
  const now = db.clock.now()
  let n = 0
  while (n < q.queue.length && q.queue[n]!.due <= now) q.queue[n++]!.apply()
  q.queue.splice(0, n)
  q.eventAt = q.queue[0]?.due
  if (q.eventAt !== undefined) db.clock.schedule(q.eventAt, GSI_PROPAGATION_EVENT, null)
}

setGsiPropagation(laggingGsiPropagation)

/**
 * The consistency model of a DynamoDB service, created (and wired in) on first use: a change listener records
 * every committed write's replication schedule, and GSI changes go through {@link laggingGsiPropagation}.
 * Until it exists every replica is in step (writes before it had no lag to record). Its generator is seeded
 * from the service's without drawing from it, so other random sequences are unchanged.
 *
 * Usage (UI / tests): `replication(sim.dynamodb).configure({ lagMs: 2000 })`.
 */
export function replication(db: DynamoDB): ReplicationModel {
  let model = models.get(db)
  if (model) return model
  const created = new ReplicationModel(db.clock, (db.random.getState() ^ 0x9e3779b9) >>> 0)
  models.set(db, (model = created))
  db.changeListeners.push((_db, change) => created.record(change))
  db.clock.on(GSI_PROPAGATION_EVENT, () => drainGsiQueue(db))
  return model
}

/** The service's consistency model if one was created; undefined means every replica is in step. Read paths use this. */
export function replicationOf(db: DynamoDB): ReplicationModel | undefined {
  return models.get(db)
}

/** The current lag settings (the defaults while no model exists), without creating the model. */
export function replicationSettings(db: DynamoDB): Readonly<ReplicationSettings> {
  return models.get(db)?.settings ?? DEFAULT_REPLICATION
}
