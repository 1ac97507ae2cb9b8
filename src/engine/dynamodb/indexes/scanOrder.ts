import type { AttributeValue, Item } from '../types.ts'
import type { ReadTarget } from './readTarget.ts'
import { keyString } from '../attributes/keys.ts'
import { compareKeys } from './keyCompare.ts'
import { hashKey, partitionOfHash } from '../partitions.ts'

/**
 * Scan order of a table or index: by ring position of the partition key value (a 32-bit hash, as DynamoDB
 * places partition keys on its hash ring), then partition key, then sort order inside the partition. The
 * order is deterministic; DynamoDB's own is unspecified but stable. A parallel Scan's segment is a
 * contiguous range of ring positions, so each segment is a contiguous slice of this order.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.ParallelScan
 */

interface Ordered {
  version: number
  entries: Item[]
  ring: number[]
}

const cache = new WeakMap<object, Ordered>()

function ringOf(v: AttributeValue): number {
  return hashKey(keyString(v))
}

/** Compares two entries (or keys) of `target` in Scan order. */
export function compareInScanOrder(target: ReadTarget, x: Item, y: Item): number {
  const h = target.hashKey
  const rx = ringOf(x[h]!)
  const ry = ringOf(y[h]!)
  if (rx !== ry) return rx - ry
  const kx = keyString(x[h]!)
  const ky = keyString(y[h]!)
  if (kx !== ky) return kx < ky ? -1 : 1
  if (target.index) return target.index.compare(x, y)
  const r = target.rangeKey
  return r === undefined ? 0 : compareKeys(x[r]!, y[r]!)
}

/** All entries of `target` in Scan order (cached until the table or index changes). */
function ordered(target: ReadTarget): Ordered {
  const owner: object = target.index ?? target.table.items
  const version = target.index ? target.index.version : target.table.items.version
  const hit = cache.get(owner)
  if (hit && hit.version === version) return hit
  const source = target.index ? target.index.entries() : target.table.items.items()
  // Decorate with ring position and partition key string once, instead of hashing in every comparison.
  const within = target.index ? target.index.compare : (x: Item, y: Item): number => (target.rangeKey === undefined ? 0 : compareKeys(x[target.rangeKey]!, y[target.rangeKey]!))
  const rows = [...source].map((e) => {
    const k = keyString(e[target.hashKey]!)
    return { e, k, r: hashKey(k) }
  })
  rows.sort((x, y) => (x.r !== y.r ? x.r - y.r : x.k !== y.k ? (x.k < y.k ? -1 : 1) : within(x.e, y.e)))
  const o = { version, entries: rows.map((x) => x.e), ring: rows.map((x) => x.r) }
  cache.set(owner, o)
  return o
}

/** The segment (of `total`) that holds a partition key value. */
export function segmentOf(v: AttributeValue, total: number): number {
  return partitionOfHash(ringOf(v), total)
}

function lowerBound(n: number, isBefore: (i: number) => boolean): number {
  let lo = 0
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (isBefore(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Entries a Scan reads, in Scan order: those of `segment` (of `total`) when given, strictly after `startKey`.
 */
export function* scanCandidates(target: ReadTarget, segment?: { Segment: number; TotalSegments: number }, startKey?: Item): IterableIterator<Item> {
  const { entries, ring } = ordered(target)
  let from = 0
  let to = entries.length
  if (segment && segment.TotalSegments > 1) {
    const seg = (i: number): number => partitionOfHash(ring[i]!, segment.TotalSegments)
    from = lowerBound(entries.length, (i) => seg(i) < segment.Segment)
    to = lowerBound(entries.length, (i) => seg(i) <= segment.Segment)
  }
  if (startKey) from = Math.max(from, lowerBound(entries.length, (i) => compareInScanOrder(target, entries[i]!, startKey) <= 0))
  for (let i = from; i < to; i++) yield entries[i]!
}
