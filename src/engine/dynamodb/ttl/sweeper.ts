import type { DynamoDB } from '../DynamoDB.ts'
import type { Table } from '../Table.ts'
import type { Item } from '../types.ts'
import { pickKey } from '../attributes/keys.ts'
import { applyItemChange } from '../writes.ts'
import { unitFraction } from '../streams/ids.ts'
import { expiryOf, ttlState, ttlStatus } from './TimeToLive.ts'

/**
 * The TTL background sweeper on the virtual clock. While any table has TTL enabled, a sweep event
 * (`dynamodb.ttl.sweep`, no payload) fires every `db.ttl.sweepIntervalMs`, aligned to multiples of the
 * interval. A sweep deletes each expired item whose modeled delay has passed (see `TtlSettings.maxDelayMs`):
 * the deletion goes through `applyItemChange(..., 'ttl')`, so indexes and streams see it as a system
 * delete, and it consumes no capacity. Expired items stay readable until then.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/howitworks-ttl.html
 */

/** Clock event kind of a sweep. */
export const TTL_SWEEP_EVENT = 'dynamodb.ttl.sweep'

interface SweeperState {
  /** Virtual times at which a sweep is queued. */
  scheduled: Set<number>
  /** Time of the last sweep that ran (duplicates at the same instant are skipped). */
  lastAt: number
}

const sweepers = new WeakMap<DynamoDB, SweeperState>()

function sweeper(db: DynamoDB): SweeperState {
  let s = sweepers.get(db)
  if (!s) {
    s = { scheduled: new Set(), lastAt: -1 }
    sweepers.set(db, s)
  }
  return s
}

/** Registers the sweep handler on the service's clock (called by the DynamoDB constructor). */
export function registerTimeToLive(db: DynamoDB): void {
  db.clock.on(TTL_SWEEP_EVENT, (_payload: unknown, event: { at: number }) => runSweep(db, event.at))
}

/** Re-reads queued sweeps from the clock after a snapshot restore. */
export function restoreTimeToLive(db: DynamoDB): void {
  const s = sweeper(db)
  s.scheduled = new Set(db.clock.getState().queue.filter((e) => e.kind === TTL_SWEEP_EVENT).map((e) => e.at))
  s.lastAt = -1
  if (s.scheduled.size === 0 && [...db.tables.values()].some((t) => ttlState(t)?.Enabled)) ensureSweepScheduled(db)
}

/** Queues the next aligned sweep unless one is already queued for that time. */
export function ensureSweepScheduled(db: DynamoDB): void {
  const s = sweeper(db)
  const interval = Math.max(1, db.ttl.sweepIntervalMs)
  const next = (Math.floor(db.clock.now() / interval) + 1) * interval
  if (s.scheduled.has(next)) return
  s.scheduled.add(next)
  db.clock.schedule(next, TTL_SWEEP_EVENT, null)
}

function runSweep(db: DynamoDB, at: number): void {
  const s = sweeper(db)
  s.scheduled.delete(at)
  if (s.lastAt === at) return
  s.lastAt = at
  let anyEnabled = false
  for (const table of [...db.tables.values()]) {
    if (!ttlState(table)?.Enabled) continue
    anyEnabled = true
    if (table.meta.TableStatus === 'CREATING' || table.meta.TableStatus === 'DELETING') continue
    if (ttlStatus(db, table) !== 'ENABLED') continue
    sweepTable(db, table)
  }
  if (anyEnabled) ensureSweepScheduled(db)
}

/**
 * Deletes the table's items that expired at least their modeled delay ago. Returns how many it deleted.
 */
export function sweepTable(db: DynamoDB, table: Table): number {
  const attr = ttlState(table)!.AttributeName
  const nowS = db.clock.epochSeconds()
  const nowEpochMs = db.clock.epochMs + db.clock.now()
  const due: Item[] = []
  for (const item of table.items.items()) {
    const exp = expiryOf(item, attr, nowS)
    if (exp === undefined || !(exp < nowS)) continue
    const key = pickKey(item, table.hashKey, table.rangeKey)
    const delay = Math.floor(unitFraction(`${table.meta.TableId}|${JSON.stringify(key)}`) * db.ttl.maxDelayMs)
    if (exp * 1000 + delay <= nowEpochMs) due.push(key)
  }
  for (const key of due) applyItemChange(db, table, key, undefined, 'ttl')
  return due.length
}
