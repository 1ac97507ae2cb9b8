import { describe, expect, it } from 'vitest'
import { ProvisionedThroughputExceededException } from '../errors.ts'
import { physicsFixture } from './testing.ts'
import { PROVISIONED_GSI_MESSAGE, PROVISIONED_TABLE_MESSAGE } from './throttle.ts'
import { getMetrics } from './getMetrics.ts'
import { chargeRead } from './charge.ts'
import { newOperationContext } from '../OperationContext.ts'

describe('chargeRead / chargeWrite', () => {
  describe('capacity', () => {
    it("reproduces AWS's burst example: 150 RCU idle 5 minutes, then 200 RCU/s serves about 900 s", () => {
      const f = physicsFixture(150, 5)
      f.read('warm-up') // the table exists and is used once, then sits idle
      f.sim.clock.advanceBy(300_000)
      const start = f.sim.clock.now()
      let firstThrottle: number | undefined
      for (let i = 0; i < 200 * 1000 && firstThrottle === undefined; i++) {
        f.sim.clock.advanceTo(start + i * 5) // 200 strongly consistent 4 KB reads per second
        if (f.read('hot', 1)) firstThrottle = (f.sim.clock.now() - start) / 1000
      }
      // 45,000 burst RCU drained at 50 RCU/s
      expect(firstThrottle).toBeGreaterThan(895)
      expect(firstThrottle).toBeLessThan(905)
    })

    it('lets a handful of requests through a 1-RCU table at one instant (burst starts full)', () => {
      const f = physicsFixture(1, 1)
      for (let i = 0; i < 20; i++) expect(f.read(`k${i}`, 1)).toBeUndefined()
      for (let i = 0; i < 20; i++) expect(f.write(`k${i}`)).toBeUndefined()
    })

    it('throttles sustained overload with ProvisionedThroughputExceededException and ThrottlingReasons', () => {
      const f = physicsFixture(1, 1)
      let error
      for (let i = 0; i < 10 * 120 && !error; i++) {
        f.sim.clock.advanceTo(i * 100) // 10 WCU/s against 1 WCU: burst (300) lasts ~33 s
        error = f.write('hot')
      }
      expect(error).toBeInstanceOf(ProvisionedThroughputExceededException)
      expect(error!.message).toBe(PROVISIONED_TABLE_MESSAGE)
      expect(error!.extra).toEqual({ ThrottlingReasons: [{ reason: 'TableWriteProvisionedThroughputExceeded', resource: f.table.meta.TableArn }] })
      expect(f.sim.clock.now()).toBeGreaterThan(30_000)
      expect(f.sim.clock.now()).toBeLessThan(36_000)
    })

    it('names a hot partition KeyRangeThroughputExceeded while the table still has unused capacity', () => {
      const f = physicsFixture(1, 1999) // 2 partitions…
      f.table.meta.ProvisionedThroughput.WriteCapacityUnits = 20 // …of 10 WCU each (never merged)
      const hot = f.keysByPartition(1)[0]![0]!
      let error
      for (let i = 0; i < 15 * 700 && !error; i++) {
        f.sim.clock.advanceTo(Math.floor((i * 1000) / 15)) // 15 WCU/s on one 10 WCU partition of a 20 WCU table
        error = f.write(hot)
      }
      expect(error?.name).toBe('ProvisionedThroughputExceededException')
      expect(error!.extra).toEqual({ ThrottlingReasons: [{ reason: 'TableWriteKeyRangeThroughputExceeded', resource: f.table.meta.TableArn }] })
      expect(f.sim.clock.now()).toBeGreaterThan(590_000) // burst 3,000 WCU drained at 5 WCU/s
    })

    it('throttles a PutItem before it is stored, and records no consumed capacity', () => {
      const f = physicsFixture(1, 1)
      let last
      for (let i = 0; i < 400; i++) last = f.sim.request('dynamodb', 'PutItem', { TableName: 'Physics', Item: { pk: { S: `k${i}` } } })
      expect(last!.error).toBeInstanceOf(ProvisionedThroughputExceededException)
      expect(f.table.itemCount).toBeLessThan(400)
      expect(f.table.itemCount).toBeGreaterThanOrEqual(300)
      expect(last!.trace.detail).toMatchObject({ throttled: true })
    })

    it('still charges a write whose condition failed', () => {
      const f = physicsFixture(1, 1)
      f.sim.request('dynamodb', 'PutItem', { TableName: 'Physics', Item: { pk: { S: 'a' } } })
      const r = f.sim.request('dynamodb', 'PutItem', { TableName: 'Physics', Item: { pk: { S: 'a' } }, ConditionExpression: 'attribute_not_exists(pk)' })
      expect(r.error?.name).toBe('ConditionalCheckFailedException')
      expect(getMetrics(f.db, 'Physics').table.ConsumedWriteCapacityUnits.reduce((a, b) => a + b, 0)).toBe(2)
    })

    it('throttles the table write when a GSI lacks capacity (back-pressure), with the GSI message', () => {
      const f = physicsFixture(100, 100, 'PROVISIONED', { rcu: 1, wcu: 1 })
      let error
      let i = 0
      for (; i < 10 * 120 && !error; i++) {
        f.sim.clock.advanceTo(i * 100)
        const item = { pk: { S: `k${i}` }, g: { S: 'hot' } }
        error = f.write(`k${i}`, { table: 1, localSecondaryIndexes: {}, globalSecondaryIndexes: { byG: 1 } }, item)
      }
      expect(error).toBeInstanceOf(ProvisionedThroughputExceededException)
      expect(error!.message).toBe(PROVISIONED_GSI_MESSAGE)
      expect(error!.extra).toEqual({ ThrottlingReasons: [{ reason: 'IndexWriteProvisionedThroughputExceeded', resource: `${f.table.meta.TableArn}/index/byG` }] })
      const m = getMetrics(f.db, 'Physics')
      const sum = (a: number[]) => a.reduce((x, y) => x + y, 0)
      expect(sum(m.indexes['byG']!.WriteThrottleEvents)).toBe(1)
      expect(sum(m.table.ThrottledRequests)).toBe(1)
      // the throttled write consumed nothing on the table either
      expect(sum(m.table.ConsumedWriteCapacityUnits)).toBe(i - 1)
    })

    it('back-pressures PutItem through a GSI with 1 WCU, placed by the GSI key', () => {
      const f = physicsFixture(100, 100, 'PROVISIONED', { rcu: 1, wcu: 1 })
      let r
      let i = 0
      for (; i < 400; i++) {
        r = f.sim.request('dynamodb', 'PutItem', { TableName: 'Physics', Item: { pk: { S: `k${i}` }, g: { S: 'hot' } } })
        if (r.error) break
      }
      expect(r!.error?.name).toBe('ProvisionedThroughputExceededException')
      expect(r!.error?.message).toBe(PROVISIONED_GSI_MESSAGE)
      expect(i).toBe(301) // 1 per-second token + 300 burst on the GSI's partition, all at one instant
      expect(f.table.itemCount).toBe(301)
      // items without the GSI key are not written to the GSI, so they are not held back
      expect(f.sim.request('dynamodb', 'PutItem', { TableName: 'Physics', Item: { pk: { S: 'sparse' } } }).error).toBeUndefined()
    })

    it('keeps db.physics switches in the simulation snapshot', () => {
      const f = physicsFixture(1, 1)
      f.db.physics.adaptiveCapacity = true
      const state = JSON.parse(JSON.stringify(f.sim.getState())) as ReturnType<typeof f.sim.getState>
      f.db.physics.adaptiveCapacity = false
      f.sim.setState(state)
      expect(f.sim.dynamodb.physics).toEqual({ adaptiveCapacity: true, throttling: true })
    })

    it('charges LSI writes to the table and GSI reads to the GSI', () => {
      const f = physicsFixture(10, 10, 'PROVISIONED', { rcu: 7, wcu: 7 })
      f.write('a', { table: 1, localSecondaryIndexes: { byL: 2 }, globalSecondaryIndexes: {} })
      chargeRead(f.db, f.table, newOperationContext(0), { key: { g: { S: 'x' } }, units: 0.5, index: 'byG' })
      chargeRead(f.db, f.table, newOperationContext(0), { key: { pk: { S: 'a' } }, units: 1, index: 'byL' })
      const m = getMetrics(f.db, 'Physics')
      expect(m.table.ConsumedWriteCapacityUnits.at(-1)).toBe(3)
      expect(m.table.ProvisionedWriteCapacityUnits.at(-1)).toBe(10)
      expect(m.indexes['byG']!.ProvisionedWriteCapacityUnits.at(-1)).toBe(7)
      expect(m.indexes['byG']!.ConsumedReadCapacityUnits.at(-1)).toBe(0.5)
      expect(m.table.ConsumedReadCapacityUnits.at(-1)).toBe(1)
    })

    it('burst credit never takes a partition past 1,000 WCU in a second (the per-partition maximum)', () => {
      const f = physicsFixture(100, 100) // one partition: 100 WCU, 30,000 WCU of burst
      const errors = Array.from({ length: 1200 }, (_, i) => f.write(`k${i % 7}`)).filter((e) => e !== undefined)
      expect(errors).toHaveLength(200) // 100 tokens + 900 burst served, then the ceiling
      expect(errors[0]).toBeInstanceOf(ProvisionedThroughputExceededException)
      expect((errors[0]!.extra as { ThrottlingReasons: { reason: string }[] }).ThrottlingReasons[0]!.reason).toBe('TableWriteKeyRangeThroughputExceeded')
      f.sim.clock.advanceTo(1000) // the next second: burst is still there (29,100 WCU)
      expect(Array.from({ length: 900 }, (_, i) => f.write(`k${i % 7}`)).filter(Boolean)).toHaveLength(0)
    })
  })
})

