import { describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { DEFAULT_TABLE_TIMINGS as T } from '../tableLifecycle.ts'

/** OnDemandThroughput on CreateTable, UpdateTable and DescribeTable (validation/onDemandThroughput.ts). */

const INVALID = 'One or more parameter values were invalid: '
const KEYS = {
  TableName: 'Music',
  AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }],
}
const GSI_KEYS = {
  TableName: 'Music',
  AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }, { AttributeName: 'Genre', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }],
}
const gsi = (extra: Record<string, unknown> = {}) => ({
  IndexName: 'byGenre',
  KeySchema: [{ AttributeName: 'Genre', KeyType: 'HASH' }],
  Projection: { ProjectionType: 'KEYS_ONLY' },
  ...extra,
})
const PROV = { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }

const create = (sim: Simulation, input: Record<string, unknown>) => sim.request('dynamodb', 'CreateTable', input)
const update = (sim: Simulation, input: Record<string, unknown>) => sim.request('dynamodb', 'UpdateTable', { TableName: 'Music', ...input })
const describeT = (sim: Simulation) => (sim.request('dynamodb', 'DescribeTable', { TableName: 'Music' }).output as { Table: Record<string, any> }).Table

/** An ACTIVE on-demand table (with a GSI when `withGsi`). */
function onDemandTable(extra: Record<string, unknown> = {}, withGsi = false): Simulation {
  const sim = new Simulation()
  const r = create(sim, { ...(withGsi ? GSI_KEYS : KEYS), BillingMode: 'PAY_PER_REQUEST', ...(withGsi ? { GlobalSecondaryIndexes: [gsi()] } : {}), ...extra })
  expect(r.error).toBeUndefined()
  sim.advanceBy(T.createTableWithIndexesMs)
  return sim
}

