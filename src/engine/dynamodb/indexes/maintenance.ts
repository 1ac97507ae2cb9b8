import type { DynamoDB } from '../DynamoDB.ts'
import type { Table } from '../Table.ts'
import type { Item } from '../types.ts'
import type { ItemChange } from '../writes.ts'
import { IndexStore, type IndexDefinition } from './IndexStore.ts'
import { indexEntry } from '../consumedCapacity.ts'

/**
 * Secondary index contents and their maintenance. Every committed item change (writes.ts
 * `applyItemChange`) updates the table's LSIs and GSIs through {@link maintainIndexes}; a GSI added by
 * UpdateTable is filled from the table's items when it starts backfilling ({@link backfillIndex}).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html
 *
 * Index stores are derived state: they live beside the Table (not in its snapshot) and are rebuilt from the
 * table's items the first time they are needed (e.g. after a snapshot restore).
 *
 * GSI propagation is synchronous here. AWS propagates GSIs asynchronously ("usually within a fraction of a
 * second"); a lagging consistency model can wrap {@link applyToIndex} for GSIs (the seam: `gsiPropagation`).
 */

const registry = new WeakMap<Table, Map<string, IndexStore>>()

/**
 * How a change reaches a GSI. Default: at once. A consistency model may replace it to apply the change later
 * (e.g. schedule `apply` on the virtual clock); LSIs are always updated synchronously with the table.
 */
export type GsiPropagation = (db: DynamoDB, table: Table, apply: () => void) => void
let gsiPropagation: GsiPropagation = (_db, _table, apply) => apply()

/** Replaces the GSI propagation model (returns the previous one). */
export function setGsiPropagation(p: GsiPropagation): GsiPropagation {
  const old = gsiPropagation
  gsiPropagation = p
  return old
}

/** The table's secondary index definitions, LSIs first, in declaration order. */
export function indexDefinitions(table: Table): IndexDefinition[] {
  return [
    ...(table.meta.LocalSecondaryIndexes ?? []).map((i) => ({ IndexName: i.IndexName, KeySchema: i.KeySchema, Projection: i.Projection, kind: 'LSI' as const })),
    ...(table.meta.GlobalSecondaryIndexes ?? []).map((i) => ({ IndexName: i.IndexName, KeySchema: i.KeySchema, Projection: i.Projection, kind: 'GSI' as const })),
  ]
}

/** True when the index holds entries: every LSI; a GSI unless it is still allocating resources before its backfill. */
function isMaintained(table: Table, def: IndexDefinition): boolean {
  if (def.kind === 'LSI') return true
  const g = table.meta.GlobalSecondaryIndexes?.find((i) => i.IndexName === def.IndexName)
  return !!g && !(g.IndexStatus === 'CREATING' && g.Backfilling !== true)
}

function build(table: Table, def: IndexDefinition): IndexStore {
  const store = new IndexStore(def, table.hashKey, table.rangeKey)
  for (const item of table.items.items()) {
    const entry = indexEntry(table, def, item)
    if (entry) store.put(entry)
  }
  return store
}

/**
 * The index stores of `table` that currently hold entries, by index name; stores of deleted indexes are
 * dropped and missing ones are built from the table's items.
 */
export function tableIndexes(table: Table): Map<string, IndexStore> {
  let stores = registry.get(table)
  if (!stores) registry.set(table, (stores = new Map()))
  const defs = indexDefinitions(table)
  for (const name of stores.keys()) if (!defs.some((d) => d.IndexName === name)) stores.delete(name)
  for (const def of defs) {
    if (!isMaintained(table, def)) stores.delete(def.IndexName)
    else if (!stores.has(def.IndexName)) stores.set(def.IndexName, build(table, def))
  }
  return stores
}

/** The store of one index, or undefined when the index does not exist or is not filled yet. */
export function indexStore(table: Table, indexName: string): IndexStore | undefined {
  return tableIndexes(table).get(indexName)
}

/** Applies one item change to one index: removes the old entry, adds the new one (sparse items have none). */
export function applyToIndex(table: Table, store: IndexStore, old: Item | undefined, neu: Item | undefined): void {
  const before = indexEntry(table, store.definition, old)
  const after = indexEntry(table, store.definition, neu)
  if (before) store.delete(before)
  if (after) store.put(after)
}

/** Change listener: keeps every index of the changed table in step with the item change. */
export function maintainIndexes(db: DynamoDB, change: ItemChange): void {
  const { table } = change
  if (!table.meta.LocalSecondaryIndexes && !table.meta.GlobalSecondaryIndexes) return
  if (!registry.has(table)) {
    // First change of this table since start or restore: build the stores from the items as they were before
    // this change (storage already holds it), so the change below reaches every index the normal way (GSIs
    // through the propagation model, possibly later).
    for (const store of tableIndexes(table).values()) applyToIndex(table, store, change.new, change.old)
  }
  for (const store of tableIndexes(table).values()) {
    const apply = (): void => applyToIndex(table, store, change.old, change.new)
    if (store.definition.kind === 'GSI') gsiPropagation(db, table, apply)
    else apply()
  }
}

/** Backfill hook: fills a GSI created by UpdateTable from the table's current items (backfill reads are free). */
export function backfillIndex(_db: DynamoDB, table: Table, indexName: string): void {
  const stores = registry.get(table)
  if (!stores) return // built lazily, complete, on first use
  const def = indexDefinitions(table).find((d) => d.IndexName === indexName)
  if (def) stores.set(indexName, build(table, def))
}

/** Wires index maintenance into a DynamoDB service (change listener + GSI backfill hook). */
export function registerIndexMaintenance(db: DynamoDB): void {
  db.changeListeners.push(maintainIndexes)
  db.onGsiBackfill = backfillIndex
}

/** ItemCount and IndexSizeBytes of an index for DescribeTable (0 while it holds no entries). */
export function indexStats(table: Table, indexName: string): { IndexSizeBytes: number; ItemCount: number } {
  const store = indexStore(table, indexName)
  return { IndexSizeBytes: store?.sizeBytes ?? 0, ItemCount: store?.count ?? 0 }
}
