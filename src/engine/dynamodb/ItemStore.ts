import type { AttributeValue, Item } from './types.ts'
import { keyString } from './attributes/keys.ts'
import { compareKeys } from './indexes/keyCompare.ts'
import { SortedList } from './indexes/SortedList.ts'

/**
 * A stored item with figures computed once, when it was written (stored items are never modified: every
 * write stores a new object), so reads need neither `itemSize` nor a hash of the key.
 */
export interface StoredItem {
  readonly item: Item
  /** `itemSize(item)`, bytes (AWS's item size: attribute names + values, UTF-8). */
  readonly size: number
  /** Ring position (32-bit) of the partition key value, or -1 until first needed (see `Table.ringOf`). */
  ring: number
}

/** One item collection: the items sharing a partition key value, addressable by sort key and kept sorted. */
interface Collection {
  byRange: Map<string, StoredItem>
  /** Sorted by sort key value (tables with a sort key only). */
  sorted: SortedList<Item> | undefined
}

/**
 * The items of one table, indexed by primary key. Items are grouped by partition key value (an item
 * collection); inside a collection they are addressed by the sort key's canonical string and kept sorted
 * by sort key value (N numerically, S and B bytewise), as DynamoDB stores them, so a Query seeks instead
 * of sorting. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.Partitions.html
 *
 * Values must already be validated; the store does not copy them.
 */
export class ItemStore {
  readonly hashKey: string
  readonly rangeKey: string | undefined
  #collections = new Map<string, Collection>()
  /**
   * Tables without a sort key: the items by partition key, one Map and one lookup (each collection holds at
   * most one item). `#collections` stays empty then. Keyed by {@link flatKey}: an S value is its own key (no
   * string built per call; a key held by the caller keeps its cached hash).
   */
  #flat: Map<string, StoredItem> | undefined
  #count = 0
  #version = 0

  constructor(hashKey: string, rangeKey?: string) {
    this.hashKey = hashKey
    this.rangeKey = rangeKey
    this.#flat = rangeKey === undefined ? new Map() : undefined
  }

  /** Number of items. */
  get count(): number {
    return this.#count
  }

  /** Increases on every change (lets readers cache derived orderings such as Scan order). */
  get version(): number {
    return this.#version
  }

  /** Canonical string of an item's partition key value. */
  hashOf(item: Item): string {
    return keyString(item[this.hashKey] as AttributeValue)
  }

  /**
   * Key of `#flat`: the S value itself, else the canonical string. A table's partition key has one declared
   * type (key values are validated against it), so an S value never meets the `N…`/`B…` string of another type.
   */
  #flatKey(item: Item): string {
    const v = item[this.hashKey] as AttributeValue
    return 'S' in v ? v.S : keyString(v)
  }

  #rangeOf(item: Item): string {
    return this.rangeKey === undefined ? '' : keyString(item[this.rangeKey] as AttributeValue)
  }

  get(key: Item): Item | undefined {
    return this.entry(key)?.item
  }

  /** The stored record of the item with `key` (item, size, ring position), or undefined. */
  entry(key: Item): StoredItem | undefined {
    if (this.#flat) return this.#flat.get(this.#flatKey(key))
    return this.#collections.get(this.hashOf(key))?.byRange.get(this.#rangeOf(key))
  }

  /**
   * Stores `item` (`size` = its `itemSize`, bytes), replacing any item with the same key. The ring position
   * is taken from the replaced record (same partition key value, same position) when it had one.
   * @returns the replaced record, or undefined.
   */
  put(item: Item, size: number): StoredItem | undefined {
    const flat = this.#flat
    if (flat) {
      const h = this.#flatKey(item)
      const old = flat.get(h)
      flat.set(h, { item, size, ring: old ? old.ring : -1 })
      if (!old) this.#count++
      this.#version++
      return old
    }
    const h = this.hashOf(item)
    let c = this.#collections.get(h)
    if (!c) {
      const range = this.rangeKey
      const sorted = range === undefined ? undefined : new SortedList<Item>((a, b) => compareKeys(a[range]!, b[range]!))
      this.#collections.set(h, (c = { byRange: new Map(), sorted }))
    }
    const r = this.#rangeOf(item)
    const old = c.byRange.get(r)
    c.byRange.set(r, { item, size, ring: old ? old.ring : -1 })
    c.sorted?.insert(item)
    if (!old) this.#count++
    this.#version++
    return old
  }

  /** Removes the item with `key`. Returns its record, or undefined when there was none. */
  delete(key: Item): StoredItem | undefined {
    const flat = this.#flat
    if (flat) {
      const h = this.#flatKey(key)
      const old = flat.get(h)
      if (old) {
        flat.delete(h)
        this.#count--
        this.#version++
      }
      return old
    }
    const h = this.hashOf(key)
    const c = this.#collections.get(h)
    if (!c) return undefined
    const r = this.#rangeOf(key)
    const old = c.byRange.get(r)
    if (old) {
      c.byRange.delete(r)
      c.sorted?.delete(old.item)
      this.#count--
      this.#version++
      if (c.byRange.size === 0) this.#collections.delete(h)
    }
    return old
  }

  /** Every item, collection by collection. */
  *items(): IterableIterator<Item> {
    if (this.#flat) {
      for (const e of this.#flat.values()) yield e.item
      return
    }
    for (const c of this.#collections.values()) for (const e of c.byRange.values()) yield e.item
  }

  /** Canonical partition key strings of all item collections. */
  *collectionKeys(): IterableIterator<string> {
    if (!this.#flat) {
      yield* this.#collections.keys()
      return
    }
    for (const e of this.#flat.values()) yield this.hashOf(e.item)
  }

  /** Number of items sharing the partition key value of `key`. */
  collectionSize(key: Item): number {
    if (this.#flat) return this.#flat.has(this.#flatKey(key)) ? 1 : 0
    return this.#collections.get(this.hashOf(key))?.byRange.size ?? 0
  }

  /**
   * The items whose partition key equals `hashValue`, in sort key order (reverse order with `reverse`),
   * skipping those for which `skip` holds (`skip` must hold for a prefix of the order walked: the items
   * before the start).
   */
  *collection(hashValue: AttributeValue, skip: (item: Item) => boolean = () => false, reverse = false): IterableIterator<Item> {
    if (this.#flat) {
      const item = this.#flat.get('S' in hashValue ? hashValue.S : keyString(hashValue))?.item
      if (item && !skip(item)) yield item
      return
    }
    const c = this.#collections.get(keyString(hashValue))
    if (!c) return
    if (!c.sorted) {
      for (const e of c.byRange.values()) if (!skip(e.item)) yield e.item
      return
    }
    // Walking backwards, `skip` holds for a suffix of the ascending order (the items after the start).
    yield* c.sorted.from(skip, reverse)
  }

  clear(): void {
    this.#flat?.clear()
    this.#collections.clear()
    this.#count = 0
    this.#version++
  }
}