describe('OnDemandThroughput', () => {
  describe('validations', () => {
    it('CreateTable returns ValidationException for a maximum on a PROVISIONED table (first member named, read first)', () => {
      const sim = new Simulation()
      expect(create(sim, { ...KEYS, ProvisionedThroughput: PROV, OnDemandThroughput: { MaxReadRequestUnits: 10, MaxWriteRequestUnits: 10 } }).error?.message).toBe(
        `${INVALID}MaxReadRequestUnits for OnDemandThroughput cannot be specified when table BillingMode is PROVISIONED.`,
      )
      expect(create(sim, { ...KEYS, ProvisionedThroughput: PROV, OnDemandThroughput: { MaxWriteRequestUnits: 0 } }).error?.message).toBe(
        `${INVALID}MaxWriteRequestUnits for OnDemandThroughput cannot be specified when table BillingMode is PROVISIONED.`,
      )
    })

    it('CreateTable returns ValidationException for 0, -1 and -2', () => {
      for (const v of [0, -1, -2]) {
        const r = create(new Simulation(), { ...KEYS, BillingMode: 'PAY_PER_REQUEST', OnDemandThroughput: { MaxReadRequestUnits: v, MaxWriteRequestUnits: v } })
        expect(r.error?.name).toBe('ValidationException')
        expect(r.error?.message).toBe(`${INVALID}Requested MaxReadRequestUnits for OnDemandThroughput for table is outside of valid range`)
      }
      const w = create(new Simulation(), { ...KEYS, BillingMode: 'PAY_PER_REQUEST', OnDemandThroughput: { MaxReadRequestUnits: 5, MaxWriteRequestUnits: 0 } })
      expect(w.error?.message).toBe(`${INVALID}Requested MaxWriteRequestUnits for OnDemandThroughput for table is outside of valid range`)
    })

    it('CreateTable returns ValidationException for a GSI maximum on PROVISIONED or out of range', () => {
      const prov = create(new Simulation(), { ...GSI_KEYS, ProvisionedThroughput: PROV, GlobalSecondaryIndexes: [gsi({ ProvisionedThroughput: PROV, OnDemandThroughput: { MaxReadRequestUnits: 10 } })] })
      expect(prov.error?.message).toBe(`${INVALID}MaxReadRequestUnits for OnDemandThroughput for index: byGenre cannot be specified when table BillingMode is PROVISIONED.`)
      const range = create(new Simulation(), { ...GSI_KEYS, BillingMode: 'PAY_PER_REQUEST', GlobalSecondaryIndexes: [gsi({ OnDemandThroughput: { MaxReadRequestUnits: -1 } })] })
      expect(range.error?.message).toBe(`${INVALID}Requested MaxReadRequestUnits for OnDemandThroughput for index : byGenre is outside of valid range`)
    })

    it('returns SerializationException for a non-numeric member', () => {
      const r = create(new Simulation(), { ...KEYS, BillingMode: 'PAY_PER_REQUEST', OnDemandThroughput: { MaxReadRequestUnits: '10' } })
      expect(r.error?.name).toBe('SerializationException')
    })

    it('returns LimitExceededException above the 40,000 per-table quota', () => {
      const r = create(new Simulation(), { ...KEYS, BillingMode: 'PAY_PER_REQUEST', OnDemandThroughput: { MaxReadRequestUnits: 40_001 } })
      expect(r.error?.name).toBe('LimitExceededException')
      expect(r.error?.message).toBe('Subscriber limit exceeded: Requested MaxReadRequestUnits for OnDemandThroughput for table exceeds TableMaxReadCapacityUnits of the account in region us-east-1')
      const u = update(onDemandTable(), { OnDemandThroughput: { MaxWriteRequestUnits: 50_000 } })
      expect(u.error?.message).toBe('Subscriber limit exceeded: Requested MaxWriteRequestUnits for OnDemandThroughput for table exceeds TableMaxWriteCapacityUnits of the account in region us-east-1')
    })

    it('UpdateTable returns ValidationException for a maximum on a PROVISIONED table or one switching to PROVISIONED', () => {
      const sim = new Simulation()
      create(sim, { ...KEYS, ProvisionedThroughput: PROV })
      sim.advanceBy(T.createTableMs)
      expect(update(sim, { OnDemandThroughput: { MaxWriteRequestUnits: 10 } }).error?.message).toBe(
        `${INVALID}MaxWriteRequestUnits for OnDemandThroughput cannot be specified when the table BillingMode is PROVISIONED`,
      )
      const od = onDemandTable()
      expect(update(od, { BillingMode: 'PROVISIONED', ProvisionedThroughput: PROV, OnDemandThroughput: { MaxReadRequestUnits: 10 } }).error?.message).toBe(
        `${INVALID}MaxReadRequestUnits for OnDemandThroughput cannot be specified when the table BillingMode is PROVISIONED`,
      )
    })

    it('UpdateTable accepts -1 but returns ValidationException for 0 and -2', () => {
      const sim = onDemandTable()
      expect(update(sim, { OnDemandThroughput: { MaxWriteRequestUnits: 0 } }).error?.message).toBe(
        `${INVALID}Requested MaxWriteRequestUnits for OnDemandThroughput for table is outside of valid range`,
      )
      expect(update(sim, { OnDemandThroughput: { MaxReadRequestUnits: -2 } }).error?.message).toBe(
        `${INVALID}Requested MaxReadRequestUnits for OnDemandThroughput for table is outside of valid range`,
      )
      expect(update(sim, { OnDemandThroughput: { MaxReadRequestUnits: -1 } }).error).toBeUndefined()
    })

    it('UpdateTable with an empty OnDemandThroughput alone is no change', () => {
      expect(update(onDemandTable(), { OnDemandThroughput: {} }).error?.message).toMatch(/^At least one of ProvisionedThroughput/)
    })

    it('UpdateTable validates a GSI Update carrying OnDemandThroughput', () => {
      const sim = onDemandTable({}, true)
      const upd = (odt: Record<string, unknown>) => update(sim, { GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'byGenre', OnDemandThroughput: odt } }] })
      expect(upd({ MaxReadRequestUnits: 0 }).error?.message).toBe(`${INVALID}Requested MaxReadRequestUnits for OnDemandThroughput for index : byGenre is outside of valid range`)
      expect(upd({ MaxReadRequestUnits: 100 }).error).toBeUndefined()
      // ProvisionedThroughput is still refused on an on-demand table's index
      const pt = update(sim, { GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'byGenre', ProvisionedThroughput: PROV } }] })
      expect(pt.error?.message).toBe(`${INVALID}The only Updates for index: byGenre when TableThroughputMode is PAY_PER_REQUEST can be to OnDemandThroughput, WarmThroughput`)
    })

    it('returns ValidationException when DeletionProtectionEnabled comes with OnDemandThroughput', () => {
      const r = update(onDemandTable(), { DeletionProtectionEnabled: true, OnDemandThroughput: { MaxReadRequestUnits: 10 } })
      expect(r.error?.message).toBe('DeletionProtection modification must be the only operation in the request')
    })
  })

  describe('functionality', () => {
    it('CreateTable stores the members given; DescribeTable shows them (table and GSI)', () => {
      const sim = onDemandTable({ OnDemandThroughput: { MaxReadRequestUnits: 100 }, GlobalSecondaryIndexes: [gsi({ OnDemandThroughput: { MaxReadRequestUnits: 5, MaxWriteRequestUnits: 7 } })] }, true)
      const t = describeT(sim)
      expect(t['OnDemandThroughput']).toEqual({ MaxReadRequestUnits: 100 })
      expect(t['GlobalSecondaryIndexes'][0].OnDemandThroughput).toEqual({ MaxReadRequestUnits: 5, MaxWriteRequestUnits: 7 })
    })

    it('DescribeTable omits OnDemandThroughput when none is set ({} at CreateTable stores nothing)', () => {
      expect(describeT(onDemandTable())).not.toHaveProperty('OnDemandThroughput')
      expect(describeT(onDemandTable({ OnDemandThroughput: {} }))).not.toHaveProperty('OnDemandThroughput')
    })

    it('UpdateTable merges members, stays ACTIVE, echoes -1 and then omits the removed member', () => {
      const sim = onDemandTable()
      const set = update(sim, { OnDemandThroughput: { MaxReadRequestUnits: 1000, MaxWriteRequestUnits: 500 } })
      const d1 = (set.output as { TableDescription: Record<string, any> }).TableDescription
      expect(d1['TableStatus']).toBe('ACTIVE')
      expect(d1['OnDemandThroughput']).toEqual({ MaxReadRequestUnits: 1000, MaxWriteRequestUnits: 500 })
      update(sim, { OnDemandThroughput: { MaxReadRequestUnits: 2000 } })
      expect(describeT(sim)['OnDemandThroughput']).toEqual({ MaxReadRequestUnits: 2000, MaxWriteRequestUnits: 500 })
      const clear = update(sim, { OnDemandThroughput: { MaxReadRequestUnits: -1 } })
      expect((clear.output as { TableDescription: Record<string, any> }).TableDescription['OnDemandThroughput']).toEqual({ MaxReadRequestUnits: -1, MaxWriteRequestUnits: 500 })
      expect(describeT(sim)['OnDemandThroughput']).toEqual({ MaxWriteRequestUnits: 500 })
      update(sim, { OnDemandThroughput: { MaxWriteRequestUnits: -1 } })
      expect(describeT(sim)).not.toHaveProperty('OnDemandThroughput')
      expect(describeT(sim)['TableStatus']).toBe('ACTIVE')
    })

    it('switching to PROVISIONED drops the maxima', () => {
      const sim = onDemandTable({ OnDemandThroughput: { MaxReadRequestUnits: 100, MaxWriteRequestUnits: 100 } })
      expect(update(sim, { BillingMode: 'PROVISIONED', ProvisionedThroughput: PROV }).error).toBeUndefined()
      expect(describeT(sim)).not.toHaveProperty('OnDemandThroughput')
    })

    it('sets a GSI maximum with an Update and on a GSI Create', () => {
      const sim = onDemandTable({}, true)
      const r = update(sim, { GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'byGenre', OnDemandThroughput: { MaxWriteRequestUnits: 20 } } }] })
      expect(r.error).toBeUndefined()
      const g = describeT(sim)['GlobalSecondaryIndexes'][0]
      expect(g.OnDemandThroughput).toEqual({ MaxWriteRequestUnits: 20 })
      expect(g.IndexStatus).toBe('ACTIVE')
      const c = update(sim, {
        AttributeDefinitions: [{ AttributeName: 'Year', AttributeType: 'N' }],
        GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'byYear', KeySchema: [{ AttributeName: 'Year', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, OnDemandThroughput: { MaxReadRequestUnits: 3 } } }],
      })
      expect(c.error).toBeUndefined()
      expect(describeT(sim)['GlobalSecondaryIndexes'][1].OnDemandThroughput).toEqual({ MaxReadRequestUnits: 3 })
    })
  })
})
