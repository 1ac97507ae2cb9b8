import { describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { ThrottlingException } from '../errors.ts'
import { DEFAULT_TABLE_TIMINGS as T } from '../tableLifecycle.ts'
import { tableOnly } from '../consumedCapacity.ts'
import { physicsFixture } from './testing.ts'
import { describePartitions } from './partitionView.ts'

/** OnDemandThroughput maxima in the capacity physics (TableCapacity.resourceRate, charge.ts admit). */

/** ThrottlingException's `throttlingReasons` (lower-case member, unlike ProvisionedThroughputExceededException's). */
const reasons = (e: unknown) => (e as { extra?: { throttlingReasons?: { reason: string; resource: string }[] } }).extra?.throttlingReasons

describe('OnDemandThroughput maximum', () => {
  describe('capacity', () => {
    it('max 10 WRU: 20 one-WRU writes in the same second → 10 throttled with TableWriteMaxOnDemandThroughputExceeded', () => {
      const f = physicsFixture(0, 0, 'PAY_PER_REQUEST')
      f.table.meta.OnDemandThroughput = { MaxWriteRequestUnits: 10 }
      const errors = Array.from({ length: 20 }, (_, i) => f.write(`k${i}`)).filter((e) => e !== undefined)
      expect(errors.length).toBe(10)
      expect(errors[0]).toBeInstanceOf(ThrottlingException)
      expect(reasons(errors[0])).toEqual([{ reason: 'TableWriteMaxOnDemandThroughputExceeded', resource: f.table.meta.TableArn }])
      // a second later the next 10 are served
      f.sim.clock.advanceTo(1000)
      expect(Array.from({ length: 10 }, (_, i) => f.write(`n${i}`)).filter(Boolean).length).toBe(0)
      expect(f.write('over')).toBeInstanceOf(ThrottlingException)
    })

    it('sustains the maximum rate second after second', () => {
      const f = physicsFixture(0, 0, 'PAY_PER_REQUEST')
      f.table.meta.OnDemandThroughput = { MaxReadRequestUnits: 5 }
      let served = 0
      for (let s = 0; s < 10; s++) {
        for (let i = 0; i < 20; i++) {
          f.sim.clock.advanceTo(s * 1000 + i * 50)
          if (!f.read(`k${i}`)) served++
        }
      }
      // 5 at first (full bucket) + 5/s for the 9.95 s that follow
      expect(served).toBeGreaterThanOrEqual(53)
      expect(served).toBeLessThanOrEqual(55)
      const e = f.read('x')
      expect(reasons(e)![0]!.reason).toBe('TableReadMaxOnDemandThroughputExceeded')
    })

    it('the maximum only lowers the limit: above 2× the previous peak the old reasons apply', () => {
      const f = physicsFixture(0, 0, 'PAY_PER_REQUEST')
      f.table.meta.OnDemandThroughput = { MaxWriteRequestUnits: 39_000 }
      expect(describePartitions(f.db, f.table.name)[0]!.writeLimit).toBe(4000)
      const keys = f.keysByPartition(1).flat()
      let err: unknown
      for (let i = 0; i < 5000 && !err; i++) err = f.write(keys[i % keys.length]!, tableOnly(1))
      expect(reasons(err)![0]!.reason).not.toMatch(/MaxOnDemand/)
    })

    it('removing the maximum (-1) restores the on-demand limit; resource limits show the maximum', () => {
      const f = physicsFixture(0, 0, 'PAY_PER_REQUEST')
      f.table.meta.OnDemandThroughput = { MaxWriteRequestUnits: 2 }
      expect(f.write('a')).toBeUndefined()
      expect(f.write('b')).toBeUndefined()
      expect(f.write('c')).toBeInstanceOf(ThrottlingException)
      expect(describePartitions(f.db, f.table.name)[0]!.writeLimit).toBe(2)
      delete f.table.meta.OnDemandThroughput
      f.sim.clock.advanceTo(1000)
      for (let i = 0; i < 50; i++) expect(f.write(`k${i}`)).toBeUndefined()
      expect(describePartitions(f.db, f.table.name)[0]!.writeLimit).toBe(4000)
    })

    it('a GSI maximum throttles the write with IndexWriteMaxOnDemandThroughputExceeded on the index ARN', () => {
      const f = physicsFixture(0, 0, 'PAY_PER_REQUEST', { rcu: 0, wcu: 0 })
      f.table.meta.GlobalSecondaryIndexes![0]!.OnDemandThroughput = { MaxWriteRequestUnits: 3 }
      const cap = { table: 1, localSecondaryIndexes: {}, globalSecondaryIndexes: { byG: 1 } }
      const errs = Array.from({ length: 5 }, (_, i) => f.write(`k${i}`, cap, { pk: { S: `k${i}` }, g: { S: `g${i}` } })).filter(Boolean)
      expect(errs.length).toBe(2)
      expect(errs[0]!.message).toMatch(/global secondary indexes/)
      expect(reasons(errs[0])).toEqual([{ reason: 'IndexWriteMaxOnDemandThroughputExceeded', resource: `${f.table.meta.TableArn}/index/byG` }])
    })
  })

  describe('functionality', () => {
    it('a provisioned table switched to on-demand with a maximum gets it when the switch completes', () => {
      const sim = new Simulation()
      sim.request('dynamodb', 'CreateTable', {
        TableName: 'Flip',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        ProvisionedThroughput: { ReadCapacityUnits: 100, WriteCapacityUnits: 100 },
      })
      sim.advanceBy(T.createTableMs)
      const r = sim.request('dynamodb', 'UpdateTable', { TableName: 'Flip', BillingMode: 'PAY_PER_REQUEST', OnDemandThroughput: { MaxWriteRequestUnits: 3 } })
      expect(r.error).toBeUndefined()
      sim.advanceBy(T.billingModeSwitchMs + 1000)
      const put = (i: number) => sim.request('dynamodb', 'PutItem', { TableName: 'Flip', Item: { pk: { S: `k${i}` } } })
      const errors = Array.from({ length: 5 }, (_, i) => put(i).error).filter(Boolean)
      expect(errors.length).toBe(2)
      expect(reasons(errors[0])![0]!.reason).toBe('TableWriteMaxOnDemandThroughputExceeded')
    })

    it('through the service: CreateTable with a maximum, PutItem throttled with the reason, kept in snapshots; UpdateTable -1 lifts it', () => {
      const sim = new Simulation()
      sim.request('dynamodb', 'CreateTable', {
        TableName: 'Capped',
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        OnDemandThroughput: { MaxWriteRequestUnits: 10 },
      })
      sim.advanceBy(T.createTableMs)
      const put = (i: number) => sim.request('dynamodb', 'PutItem', { TableName: 'Capped', Item: { pk: { S: `k${i}` } } })
      const results = Array.from({ length: 20 }, (_, i) => put(i))
      const throttled = results.filter((r) => r.error)
      expect(throttled.length).toBe(10)
      expect(throttled[0]!.error!.name).toBe('ThrottlingException')
      expect(reasons(throttled[0]!.error)).toEqual([{ reason: 'TableWriteMaxOnDemandThroughputExceeded', resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/Capped' }])
      // a snapshot carries the maximum and the bucket: the restored table is still out of capacity this second
      const copy = new Simulation()
      copy.setState(JSON.parse(JSON.stringify(sim.getState())))
      const again = copy.request('dynamodb', 'PutItem', { TableName: 'Capped', Item: { pk: { S: 'copy' } } })
      expect(reasons(again.error)![0]!.reason).toBe('TableWriteMaxOnDemandThroughputExceeded')
      expect((copy.request('dynamodb', 'DescribeTable', { TableName: 'Capped' }).output as { Table: Record<string, unknown> }).Table['OnDemandThroughput']).toEqual({ MaxWriteRequestUnits: 10 })
      expect(sim.request('dynamodb', 'UpdateTable', { TableName: 'Capped', OnDemandThroughput: { MaxWriteRequestUnits: -1 } }).error).toBeUndefined()
      expect(Array.from({ length: 20 }, (_, i) => put(100 + i)).filter((r) => r.error).length).toBe(0)
    })

    it('keeps the maximum while a switch to PROVISIONED is in progress (the table still runs on-demand until it lands)', () => {
      const sim = new Simulation()
      sim.request('dynamodb', 'CreateTable', {
        TableName: 'Capped',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
        OnDemandThroughput: { MaxWriteRequestUnits: 5 },
      })
      sim.advanceBy(T.createTableMs)
      const burst = (from: number) => Array.from({ length: 20 }, (_, i) => sim.request('dynamodb', 'PutItem', { TableName: 'Capped', Item: { pk: { S: `k${from + i}` } } }).error).filter(Boolean).length
      expect(burst(0)).toBe(15)
      sim.advanceBy(2000)
      const u = sim.request('dynamodb', 'UpdateTable', { TableName: 'Capped', BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 100, WriteCapacityUnits: 100 } })
      expect(u.error).toBeUndefined()
      sim.advanceBy(2000)
      expect(sim.dynamodb.tables.get('Capped')!.meta.BillingMode).toBe('PAY_PER_REQUEST') // still switching
      expect(burst(100)).toBe(15)
      sim.advanceBy(T.billingModeSwitchMs)
      expect(sim.dynamodb.tables.get('Capped')!.meta.BillingMode).toBe('PROVISIONED')
      expect(burst(200)).toBe(0) // 100 WCU (and a full burst bucket) now
    })
  })
})

