import type { DynamoDB } from '../DynamoDB.ts'
import type { Item, KeySchemaElement } from '../types.ts'

/**
 * DynamoDB Streams state: plain JSON, so a snapshot is a copy (`DynamoDBState.streams`).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html
 */

export type StreamViewType = 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES'
export type StreamStatus = 'ENABLING' | 'ENABLED' | 'DISABLING' | 'DISABLED'

/** One stored change record (rendered into AWS's Record shape by GetRecords). */
export interface StoredRecord {
  eventID: string
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE'
  SequenceNumber: string
  /** Virtual ms of the change. */
  at: number
  /** ApproximateCreationDateTime, epoch seconds. */
  ApproximateCreationDateTime: number
  Keys: Item
  NewImage?: Item
  OldImage?: Item
  SizeBytes: number
  /** A TTL deletion (userIdentity Service / dynamodb.amazonaws.com). */
  ttl?: true
}

/** One shard. Modeled as one shard per table partition (see lifecycle.ts). */
export interface ShardState {
  ShardId: string
  ParentShardId?: string
  StartingSequenceNumber: string
  EndingSequenceNumber?: string
  /** Partition index this shard records. */
  partition: number
  /** Start of that partition's hash range (`shardPerPartition` only; lineage after uneven splits). */
  start?: number
  /** Virtual ms the shard was closed (EndingSequenceNumber set). */
  closedAt?: number
  /** Sequence number of the newest record trimmed away (24-hour retention), if any. */
  trimmedThrough?: string
  records: StoredRecord[]
}

/** One stream (a table has a new one each time its stream is enabled). */
export interface StreamState {
  StreamArn: string
  StreamLabel: string
  TableName: string
  /** TableId of the table it belongs to (a re-created table with the same name gets new streams). */
  TableId: string
  StreamViewType: StreamViewType
  KeySchema: KeySchemaElement[]
  /** Epoch seconds of the enabling request. */
  CreationRequestDateTime: number
  /** Virtual ms the stream was created; ENABLING until `enabledAt`. */
  createdAt: number
  enabledAt: number
  /** Virtual ms the stream was disabled (or its table deleted); DISABLING until `disabledAt`. */
  closedAt?: number
  disabledAt?: number
  /** Number of open shards the current generation was laid out for (1, or the table's partition count). */
  partitionCount: number
  /** Shard generation (a new one at each rollover or partition-count change). */
  generation: number
  /** Virtual ms the current generation of shards was opened. */
  generationOpenedAt: number
  shards: ShardState[]
}

export interface StreamsState {
  /** Last sequence number handed out (service-wide counter). */
  seq: number
  streams: StreamState[]
}

/** Records stay readable 24 hours. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html */
export const RETENTION_MS = 24 * 3_600_000
/** Shard iterators expire 15 minutes after GetShardIterator (or GetRecords) returned them. */
export const ITERATOR_TTL_MS = 15 * 60_000

/**
 * How shards are laid out (`streamsSettings(db)`).
 */
export interface StreamsSettings {
  /**
   * One shard per table partition (AWS: shards follow partitions) instead of a single shard lineage. Off by
   * default: a new small table's stream shows one open shard on AWS (AWS CLI describe-stream example), and
   * readers that only look at the first shard then see every record.
   * @default false
   */
  shardPerPartition: boolean
  /**
   * Open shards are closed and replaced by child shards this often. AWS rolls shards over roughly every four
   * hours (3.8 h between the two shards of the AWS CLI describe-stream example).
   * @default 14400000 (4 hours)
   */
  rolloverMs: number
}

export const DEFAULT_STREAMS_SETTINGS: Readonly<StreamsSettings> = Object.freeze({ shardPerPartition: false, rolloverMs: 4 * 3_600_000 })

const settings = new WeakMap<DynamoDB, StreamsSettings>()

/** The service's (mutable) shard layout settings. */
export function streamsSettings(db: DynamoDB): StreamsSettings {
  let s = settings.get(db)
  if (!s) {
    s = { ...DEFAULT_STREAMS_SETTINGS }
    settings.set(db, s)
  }
  return s
}

const stores = new WeakMap<DynamoDB, StreamsState>()

/** The service's stream store. */
export function streamsOf(db: DynamoDB): StreamsState {
  let s = stores.get(db)
  if (!s) {
    s = { seq: 0, streams: [] }
    stores.set(db, s)
  }
  return s
}

/** Copy of the store for a snapshot. */
export function getStreamsState(db: DynamoDB): StreamsState {
  return JSON.parse(JSON.stringify(streamsOf(db))) as StreamsState
}

/** Replaces the store (snapshot restore; absent in older snapshots = empty). */
export function setStreamsState(db: DynamoDB, state: StreamsState | undefined): void {
  stores.set(db, state ? (JSON.parse(JSON.stringify(state)) as StreamsState) : { seq: 0, streams: [] })
}

/** Sequence number text for counter value `n`: 21 digits (AWS's minimum length), increasing with `n`. */
export function sequenceNumber(n: number): string {
  return `1${String(n).padStart(20, '0')}`
}

/** Numeric comparison of two sequence-number strings. */
export function compareSeq(a: string, b: string): number {
  const x = BigInt(a)
  const y = BigInt(b)
  return x < y ? -1 : x > y ? 1 : 0
}

/** StreamStatus at virtual time `now`. */
export function streamStatus(stream: StreamState, now: number): StreamStatus {
  if (stream.closedAt !== undefined) return now < (stream.disabledAt ?? stream.closedAt) ? 'DISABLING' : 'DISABLED'
  return now < stream.enabledAt ? 'ENABLING' : 'ENABLED'
}
