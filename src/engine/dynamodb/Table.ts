import type {
  AttributeDefinition,
  AttributeValue,
  BillingMode,
  IndexStatus,
  Item,
  KeySchemaElement,
  Projection,
  TableStatus,
} from './types.ts'
import type { TimeToLiveState } from './ttl/TimeToLive.ts'
import { ItemStore, type StoredItem } from './ItemStore.ts'
import { itemSize } from './attributes/size.ts'
import { hashKey } from './partitions.ts'
import { TableCapacity } from './physics/TableCapacity.ts'
import type { CapacityState } from './physics/model.ts'

/** Provisioned throughput as DescribeTable reports it (dates in epoch seconds). */
export interface ProvisionedThroughputState {
  ReadCapacityUnits: number
  WriteCapacityUnits: number
  LastIncreaseDateTime?: number
  LastDecreaseDateTime?: number
  NumberOfDecreasesToday: number
}

/**
 * Maximum on-demand throughput (request units per second) of a table or GSI; a member absent = no maximum.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_OnDemandThroughput.html
 */
export interface OnDemandThroughputState {
  MaxReadRequestUnits?: number
  MaxWriteRequestUnits?: number
}

export interface LocalSecondaryIndexState {
  IndexName: string
  KeySchema: KeySchemaElement[]
  Projection: Projection
}

export interface GlobalSecondaryIndexState {
  IndexName: string
  KeySchema: KeySchemaElement[]
  Projection: Projection
  IndexStatus: IndexStatus
  Backfilling?: boolean
  ProvisionedThroughput?: ProvisionedThroughputState
  /** Throughput requested by UpdateTable, applied when the index returns to ACTIVE (control plane). */
  pendingProvisionedThroughput?: { ReadCapacityUnits: number; WriteCapacityUnits: number }
  /** On-demand maximum of this GSI (validation/onDemandThroughput.ts); absent = none. */
  OnDemandThroughput?: OnDemandThroughputState
}

export interface StreamSpecificationState {
  StreamEnabled: boolean
  StreamViewType?: 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY'
}

/**
 * A table's metadata: plain JSON, so snapshots are a copy. Field names are DescribeTable's
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableDescription.html).
 */
export interface TableMeta {
  TableName: string
  TableId: string
  TableArn: string
  KeySchema: KeySchemaElement[]
  AttributeDefinitions: AttributeDefinition[]
  BillingMode: BillingMode
  /** Epoch seconds of the last billing mode change (absent until the first change). */
  LastUpdateToPayPerRequestDateTime?: number
  /** Epoch seconds of each switch to PAY_PER_REQUEST (for the 4-per-24h limit). */
  payPerRequestSwitches?: number[]
  ProvisionedThroughput: ProvisionedThroughputState
  /** On-demand maximum of the table (validation/onDemandThroughput.ts); absent = none. */
  OnDemandThroughput?: OnDemandThroughputState
  TableStatus: TableStatus
  /** Epoch seconds. */
  CreationDateTime: number
  LocalSecondaryIndexes?: LocalSecondaryIndexState[]
  GlobalSecondaryIndexes?: GlobalSecondaryIndexState[]
  StreamSpecification?: StreamSpecificationState
  LatestStreamArn?: string
  LatestStreamLabel?: string
  /** TTL setting from UpdateTimeToLive (not part of DescribeTable; see ttl/TimeToLive.ts). */
  timeToLive?: TimeToLiveState
  DeletionProtectionEnabled?: boolean
  Tags?: { Key: string; Value: string }[]
  /** Throughput requested by UpdateTable, applied when the table returns to ACTIVE (control plane). */
  pendingProvisionedThroughput?: { ReadCapacityUnits: number; WriteCapacityUnits: number }
  /** Billing mode requested by UpdateTable, applied when the table returns to ACTIVE (control plane). */
  pendingBillingMode?: BillingMode
}

/** A table's whole state, for snapshots. */
export interface TableState {
  meta: TableMeta
  items: Item[]
  /** Partitions, token buckets, metrics, auto scaling (physics/); absent in older snapshots. */
  capacity?: CapacityState
}

/**
 * One DynamoDB table: metadata plus items. Keeps the running TableSizeBytes as items come and go.
 */
export class Table {
  readonly meta: TableMeta
  readonly items: ItemStore
  /** Capacity physics: partitions as state, token buckets, metrics (physics/TableCapacity.ts). */
  readonly capacity: TableCapacity
  #sizeBytes = 0
  /** Last S partition key value {@link ringPosition} hashed, and its position. */
  #ringS: string | undefined = undefined
  #ringPos = 0
  /** Last item {@link sizeOf} measured (or {@link put} stored), and its size. */
  #sizedItem: Item | undefined = undefined
  #sizedBytes = 0

