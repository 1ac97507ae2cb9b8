/**
 * DynamoDB Streams dispatch table: `X-Amz-Target: DynamoDBStreams_20120810.<Action>` → operation.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Operations_Amazon_DynamoDB_Streams.html
 */
import type { DynamoDB } from '../../DynamoDB.ts'
import type { OperationContext } from '../../OperationContext.ts'
import { UnknownOperationException } from '../../errors.ts'
import { describeStream } from './DescribeStream.ts'
import { getRecords } from './GetRecords.ts'
import { getShardIterator } from './GetShardIterator.ts'
import { listStreams } from './ListStreams.ts'

export const streamsOperations = {
  ListStreams: listStreams,
  DescribeStream: describeStream,
  GetShardIterator: getShardIterator,
  GetRecords: getRecords,
} as const

export type DynamoDBStreamsOperation = keyof typeof streamsOperations

/** True when `name` is a Streams action this simulator implements. */
export function isStreamsOperation(name: string): name is DynamoDBStreamsOperation {
  return Object.hasOwn(streamsOperations, name)
}

/**
 * Runs one Streams action. `input` is the parsed JSON body, not yet validated.
 * @throws UnknownOperationException for an action we do not implement
 */
export function executeStreamsOperation(db: DynamoDB, operation: string, input: unknown, ctx: OperationContext): unknown {
  if (!isStreamsOperation(operation)) throw new UnknownOperationException()
  const handler = streamsOperations[operation] as (db: DynamoDB, input: Record<string, unknown>, ctx: OperationContext) => unknown
  return handler(db, (input ?? {}) as Record<string, unknown>, ctx)
}
