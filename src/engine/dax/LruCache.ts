/**
 * A bounded cache with per-entry expiry on the virtual clock and least-recently-used eviction, the two ways
 * entries leave a DAX cache besides write-through updates.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.html#DAX.concepts.item-cache
 *
 * A Map keeps insertion order; a read that hits moves the entry to the end, so the first key is the least
 * recently used one. Expired entries are dropped when read (lazily: no clock events).
 */
export interface LruEntry<V> {
  value: V
  /** Virtual ms at which the entry expires; Infinity when the TTL is 0 ("never expires"). */
  expiresAt: number
}

/** JSON-safe snapshot: entries from least to most recently used. */
export interface LruState<V> {
  maxEntries: number
  entries: [string, LruEntry<V>][]
  evictions: number
}

export class LruCache<V> {
  #map = new Map<string, LruEntry<V>>()
  /** Maximum number of entries before the least recently used one is evicted. */
  maxEntries: number
  /** Entries evicted by LRU so far (expiry does not count). */
  evictions = 0

  constructor(maxEntries: number) {
    this.maxEntries = maxEntries
  }

  get size(): number {
    return this.#map.size
  }

  /** The live entry for `key` at virtual time `now` (marks it recently used), or undefined. */
  get(key: string, now: number): LruEntry<V> | undefined {
    const e = this.#map.get(key)
    if (!e) return undefined
    this.#map.delete(key)
    if (e.expiresAt <= now) return undefined
    this.#map.set(key, e)
    return e
  }

  /** Stores `value` for `ttlMs` (0 = no expiry) from `now`, evicting least recently used entries over the bound. */
  set(key: string, value: V, now: number, ttlMs: number): void {
    this.#map.delete(key)
    this.#map.set(key, { value, expiresAt: ttlMs > 0 ? now + ttlMs : Infinity })
    while (this.#map.size > this.maxEntries) {
      this.#map.delete(this.#map.keys().next().value!)
      this.evictions++
    }
  }

  delete(key: string): void {
    this.#map.delete(key)
  }

  clear(): void {
    this.#map.clear()
  }

  getState(): LruState<V> {
    // Infinity is not JSON: stored as -1.
    return {
      maxEntries: this.maxEntries,
      entries: [...this.#map].map(([k, e]) => [k, { value: e.value, expiresAt: e.expiresAt === Infinity ? -1 : e.expiresAt }]),
      evictions: this.evictions,
    }
  }

  setState(state: LruState<V>): void {
    this.maxEntries = state.maxEntries
    this.evictions = state.evictions
    this.#map = new Map(state.entries.map(([k, e]) => [k, { value: e.value, expiresAt: e.expiresAt === -1 ? Infinity : e.expiresAt }]))
  }
}
