import { describe, expect, it } from 'vitest'
import { ValidationException } from '../errors.ts'
import { physicsFixture } from './testing.ts'
import { configureAutoScaling } from './autoScaling.ts'

describe('configureAutoScaling', () => {
  describe('validations', () => {
    it('returns ValidationException for a target outside 20–90 %', () => {
      const f = physicsFixture(10, 10)
      expect(() => configureAutoScaling(f.db, 'Physics', { write: { min: 1, max: 10, target: 95 } })).toThrow(ValidationException)
    })

    it('returns ResourceNotFoundException for an unknown table', () => {
      const f = physicsFixture(10, 10)
      expect(() => configureAutoScaling(f.db, 'Nope', { write: { min: 1, max: 10 } })).toThrow('Requested resource not found')
    })
  })

  describe('functionality', () => {
    it('scales out after 2 one-minute data points above 70 %, to consumed / target, through UpdateTable', () => {
      const f = physicsFixture(10, 10)
      configureAutoScaling(f.db, 'Physics', { write: { min: 5, max: 100 } })
      // 20 WCU/s against 10 WCU (burst covers it) for 3 minutes
      for (let i = 0; i < 20 * 180; i++) {
        f.sim.advanceTo(i * 50)
        f.write(`k${i}`)
        if (i * 50 === 61_000) expect(f.table.meta.ProvisionedThroughput.WriteCapacityUnits).toBe(10) // one data point: no change
      }
      expect(f.table.meta.ProvisionedThroughput.WriteCapacityUnits).toBe(29) // ceil(20 / 0.7)
      const as = f.table.capacity.autoScaling!
      expect(as.activities[0]).toMatchObject({ at: 120_000, dimension: 'write', from: 10, to: 29, status: 'Successful' })
      expect(f.table.capacity.table.state.wcu).toBe(29)
    })

    it('scales a GSI on its own write metrics through GlobalSecondaryIndexUpdates', () => {
      const f = physicsFixture(10, 100, 'PROVISIONED', { rcu: 5, wcu: 10 })
      configureAutoScaling(f.db, 'Physics', { indexes: { byG: { write: { min: 5, max: 100 } } } })
      for (let i = 0; i < 14 * 180; i++) {
        f.sim.advanceTo(i * 72) // ≈ 14 GSI WCU/s
        f.write(`k${i}`, { table: 1, localSecondaryIndexes: {}, globalSecondaryIndexes: { byG: 1 } }, { pk: { S: `k${i}` }, g: { S: `g${i}` } })
      }
      const g = f.table.meta.GlobalSecondaryIndexes![0]!
      expect(g.ProvisionedThroughput!.WriteCapacityUnits).toBe(20) // ceil(13.9 / 0.7)
      expect(f.table.meta.ProvisionedThroughput.WriteCapacityUnits).toBe(100)
      expect(f.table.capacity.autoScaling!.activities[0]).toMatchObject({ index: 'byG', dimension: 'write', from: 10, status: 'Successful' })
    })

    it('returns ValidationException for an unknown index', () => {
      const f = physicsFixture(10, 10)
      expect(() => configureAutoScaling(f.db, 'Physics', { indexes: { nope: { write: { min: 1, max: 10 } } } })).toThrow('The table does not have the specified index: nope')
    })

    it('scales in after 15 data points below target, respecting min', () => {
      const f = physicsFixture(10, 50)
      configureAutoScaling(f.db, 'Physics', { write: { min: 5, max: 100, target: 50 } })
      f.sim.advanceTo(14 * 60_000 + 1000)
      expect(f.table.meta.ProvisionedThroughput.WriteCapacityUnits).toBe(50)
      f.sim.advanceTo(16 * 60_000)
      expect(f.table.meta.ProvisionedThroughput.WriteCapacityUnits).toBe(5)
      expect(f.table.meta.ProvisionedThroughput.NumberOfDecreasesToday).toBe(1)
    })
  })
})
