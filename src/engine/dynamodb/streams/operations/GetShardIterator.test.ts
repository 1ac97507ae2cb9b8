import { describe, expect, it } from 'vitest'
import { Simulation } from '../../../Simulation.ts'
import { openShardIdFor, streams, tableWithStream, type RecordOut } from '../testing.ts'

/** A table whose items all land in one known shard: the shard of item `a`. */
function setup() {
  const sim = new Simulation()
  const arn = tableWithStream(sim)
  for (const v of ['1', '2', '3']) sim.request('dynamodb', 'PutItem', { TableName: 'Orders', Item: { id: { S: 'a' }, v: { N: v } } })
  return { sim, arn, ShardId: openShardIdFor(sim, arn, { id: { S: 'a' } }) }
}

const iter = (sim: Simulation, input: Record<string, unknown>) => streams<{ ShardIterator: string }>(sim, 'GetShardIterator', input).ShardIterator
const read = (sim: Simulation, ShardIterator: string, Limit?: number) =>
  streams<{ Records: RecordOut[]; NextShardIterator?: string }>(sim, 'GetRecords', { ShardIterator, ...(Limit ? { Limit } : {}) })

describe('GetShardIterator', () => {
  describe('validations', () => {
    it('returns ValidationException for missing members and an unknown iterator type', () => {
      const sim = new Simulation()
      expect(sim.request('dynamodbstreams', 'GetShardIterator', {}).error?.message).toBe(
        "3 validation errors detected: Value null at 'streamArn' failed to satisfy constraint: Member must not be null; " +
          "Value null at 'shardId' failed to satisfy constraint: Member must not be null; " +
          "Value null at 'shardIteratorType' failed to satisfy constraint: Member must not be null",
      )
      const { arn, ShardId } = setup()
      expect(sim.request('dynamodbstreams', 'GetShardIterator', { StreamArn: arn, ShardId, ShardIteratorType: 'OLDEST' }).error?.message).toBe(
        "1 validation error detected: Value 'OLDEST' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: [TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER]",
      )
    })

    it('returns ValidationException when AT_SEQUENCE_NUMBER has no SequenceNumber', () => {
      const { sim, arn, ShardId } = setup()
      const r = sim.request('dynamodbstreams', 'GetShardIterator', { StreamArn: arn, ShardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER' })
      expect(r.error?.name).toBe('ValidationException')
    })

    it('returns ResourceNotFoundException for an unknown shard', () => {
      const { sim, arn } = setup()
      const r = sim.request('dynamodbstreams', 'GetShardIterator', { StreamArn: arn, ShardId: 'shardId-00000000000000000000-00000000', ShardIteratorType: 'LATEST' })
      expect(r.error?.name).toBe('ResourceNotFoundException')
      expect(r.error?.message).toBe('Requested resource not found: Shard does not exist')
    })
  })

  describe('functionality', () => {
    it('positions TRIM_HORIZON, LATEST, AT_ and AFTER_SEQUENCE_NUMBER', () => {
      const { sim, arn, ShardId } = setup()
      const all = read(sim, iter(sim, { StreamArn: arn, ShardId, ShardIteratorType: 'TRIM_HORIZON' })).Records
      expect(all.map((r) => r.eventName)).toEqual(['INSERT', 'MODIFY', 'MODIFY'])
      const second = all[1]!.dynamodb.SequenceNumber
      const at = read(sim, iter(sim, { StreamArn: arn, ShardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: second })).Records
      expect(at.map((r) => r.dynamodb.SequenceNumber)).toEqual([second, all[2]!.dynamodb.SequenceNumber])
      const after = read(sim, iter(sim, { StreamArn: arn, ShardId, ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: second })).Records
      expect(after.map((r) => r.dynamodb.SequenceNumber)).toEqual([all[2]!.dynamodb.SequenceNumber])
      const latest = iter(sim, { StreamArn: arn, ShardId, ShardIteratorType: 'LATEST' })
      expect(read(sim, latest).Records).toEqual([])
      sim.request('dynamodb', 'DeleteItem', { TableName: 'Orders', Key: { id: { S: 'a' } } })
      expect(read(sim, latest).Records.map((r) => r.eventName)).toEqual(['REMOVE'])
    })

    it('returns TrimmedDataAccessException for a sequence number past the 24-hour trim point', () => {
      const { sim, arn, ShardId } = setup()
      const first = read(sim, iter(sim, { StreamArn: arn, ShardId, ShardIteratorType: 'TRIM_HORIZON' })).Records[0]!.dynamodb.SequenceNumber
      sim.advanceBy(24 * 3_600_000 + 1)
      const r = sim.request('dynamodbstreams', 'GetShardIterator', { StreamArn: arn, ShardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: first })
      expect(r.error?.name).toBe('TrimmedDataAccessException')
      expect(r.error?.message).toBe('The data you are trying to access has been trimmed.')
      // TRIM_HORIZON now starts after the trimmed records
      expect(read(sim, iter(sim, { StreamArn: arn, ShardId, ShardIteratorType: 'TRIM_HORIZON' })).Records).toEqual([])
    })
  })
})
