import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'
import type { Table } from '../Table.ts'

/**
 * Batch and transaction actions against a partition out of capacity (physics/): batches return the throttled
 * part in UnprocessedKeys / UnprocessedItems and throw only when everything was throttled (AWS-FACTS §4.1);
 * transactions are cancelled with a ProvisionedThroughputExceeded reason (AWS-FACTS §7).
 */

let sim: Simulation
let table: Table

function call(op: string, input: Record<string, unknown>) {
  return sim.request('dynamodb', op, input)
}
function out(result: ReturnType<typeof call>): Record<string, any> {
  expect(result.error).toBeUndefined()
  return result.output as Record<string, any>
}

const big = 'x'.repeat(300 * 1024) // 300 KB: 300 WCU per write, 75 RCU per strongly consistent read
const puts = Array.from({ length: 25 }, (_, i) => ({ PutRequest: { Item: { a: { S: `k${i}` }, b: { S: big } } } }))

beforeEach(() => {
  sim = new Simulation()
  table = addTestTable(sim, 'hash', { hash: ['a', 'S'] }) // 5 RCU / 5 WCU: 1,500 units of burst each
})

describe('throttling of batches and transactions', () => {
  describe('capacity', () => {
    it('BatchWriteItem returns throttled writes in UnprocessedItems and charges only the written ones', () => {
      const o = out(call('BatchWriteItem', { RequestItems: { hash: puts }, ReturnConsumedCapacity: 'TOTAL' }))
      const unprocessed = (o.UnprocessedItems.hash ?? []) as typeof puts
      const written = 25 - unprocessed.length
      expect(written).toBeGreaterThan(0)
      expect(unprocessed.length).toBeGreaterThan(0)
      expect(table.itemCount).toBe(written)
      expect(o.ConsumedCapacity).toEqual([{ TableName: 'hash', CapacityUnits: written * 301 }])
      for (const r of unprocessed) expect(table.get({ a: r.PutRequest.Item.a })).toBeUndefined()
    })

    it('BatchWriteItem throws when every write is throttled', () => {
      out(call('BatchWriteItem', { RequestItems: { hash: puts } }))
      const again = call('BatchWriteItem', { RequestItems: { hash: puts.slice(20) } })
      expect(again.error?.name).toBe('ProvisionedThroughputExceededException')
    })

    it('BatchGetItem returns throttled keys in UnprocessedKeys, then throws when every key is throttled', () => {
      sim.dynamodb.physics.throttling = false
      for (const r of puts) table.put(r.PutRequest.Item)
      sim.dynamodb.physics.throttling = true
      const keys = puts.map((r) => ({ a: r.PutRequest.Item.a }))
      const first = out(call('BatchGetItem', { RequestItems: { hash: { Keys: keys, ConsistentRead: true, ProjectionExpression: 'a' } } }))
      const unprocessed = first.UnprocessedKeys.hash?.Keys ?? []
      expect(first.Responses.hash.length + unprocessed.length).toBe(25)
      expect(first.Responses.hash.length).toBeGreaterThan(0)
      expect(unprocessed.length).toBeGreaterThan(0)
      expect(first.UnprocessedKeys.hash).toMatchObject({ ConsistentRead: true, ProjectionExpression: 'a' })
      const second = call('BatchGetItem', { RequestItems: { hash: { Keys: unprocessed, ConsistentRead: true } } })
      expect(second.error?.name).toBe('ProvisionedThroughputExceededException')
    })

    it('TransactWriteItems is cancelled with a ProvisionedThroughputExceeded reason', () => {
      // Spend the partition's tokens and burst credit (at most 1,000 WCU a second: the partition maximum).
      for (let s = 0; s < 3; s++) {
        call('BatchWriteItem', { RequestItems: { hash: puts } })
        sim.advanceBy(1000)
      }
      const r = call('TransactWriteItems', { TransactItems: [{ Put: { TableName: 'hash', Item: { a: { S: 'tx' } } } }] })
      expect(r.error?.name).toBe('TransactionCanceledException')
      expect(r.error?.message).toBe('Transaction cancelled, please refer cancellation reasons for specific reasons [ProvisionedThroughputExceeded]')
      expect((r.error?.extra as { CancellationReasons: { Code: string; Message: string }[] }).CancellationReasons).toEqual([
        {
          Code: 'ProvisionedThroughputExceeded',
          Message: 'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
        },
      ])
      expect(table.get({ a: { S: 'tx' } })).toBeUndefined()
    })
  })
})
