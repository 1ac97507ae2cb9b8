import type { ConsumedCapacity, Item, KeySchemaElement, Projection, ReturnConsumedCapacity } from './types.ts'
import type { Table } from './Table.ts'
import { itemSize } from './attributes/size.ts'
import { writeUnits } from './capacity.ts'

/**
 * Building `ConsumedCapacity` for single-table operations, and the index write costs behind it.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConsumedCapacity.html
 * (../../../../shared/AWS-FACTS.md §2, §2.1, §2.2).
 */

/** Capacity units of one request, split by where they were consumed. */
export interface CapacityBreakdown {
  /** Units charged to the base table itself (for reads: the read; for writes: the item write). */
  table: number
  /** Units per LSI (charged to the base table's capacity). */
  localSecondaryIndexes: Record<string, number>
  /** Units per GSI (charged to the GSI's own capacity). */
  globalSecondaryIndexes: Record<string, number>
}

/** A breakdown with no index costs. */
export function tableOnly(units: number): CapacityBreakdown {
  return { table: units, localSecondaryIndexes: {}, globalSecondaryIndexes: {} }
}

const NO_UNITS: Record<string, number> = Object.freeze({}) as Record<string, number>
const SHARED_TABLE_ONLY: CapacityBreakdown[] = []

/**
 * {@link tableOnly} for readers: a frozen breakdown, shared for whole units up to 400 (a write of a 400 KB
 * item), so a write to a table without indexes allocates none. Do not modify it.
 */
export function sharedTableOnly(units: number): CapacityBreakdown {
  const shared = SHARED_TABLE_ONLY[units]
  if (shared !== undefined) return shared
  const b: CapacityBreakdown = Object.freeze({ table: units, localSecondaryIndexes: NO_UNITS, globalSecondaryIndexes: NO_UNITS })
  if (Number.isInteger(units) && units > 0 && units <= 400) SHARED_TABLE_ONLY[units] = b
  return b
}

/** Sum of table and index units (the `CapacityUnits` total). */
export function totalUnits(b: CapacityBreakdown): number {
  let n = b.table
  for (const u of Object.values(b.localSecondaryIndexes)) n += u
  for (const u of Object.values(b.globalSecondaryIndexes)) n += u
  return n
}

/**
 * The full ConsumedCapacity (INDEXES shape): `{TableName, CapacityUnits, Table: {CapacityUnits}}` plus
 * `LocalSecondaryIndexes` / `GlobalSecondaryIndexes` for the indexes that were touched.
 */
export function fullConsumedCapacity(tableName: string, b: CapacityBreakdown): ConsumedCapacity {
  const out: ConsumedCapacity = { TableName: tableName, CapacityUnits: totalUnits(b), Table: { CapacityUnits: b.table } }
  const lsi = Object.entries(b.localSecondaryIndexes)
  const gsi = Object.entries(b.globalSecondaryIndexes)
  if (lsi.length) out.LocalSecondaryIndexes = Object.fromEntries(lsi.map(([n, u]) => [n, { CapacityUnits: u }]))
  if (gsi.length) out.GlobalSecondaryIndexes = Object.fromEntries(gsi.map(([n, u]) => [n, { CapacityUnits: u }]))
  return out
}

/**
 * What the response carries for `ReturnConsumedCapacity`: nothing for NONE (the default), `{TableName,
 * CapacityUnits}` for TOTAL, the full breakdown for INDEXES.
 */
export function consumedCapacityFor(
  mode: ReturnConsumedCapacity | undefined,
  tableName: string,
  b: CapacityBreakdown,
): ConsumedCapacity | undefined {
  if (mode === 'TOTAL') return { TableName: tableName, CapacityUnits: totalUnits(b) }
  if (mode === 'INDEXES') return fullConsumedCapacity(tableName, b)
  return undefined
}

interface IndexDef {
  IndexName: string
  KeySchema: KeySchemaElement[]
  Projection: Projection
}

