import type { ConsumedCapacity, ReturnConsumedCapacity } from '../types.ts'
import { consumedCapacityFor, tableOnly, type CapacityBreakdown } from '../consumedCapacity.ts'

/**
 * Capacity arithmetic shared by the multi-item actions (BatchWriteItem, TransactWriteItems, TransactGetItems):
 * per-item breakdowns summed per table, and the transactional 2× (AWS-FACTS §2, §7: every item is read or
 * written twice, prepare + commit).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html#transaction-capacity-handling
 */

/** Adds `b` into `total` (table and per-index units). */
export function addCapacity(total: CapacityBreakdown, b: CapacityBreakdown): void {
  total.table += b.table
  for (const [n, u] of Object.entries(b.localSecondaryIndexes)) total.localSecondaryIndexes[n] = (total.localSecondaryIndexes[n] ?? 0) + u
  for (const [n, u] of Object.entries(b.globalSecondaryIndexes)) total.globalSecondaryIndexes[n] = (total.globalSecondaryIndexes[n] ?? 0) + u
}

/** `b` with every figure doubled (a transactional read or write). */
export function doubled(b: CapacityBreakdown): CapacityBreakdown {
  const out = tableOnly(b.table * 2)
  for (const [n, u] of Object.entries(b.localSecondaryIndexes)) out.localSecondaryIndexes[n] = u * 2
  for (const [n, u] of Object.entries(b.globalSecondaryIndexes)) out.globalSecondaryIndexes[n] = u * 2
  return out
}

/** Per-table running totals, in the order tables were first seen. */
export class TableCapacities {
  readonly byTable = new Map<string, CapacityBreakdown>()

  add(tableName: string, b: CapacityBreakdown): void {
    let total = this.byTable.get(tableName)
    if (!total) this.byTable.set(tableName, (total = tableOnly(0)))
    addCapacity(total, b)
  }

  /**
   * The response's `ConsumedCapacity` array (one entry per table), or undefined for NONE.
   * @param kind transactions also fill `ReadCapacityUnits` / `WriteCapacityUnits` next to `CapacityUnits`
   *   ([obs] aws/aws-sdk-go#2699, AWS-FACTS §2.2)
   */
  response(mode: ReturnConsumedCapacity | undefined, kind?: 'read' | 'write'): ConsumedCapacity[] | undefined {
    const out: ConsumedCapacity[] = []
    for (const [name, b] of this.byTable) {
      const c = consumedCapacityFor(mode, name, b)
      if (!c) continue
      if (kind === 'read') c.ReadCapacityUnits = c.CapacityUnits
      if (kind === 'write') c.WriteCapacityUnits = c.CapacityUnits
      if (kind && c.Table) c.Table = { ...c.Table, [kind === 'read' ? 'ReadCapacityUnits' : 'WriteCapacityUnits']: c.Table.CapacityUnits }
      out.push(c)
    }
    return out.length ? out : undefined
  }
}
