import type { AttributeValue, Item } from './types.ts'
import { keyString } from './attributes/keys.ts'

/**
 * The items of one table, indexed by primary key. Items are grouped by partition key value (an item
 * collection); inside a collection they are addressed by the sort key's canonical string.
 *
 * Values must already be validated; the store does not copy them.
 */
export class ItemStore {
  readonly hashKey: string
  readonly rangeKey: string | undefined
  #collections = new Map<string, Map<string, Item>>()
  #count = 0

  constructor(hashKey: string, rangeKey?: string) {
    this.hashKey = hashKey
    this.rangeKey = rangeKey
  }

  /** Number of items. */
  get count(): number {
    return this.#count
  }

  /** Canonical string of an item's partition key value. */
  hashOf(item: Item): string {
    return keyString(item[this.hashKey] as AttributeValue)
  }

  #rangeOf(item: Item): string {
    return this.rangeKey === undefined ? '' : keyString(item[this.rangeKey] as AttributeValue)
  }

  get(key: Item): Item | undefined {
    return this.#collections.get(this.hashOf(key))?.get(this.#rangeOf(key))
  }

  /** Stores `item`, replacing any item with the same key. Returns the replaced item. */
  put(item: Item): Item | undefined {
    const h = this.hashOf(item)
    let c = this.#collections.get(h)
    if (!c) this.#collections.set(h, (c = new Map()))
    const r = this.#rangeOf(item)
    const old = c.get(r)
    c.set(r, item)
    if (!old) this.#count++
    return old
  }

  /** Removes the item with `key`. Returns it, or undefined when there was none. */
  delete(key: Item): Item | undefined {
    const h = this.hashOf(key)
    const c = this.#collections.get(h)
    if (!c) return undefined
    const r = this.#rangeOf(key)
    const old = c.get(r)
    if (old) {
      c.delete(r)
      this.#count--
      if (c.size === 0) this.#collections.delete(h)
    }
    return old
  }

  /** Every item, collection by collection. */
  *items(): IterableIterator<Item> {
    for (const c of this.#collections.values()) yield* c.values()
  }

  /** Canonical partition key strings of all item collections. */
  collectionKeys(): IterableIterator<string> {
    return this.#collections.keys()
  }

  clear(): void {
    this.#collections.clear()
    this.#count = 0
  }
}
