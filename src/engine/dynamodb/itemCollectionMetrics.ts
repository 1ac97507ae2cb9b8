import type { AttributeValue, Item } from './types.ts'
import type { Table } from './Table.ts'
import { itemSize } from './attributes/size.ts'
import { indexEntry } from './consumedCapacity.ts'

/**
 * `ItemCollectionMetrics` of a single-item write, returned when `ReturnItemCollectionMetrics: SIZE` and the
 * table has local secondary indexes (otherwise AWS returns nothing).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ItemCollectionMetrics.html
 */
export interface ItemCollectionMetrics {
  /** The partition key value of the item collection. */
  ItemCollectionKey: Record<string, AttributeValue>
  /** Lower and upper estimate of the collection's size in GB (table items + LSI entries). */
  SizeEstimateRangeGB: [number, number]
}

const GB = 1024 * 1024 * 1024

/**
 * Metrics for the collection holding `key`, measured after the write, or undefined when not requested or
 * the table has no LSI. The estimate is [floor(GB), floor(GB) + 1] — AWS documents it only as a range
 * whose precision may vary ([unverified] exact bounds).
 */
export function itemCollectionMetricsFor(mode: string | undefined, table: Table, key: Item): ItemCollectionMetrics | undefined {
  const lsis = table.meta.LocalSecondaryIndexes ?? []
  if (mode !== 'SIZE' || lsis.length === 0) return undefined
  const hash = table.items.hashOf(key)
  let bytes = 0
  for (const item of table.items.items()) {
    if (table.items.hashOf(item) !== hash) continue
    bytes += itemSize(item)
    for (const lsi of lsis) {
      const entry = indexEntry(table, lsi, item)
      if (entry) bytes += itemSize(entry)
    }
  }
  const lower = Math.floor(bytes / GB)
  return { ItemCollectionKey: { [table.hashKey]: key[table.hashKey]! }, SizeEstimateRangeGB: [lower, lower + 1] }
}
