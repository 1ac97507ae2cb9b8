import type { DynamoDB } from '../../DynamoDB.ts'
import type { OperationContext } from '../../OperationContext.ts'
import { ValidationException } from '../../errors.ts'
import { Violations } from '../../validation/tableConstraints.ts'
import { TrimmedDataAccessException } from '../errors.ts'
import { encodeShardIterator } from '../iterators.ts'
import { compareSeq } from '../model.ts'
import { expectMemberTypes, requireShard, requireStream } from './common.ts'

export type ShardIteratorType = 'TRIM_HORIZON' | 'LATEST' | 'AT_SEQUENCE_NUMBER' | 'AFTER_SEQUENCE_NUMBER'
export const SHARD_ITERATOR_TYPES: readonly ShardIteratorType[] = ['TRIM_HORIZON', 'LATEST', 'AT_SEQUENCE_NUMBER', 'AFTER_SEQUENCE_NUMBER']

export interface GetShardIteratorOutput {
  ShardIterator: string
}

/** [unverified] AWS's wording when AT_/AFTER_SEQUENCE_NUMBER comes without a SequenceNumber. */
export const SEQUENCE_NUMBER_REQUIRED = 'Must specify a sequence number for iterator type AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER'

/**
 * GetShardIterator: a position in a shard, valid for 15 minutes. TRIM_HORIZON = the oldest untrimmed record,
 * LATEST = just after the newest record, AT_/AFTER_SEQUENCE_NUMBER = at/after a given record.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetShardIterator.html
 * @throws ValidationException for missing members, ShardId not 28–65 / SequenceNumber not 21–40 characters,
 *   an unknown ShardIteratorType, a missing or non-numeric SequenceNumber for AT_/AFTER_SEQUENCE_NUMBER, a
 *   sequence number outside the shard; `Invalid StreamArn`
 * @throws ResourceNotFoundException for an unknown stream or shard
 * @throws TrimmedDataAccessException for a sequence number older than the 24-hour trim point
 */
export function getShardIterator(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): GetShardIteratorOutput {
  expectMemberTypes(raw, { StreamArn: 'string', ShardId: 'string', ShardIteratorType: 'string', SequenceNumber: 'string' })
  const v = new Violations()
  v.notNull('streamArn', raw['StreamArn'])
  if (v.notNull('shardId', raw['ShardId'])) {
    v.minLength('shardId', raw['ShardId'], 28)
    v.maxLength('shardId', raw['ShardId'], 65)
  }
  if (v.notNull('shardIteratorType', raw['ShardIteratorType'])) v.enumOf('shardIteratorType', raw['ShardIteratorType'], SHARD_ITERATOR_TYPES)
  v.minLength('sequenceNumber', raw['SequenceNumber'], 21)
  v.maxLength('sequenceNumber', raw['SequenceNumber'], 40)
  v.throwIfAny()
  const type = raw['ShardIteratorType'] as ShardIteratorType
  const seqText = raw['SequenceNumber'] as string | undefined
  if ((type === 'AT_SEQUENCE_NUMBER' || type === 'AFTER_SEQUENCE_NUMBER') && seqText === undefined) throw new ValidationException(SEQUENCE_NUMBER_REQUIRED)
  if (seqText !== undefined && !/^\d+$/.test(seqText)) throw new ValidationException(`Invalid SequenceNumber: ${seqText}`)

  const stream = requireStream(db, raw['StreamArn'] as string)
  ctx.tableName = stream.TableName
  const shard = requireShard(stream, raw['ShardId'] as string)
  const last = shard.records[shard.records.length - 1]?.SequenceNumber
  let after: string
  if (type === 'TRIM_HORIZON') after = shard.trimmedThrough ?? ''
  else if (type === 'LATEST') after = last ?? shard.trimmedThrough ?? ''
  else {
    const s = seqText!
    if (shard.trimmedThrough !== undefined && compareSeq(s, shard.trimmedThrough) <= 0) throw new TrimmedDataAccessException()
    const beyond = shard.EndingSequenceNumber !== undefined ? compareSeq(s, shard.EndingSequenceNumber) > 0 : last === undefined || compareSeq(s, last) > 0
    if (compareSeq(s, shard.StartingSequenceNumber) < 0 || beyond) {
      // [unverified] wording
      throw new ValidationException(`Invalid SequenceNumber for ShardIterator: ${s} is not in shard ${shard.ShardId}`)
    }
    after = type === 'AFTER_SEQUENCE_NUMBER' ? s : (BigInt(s) - 1n).toString()
  }
  return { ShardIterator: encodeShardIterator({ StreamArn: stream.StreamArn, ShardId: shard.ShardId, after, issuedAt: db.clock.now() }) }
}
