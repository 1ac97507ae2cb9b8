import { describe, expect, it } from 'vitest'
import { Simulation } from '../../../Simulation.ts'
import { openShardIdFor, streams, tableWithStream, type RecordOut } from '../testing.ts'

function setup(n = 5) {
  const sim = new Simulation()
  const arn = tableWithStream(sim, 'KEYS_ONLY')
  for (let i = 0; i < n; i++) sim.request('dynamodb', 'PutItem', { TableName: 'Orders', Item: { id: { S: 'a' }, v: { N: String(i) } } })
  const ShardId = openShardIdFor(sim, arn, { id: { S: 'a' } })
  const it = streams<{ ShardIterator: string }>(sim, 'GetShardIterator', { StreamArn: arn, ShardId, ShardIteratorType: 'TRIM_HORIZON' }).ShardIterator
  return { sim, arn, ShardId, it }
}

type Page = { Records: RecordOut[]; NextShardIterator?: string }

describe('GetRecords', () => {
  describe('validations', () => {
    it('returns ValidationException for a missing iterator or Limit < 1, LimitExceededException for Limit > 1000', () => {
      const { sim, it } = setup(1)
      expect(sim.request('dynamodbstreams', 'GetRecords', {}).error?.message).toBe(
        "1 validation error detected: Value null at 'shardIterator' failed to satisfy constraint: Member must not be null",
      )
      expect(sim.request('dynamodbstreams', 'GetRecords', { ShardIterator: it, Limit: 0 }).error?.message).toBe(
        "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
      )
      const over = sim.request('dynamodbstreams', 'GetRecords', { ShardIterator: it, Limit: 1001 }).error
      expect(over?.name).toBe('LimitExceededException')
      expect(over?.message).toBe('Too many operations for a given subscriber.')
    })

    it('returns ValidationException for an iterator that is not one (never a crash)', () => {
      const { sim, arn } = setup(1)
      const forged = (payload: string) => `${arn}|1|${Buffer.from(payload, 'latin1').toString('base64')}`
      for (const bad of ['garbage', `${arn}|1|!!!`, forged('["s","abc",1]'), forged('["s","1",null]'), forged('{}'), forged('not json')]) {
        const r = sim.request('dynamodbstreams', 'GetRecords', { ShardIterator: bad })
        expect(r.error?.name).toBe('ValidationException')
      }
    })

    it('returns ExpiredIteratorException 15 minutes after the iterator was issued', () => {
      const { sim, it } = setup(1)
      sim.advanceBy(15 * 60_000 + 1)
      const r = sim.request('dynamodbstreams', 'GetRecords', { ShardIterator: it })
      expect(r.error?.name).toBe('ExpiredIteratorException')
      expect(r.error?.message).toBe('The provided iterator exceeds the maximum age allowed.')
    })

    it('returns TrimmedDataAccessException when records behind the iterator were trimmed before it was used', () => {
      const { sim, arn, ShardId } = setup(1)
      sim.advanceBy(24 * 3_600_000 - 60_000)
      const it = streams<{ ShardIterator: string }>(sim, 'GetShardIterator', { StreamArn: arn, ShardId, ShardIteratorType: 'TRIM_HORIZON' }).ShardIterator
      sim.advanceBy(2 * 60_000)
      const r = sim.request('dynamodbstreams', 'GetRecords', { ShardIterator: it })
      expect(r.error?.name).toBe('TrimmedDataAccessException')
      expect(r.error?.message).toBe('The data you are trying to access has been trimmed.')
    })
  })

  describe('functionality', () => {
    it('pages with Limit and NextShardIterator, and returns an empty page at the end of an open shard', () => {
      const { sim, it } = setup(5)
      const p1 = streams<Page>(sim, 'GetRecords', { ShardIterator: it, Limit: 2 })
      expect(p1.Records).toHaveLength(2)
      const p2 = streams<Page>(sim, 'GetRecords', { ShardIterator: p1.NextShardIterator!, Limit: 10 })
      expect(p2.Records).toHaveLength(3)
      expect(p2.Records[0]!.dynamodb.SequenceNumber > p1.Records[1]!.dynamodb.SequenceNumber).toBe(true)
      const p3 = streams<Page>(sim, 'GetRecords', { ShardIterator: p2.NextShardIterator! })
      expect(p3.Records).toEqual([])
      expect(p3.NextShardIterator).toBeDefined()
      // the iterator may be reused: reads are not consuming
      expect(streams<Page>(sim, 'GetRecords', { ShardIterator: it }).Records).toHaveLength(5)
    })

    it('omits NextShardIterator once a closed shard has been read to its end', () => {
      const { sim, it } = setup(2)
      sim.request('dynamodb', 'UpdateTable', { TableName: 'Orders', StreamSpecification: { StreamEnabled: false } })
      const p = streams<Page>(sim, 'GetRecords', { ShardIterator: it })
      expect(p.Records).toHaveLength(2)
      expect(p).not.toHaveProperty('NextShardIterator')
    })

    it('renders the KEYS_ONLY record shape', () => {
      const { sim, it } = setup(1)
      const [rec] = streams<Page>(sim, 'GetRecords', { ShardIterator: it }).Records
      expect(Object.keys(rec!).sort()).toEqual(['awsRegion', 'dynamodb', 'eventID', 'eventName', 'eventSource', 'eventVersion'])
      expect(Object.keys(rec!.dynamodb).sort()).toEqual(['ApproximateCreationDateTime', 'Keys', 'SequenceNumber', 'SizeBytes', 'StreamViewType'])
      expect(rec!.dynamodb['SizeBytes']).toBe(3)
    })
  })
})
