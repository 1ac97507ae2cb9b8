import type { AttributeValue, Item, KeySchemaElement, Projection } from '../types.ts'
import { SortedList } from './SortedList.ts'
import { keyString } from '../attributes/keys.ts'
import { itemSize } from '../attributes/size.ts'
import { compareKeys } from './keyCompare.ts'

/** A secondary index definition as TableMeta stores it, plus whether it is local or global. */
export interface IndexDefinition {
  IndexName: string
  KeySchema: KeySchemaElement[]
  Projection: Projection
  kind: 'LSI' | 'GSI'
}

/**
 * The entries of one secondary index (LSI or GSI). An entry is the projected copy of a table item
 * (table keys + index keys + projected attributes, or the whole item for ALL); items lacking an index key
 * attribute have no entry (sparse index). Entries are grouped by index partition key value and kept
 * sorted by (index sort key, table partition key, table sort key), so index keys need not be unique and a
 * Query on an index seeks instead of sorting.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/SecondaryIndexes.html
 */
export class IndexStore {
  readonly definition: IndexDefinition
  readonly hashKey: string
  readonly rangeKey: string | undefined
  readonly tableHashKey: string
  readonly tableRangeKey: string | undefined
  #partitions = new Map<string, SortedList<Item>>()
  #count = 0
  #sizeBytes = 0
  #version = 0

  constructor(definition: IndexDefinition, tableHashKey: string, tableRangeKey: string | undefined) {
    this.definition = definition
    this.hashKey = definition.KeySchema.find((k) => k.KeyType === 'HASH')!.AttributeName
    this.rangeKey = definition.KeySchema.find((k) => k.KeyType === 'RANGE')?.AttributeName
    this.tableHashKey = tableHashKey
    this.tableRangeKey = tableRangeKey
  }

  get name(): string {
    return this.definition.IndexName
  }

  /** Number of entries (DescribeTable's index ItemCount). */
  get count(): number {
    return this.#count
  }

  /** Sum of entry sizes in bytes (DescribeTable's IndexSizeBytes). */
  get sizeBytes(): number {
    return this.#sizeBytes
  }

  /** Increases on every change. */
  get version(): number {
    return this.#version
  }

  /** Order of entries inside one index partition: index sort key, then the table key (unique). */
  compare = (a: Item, b: Item): number => {
    const r = this.rangeKey
    if (r !== undefined) {
      const d = compareKeys(a[r]!, b[r]!)
      if (d !== 0) return d
    }
    const d = compareKeys(a[this.tableHashKey]!, b[this.tableHashKey]!)
    if (d !== 0 || this.tableRangeKey === undefined) return d
    return compareKeys(a[this.tableRangeKey]!, b[this.tableRangeKey]!)
  }

  /** Adds (or replaces) an entry. */
  put(entry: Item): void {
    const h = keyString(entry[this.hashKey]!)
    let list = this.#partitions.get(h)
    if (!list) this.#partitions.set(h, (list = new SortedList(this.compare)))
    const old = list.insert(entry)
    if (old) this.#sizeBytes -= itemSize(old)
    else this.#count++
    this.#sizeBytes += itemSize(entry)
    this.#version++
  }

  /** Removes the entry equal (same index and table key) to `entry`. */
  delete(entry: Item): void {
    const h = keyString(entry[this.hashKey]!)
    const list = this.#partitions.get(h)
    const old = list?.delete(entry)
    if (!old) return
    this.#count--
    this.#sizeBytes -= itemSize(old)
    this.#version++
    if (list!.size === 0) this.#partitions.delete(h)
  }

  /**
   * The entries whose index partition key equals `hashValue`, in index order (reverse with `reverse`),
   * skipping those for which `skip` holds (a prefix of the order walked).
   */
  partition(hashValue: AttributeValue, skip: (entry: Item) => boolean = () => false, reverse = false): IterableIterator<Item> {
    const list = this.#partitions.get(keyString(hashValue))
    return list ? list.from(skip, reverse) : [][Symbol.iterator]()
  }

  /** Every entry, partition by partition (in no particular partition order). */
  *entries(): IterableIterator<Item> {
    for (const list of this.#partitions.values()) yield* list.values()
  }

  clear(): void {
    this.#partitions.clear()
    this.#count = 0
    this.#sizeBytes = 0
    this.#version++
  }
}
