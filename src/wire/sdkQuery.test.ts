import { beforeAll, describe, expect, it } from 'vitest'
import {
  DynamoDBServiceException,
  QueryCommand,
  ScanCommand,
  paginateQuery,
  paginateScan,
} from '@aws-sdk/client-dynamodb'
import { BatchWriteCommand, DynamoDBDocumentClient, PutCommand, QueryCommand as DocQueryCommand } from '@aws-sdk/lib-dynamodb'
import { useSdkServer } from './testing.ts'

/** Query and Scan through the real SDK (client, paginators, DocumentClient) over msw/node. */
const { client } = useSdkServer({
  table: {
    TableName: 'Orders',
    AttributeDefinitions: [
      { AttributeName: 'customer', AttributeType: 'S' },
      { AttributeName: 'orderId', AttributeType: 'N' },
      { AttributeName: 'status', AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: 'customer', KeyType: 'HASH' },
      { AttributeName: 'orderId', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [{ IndexName: 'byStatus', KeySchema: [{ AttributeName: 'status', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
    BillingMode: 'PAY_PER_REQUEST',
  },
})
const doc = DynamoDBDocumentClient.from(client)

beforeAll(async () => {
  for (let i = 1; i <= 12; i++) {
    await doc.send(new PutCommand({ TableName: 'Orders', Item: { customer: i % 2 ? 'ann' : 'bob', orderId: i, total: i * 10, ...(i % 3 === 0 ? { status: 'open' } : {}) } }))
  }
})

describe('Query and Scan through the real SDK', () => {
  describe('validations', () => {
    it('rejects ConsistentRead on a GSI with a ValidationException', async () => {
      const send = client.send(new QueryCommand({ TableName: 'Orders', IndexName: 'byStatus', KeyConditionExpression: '#s = :s', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':s': { S: 'open' } }, ConsistentRead: true }))
      await expect(send).rejects.toBeInstanceOf(DynamoDBServiceException)
      await expect(send).rejects.toMatchObject({ name: 'ValidationException', message: 'Consistent reads are not supported on global secondary indexes' })
    })
  })

  describe('functionality', () => {
    it('pages a Query with paginateQuery: Count vs ScannedCount per page', async () => {
      const pages: { Count?: number; ScannedCount?: number; n: number }[] = []
      const orders: number[] = []
      for await (const page of paginateQuery(
        { client, pageSize: 2 },
        { TableName: 'Orders', KeyConditionExpression: 'customer = :c', FilterExpression: '#t > :t', ExpressionAttributeNames: { '#t': 'total' }, ExpressionAttributeValues: { ':c': { S: 'ann' }, ':t': { N: '30' } } },
      )) {
        pages.push({ Count: page.Count, ScannedCount: page.ScannedCount, n: page.Items?.length ?? 0 })
        orders.push(...(page.Items ?? []).map((i) => Number(i['orderId']!.N)))
      }
      expect(orders).toEqual([5, 7, 9, 11])
      expect(pages[0]).toEqual({ Count: 0, ScannedCount: 2, n: 0 }) // orders 1 and 3 read, filtered out
      expect(pages.reduce((s, p) => s + (p.ScannedCount ?? 0), 0)).toBe(6)
    })

    it('queries with the DocumentClient in descending order and reports INDEXES capacity', async () => {
      const r = await doc.send(new DocQueryCommand({ TableName: 'Orders', KeyConditionExpression: 'customer = :c AND orderId BETWEEN :a AND :b', ExpressionAttributeValues: { ':c': 'bob', ':a': 4, ':b': 10 }, ScanIndexForward: false, ReturnConsumedCapacity: 'INDEXES' }))
      expect(r.Items?.map((i) => i['orderId'])).toEqual([10, 8, 6, 4])
      expect(r.ConsumedCapacity).toEqual({ TableName: 'Orders', CapacityUnits: 0.5, Table: { CapacityUnits: 0.5 } })
    })

    it('scans a sparse GSI and the table in parallel segments', async () => {
      const gsi = await client.send(new ScanCommand({ TableName: 'Orders', IndexName: 'byStatus', Select: 'COUNT' }))
      expect([gsi.Count, gsi.Items]).toEqual([4, undefined])
      const seen = new Set<string>()
      for (const Segment of [0, 1, 2]) {
        for await (const page of paginateScan({ client, pageSize: 3 }, { TableName: 'Orders', Segment, TotalSegments: 3 })) {
          for (const i of page.Items ?? []) seen.add(`${i['customer']!.S}/${i['orderId']!.N}`)
        }
      }
      expect(seen.size).toBe(12)
    })

    it('round-trips a BatchWrite then a Query on the new items', async () => {
      await doc.send(new BatchWriteCommand({ RequestItems: { Orders: [{ PutRequest: { Item: { customer: 'cy', orderId: 1 } } }, { PutRequest: { Item: { customer: 'cy', orderId: 2 } } }] } }))
      const r = await client.send(new QueryCommand({ TableName: 'Orders', KeyConditionExpression: 'customer = :c', ExpressionAttributeValues: { ':c': { S: 'cy' } }, Select: 'COUNT' }))
      expect(r.Count).toBe(2)
    })
  })
})
