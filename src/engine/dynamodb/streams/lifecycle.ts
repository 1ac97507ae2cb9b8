import type { DynamoDB } from '../DynamoDB.ts'
import type { Table } from '../Table.ts'
import { hexId } from './ids.ts'
import { RETENTION_MS, sequenceNumber, streamsOf, streamsSettings, type ShardState, type StreamState, type StreamViewType } from './model.ts'

/**
 * Stream lifecycle, derived from the tables' stream settings (which CreateTable/UpdateTable/DeleteTable
 * own): {@link syncStreams} runs after every DynamoDB operation and before every write record and Streams
 * call, so a stream exists from the request that enabled it (no retroactive records) and closes with the
 * request that disabled it or deleted its table.
 *
 * Model (documented simplifications):
 * - One open shard by default, or one per table partition with `streamsSettings(db).shardPerPartition`.
 *   Every `rolloverMs` (4 h), and when the partition count changes, every open shard closes and a new
 *   generation opens, each new shard's ParentShardId being the old shard covering its key range. A closed
 *   shard's EndingSequenceNumber is its last record's (its StartingSequenceNumber when it stayed empty, as
 *   in AWS's describe-stream example).
 * - StreamStatus is ENABLING until the table's stream change settles (`db.timings.streamUpdateMs`, or the
 *   table's creation time), DISABLING for `streamUpdateMs` after the disable, then DISABLED.
 * - Retention 24 hours on the virtual clock: older records are trimmed; a stream closed more than 24 hours
 *   ago disappears.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html
 */

/** Creates streams newly enabled, closes streams disabled or deleted, trims expired records. */
export function syncStreams(db: DynamoDB): void {
  const store = streamsOf(db)
  const now = db.clock.now()
  for (const table of db.tables.values()) {
    const m = table.meta
    if (!m.StreamSpecification?.StreamEnabled || !m.LatestStreamArn || m.TableStatus === 'DELETING') continue
    if (store.streams.some((s) => s.StreamArn === m.LatestStreamArn)) continue
    store.streams.push(createStream(db, table))
  }
  const rollover = streamsSettings(db).rolloverMs
  for (const s of store.streams) {
    if (s.closedAt !== undefined) continue
    if (rollover > 0 && now - s.generationOpenedAt >= rollover) relayoutShards(db, s, s.partitionCount)
    const t = db.tables.get(s.TableName)
    const live =
      t !== undefined &&
      t.meta.TableId === s.TableId &&
      t.meta.TableStatus !== 'DELETING' &&
      t.meta.StreamSpecification?.StreamEnabled === true &&
      t.meta.LatestStreamArn === s.StreamArn
    if (!live) closeStream(db, s, now)
  }
  trim(db, now)
}

/** The open stream of `table`, if its stream is enabled. */
export function openStreamOf(db: DynamoDB, table: Table): StreamState | undefined {
  return streamsOf(db).streams.find((s) => s.closedAt === undefined && s.TableId === table.meta.TableId && s.StreamArn === table.meta.LatestStreamArn)
}

function createStream(db: DynamoDB, table: Table): StreamState {
  const m = table.meta
  const now = db.clock.now()
  const settle =
    m.TableStatus === 'CREATING'
      ? m.GlobalSecondaryIndexes?.length
        ? db.timings.createTableWithIndexesMs
        : db.timings.createTableMs
      : db.timings.streamUpdateMs
  const partitions = shardCountFor(db, table)
  const stream: StreamState = {
    StreamArn: m.LatestStreamArn!,
    StreamLabel: m.LatestStreamLabel ?? m.LatestStreamArn!.slice(m.LatestStreamArn!.lastIndexOf('/') + 1),
    TableName: m.TableName,
    TableId: m.TableId,
    StreamViewType: (m.StreamSpecification!.StreamViewType ?? 'KEYS_ONLY') as StreamViewType,
    KeySchema: m.KeySchema.map((k) => ({ AttributeName: k.AttributeName, KeyType: k.KeyType })),
    CreationRequestDateTime: db.clock.epochSeconds(),
    createdAt: now,
    enabledAt: now + settle,
    partitionCount: partitions,
    generation: 0,
    generationOpenedAt: now,
    shards: [],
  }
  openShards(db, stream, partitions, [], shardStartsFor(db, table))
  return stream
}

