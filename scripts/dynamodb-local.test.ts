import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CreateTableCommand,
  DeleteItemCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb'
import { hasTransition, parseCliOptions, startDynamoDBLocal, type DynamoDBLocal } from './dynamodb-local.ts'

let wall = 0
let local: DynamoDBLocal
let client: DynamoDBClient

beforeAll(async () => {
  // Port 0: an ephemeral port. The wall clock is ours, so time moves only when the test says so.
  local = await startDynamoDBLocal({ port: 0, now: () => wall, tickMs: 0, speed: 100 })
  client = new DynamoDBClient({
    region: 'us-east-1',
    endpoint: local.url,
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'fake' },
    maxAttempts: 1,
  })
})

afterAll(async () => {
  client.destroy()
  await local.close()
})

describe('dynamodb-local', () => {
  describe('validations', () => {
    it('parses --port --host --seed --speed', () => {
      expect(parseCliOptions(['--port', '8001', '--host', '0.0.0.0', '--seed', '7', '--speed', '50'])).toEqual({
        port: 8001,
        host: '0.0.0.0',
        seed: 7,
        speed: 50,
      })
      expect(parseCliOptions([])).toEqual({})
    })

    it('rejects a malformed port and unknown flags', () => {
      expect(() => parseCliOptions(['--port', 'abc'])).toThrow('--port must be a number >= 0, got "abc"')
      expect(() => parseCliOptions(['--prot', '1'])).toThrow()
    })

    it('answers malformed JSON with SerializationException over real HTTP', async () => {
      const res = await fetch(`${local.url}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.ListTables' },
        body: '{',
      })
      expect(res.status).toBe(400)
      expect(res.headers.get('x-amz-crc32')).toBe('3948637019')
      expect(res.headers.get('content-length')).toBe('60')
      expect(await res.text()).toBe('{"__type":"com.amazon.coral.service#SerializationException"}')
    })
  })

  describe('functionality', () => {
    it('listens on an ephemeral port of 127.0.0.1 and answers the health check', async () => {
      expect(local.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const res = await fetch(`${local.url}/`)
      expect(await res.text()).toBe('healthy: dynamodb.us-east-1.amazonaws.com ')
    })

    it('moves the virtual clock by the wall-clock time before each request', async () => {
      const before = local.sim.clock.now()
      wall += 250
      await fetch(`${local.url}/`)
      expect(local.sim.clock.now()).toBe(before + 250)
    })

    it('makes table transitions short', () => {
      const timings = (local.sim.dynamodb as unknown as { timings?: Record<string, number> }).timings
      for (const ms of Object.values(timings ?? {})) expect(ms).toBeLessThanOrEqual(500)
    })

    it('drives CreateTable → ACTIVE, DescribeTable and ListTables with the real SDK', async () => {
      await client.send(
        new CreateTableCommand({
          TableName: 'Music',
          AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      )
      expect(hasTransition(local.sim)).toBe(true)
      // 10 wall ms at speed 100 = 1 virtual second per step: CREATING resolves within a few steps.
      for (let i = 0; i < 100 && hasTransition(local.sim); i++) {
        wall += 10
        local.sync()
      }
      expect(hasTransition(local.sim)).toBe(false)
      const described = await client.send(new DescribeTableCommand({ TableName: 'Music' }))
      expect(described.Table?.TableStatus).toBe('ACTIVE')
      expect((await client.send(new ListTablesCommand({}))).TableNames).toEqual(['Music'])
    })

    it('drives PutItem, GetItem, DeleteItem with the real SDK', async () => {
      const Item = { Artist: { S: 'No One You Know' }, SongTitle: { S: 'Call Me Today' } }
      await client.send(new PutItemCommand({ TableName: 'Music', Item }))
      const got = await client.send(new GetItemCommand({ TableName: 'Music', Key: { Artist: Item.Artist } }))
      expect(got.Item).toEqual(Item)
      const deleted = await client.send(new DeleteItemCommand({ TableName: 'Music', Key: { Artist: Item.Artist }, ReturnValues: 'ALL_OLD' }))
      expect(deleted.Attributes).toEqual(Item)
      const gone = await client.send(new GetItemCommand({ TableName: 'Music', Key: { Artist: Item.Artist } }))
      expect(gone.Item).toBeUndefined()
    })

    it('answers ResourceNotFoundException for a missing table', async () => {
      await expect(client.send(new DescribeTableCommand({ TableName: 'Nope' }))).rejects.toBeInstanceOf(ResourceNotFoundException)
    })
  })
})