  constructor(meta: TableMeta, capacity?: CapacityState) {
    this.meta = meta
    const hash = meta.KeySchema.find((k) => k.KeyType === 'HASH')!.AttributeName
    const range = meta.KeySchema.find((k) => k.KeyType === 'RANGE')?.AttributeName
    this.items = new ItemStore(hash, range)
    this.capacity = new TableCapacity(this, capacity)
  }

  get name(): string {
    return this.meta.TableName
  }

  get hashKey(): string {
    return this.items.hashKey
  }

  get rangeKey(): string | undefined {
    return this.items.rangeKey
  }

  /** Type (S, N or B) declared for an attribute in AttributeDefinitions. */
  attributeType(name: string): 'S' | 'N' | 'B' | undefined {
    return this.meta.AttributeDefinitions.find((d) => d.AttributeName === name)?.AttributeType
  }

  /** Sum of item sizes in bytes (DescribeTable's TableSizeBytes). */
  get sizeBytes(): number {
    return this.#sizeBytes
  }

  get itemCount(): number {
    return this.items.count
  }

  get(key: Item): Item | undefined {
    return this.items.get(key)
  }

  /** The stored record (item, size, ring position) of the item with `key`, or undefined. */
  entry(key: Item): StoredItem | undefined {
    return this.items.entry(key)
  }

  /**
   * Stores an item (already validated). `size` is its `itemSize` in bytes when the caller measured it.
   * Returns the item it replaced.
   */
  put(item: Item, size?: number): Item | undefined {
    return this.putEntry(item, size)?.item
  }

  /** {@link put}, returning the replaced record (with its size). */
  putEntry(item: Item, size?: number): StoredItem | undefined {
    if (size === undefined) size = itemSize(item)
    const old = this.items.put(item, size)
    if (old) this.#sizeBytes -= old.size
    this.#sizeBytes += size
    this.#sizedItem = item
    this.#sizedBytes = size
    return old
  }

  delete(key: Item): Item | undefined {
    const old = this.items.delete(key)
    if (!old) return undefined
    this.#sizeBytes -= old.size
    return old.item
  }

  /**
   * `itemSize` of an item this table stores or stored (stored items are never modified: writes store new
   * objects), bytes. The last item sized is kept: a hot key's item is read and replaced again and again.
   */
  sizeOf(item: Item): number {
    if (item !== this.#sizedItem) {
      this.#sizedBytes = itemSize(item)
      this.#sizedItem = item
    }
    return this.#sizedBytes
  }

  /**
   * Number of partitions: state kept by the capacity physics (physics/partitionLayout.ts; AWS-FACTS §3.1):
   * ceil(max(RCU/3000 + WCU/1000, size/10 GB)) at creation, doubling as throughput grows, splitting past
   * 10 GB, never merging. A new on-demand table starts with 8 (12,000 RRU + 4,000 WRU).
   */
  partitionCount(): number {
    this.capacity.sync(this, this.capacity.now())
    return this.capacity.table.state.partitions.length
  }

  /** Ring position (32-bit) of an item's partition key value. */
  ringPosition(item: Item): number {
    const v = item[this.items.hashKey] as AttributeValue
    if (!('S' in v)) return hashKey(this.items.hashOf(item))
    // Hot keys repeat: the last S value's position is kept (same value, same position).
    if (v.S !== this.#ringS) {
      this.#ringPos = hashKey(`S${v.S}`)
      this.#ringS = v.S
    }
    return this.#ringPos
  }

  /** Ring position of a stored record's partition key (computed once per record, then kept on it). */
  ringOf(e: StoredItem): number {
    if (e.ring < 0) e.ring = this.ringPosition(e.item)
    return e.ring
  }

  /** Index of the partition that holds `item` (or the key). */
  partitionOf(item: Item): number {
    return this.partitionAt(this.ringPosition(item))
  }

  /**
   * Index of the partition that holds ring position `ring` now. The capacity state is first brought to the
   * current virtual time as the request's charge will bring it (a split due this second happens first), so
   * a trace names the partition the charge then uses.
   */
  partitionAt(ring: number): number {
    const c = this.capacity
    if (c.clock) c.advance(this, c.now())
    else c.sync(this, c.now())
    return c.partitionIndex(c.table, ring)
  }

  getState(): TableState {
    return { meta: structuredCopy(this.meta), items: [...this.items.items()], capacity: this.capacity.getState() }
  }

  static fromState(state: TableState): Table {
    const t = new Table(structuredCopy(state.meta), state.capacity ? structuredCopy(state.capacity) : undefined)
    for (const item of state.items) t.put(item)
    return t
  }
}

function structuredCopy<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T
}
