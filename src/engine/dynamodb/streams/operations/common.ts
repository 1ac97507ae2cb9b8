import type { DynamoDB } from '../../DynamoDB.ts'
import { ResourceNotFoundException, ValidationException } from '../../errors.ts'
import { SerializationException } from '../../errors.ts'
import { syncStreams } from '../lifecycle.ts'
import { streamsOf, type ShardState, type StreamState } from '../model.ts'

/** A well-formed DynamoDB stream ARN: `arn:aws:dynamodb:<region>:<account>:table/<name>/stream/<label>`. */
const STREAM_ARN_RE = /^arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\d{12}:table\/[a-zA-Z0-9_.-]{3,255}\/stream\/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/

/**
 * Message for a StreamArn that is not a stream ARN. AWS answers `DescribeStream {StreamArn: 'fake-stream'}` with a
 * ValidationException matching "Invalid StreamArn" (aws-sdk-js integration test against AWS).
 */
export const INVALID_STREAM_ARN = 'Invalid StreamArn'

/** Rejects members of the wrong JSON type. @throws SerializationException */
export function expectMemberTypes(input: Record<string, unknown>, spec: Record<string, 'string' | 'number'>): void {
  for (const [key, type] of Object.entries(spec)) {
    const v = input[key]
    if (v === undefined || v === null) continue
    if (typeof v !== type) {
      throw new SerializationException(type === 'string' ? 'NUMBER_VALUE cannot be converted to String' : `Unexpected value type for ${key}: expected number`)
    }
  }
}

/**
 * The stream named by a StreamArn (after syncing stream lifecycles).
 * @throws ValidationException {@link INVALID_STREAM_ARN} for a malformed ARN
 * @throws ResourceNotFoundException `Requested resource not found: Stream: <arn> not found`
 */
export function requireStream(db: DynamoDB, arn: string): StreamState {
  if (!STREAM_ARN_RE.test(arn)) throw new ValidationException(INVALID_STREAM_ARN)
  syncStreams(db)
  const stream = streamsOf(db).streams.find((s) => s.StreamArn === arn)
  if (!stream) throw new ResourceNotFoundException(`Requested resource not found: Stream: ${arn} not found`)
  return stream
}

/**
 * A shard of the stream (also gone once closed and trimmed).
 * @throws ResourceNotFoundException `Requested resource not found: Shard does not exist` (the text stream
 *   consumers such as Apache Flink's Kinesis/DynamoDB Streams connector expect)
 */
export function requireShard(stream: StreamState, shardId: string): ShardState {
  const shard = stream.shards.find((s) => s.ShardId === shardId)
  if (!shard) throw new ResourceNotFoundException('Requested resource not found: Shard does not exist')
  return shard
}
