import { beforeAll, describe, expect, it } from 'vitest'
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  ListTagsOfResourceCommand,
  TagResourceCommand,
  TransactGetItemsCommand,
  TransactWriteItemsCommand,
  TransactionCanceledException,
  UntagResourceCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb'
import { BatchGetCommand, BatchWriteCommand, DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import { useSdkServer } from './testing.ts'

/**
 * The real SDK (client-dynamodb and the DocumentClient) against the simulator for the batch, transaction and
 * tag actions: responses, AWS's error names and messages, and capacity figures around the 1 KB / 4 KB boundaries.
 */
const setup = useSdkServer({
  table: {
    TableName: 'Orders',
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  },
})
const { client } = setup
const doc = DynamoDBDocumentClient.from(client)
let arn = ''

beforeAll(() => {
  arn = setup.table!.TableArn!
})

async function failure(p: Promise<unknown>): Promise<{ name: string; message: string; error: unknown }> {
  try {
    await p
  } catch (error) {
    const e = error as Error
    return { name: e.name, message: e.message, error }
  }
  throw new Error('expected the call to fail')
}

describe('batch, transaction and tag actions through the SDK', () => {
  describe('validations', () => {
    it('BatchWriteItem: duplicates are a ValidationException', async () => {
      const f = await failure(
        client.send(new BatchWriteItemCommand({ RequestItems: { Orders: [{ PutRequest: { Item: { id: { S: 'a' } } } }, { DeleteRequest: { Key: { id: { S: 'a' } } } }] } })),
      )
      expect([f.name, f.message]).toEqual(['ValidationException', 'Provided list of item keys contains duplicates'])
    })

    it('BatchGetItem: more than 100 keys over two tables', async () => {
      const keys = Array.from({ length: 60 }, (_, i) => ({ id: { S: `k${i}` } }))
      const f = await failure(client.send(new BatchGetItemCommand({ RequestItems: { Orders: { Keys: keys }, Other: { Keys: keys } } })))
      expect([f.name, f.message]).toEqual(['ValidationException', 'Too many items requested for the BatchGetItem call'])
    })

    it('TransactWriteItems: two actions on one item', async () => {
      const f = await failure(
        client.send(
          new TransactWriteItemsCommand({
            TransactItems: [
              { Put: { TableName: 'Orders', Item: { id: { S: 'dup' } } } },
              { Delete: { TableName: 'Orders', Key: { id: { S: 'dup' } } } },
            ],
          }),
        ),
      )
      expect([f.name, f.message]).toEqual(['ValidationException', 'Transaction request cannot include multiple operations on one item'])
    })

    it('TagResource: a table that does not exist', async () => {
      const missing = arn.replace(':table/Orders', ':table/Missing')
      const f = await failure(client.send(new TagResourceCommand({ ResourceArn: missing, Tags: [{ Key: 'k', Value: 'v' }] })))
      expect([f.name, f.message]).toEqual(['ResourceNotFoundException', `Requested resource not found: ResourcArn: ${missing} not found`])
    })
  })

  describe('capacity', () => {
    it('BatchWriteItem rounds each item to 1 KB: 1,024 B + 1,025 B = 3 WCU', async () => {
      const out = await client.send(
        new BatchWriteItemCommand({
          RequestItems: {
            Orders: [
              { PutRequest: { Item: { id: { S: 'w1' }, p: { S: 'x'.repeat(1019) } } } }, // 2 + 1 + 1019 + 2 = 1,024 B
              { PutRequest: { Item: { id: { S: 'w2' }, p: { S: 'x'.repeat(1020) } } } }, // 1,025 B
            ],
          },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      )
      expect(out.UnprocessedItems).toEqual({})
      expect(out.ConsumedCapacity).toEqual([{ TableName: 'Orders', CapacityUnits: 3 }])
    })

    it('BatchGetItem rounds each item to 4 KB: 4,096 B + 4,097 B strongly consistent = 3 RCU', async () => {
      await client.send(
        new BatchWriteItemCommand({
          RequestItems: {
            Orders: [
              { PutRequest: { Item: { id: { S: 'r1' }, p: { S: 'x'.repeat(4091) } } } }, // 4,096 B
              { PutRequest: { Item: { id: { S: 'r2' }, p: { S: 'x'.repeat(4092) } } } }, // 4,097 B
            ],
          },
        }),
      )
      const out = await client.send(
        new BatchGetItemCommand({ RequestItems: { Orders: { Keys: [{ id: { S: 'r1' } }, { id: { S: 'r2' } }], ConsistentRead: true } }, ReturnConsumedCapacity: 'INDEXES' }),
      )
      expect(out.Responses!.Orders).toHaveLength(2)
      expect(out.ConsumedCapacity).toEqual([{ TableName: 'Orders', CapacityUnits: 3, Table: { CapacityUnits: 3 } }])
    })

    it('TransactWriteItems charges 2× per item; TransactGetItems 2× a strong read', async () => {
      const w = await client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: { TableName: 'Orders', Item: { id: { S: 't1' }, p: { S: 'x'.repeat(1019) } } } }, // 1 KB → 2
            { Put: { TableName: 'Orders', Item: { id: { S: 't2' }, p: { S: 'x'.repeat(1020) } } } }, // 2 KB → 4
          ],
          ReturnConsumedCapacity: 'TOTAL',
        }),
      )
      expect(w.ConsumedCapacity).toEqual([{ TableName: 'Orders', CapacityUnits: 6, WriteCapacityUnits: 6 }])
      const r = await client.send(
        new TransactGetItemsCommand({ TransactItems: [{ Get: { TableName: 'Orders', Key: { id: { S: 'r2' } } } }], ReturnConsumedCapacity: 'TOTAL' }),
      )
      expect(r.ConsumedCapacity).toEqual([{ TableName: 'Orders', CapacityUnits: 4, ReadCapacityUnits: 4 }])
      expect(r.Responses![0]!.Item!.id).toEqual({ S: 'r2' })
    })
  })

  describe('functionality', () => {
    it('DocumentClient BatchWrite / BatchGet round trip', async () => {
      await doc.send(new BatchWriteCommand({ RequestItems: { Orders: [{ PutRequest: { Item: { id: 'd1', total: 12.5 } } }, { PutRequest: { Item: { id: 'd2', tags: new Set(['a']) } } }] } }))
      const out = await doc.send(new BatchGetCommand({ RequestItems: { Orders: { Keys: [{ id: 'd1' }, { id: 'd2' }, { id: 'none' }] } } }))
      expect(out.Responses!.Orders).toEqual([{ id: 'd1', total: 12.5 }, { id: 'd2', tags: new Set(['a']) }])
      expect(out.UnprocessedKeys).toEqual({})
    })

    it('a failed condition cancels the transaction; the SDK exposes CancellationReasons in order', async () => {
      await client.send(new UpdateItemCommand({ TableName: 'Orders', Key: { id: { S: 'stock' } }, UpdateExpression: 'SET qty = :q', ExpressionAttributeValues: { ':q': { N: '0' } } }))
      const f = await failure(
        doc.send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: { TableName: 'Orders', Item: { id: 'order-1' } } },
              {
                Update: {
                  TableName: 'Orders',
                  Key: { id: 'stock' },
                  UpdateExpression: 'SET qty = qty - :one',
                  ConditionExpression: 'qty >= :one',
                  ExpressionAttributeValues: { ':one': 1 },
                  ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
                },
              },
            ],
          }),
        ),
      )
      expect(f.error).toBeInstanceOf(TransactionCanceledException)
      expect(f.message).toBe('Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]')
      expect((f.error as TransactionCanceledException).CancellationReasons).toEqual([
        { Code: 'None' },
        { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { id: { S: 'stock' }, qty: { N: '0' } } },
      ])
      const check = await client.send(new BatchGetItemCommand({ RequestItems: { Orders: { Keys: [{ id: { S: 'order-1' } }] } } }))
      expect(check.Responses!.Orders).toEqual([])
    })

    it('tags a table, lists and removes its tags', async () => {
      await client.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'team', Value: 'orders' }, { Key: 'env', Value: 'dev' }] }))
      expect((await client.send(new ListTagsOfResourceCommand({ ResourceArn: arn }))).Tags).toEqual([
        { Key: 'team', Value: 'orders' },
        { Key: 'env', Value: 'dev' },
      ])
      await client.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['env'] }))
      expect((await client.send(new ListTagsOfResourceCommand({ ResourceArn: arn }))).Tags).toEqual([{ Key: 'team', Value: 'orders' }])
    })
  })
})
