import { describe, expect, it } from 'vitest'
import {
  DeleteItemCommand,
  DescribeTableCommand,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
  ResourceNotFoundException,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb'
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { MUSIC_TABLE_KEYS, useSdkServer } from './testing.ts'

/**
 * The real SDK (client-dynamodb and lib-dynamodb's DocumentClient) against the simulator through msw/node:
 * what a learner writes here must work unchanged against AWS.
 */
const { client } = useSdkServer({
  table: { TableName: 'Music', ...MUSIC_TABLE_KEYS, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } },
})
const doc = DynamoDBDocumentClient.from(client)

const key = { Artist: { S: 'No One You Know' }, SongTitle: { S: 'Call Me Today' } }

describe('DynamoDB through the real SDK', () => {
  describe('validations', () => {
    it('returns ResourceNotFoundException with the table name for DescribeTable', async () => {
      const send = client.send(new DescribeTableCommand({ TableName: 'Nope' }))
      await expect(send).rejects.toBeInstanceOf(ResourceNotFoundException)
      await expect(send).rejects.toThrow('Requested resource not found: Table: Nope not found')
    })

    it('returns ResourceNotFoundException for GetItem on a missing table', async () => {
      const send = client.send(new GetItemCommand({ TableName: 'Nope', Key: key }))
      await expect(send).rejects.toBeInstanceOf(ResourceNotFoundException)
      await expect(send).rejects.toThrow('Requested resource not found')
    })
  })

  describe('functionality', () => {
    it('creates a table that becomes ACTIVE as virtual time passes', async () => {
      const out = await client.send(new DescribeTableCommand({ TableName: 'Music' }))
      expect(out.Table).toMatchObject({
        TableName: 'Music',
        TableStatus: 'ACTIVE',
        TableArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/Music',
        ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
      })
      expect(out.Table?.CreationDateTime).toBeInstanceOf(Date)
    })

    it('lists tables', async () => {
      const out = await client.send(new ListTablesCommand({}))
      expect(out.TableNames).toEqual(['Music'])
    })

    it('puts and gets an item, consuming 0.5 RCU for an eventually consistent read of a small item', async () => {
      const Item = { ...key, AlbumTitle: { S: 'Somewhat Famous' }, Year: { N: '2015' } }
      const put = await client.send(new PutItemCommand({ TableName: 'Music', Item, ReturnConsumedCapacity: 'TOTAL' }))
      expect(put.ConsumedCapacity).toEqual({ TableName: 'Music', CapacityUnits: 1 })
      const got = await client.send(new GetItemCommand({ TableName: 'Music', Key: key, ReturnConsumedCapacity: 'TOTAL' }))
      expect(got.Item).toEqual(Item)
      expect(got.ConsumedCapacity).toEqual({ TableName: 'Music', CapacityUnits: 0.5 })
      const strong = await client.send(new GetItemCommand({ TableName: 'Music', Key: key, ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' }))
      expect(strong.ConsumedCapacity?.CapacityUnits).toBe(1)
    })

    it('updates an item and returns the new values', async () => {
      const Key = { Artist: { S: 'Acme Band' }, SongTitle: { S: 'PartiQL Rocks' } }
      await client.send(new PutItemCommand({ TableName: 'Music', Item: { ...Key, AlbumTitle: { S: 'Old' } } }))
      const out = await client.send(
        new UpdateItemCommand({
          TableName: 'Music',
          Key,
          UpdateExpression: 'SET AlbumTitle = :t ADD Plays :one',
          ExpressionAttributeValues: { ':t': { S: 'Updated Album Title' }, ':one': { N: '1' } },
          ReturnValues: 'UPDATED_NEW',
        }),
      )
      expect(out.Attributes).toEqual({ AlbumTitle: { S: 'Updated Album Title' }, Plays: { N: '1' } })
    })

    it('deletes an item and returns the old one', async () => {
      const Item = { Artist: { S: 'The Acme Band' }, SongTitle: { S: 'Still In Love' }, Price: { N: '2.47' } }
      await client.send(new PutItemCommand({ TableName: 'Music', Item }))
      const out = await client.send(new DeleteItemCommand({ TableName: 'Music', Key: { Artist: Item.Artist, SongTitle: Item.SongTitle }, ReturnValues: 'ALL_OLD' }))
      expect(out.Attributes).toEqual(Item)
      const after = await client.send(new GetItemCommand({ TableName: 'Music', Key: { Artist: Item.Artist, SongTitle: Item.SongTitle } }))
      expect(after.Item).toBeUndefined()
    })

    it('works with the DocumentClient (native JavaScript values)', async () => {
      const Key = { Artist: 'Acme Band', SongTitle: 'Happy Day' }
      const Item = { ...Key, Year: 2024, Tags: new Set(['pop']), Live: false, Extra: null, Credits: { Mix: ['Ann'] } }
      await doc.send(new PutCommand({ TableName: 'Music', Item }))
      const got = await doc.send(new GetCommand({ TableName: 'Music', Key }))
      expect(got.Item).toEqual(Item)
      const del = await doc.send(new DeleteCommand({ TableName: 'Music', Key, ReturnValues: 'ALL_OLD' }))
      expect(del.Attributes).toEqual(Item)
    })

    it('updates with the DocumentClient', async () => {
      const Key = { Artist: 'Acme Band', SongTitle: 'Counting' }
      await doc.send(new PutCommand({ TableName: 'Music', Item: { ...Key, Year: 2024 } }))
      const up = await doc.send(
        new UpdateCommand({
          TableName: 'Music',
          Key,
          UpdateExpression: 'SET #y = #y + :d',
          ExpressionAttributeNames: { '#y': 'Year' },
          ExpressionAttributeValues: { ':d': 1 },
          ReturnValues: 'ALL_NEW',
        }),
      )
      expect(up.Attributes).toEqual({ ...Key, Year: 2025 })
    })
  })
})
