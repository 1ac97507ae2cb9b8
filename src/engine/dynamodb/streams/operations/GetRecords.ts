import type { DynamoDB } from '../../DynamoDB.ts'
import type { OperationContext } from '../../OperationContext.ts'
import type { Item } from '../../types.ts'
import { LimitExceededException } from '../../errors.ts'
import { Violations } from '../../validation/tableConstraints.ts'
import { ExpiredIteratorException, TrimmedDataAccessException } from '../errors.ts'
import { decodeShardIterator, encodeShardIterator } from '../iterators.ts'
import { ITERATOR_TTL_MS, compareSeq, type StoredRecord, type StreamState, type StreamViewType } from '../model.ts'
import { expectMemberTypes, requireShard, requireStream } from './common.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Record.html */
export interface StreamRecordOut {
  eventID: string
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE'
  eventVersion: '1.1'
  eventSource: 'aws:dynamodb'
  awsRegion: string
  dynamodb: {
    /** Epoch seconds. */
    ApproximateCreationDateTime: number
    Keys: Item
    NewImage?: Item
    OldImage?: Item
    SequenceNumber: string
    SizeBytes: number
    StreamViewType: StreamViewType
  }
  /** TTL deletions only. */
  userIdentity?: { PrincipalId: 'dynamodb.amazonaws.com'; Type: 'Service' }
}

export interface GetRecordsOutput {
  Records: StreamRecordOut[]
  /** Absent once a closed shard has been read to its end. */
  NextShardIterator?: string
}

/** Most records per call, and the byte budget (AWS: 1,000 records or 1 MB, whichever comes first). */
export const GET_RECORDS_MAX = 1000
export const GET_RECORDS_MAX_BYTES = 1024 * 1024

/**
 * GetRecords: up to `Limit` (1–1000, default 1000) records after the iterator's position, and the iterator
 * for the next call (issued now, so it is valid another 15 minutes).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetRecords.html
 * @throws ValidationException for a missing ShardIterator or one not 1–2048 characters, Limit < 1, an
 *   undecodable iterator
 * @throws LimitExceededException `Too many operations for a given subscriber.` for Limit > 1000 (the API
 *   reference lists this case under LimitExceededException; the message is the documented generic one)
 * @throws ExpiredIteratorException `The provided iterator exceeds the maximum age allowed.` after 15 minutes
 * @throws TrimmedDataAccessException when records between the iterator and the trim point were trimmed
 * @throws ResourceNotFoundException when the stream or shard no longer exists
 */
export function getRecords(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): GetRecordsOutput {
  expectMemberTypes(raw, { ShardIterator: 'string', Limit: 'number' })
  const v = new Violations()
  if (v.notNull('shardIterator', raw['ShardIterator'])) {
    v.minLength('shardIterator', raw['ShardIterator'], 1)
    v.maxLength('shardIterator', raw['ShardIterator'], 2048)
  }
  v.minValue('limit', raw['Limit'], 1)
  v.throwIfAny()
  // The model only sets a minimum; the API reference lists Limit > 1000 under LimitExceededException.
  if ((raw['Limit'] as number | undefined) !== undefined && (raw['Limit'] as number) > GET_RECORDS_MAX) throw new LimitExceededException()
  const it = decodeShardIterator(raw['ShardIterator'] as string)
  const now = db.clock.now()
  if (now - it.issuedAt > ITERATOR_TTL_MS) throw new ExpiredIteratorException()
  const stream = requireStream(db, it.StreamArn)
  ctx.tableName = stream.TableName
  const shard = requireShard(stream, it.ShardId)
  if (shard.trimmedThrough !== undefined && (it.after === '' || compareSeq(it.after, shard.trimmedThrough) < 0)) {
    throw new TrimmedDataAccessException()
  }
  const limit = (raw['Limit'] as number | undefined) ?? GET_RECORDS_MAX
  const out: StreamRecordOut[] = []
  let bytes = 0
  let after = it.after
  let remaining = 0
  for (const r of shard.records) {
    if (after !== '' && compareSeq(r.SequenceNumber, after) <= 0) continue
    if (out.length >= limit || (out.length > 0 && bytes + r.SizeBytes > GET_RECORDS_MAX_BYTES)) {
      remaining++
      break
    }
    out.push(render(db, stream, r))
    bytes += r.SizeBytes
    after = r.SequenceNumber
  }
  const result: GetRecordsOutput = { Records: out }
  const exhausted = shard.EndingSequenceNumber !== undefined && remaining === 0
  if (!exhausted) result.NextShardIterator = encodeShardIterator({ StreamArn: stream.StreamArn, ShardId: shard.ShardId, after, issuedAt: now })
  return result
}

function render(db: DynamoDB, stream: StreamState, r: StoredRecord): StreamRecordOut {
  const rec: StreamRecordOut = {
    eventID: r.eventID,
    eventName: r.eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: db.region,
    dynamodb: {
      ApproximateCreationDateTime: r.ApproximateCreationDateTime,
      Keys: structuredCopy(r.Keys),
      SequenceNumber: r.SequenceNumber,
      SizeBytes: r.SizeBytes,
      StreamViewType: stream.StreamViewType,
    },
  }
  if (r.NewImage) rec.dynamodb.NewImage = structuredCopy(r.NewImage)
  if (r.OldImage) rec.dynamodb.OldImage = structuredCopy(r.OldImage)
  if (r.ttl) rec.userIdentity = { PrincipalId: 'dynamodb.amazonaws.com', Type: 'Service' }
  return rec
}

function structuredCopy<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T
}
