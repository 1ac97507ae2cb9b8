/**
 * DAX item cache hit ratio for a read pattern (GetItem by key, eventually consistent).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.html
 * (../../../../shared/AWS-FACTS.md §10).
 *
 * Model: a miss reads DynamoDB and caches the item for the item cache TTL (`record-ttl-millis`,
 * default 5 minutes); a read at t hits when the entry was stored at s with t < s + ttl. LRU eviction
 * is ignored (the cache is assumed large enough); strongly consistent reads are passed through and
 * never counted here.
 */

/** Default item cache TTL, ms (parameter `record-ttl-millis`). @default 300000 */
export const DAX_ITEM_CACHE_DEFAULT_TTL_MS = 300_000

export interface DaxRead {
  /** Virtual ms. */
  at: number
  key: string
}

export interface DaxHitStats {
  hits: number
  misses: number
  /** hits / (hits + misses); 0 for no reads. */
  hitRatio: number
}

/** Replays `reads` (sorted by time) against an empty item cache with the given TTL (0 = never expires). */
export function daxItemCacheHits(reads: readonly DaxRead[], ttlMs = DAX_ITEM_CACHE_DEFAULT_TTL_MS): DaxHitStats {
  const storedAt = new Map<string, number>()
  let hits = 0
  for (const r of reads) {
    const s = storedAt.get(r.key)
    if (s !== undefined && (ttlMs === 0 || r.at < s + ttlMs)) hits++
    else storedAt.set(r.key, r.at)
  }
  const total = reads.length
  return { hits, misses: total - hits, hitRatio: total === 0 ? 0 : hits / total }
}

/**
 * Reads of `keyCount` keys, each read once every `periodMs` (keys staggered evenly inside the period),
 * for `durationMs`: the pattern the quiz asks about.
 */
export function periodicReads(keyCount: number, periodMs: number, durationMs: number): DaxRead[] {
  const reads: DaxRead[] = []
  for (let t = 0; t < durationMs; t += periodMs) {
    for (let k = 0; k < keyCount; k++) reads.push({ at: t + Math.floor((k * periodMs) / keyCount), key: `k${k}` })
  }
  return reads.sort((a, b) => a.at - b.at)
}
