import type { DynamoDB } from './DynamoDB.ts'
import type { Table } from './Table.ts'
import { LimitExceededException, ResourceInUseException } from './errors.ts'

/**
 * Table and index status transitions on the virtual clock. A control-plane call changes the status
 * (CREATING, UPDATING, DELETING) and schedules an event; the event's handler finishes the change.
 * Events are data (`{ TableName, TableId, IndexName? }`), so they survive snapshots; a handler ignores
 * an event whose table was deleted or re-created in the meantime (TableId differs).
 */

/**
 * Virtual durations of control-plane changes, in ms. AWS gives no figures ("usually seconds"); the
 * defaults are what was measured against real DynamoDB in 2026 (public ack-api-quirks probe notes,
 * DDB-TABLE-001/148/184) or, where marked, a plausible guess. The local endpoint uses shorter ones.
 */
export interface TableTimings {
  /** CreateTable without GSIs: CREATING → ACTIVE. @default 6000 (measured ~6.2 s) */
  createTableMs: number
  /** CreateTable with GSIs: table and indexes flip ACTIVE together. @default 16000 (measured 14–22 s) */
  createTableWithIndexesMs: number
  /** DeleteTable: DELETING → gone. @default 4000 ([unverified] guess) */
  deleteTableMs: number
  /** UpdateTable throughput change: UPDATING → ACTIVE. @default 2000 (measured 2.0 s) */
  updateTableMs: number
  /** UpdateTable stream enable/disable: UPDATING → ACTIVE. @default 5000 (measured 4.1–5.1 s) */
  streamUpdateMs: number
  /** UpdateTable BillingMode switch: UPDATING → ACTIVE. @default 90000 (measured 83–113 s; docs: "several minutes") */
  billingModeSwitchMs: number
  /** GSI added by UpdateTable, resource allocation: table UPDATING, Backfilling false. @default 30000 (measured 24–56 s) */
  indexAllocationMs: number
  /** GSI backfill after allocation: table ACTIVE, IndexStatus CREATING, Backfilling true. @default 480000 (measured 7–16 min) */
  indexBackfillMs: number
  /** GSI throughput update: IndexStatus UPDATING → ACTIVE. @default 2000 (measured 2–4 s) */
  indexUpdateMs: number
  /** GSI delete: IndexStatus DELETING, table UPDATING → index gone. @default 4000 (measured 2.6–5.1 s) */
  indexDeleteMs: number
}

/** Realistic defaults (see {@link TableTimings}). */
export const DEFAULT_TABLE_TIMINGS: Readonly<TableTimings> = Object.freeze({
  createTableMs: 6000,
  createTableWithIndexesMs: 16000,
  deleteTableMs: 4000,
  updateTableMs: 2000,
  streamUpdateMs: 5000,
  billingModeSwitchMs: 90000,
  indexAllocationMs: 30000,
  indexBackfillMs: 480000,
  indexUpdateMs: 2000,
  indexDeleteMs: 4000,
})

/**
 * At most this many tables and indexes may be CREATING, UPDATING or DELETING at once; tables per
 * Region default quota. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html
 * @default 500 concurrent, 2500 tables
 */
export const MAX_CONCURRENT_CONTROL_PLANE_OPERATIONS = 500
export const MAX_TABLES_PER_REGION = 2500

/** Clock event kinds of the control plane. */
export const TABLE_EVENTS = {
  created: 'dynamodb.table.created',
  updated: 'dynamodb.table.updated',
  deleted: 'dynamodb.table.deleted',
  indexAllocated: 'dynamodb.index.allocated',
  indexBackfilled: 'dynamodb.index.backfilled',
  indexUpdated: 'dynamodb.index.updated',
  indexDeleted: 'dynamodb.index.deleted',
} as const

export interface TableEventPayload {
  TableName: string
  TableId: string
  IndexName?: string
}

/** Schedules a lifecycle event for `table` after `delayMs` of virtual time. */
export function scheduleTableEvent(db: DynamoDB, kind: (typeof TABLE_EVENTS)[keyof typeof TABLE_EVENTS], table: Table, delayMs: number, IndexName?: string): void {
  const payload: TableEventPayload = { TableName: table.name, TableId: table.meta.TableId, ...(IndexName ? { IndexName } : {}) }
  db.clock.scheduleIn(delayMs, kind, payload)
}

/**
 * Hook for the later issue that builds index contents (`db.onGsiBackfill`): called when a GSI created by
 * UpdateTable starts backfilling. TODO(backfill): index the table's existing items into the GSI there
 * (backfill reads are free), and let writes during backfill partly succeed as AWS describes (§5).
 */
export type BackfillHook = (db: DynamoDB, table: Table, indexName: string) => void