/** The index entry of `item` (table keys, index keys, projected attributes), or undefined if the item lacks an index key (sparse). */
export function indexEntry(table: Table, index: IndexDef, item: Item | undefined): Item | undefined {
  if (!item) return undefined
  if (index.KeySchema.some((k) => item[k.AttributeName] === undefined)) return undefined
  const type = index.Projection.ProjectionType ?? 'ALL'
  if (type === 'ALL') return item
  const names = new Set([...table.meta.KeySchema, ...index.KeySchema].map((k) => k.AttributeName))
  if (type === 'INCLUDE') for (const n of index.Projection.NonKeyAttributes ?? []) names.add(n)
  const entry: Item = {}
  for (const n of names) if (item[n] !== undefined) entry[n] = item[n]
  return entry
}

function sameKey(index: IndexDef, a: Item, b: Item): boolean {
  return index.KeySchema.every((k) => JSON.stringify(a[k.AttributeName]) === JSON.stringify(b[k.AttributeName]))
}

/**
 * Write units one index consumes when an item goes from `before` to `after` (AWS-FACTS §2.1):
 * new entry → 1 put; removed entry → 1 delete; index key changed → delete + put; projected values
 * changed → 1 put; unchanged or absent → 0. Each write is sized on its index entry, rounded up to 1 KB.
 */
export function indexWriteUnits(table: Table, index: IndexDef, before: Item | undefined, after: Item | undefined): number {
  const old = indexEntry(table, index, before)
  const neu = indexEntry(table, index, after)
  if (!old && !neu) return 0
  if (!old) return writeUnits(itemSize(neu!))
  if (!neu) return writeUnits(itemSize(old))
  if (!sameKey(index, old, neu)) return writeUnits(itemSize(old)) + writeUnits(itemSize(neu))
  return JSON.stringify(old) === JSON.stringify(neu) ? 0 : writeUnits(itemSize(neu))
}

/**
 * Capacity of a single-item write: the table write is `writeUnits(max(size before, size after))` (a delete of
 * nothing still costs 1), plus each touched index's writes. `beforeBytes` / `afterBytes`: the items'
 * `itemSize` when the caller has them (a stored record's size). For a table without indexes the result is a
 * shared frozen breakdown ({@link sharedTableOnly}): read it, do not modify it.
 */
export function writeCapacity(
  table: Table,
  before: Item | undefined,
  after: Item | undefined,
  beforeBytes = before ? table.sizeOf(before) : 0,
  afterBytes = after ? itemSize(after) : 0,
): CapacityBreakdown {
  const bytes = Math.max(beforeBytes, afterBytes)
  const m = table.meta
  if (!m.LocalSecondaryIndexes?.length && !m.GlobalSecondaryIndexes?.length) return sharedTableOnly(writeUnits(bytes))
  const b = tableOnly(writeUnits(bytes))
  for (const index of table.meta.LocalSecondaryIndexes ?? []) {
    const u = indexWriteUnits(table, index, before, after)
    if (u > 0) b.localSecondaryIndexes[index.IndexName] = u
  }
  for (const index of table.meta.GlobalSecondaryIndexes ?? []) {
    const u = indexWriteUnits(table, index, before, after)
    if (u > 0) b.globalSecondaryIndexes[index.IndexName] = u
  }
  return b
}

/** Records the request's full consumed capacity in the trace context (also when the caller asked for NONE). */
export function recordCapacity(ctx: { consumed: ConsumedCapacity[] }, tableName: string, b: CapacityBreakdown): void {
  ctx.consumed.push(fullConsumedCapacity(tableName, b))
}

/**
 * Capacity of a write whose ConditionExpression failed: nothing is written, but DynamoDB still charges the
 * table for the existing item's size, or 1 WCU when there is none (WorkingWithItems.html, "Conditional writes").
 */
export function failedConditionCapacity(existing: Item | undefined): CapacityBreakdown {
  return tableOnly(writeUnits(existing ? itemSize(existing) : 0))
}
