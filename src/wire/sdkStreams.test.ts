import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DeleteItemCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  PutItemCommand,
  UpdateItemCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb'
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  ListStreamsCommand,
  ResourceNotFoundException,
  TrimmedDataAccessException,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams'
import { SDK_TEST_CLIENT_CONFIG, useSdkServer } from './testing.ts'

/**
 * DynamoDB Streams and TTL through the real SDK clients (client-dynamodb-streams talks to
 * streams.dynamodb.<region>.amazonaws.com with `DynamoDBStreams_20120810.*` targets).
 */
const { sim, client: ddb } = useSdkServer({
  table: {
    TableName: 'Events',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
  },
})
const streams = new DynamoDBStreamsClient(SDK_TEST_CLIENT_CONFIG)
let streamArn = ''

beforeAll(async () => {
  streamArn = (await ddb.send(new DescribeTableCommand({ TableName: 'Events' }))).Table!.LatestStreamArn!
})

afterAll(() => {
  streams.destroy()
})

async function readAll(): Promise<_Record[]> {
  const d = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }))
  const out: _Record[] = []
  for (const shard of d.StreamDescription!.Shards!) {
    const it = await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shard.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }))
    const page = await streams.send(new GetRecordsCommand({ ShardIterator: it.ShardIterator! }))
    out.push(...(page.Records ?? []))
  }
  return out
}

describe('DynamoDB Streams through the real SDK', () => {
  describe('validations', () => {
    it('returns ResourceNotFoundException for an unknown stream', async () => {
      const arn = 'arn:aws:dynamodb:us-east-1:123456789012:table/Nope/stream/2026-01-01T00:00:00.000'
      const send = streams.send(new DescribeStreamCommand({ StreamArn: arn }))
      await expect(send).rejects.toBeInstanceOf(ResourceNotFoundException)
      await expect(send).rejects.toThrow(`Requested resource not found: Stream: ${arn} not found`)
    })

    it('returns ValidationException Invalid StreamArn for a malformed ARN', async () => {
      await expect(streams.send(new DescribeStreamCommand({ StreamArn: 'fake-stream' }))).rejects.toMatchObject({ name: 'ValidationException', message: 'Invalid StreamArn' })
    })

    it('routes targets by API: Streams actions only under DynamoDBStreams_20120810, table actions only under DynamoDB_20120810', async () => {
      const post = (target: string) =>
        fetch('https://streams.dynamodb.us-east-1.amazonaws.com/', {
          method: 'POST',
          headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': target },
          body: '{}',
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }))
      expect((await post('DynamoDB_20120810.ListStreams')).body['__type']).toBe('com.amazon.coral.service#UnknownOperationException')
      expect((await post('DynamoDBStreams_20120810.ListTables')).body['__type']).toBe('com.amazon.coral.service#UnknownOperationException')
      const ok = await post('DynamoDBStreams_20120810.ListStreams')
      expect(ok.status).toBe(200)
      expect(ok.body).toHaveProperty('Streams')
    })

    it('returns ExpiredIteratorException for an iterator older than 15 minutes', async () => {
      const d = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }))
      const it = await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: d.StreamDescription!.Shards![0]!.ShardId!, ShardIteratorType: 'LATEST' }))
      sim.advanceBy(16 * 60_000)
      const send = streams.send(new GetRecordsCommand({ ShardIterator: it.ShardIterator! }))
      await expect(send).rejects.toBeInstanceOf(ExpiredIteratorException)
      await expect(send).rejects.toThrow('The provided iterator exceeds the maximum age allowed.')
    })
  })

  describe('functionality', () => {
    it('lists and describes the stream', async () => {
      const list = await streams.send(new ListStreamsCommand({ TableName: 'Events' }))
      expect(list.Streams).toEqual([{ StreamArn: streamArn, TableName: 'Events', StreamLabel: streamArn.split('/stream/')[1] }])
      const d = (await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }))).StreamDescription!
      expect(d).toMatchObject({ StreamStatus: 'ENABLED', StreamViewType: 'NEW_AND_OLD_IMAGES', TableName: 'Events', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }] })
      expect(d.CreationRequestDateTime).toBeInstanceOf(Date)
      expect(d.Shards!.length).toBeGreaterThan(0)
    })

    it('delivers INSERT, MODIFY and REMOVE records with images', async () => {
      await ddb.send(new PutItemCommand({ TableName: 'Events', Item: { pk: { S: 'e1' }, n: { N: '1' } } }))
      await ddb.send(new UpdateItemCommand({ TableName: 'Events', Key: { pk: { S: 'e1' } }, UpdateExpression: 'SET n = :n', ExpressionAttributeValues: { ':n': { N: '2' } } }))
      await ddb.send(new DeleteItemCommand({ TableName: 'Events', Key: { pk: { S: 'e1' } } }))
      const recs = await readAll()
      expect(recs.map((r) => r.eventName)).toEqual(['INSERT', 'MODIFY', 'REMOVE'])
      expect(recs[1]).toMatchObject({
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: 'us-east-1',
        dynamodb: { Keys: { pk: { S: 'e1' } }, OldImage: { n: { N: '1' } }, NewImage: { n: { N: '2' } }, SizeBytes: 4 + 7 + 7, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      })
      expect(recs[1]!.dynamodb!.ApproximateCreationDateTime).toBeInstanceOf(Date)
    })

    it('enables TTL and streams the TTL deletion as a service REMOVE', async () => {
      sim.dynamodb.ttl.maxDelayMs = 0
      const up = await ddb.send(new UpdateTimeToLiveCommand({ TableName: 'Events', TimeToLiveSpecification: { Enabled: true, AttributeName: 'exp' } }))
      expect(up.TimeToLiveSpecification).toEqual({ Enabled: true, AttributeName: 'exp' })
      const desc = await ddb.send(new DescribeTimeToLiveCommand({ TableName: 'Events' }))
      expect(desc.TimeToLiveDescription).toEqual({ TimeToLiveStatus: 'ENABLED', AttributeName: 'exp' })
      await expect(
        ddb.send(new UpdateTimeToLiveCommand({ TableName: 'Events', TimeToLiveSpecification: { Enabled: true, AttributeName: 'exp' } })),
      ).rejects.toMatchObject({ name: 'ValidationException', message: 'TimeToLive is already enabled' })
      await ddb.send(new PutItemCommand({ TableName: 'Events', Item: { pk: { S: 'old' }, exp: { N: String(Math.floor(sim.clock.epochSeconds()) - 60) } } }))
      sim.advanceBy(sim.dynamodb.ttl.sweepIntervalMs)
      const last = (await readAll()).at(-1)!
      expect(last.eventName).toBe('REMOVE')
      expect(last.userIdentity).toEqual({ PrincipalId: 'dynamodb.amazonaws.com', Type: 'Service' })
    })

    it('returns TrimmedDataAccessException for a sequence number older than 24 hours', async () => {
      const first = (await readAll())[0]!
      sim.advanceBy(25 * 3_600_000)
      const d = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }))
      const shard = d.StreamDescription!.Shards![0]!
      const send = streams.send(
        new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shard.ShardId!, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: first.dynamodb!.SequenceNumber! }),
      )
      await expect(send).rejects.toBeInstanceOf(TrimmedDataAccessException)
    })
  })
})
