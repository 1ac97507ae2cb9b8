import { describe, expect, it } from 'vitest'
import { newResource, partitionIndexOf, splitPartition } from './partitionLayout.ts'
import { RING_SIZE } from './model.ts'
import { physicsFixture } from './testing.ts'

const shares = (r: ReturnType<typeof newResource>) => r.partitions.map((p) => [p.rcu, p.wcu])

describe('partitions', () => {
  describe('functionality', () => {
    it('derives the initial count from ceil(RCU/3000 + WCU/1000) with throughput spread evenly (AWS-FACTS §3.1)', () => {
      expect(newResource('t', 'arn', 'PROVISIONED', 1000, 500, 0).partitions).toHaveLength(1)
      expect(newResource('t', 'arn', 'PROVISIONED', 1000, 1000, 0).partitions).toHaveLength(2)
      const r = newResource('t', 'arn', 'PROVISIONED', 5000, 2000, 0)
      expect(shares(r)).toEqual([[1250, 500], [1250, 500], [1250, 500], [1250, 500]])
      expect(r.partitions[0]!.start).toBe(0)
      expect(r.partitions[3]!.end).toBe(RING_SIZE)
    })

    it('counts size: one partition per 10 GB', () => {
      expect(newResource('t', 'arn', 'PROVISIONED', 5, 5, 25 * 1024 ** 3).partitions).toHaveLength(3)
    })

    it('starts a new on-demand table with 8 partitions at the per-partition ceilings', () => {
      const r = newResource('t', 'arn', 'PAY_PER_REQUEST', 0, 0, 0)
      expect(r.partitions).toHaveLength(8)
      expect(r.partitions.every((p) => p.rcu === 3000 && p.wcu === 1000)).toBe(true)
    })

    it('splits a partition in two with half its throughput each (unequal shares, as AWS describes)', () => {
      const r = newResource('t', 'arn', 'PROVISIONED', 5000, 2000, 0)
      splitPartition(r, 3, 0)
      expect(shares(r)).toEqual([[1250, 500], [1250, 500], [1250, 500], [625, 250], [625, 250]])
      expect(r.partitions[3]!.end).toBe(r.partitions[4]!.start)
    })

    it('finds the partition of a ring position', () => {
      const r = newResource('t', 'arn', 'PROVISIONED', 5000, 2000, 0)
      expect(partitionIndexOf(r.partitions, 0)).toBe(0)
      expect(partitionIndexOf(r.partitions, RING_SIZE / 2)).toBe(2)
      expect(partitionIndexOf(r.partitions, RING_SIZE - 1)).toBe(3)
    })

    it('doubles when throughput rises past what the partitions support, and never merges back', () => {
      const { sim, table } = physicsFixture(5000, 2000)
      expect(table.partitionCount()).toBe(4)
      const update = (ReadCapacityUnits: number, WriteCapacityUnits: number) => {
        const r = sim.request('dynamodb', 'UpdateTable', { TableName: 'Physics', ProvisionedThroughput: { ReadCapacityUnits, WriteCapacityUnits } })
        expect(r.error).toBeUndefined()
        sim.advanceBy(60_000)
      }
      update(8000, 2000)
      expect(table.partitionCount()).toBe(8)
      expect(table.capacity.table.state.partitions.every((p) => p.rcu === 1000 && p.wcu === 250)).toBe(true)
      update(100, 100)
      expect(table.partitionCount()).toBe(8)
      expect(table.capacity.table.state.partitions[0]).toMatchObject({ rcu: 12.5, wcu: 12.5 })
    })

    it('applies an UpdateTable throughput change at the instant UPDATING ends, not at the next request', () => {
      const { sim, table, read } = physicsFixture(10, 10)
      expect(read('k', 3010)).toBeUndefined() // 10 tokens + 3,000 burst (300 s × 10 RCU): both drained at t = 0
      const r = sim.request('dynamodb', 'UpdateTable', { TableName: 'Physics', ProvisionedThroughput: { ReadCapacityUnits: 100, WriteCapacityUnits: 10 } })
      expect(r.error).toBeUndefined()
      sim.advanceBy(12_000) // UPDATING ends at 2 s (updateTableMs); then 10 s at 100 RCU
      expect(table.meta.TableStatus).toBe('ACTIVE')
      expect(read('k', 1)).toBeUndefined()
      const p = table.capacity.table.state.partitions[0]!
      // 0–2 s at 10 RCU: 10 tokens + 10 burst; 2–12 s at 100 RCU: +1,000 units (90 fill the tokens, 910 go to burst).
      expect(p.read.burst).toBeCloseTo(920, 6)
      expect(p.read.tokens).toBeCloseTo(99, 6)
    })
  })
})