/** Registers the control-plane event handlers on the service's clock (called by the DynamoDB constructor). */
export function registerTableLifecycle(db: DynamoDB): void {
  const find = (p: TableEventPayload): Table | undefined => {
    const t = db.tables.get(p.TableName)
    return t && t.meta.TableId === p.TableId ? t : undefined
  }
  db.clock.on(TABLE_EVENTS.created, (p: TableEventPayload) => {
    const t = find(p)
    if (!t || t.meta.TableStatus !== 'CREATING') return
    t.meta.TableStatus = 'ACTIVE'
    for (const g of t.meta.GlobalSecondaryIndexes ?? []) {
      g.IndexStatus = 'ACTIVE'
      delete g.Backfilling
    }
  })
  db.clock.on(TABLE_EVENTS.updated, (p: TableEventPayload) => {
    const t = find(p)
    if (!t) return
    const m = t.meta
    if (m.pendingBillingMode) {
      m.BillingMode = m.pendingBillingMode
      delete m.pendingBillingMode
    }
    if (m.pendingProvisionedThroughput) {
      m.ProvisionedThroughput = { ...m.ProvisionedThroughput, ...m.pendingProvisionedThroughput }
      delete m.pendingProvisionedThroughput
    }
    if (m.TableStatus === 'UPDATING') m.TableStatus = 'ACTIVE'
    // The new throughput or billing mode applies from this instant (buckets accrue at the old rates until now).
    t.capacity.advance(t, db.clock.now())
  })
  db.clock.on(TABLE_EVENTS.deleted, (p: TableEventPayload) => {
    if (find(p)) db.tables.delete(p.TableName)
  })
  db.clock.on(TABLE_EVENTS.indexAllocated, (p: TableEventPayload) => {
    const t = find(p)
    const g = t?.meta.GlobalSecondaryIndexes?.find((i) => i.IndexName === p.IndexName)
    if (!t || !g) return
    if (t.meta.TableStatus === 'UPDATING') t.meta.TableStatus = 'ACTIVE'
    g.Backfilling = true
    db.onGsiBackfill?.(db, t, g.IndexName)
    scheduleTableEvent(db, TABLE_EVENTS.indexBackfilled, t, db.timings.indexBackfillMs, g.IndexName)
  })
  db.clock.on(TABLE_EVENTS.indexBackfilled, (p: TableEventPayload) => {
    const g = find(p)?.meta.GlobalSecondaryIndexes?.find((i) => i.IndexName === p.IndexName)
    if (!g || g.IndexStatus !== 'CREATING') return
    g.IndexStatus = 'ACTIVE'
    delete g.Backfilling
  })
  db.clock.on(TABLE_EVENTS.indexUpdated, (p: TableEventPayload) => {
    const g = find(p)?.meta.GlobalSecondaryIndexes?.find((i) => i.IndexName === p.IndexName)
    if (!g) return
    if (g.pendingProvisionedThroughput && g.ProvisionedThroughput) {
      g.ProvisionedThroughput = { ...g.ProvisionedThroughput, ...g.pendingProvisionedThroughput }
    }
    delete g.pendingProvisionedThroughput
    if (g.IndexStatus === 'UPDATING') g.IndexStatus = 'ACTIVE'
    const t = find(p)!
    t.capacity.advance(t, db.clock.now())
  })
  db.clock.on(TABLE_EVENTS.indexDeleted, (p: TableEventPayload) => {
    const t = find(p)
    if (!t) return
    const m = t.meta
    m.GlobalSecondaryIndexes = m.GlobalSecondaryIndexes?.filter((i) => i.IndexName !== p.IndexName)
    if (!m.GlobalSecondaryIndexes?.length) delete m.GlobalSecondaryIndexes
    pruneAttributeDefinitions(t)
    if (m.TableStatus === 'UPDATING') m.TableStatus = 'ACTIVE'
  })
}

/** Drops AttributeDefinitions no key schema uses any more (AWS does this when a GSI is deleted). */
export function pruneAttributeDefinitions(t: Table): void {
  const m = t.meta
  const used = new Set(
    [m.KeySchema, ...(m.LocalSecondaryIndexes ?? []).map((i) => i.KeySchema), ...(m.GlobalSecondaryIndexes ?? []).map((i) => i.KeySchema)].flat().map((k) => k.AttributeName),
  )
  m.AttributeDefinitions = m.AttributeDefinitions.filter((d) => used.has(d.AttributeName))
}

/** Number of tables and indexes currently CREATING, UPDATING or DELETING. */
export function inFlightCount(db: DynamoDB): number {
  let n = 0
  for (const t of db.tables.values()) {
    if (t.meta.TableStatus !== 'ACTIVE') n++
    for (const g of t.meta.GlobalSecondaryIndexes ?? []) if (g.IndexStatus !== 'ACTIVE') n++
  }
  return n
}

/**
 * @throws LimitExceededException `Too many operations for a given subscriber.` when 500 tables/indexes are
 *   already changing (AWS-FACTS §3.7; the exact text for this case is [unverified]: AWS's generic one).
 */
export function assertCanStartOperation(db: DynamoDB): void {
  if (inFlightCount(db) >= MAX_CONCURRENT_CONTROL_PLANE_OPERATIONS) throw new LimitExceededException()
}

/**
 * The table must be ACTIVE to be changed.
 * @throws ResourceInUseException `Attempt to change a resource which is still in use: Table is being created: <name>`
 *   (dynalite), `…: Table: <name> is in the process of being updated.` or `…: Table is being deleted: <name>`
 *   (observed on AWS, ack-api-quirks).
 */
export function assertTableNotBusy(table: Table): void {
  const prefix = 'Attempt to change a resource which is still in use: '
  switch (table.meta.TableStatus) {
    case 'CREATING':
      throw new ResourceInUseException(`${prefix}Table is being created: ${table.name}`)
    case 'UPDATING':
      throw new ResourceInUseException(`${prefix}Table: ${table.name} is in the process of being updated.`)
    case 'DELETING':
      throw new ResourceInUseException(`${prefix}Table is being deleted: ${table.name}`)
    default:
  }
}
