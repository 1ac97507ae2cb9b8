import { describe, expect, it } from 'vitest'
import { Simulation } from '../../../Simulation.ts'
import { streamsSettings } from '../model.ts'
import { splitPartition } from '../../physics/partitionLayout.ts'
import { latestStreamArn, shardsOf, streams, tableWithStream } from '../testing.ts'

interface Desc {
  StreamDescription: Record<string, unknown> & { Shards: { ShardId: string; SequenceNumberRange: Record<string, string>; ParentShardId?: string }[] }
}

describe('DescribeStream', () => {
  describe('validations', () => {
    it('returns ValidationException for a missing or malformed StreamArn', () => {
      const sim = new Simulation()
      expect(sim.request('dynamodbstreams', 'DescribeStream', {}).error?.message).toBe(
        "1 validation error detected: Value null at 'streamArn' failed to satisfy constraint: Member must not be null",
      )
      const r = sim.request('dynamodbstreams', 'DescribeStream', { StreamArn: 'fake-stream' })
      expect(r.error?.name).toBe('ValidationException')
      expect(r.error?.message).toBe('Invalid StreamArn')
    })

    it('returns ResourceNotFoundException for an unknown stream', () => {
      const arn = 'arn:aws:dynamodb:us-east-1:123456789012:table/Nope/stream/2026-01-01T00:00:00.000'
      const r = new Simulation().request('dynamodbstreams', 'DescribeStream', { StreamArn: arn })
      expect(r.error?.name).toBe('ResourceNotFoundException')
      expect(r.error?.message).toBe(`Requested resource not found: Stream: ${arn} not found`)
    })

    it('returns ValidationException for Limit below 1', () => {
      const sim = new Simulation()
      const arn = tableWithStream(sim)
      expect(sim.request('dynamodbstreams', 'DescribeStream', { StreamArn: arn, Limit: 0 }).error?.message).toBe(
        "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
      )
    })
  })

  describe('functionality', () => {
    it('describes the stream with its label, view type, key schema and open shards', () => {
      const sim = new Simulation()
      sim.request('dynamodb', 'CreateTable', {
        TableName: 'Orders',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
      })
      const arn = latestStreamArn(sim)
      expect(arn).toMatch(/^arn:aws:dynamodb:us-east-1:123456789012:table\/Orders\/stream\/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/)
      const early = streams<Desc>(sim, 'DescribeStream', { StreamArn: arn }).StreamDescription
      expect(early['StreamStatus']).toBe('ENABLING')
      sim.advanceBy(60_000)
      const d = streams<Desc>(sim, 'DescribeStream', { StreamArn: arn }).StreamDescription
      expect(d).toMatchObject({
        StreamArn: arn,
        StreamLabel: arn.slice(arn.lastIndexOf('/') + 1),
        StreamStatus: 'ENABLED',
        StreamViewType: 'NEW_IMAGE',
        TableName: 'Orders',
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      })
      expect(typeof d['CreationRequestDateTime']).toBe('number')
      expect(d.Shards.length).toBe(1)
      for (const s of d.Shards) {
        expect(s.ShardId).toMatch(/^shardId-\d{20}-[0-9a-f]{8}$/)
        expect(s.SequenceNumberRange['StartingSequenceNumber']).toMatch(/^\d{21}$/)
        expect(s.SequenceNumberRange).not.toHaveProperty('EndingSequenceNumber')
      }
    })

    it('pages shards with Limit and LastEvaluatedShardId', () => {
      const sim = new Simulation()
      streamsSettings(sim.dynamodb).shardPerPartition = true
      const arn = tableWithStream(sim)
      const all = shardsOf(sim, arn)
      expect(all.length).toBeGreaterThan(1)
      const first = streams<Desc>(sim, 'DescribeStream', { StreamArn: arn, Limit: 1 }).StreamDescription
      expect(first.Shards.map((s) => s.ShardId)).toEqual([all[0]!.ShardId])
      expect(first['LastEvaluatedShardId']).toBe(all[0]!.ShardId)
      const rest = streams<Desc>(sim, 'DescribeStream', { StreamArn: arn, ExclusiveStartShardId: all[0]!.ShardId }).StreamDescription
      expect(rest.Shards.map((s) => s.ShardId)).toEqual(all.slice(1).map((s) => s.ShardId))
      expect(rest).not.toHaveProperty('LastEvaluatedShardId')
    })

    it('closes the stream when it is disabled (DISABLING, then DISABLED; shards get an EndingSequenceNumber)', () => {
      const sim = new Simulation()
      const arn = tableWithStream(sim)
      sim.request('dynamodb', 'PutItem', { TableName: 'Orders', Item: { id: { S: 'a' } } })
      sim.request('dynamodb', 'UpdateTable', { TableName: 'Orders', StreamSpecification: { StreamEnabled: false } })
      expect(streams<Desc>(sim, 'DescribeStream', { StreamArn: arn }).StreamDescription['StreamStatus']).toBe('DISABLING')
      sim.advanceBy(60_000)
      const d = streams<Desc>(sim, 'DescribeStream', { StreamArn: arn }).StreamDescription
      expect(d['StreamStatus']).toBe('DISABLED')
      for (const s of d.Shards) expect(s.SequenceNumberRange['EndingSequenceNumber']).toMatch(/^\d{21}$/)
      // re-enabling creates a new stream with a new ARN and label
      sim.advanceBy(1000)
      sim.request('dynamodb', 'UpdateTable', { TableName: 'Orders', StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } })
      const arn2 = latestStreamArn(sim)
      expect(arn2).not.toBe(arn)
      expect(streams<Desc>(sim, 'DescribeStream', { StreamArn: arn2 }).StreamDescription['StreamViewType']).toBe('KEYS_ONLY')
      expect(streams<Desc>(sim, 'DescribeStream', { StreamArn: arn }).StreamDescription['StreamStatus']).toBe('DISABLED')
    })

    it('rolls shards over every 4 hours: the old shard closes, a child shard opens', () => {
      const sim = new Simulation()
      const arn = tableWithStream(sim)
      const [first] = shardsOf(sim, arn)
      sim.advanceBy(4 * 3_600_000)
      const shards = shardsOf(sim, arn)
      expect(shards).toHaveLength(2)
      expect(shards[0]!.SequenceNumberRange).toEqual({ StartingSequenceNumber: first!.SequenceNumberRange.StartingSequenceNumber, EndingSequenceNumber: first!.SequenceNumberRange.StartingSequenceNumber })
      expect(shards[1]!.ParentShardId).toBe(first!.ShardId)
      expect(shards[1]!.SequenceNumberRange).not.toHaveProperty('EndingSequenceNumber')
    })

    it('closes the stream of a deleted table, which stays readable for 24 hours', () => {
      const sim = new Simulation()
      const arn = tableWithStream(sim)
      sim.request('dynamodb', 'DeleteTable', { TableName: 'Orders' })
      sim.advanceBy(60_000)
      expect(streams<Desc>(sim, 'DescribeStream', { StreamArn: arn }).StreamDescription['StreamStatus']).toBe('DISABLED')
      sim.advanceBy(24 * 3_600_000)
      expect(sim.request('dynamodbstreams', 'DescribeStream', { StreamArn: arn }).error?.name).toBe('ResourceNotFoundException')
    })

    it('with one shard per partition, closes shards and opens child shards when the table gains partitions', () => {
      const sim = shardPerPartitionTable({ ReadCapacityUnits: 5, WriteCapacityUnits: 5 })
      const arn = latestStreamArn(sim)
      const before = shardsOf(sim, arn)
      sim.request('dynamodb', 'UpdateTable', { TableName: 'Orders', ProvisionedThroughput: { ReadCapacityUnits: 10_000, WriteCapacityUnits: 5_000 } })
      sim.advanceBy(60_000)
      sim.request('dynamodb', 'PutItem', { TableName: 'Orders', Item: { id: { S: 'x' } } })
      const after = shardsOf(sim, arn)
      const count = sim.dynamodb.tables.get('Orders')!.partitionCount()
      expect(count).toBeGreaterThan(before.length)
      expect(after.length).toBe(before.length + count)
      for (const s of after.slice(0, before.length)) expect(s.SequenceNumberRange).toHaveProperty('EndingSequenceNumber')
      for (const s of after.slice(before.length)) expect(before.map((b) => b.ShardId)).toContain(s.ParentShardId)
    })

    it('with one shard per partition, names as parent the shard whose partition held the new range (uneven splits too)', () => {
      const sim = shardPerPartitionTable({ ReadCapacityUnits: 1, WriteCapacityUnits: 3999 }) // 4 partitions
      const arn = latestStreamArn(sim)
      const before = shardsOf(sim, arn)
      expect(before).toHaveLength(4)
      // only the last partition splits (as a size or hot-item split does): 4 → 5 partitions of unequal width
      const table = sim.dynamodb.tables.get('Orders')!
      splitPartition(table.capacity.table.state, 3, sim.clock.now())
      sim.request('dynamodb', 'PutItem', { TableName: 'Orders', Item: { id: { S: 'x' } } })
      const children = shardsOf(sim, arn).slice(4)
      expect(children.map((s) => s.ParentShardId)).toEqual([before[0]!.ShardId, before[1]!.ShardId, before[2]!.ShardId, before[3]!.ShardId, before[3]!.ShardId])
    })
  })
})

/** A simulation with one shard per partition and an ACTIVE table `Orders` (hash key `id`) with a KEYS_ONLY stream. */
function shardPerPartitionTable(ProvisionedThroughput: { ReadCapacityUnits: number; WriteCapacityUnits: number }): Simulation {
  const sim = new Simulation()
  streamsSettings(sim.dynamodb).shardPerPartition = true
  sim.request('dynamodb', 'CreateTable', {
    TableName: 'Orders',
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    ProvisionedThroughput,
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' },
  })
  sim.advanceBy(60_000)
  return sim
}
