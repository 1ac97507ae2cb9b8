import type { DynamoDB } from '../../DynamoDB.ts'
import type { OperationContext } from '../../OperationContext.ts'
import type { KeySchemaElement } from '../../types.ts'
import { Violations } from '../../validation/tableConstraints.ts'
import { streamStatus, type StreamStatus, type StreamViewType } from '../model.ts'
import { expectMemberTypes, requireStream } from './common.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Shard.html */
export interface ShardDescription {
  ShardId: string
  SequenceNumberRange: { StartingSequenceNumber: string; EndingSequenceNumber?: string }
  ParentShardId?: string
}

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamDescription.html */
export interface StreamDescription {
  StreamArn: string
  StreamLabel: string
  StreamStatus: StreamStatus
  StreamViewType: StreamViewType
  /** Epoch seconds. */
  CreationRequestDateTime: number
  TableName: string
  KeySchema: KeySchemaElement[]
  Shards: ShardDescription[]
  LastEvaluatedShardId?: string
}

export interface DescribeStreamOutput {
  StreamDescription: StreamDescription
}

/** Most shards one DescribeStream returns ("The upper limit is 100"). */
export const DESCRIBE_STREAM_MAX = 100

/**
 * DescribeStream: status, view type, key schema and shards (oldest first; a shard with an
 * EndingSequenceNumber is closed). `Limit` (1–100) and ExclusiveStartShardId page the shards.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_DescribeStream.html
 * @throws ValidationException for a missing StreamArn, Limit < 1, ExclusiveStartShardId not 28–65 characters;
 *   `Invalid StreamArn` for a malformed ARN
 * @throws ResourceNotFoundException `Requested resource not found: Stream: <arn> not found`
 */
export function describeStream(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): DescribeStreamOutput {
  expectMemberTypes(raw, { StreamArn: 'string', Limit: 'number', ExclusiveStartShardId: 'string' })
  const v = new Violations()
  v.notNull('streamArn', raw['StreamArn'])
  v.minValue('limit', raw['Limit'], 1)
  v.minLength('exclusiveStartShardId', raw['ExclusiveStartShardId'], 28)
  v.maxLength('exclusiveStartShardId', raw['ExclusiveStartShardId'], 65)
  v.throwIfAny()
  const stream = requireStream(db, raw['StreamArn'] as string)
  ctx.tableName = stream.TableName
  const limit = Math.min((raw['Limit'] as number | undefined) ?? DESCRIBE_STREAM_MAX, DESCRIBE_STREAM_MAX)
  let shards = stream.shards
  const start = raw['ExclusiveStartShardId'] as string | undefined
  if (start !== undefined) {
    const i = shards.findIndex((s) => s.ShardId === start)
    shards = i >= 0 ? shards.slice(i + 1) : shards
  }
  const page = shards.slice(0, limit)
  const d: StreamDescription = {
    StreamArn: stream.StreamArn,
    StreamLabel: stream.StreamLabel,
    StreamStatus: streamStatus(stream, db.clock.now()),
    StreamViewType: stream.StreamViewType,
    CreationRequestDateTime: stream.CreationRequestDateTime,
    TableName: stream.TableName,
    KeySchema: stream.KeySchema.map((k) => ({ ...k })),
    Shards: page.map((s) => {
      const shard: ShardDescription = {
        ShardId: s.ShardId,
        SequenceNumberRange: { StartingSequenceNumber: s.StartingSequenceNumber },
      }
      if (s.EndingSequenceNumber !== undefined) shard.SequenceNumberRange.EndingSequenceNumber = s.EndingSequenceNumber
      if (s.ParentShardId !== undefined) shard.ParentShardId = s.ParentShardId
      return shard
    }),
  }
  if (shards.length > limit) d.LastEvaluatedShardId = page[page.length - 1]!.ShardId
  return { StreamDescription: d }
}
