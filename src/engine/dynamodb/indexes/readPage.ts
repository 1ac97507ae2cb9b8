import type { Item } from '../types.ts'
import type { ReadTarget } from './readTarget.ts'
import type { CapacityBreakdown } from '../consumedCapacity.ts'
import type { Select } from '../validation/readSelect.ts'
import { itemSize } from '../attributes/size.ts'
import { copyItem } from '../attributes/validate.ts'
import { readUnits } from '../capacity.ts'
import { tableOnly, totalUnits } from '../consumedCapacity.ts'
import type { ChargeReadRequest } from '../physics/index.ts'
import { lastEvaluatedKey } from './readTarget.ts'
import { pageEntrySize } from './pageSize.ts'

/**
 * One page of a Query or Scan: read entries in order until `Limit` entries or 1 MB of data have been read,
 * then filter and project. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Pagination.html
 *
 * Capacity (AWS-FACTS §2): the sizes of all entries read (before the filter) are summed and rounded up to
 * 4 KB once; eventually consistent reads cost half. On an index the entry size is the projected size. A
 * Query on an LSI that needs attributes the index does not project fetches each item from the table, each
 * fetch rounded up to 4 KB on its own and charged to the table. GSI reads are charged to the GSI.
 */

/** Data read per Query/Scan call before it stops with a LastEvaluatedKey. @default 1 MB (1,048,576 bytes) */
export const PAGE_BYTES = 1024 * 1024

export interface PageOptions {
  limit: number | undefined
  consistent: boolean
  /** Fetch each item from the table (LSI whose projection lacks attributes the request needs). */
  fetch: boolean
  select: Select
  filter?: (item: Item) => boolean
  project?: (item: Item) => Item
}

export interface Page {
  /** Returned items (absent for Select COUNT). */
  items?: Item[]
  Count: number
  ScannedCount: number
  LastEvaluatedKey?: Item
  capacity: CapacityBreakdown
  /** Bytes read (before the filter), for the trace. */
  bytesRead: number
  /** Entries read, for the trace's partition figures. */
  read: Item[]
}

/** Reads one page from `candidates` (entries of `target` in read order, already past the ExclusiveStartKey). */
export function readPage(target: ReadTarget, candidates: Iterable<Item>, opts: PageOptions): Page {
  const limit = opts.limit ?? Infinity
  const read: Item[] = []
  const matched: [entry: Item, item: Item][] = []
  let bytes = 0
  // The page limit counts AWS's serialized size, not the item size capacity uses (./pageSize.ts).
  let pageBytes = 0
  const rangeKey = target.table.rangeKey
  let fetchUnits = 0
  for (const entry of candidates) {
    if (read.length >= limit || pageBytes >= PAGE_BYTES) break
    read.push(entry)
    bytes += itemSize(entry)
    pageBytes += pageEntrySize(entry, rangeKey)
    let item = entry
    if (opts.fetch) {
      item = target.table.get(entry) ?? entry
      fetchUnits += readUnits(itemSize(item), opts.consistent ? 'strong' : 'eventual')
    }
    if (!opts.filter || opts.filter(item)) matched.push([entry, item])
  }
  const page: Page = { Count: matched.length, ScannedCount: read.length, capacity: capacityOf(target, bytes, fetchUnits, opts.consistent), bytesRead: bytes, read }
  if (read.length > 0 && (read.length >= limit || pageBytes >= PAGE_BYTES)) page.LastEvaluatedKey = lastEvaluatedKey(target, read[read.length - 1]!)
  if (opts.select !== 'COUNT') {
    page.items = matched.map(([entry, item]) => (opts.project ? opts.project(item) : copyItem(opts.select === 'ALL_PROJECTED_ATTRIBUTES' ? entry : item)))
  }
  return page
}

function capacityOf(target: ReadTarget, bytes: number, fetchUnits: number, consistent: boolean): CapacityBreakdown {
  const units = readUnits(bytes, consistent ? 'strong' : 'eventual')
  if (target.kind === 'table') return tableOnly(units)
  const b = tableOnly(fetchUnits)
  if (target.kind === 'LSI') b.localSecondaryIndexes[target.indexName!] = units
  else b.globalSecondaryIndexes[target.indexName!] = units
  return b
}

/**
 * The physics charge of a page (physics/index.ts): GSI reads on the GSI's own capacity, placed by the index
 * key; table and LSI reads (LSI entries plus table fetches) on the table's, placed by the table key.
 * @param key the partition key read (Query) or the first entry read (Scan; absent: the first partition)
 */
export function chargeFor(target: ReadTarget, capacity: CapacityBreakdown, key: Item | undefined): ChargeReadRequest {
  const req: ChargeReadRequest = { units: totalUnits(capacity) }
  if (key) req.key = key
  if (target.kind === 'GSI') req.index = target.indexName!
  return req
}