/** Hash-range starts of the table's partitions, in layout order (`shardPerPartition` only; else undefined). */
export function shardStartsFor(db: DynamoDB, table: Table): number[] | undefined {
  if (!streamsSettings(db).shardPerPartition) return undefined
  table.partitionCount() // brings the layout up to date
  return table.capacity.table.state.partitions.map((p) => p.start)
}

/** Number of open shards the table's stream should have. */
export function shardCountFor(db: DynamoDB, table: Table): number {
  return streamsSettings(db).shardPerPartition ? table.partitionCount() : 1
}

/** Index of the open shard (in layout order) that records `key`'s changes. */
export function shardIndexFor(db: DynamoDB, table: Table, key: Parameters<Table['partitionOf']>[0]): number {
  return streamsSettings(db).shardPerPartition ? table.partitionOf(key) : 0
}

/**
 * Opens `count` shards. Each new shard's parent is the closed shard whose partition held the start of the new
 * partition's hash range (`starts`, when known on both sides: splits need not be even); otherwise the shard at
 * the same relative position.
 */
function openShards(db: DynamoDB, stream: StreamState, count: number, parents: ShardState[], starts?: number[]): void {
  const now = db.clock.now()
  const start = sequenceNumber(streamsOf(db).seq + 1)
  const stamp = String(db.clock.epochMs + now).padStart(20, '0')
  for (let i = 0; i < count; i++) {
    const shard: ShardState = {
      ShardId: `shardId-${stamp}-${hexId(`${stream.StreamArn}|${stream.generation}|${i}`, 8)}`,
      StartingSequenceNumber: start,
      partition: i,
      records: [],
    }
    const rangeStart = starts?.[i]
    if (rangeStart !== undefined) shard.start = rangeStart
    const byRange = rangeStart !== undefined && parents.length > 0 && parents.every((p) => p.start !== undefined)
    const parent = byRange
      ? parents.reduce((best, p) => (p.start! <= rangeStart && p.start! >= best.start! ? p : best), parents[0]!)
      : parents.length
        ? parents[Math.min(parents.length - 1, Math.floor((i * parents.length) / count))]
        : undefined
    if (parent) shard.ParentShardId = parent.ShardId
    stream.shards.push(shard)
  }
}

function closeShard(shard: ShardState, now: number): void {
  if (shard.EndingSequenceNumber !== undefined) return
  const last = shard.records[shard.records.length - 1]
  shard.EndingSequenceNumber = last?.SequenceNumber ?? shard.trimmedThrough ?? shard.StartingSequenceNumber
  shard.closedAt = now
}

function closeStream(db: DynamoDB, stream: StreamState, now: number): void {
  stream.closedAt = now
  stream.disabledAt = now + db.timings.streamUpdateMs
  for (const shard of stream.shards) closeShard(shard, now)
}

/**
 * Closes the open shards and opens a generation laid out for `count` partitions whose hash ranges start at
 * `starts` (default: the same ranges as the closing generation).
 */
export function relayoutShards(db: DynamoDB, stream: StreamState, count: number, starts?: number[]): void {
  const now = db.clock.now()
  const open = stream.shards.filter((s) => s.EndingSequenceNumber === undefined).sort((a, b) => a.partition - b.partition)
  for (const shard of open) closeShard(shard, now)
  stream.generation++
  stream.generationOpenedAt = now
  stream.partitionCount = count
  const same = open.length === count && open.every((s) => s.start !== undefined) ? open.map((s) => s.start!) : undefined
  openShards(db, stream, count, open, starts ?? same)
}

function trim(db: DynamoDB, now: number): void {
  const store = streamsOf(db)
  const horizon = now - RETENTION_MS
  store.streams = store.streams.filter((s) => s.closedAt === undefined || s.closedAt >= horizon)
  for (const s of store.streams) {
    for (const shard of s.shards) {
      let n = 0
      while (n < shard.records.length && shard.records[n]!.at < horizon) n++
      if (n > 0) {
        shard.trimmedThrough = shard.records[n - 1]!.SequenceNumber
        shard.records.splice(0, n)
      }
    }
    s.shards = s.shards.filter((sh) => sh.closedAt === undefined || sh.closedAt >= horizon || sh.records.length > 0)
  }
}
