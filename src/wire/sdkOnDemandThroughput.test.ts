import { describe, expect, it } from 'vitest'
import {
  DescribeTableCommand,
  PutItemCommand,
  ThrottlingException,
  UpdateTableCommand,
} from '@aws-sdk/client-dynamodb'
import { useSdkServer } from './testing.ts'

/** OnDemandThroughput (maximum on-demand throughput) through the real SDK: create, describe, update, throttle. */
const { client } = useSdkServer({
  table: {
    TableName: 'Capped',
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    OnDemandThroughput: { MaxReadRequestUnits: 100, MaxWriteRequestUnits: 5 },
  },
})

describe('OnDemandThroughput (SDK)', () => {
  it('DescribeTable returns the maxima', async () => {
    const d = await client.send(new DescribeTableCommand({ TableName: 'Capped' }))
    expect(d.Table?.OnDemandThroughput).toEqual({ MaxReadRequestUnits: 100, MaxWriteRequestUnits: 5 })
  })

  it('throttles writes above the maximum with ThrottlingException and its throttlingReasons', async () => {
    const errors: unknown[] = []
    for (let i = 0; i < 8; i++) {
      await client.send(new PutItemCommand({ TableName: 'Capped', Item: { pk: { S: `k${i}` } } })).catch((e: unknown) => errors.push(e))
    }
    expect(errors.length).toBe(3)
    const e = errors[0] as ThrottlingException
    expect(e).toBeInstanceOf(ThrottlingException)
    expect(e.throttlingReasons).toEqual([{ reason: 'TableWriteMaxOnDemandThroughputExceeded', resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/Capped' }])
  })

  it('UpdateTable -1 removes a maximum: echoed as -1, then omitted', async () => {
    const u = await client.send(new UpdateTableCommand({ TableName: 'Capped', OnDemandThroughput: { MaxWriteRequestUnits: -1 } }))
    expect(u.TableDescription?.TableStatus).toBe('ACTIVE')
    expect(u.TableDescription?.OnDemandThroughput).toEqual({ MaxReadRequestUnits: 100, MaxWriteRequestUnits: -1 })
    const d = await client.send(new DescribeTableCommand({ TableName: 'Capped' }))
    expect(d.Table?.OnDemandThroughput).toEqual({ MaxReadRequestUnits: 100 })
    await expect(client.send(new PutItemCommand({ TableName: 'Capped', Item: { pk: { S: 'after' } } }))).resolves.toBeDefined()
  })
})
