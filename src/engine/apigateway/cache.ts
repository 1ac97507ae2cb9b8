/**
 * API Gateway stage cache behaviour over time: which requests of one cache key are served from the cache.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
 * (../../../../shared/AWS-FACTS.md §12.9).
 *
 * Model: a miss fetches from the integration and stores the response for `ttlSeconds`; a request at
 * time t hits when an entry stored at s satisfies t < s + ttl. TTL 0 disables caching. Capacity
 * eviction (best-effort cache) is not modelled.
 */

/** Default cache TTL, seconds. @default 300 */
export const API_CACHE_DEFAULT_TTL_SECONDS = 300
/** Largest allowed TTL, seconds. @default 3600 */
export const API_CACHE_MAX_TTL_SECONDS = 3600

export interface CacheRequest {
  /** Seconds since the start of the timeline. */
  at: number
  /** Cache key (method + path + cache key parameters). */
  key: string
}

export interface CacheOutcome {
  at: number
  key: string
  hit: boolean
}

/**
 * Replays `requests` (sorted by time) against an empty stage cache.
 * @throws RangeError when ttlSeconds is outside 0–3600 (API Gateway rejects such settings)
 */
export function simulateStageCache(requests: readonly CacheRequest[], ttlSeconds = API_CACHE_DEFAULT_TTL_SECONDS): CacheOutcome[] {
  if (!(ttlSeconds >= 0 && ttlSeconds <= API_CACHE_MAX_TTL_SECONDS)) throw new RangeError(`cacheTtlInSeconds must be between 0 and ${API_CACHE_MAX_TTL_SECONDS}`)
  const storedAt = new Map<string, number>()
  const out: CacheOutcome[] = []
  for (const r of requests) {
    const s = storedAt.get(r.key)
    const hit = ttlSeconds > 0 && s !== undefined && r.at < s + ttlSeconds
    if (!hit && ttlSeconds > 0) storedAt.set(r.key, r.at)
    out.push({ at: r.at, key: r.key, hit })
  }
  return out
}
