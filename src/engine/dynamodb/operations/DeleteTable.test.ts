import { describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { DEFAULT_TABLE_TIMINGS as T, TABLE_EVENTS } from '../tableLifecycle.ts'

function createTable(sim: Simulation, extra: Record<string, unknown> = {}): void {
  const r = sim.request('dynamodb', 'CreateTable', {
    TableName: 'Music',
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }],
    ...extra,
  })
  expect(r.error).toBeUndefined()
}

const del = (sim: Simulation, name = 'Music') => sim.request('dynamodb', 'DeleteTable', { TableName: name })

describe('DeleteTable', () => {
  describe('validations', () => {
    it('returns ValidationException for no TableName', () => {
      expect(new Simulation().request('dynamodb', 'DeleteTable', {}).error?.message).toBe("The parameter 'TableName' is required but was not present in the request")
    })

    it('returns ResourceNotFoundException for a missing table', () => {
      const r = del(new Simulation(), 'Nope')
      expect(r.error?.name).toBe('ResourceNotFoundException')
      expect(r.error?.message).toBe('Requested resource not found: Table: Nope not found')
    })

    it('returns ResourceInUseException while the table is being created', () => {
      const sim = new Simulation()
      createTable(sim)
      const r = del(sim)
      expect(r.error?.name).toBe('ResourceInUseException')
      expect(r.error?.message).toBe('Attempt to change a resource which is still in use: Table is being created: Music')
    })

    it('returns ResourceInUseException while the table is being deleted', () => {
      const sim = new Simulation()
      createTable(sim)
      sim.advanceBy(T.createTableMs)
      expect(del(sim).error).toBeUndefined()
      expect(del(sim).error?.message).toBe('Attempt to change a resource which is still in use: Table is being deleted: Music')
    })

    it('returns ResourceInUseException while the table is being updated', () => {
      const sim = new Simulation()
      createTable(sim)
      sim.advanceBy(T.createTableMs)
      expect(sim.request('dynamodb', 'UpdateTable', { TableName: 'Music', StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } }).error).toBeUndefined()
      expect(del(sim).error?.message).toBe('Attempt to change a resource which is still in use: Table: Music is in the process of being updated.')
    })

    it('returns ResourceInUseException while a GSI is backfilling', () => {
      const sim = new Simulation()
      createTable(sim)
      sim.advanceBy(T.createTableMs)
      const r = sim.request('dynamodb', 'UpdateTable', {
        TableName: 'Music',
        AttributeDefinitions: [{ AttributeName: 'Genre', AttributeType: 'S' }],
        GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'byGenre', KeySchema: [{ AttributeName: 'Genre', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } } }],
      })
      expect(r.error).toBeUndefined()
      expect(del(sim).error?.message).toBe('Attempt to change a resource which is still in use: Cannot delete table while indexes are being created, updated, or deleted.')
      sim.advanceBy(T.indexAllocationMs)
      expect(sim.dynamodb.tables.get('Music')!.meta.TableStatus).toBe('ACTIVE')
      const d = del(sim)
      expect(d.error?.name).toBe('ResourceInUseException')
      expect(d.error?.message).toBe('Attempt to change a resource which is still in use: Cannot delete table while indexes are being created, updated, or deleted.')
      sim.advanceBy(T.indexBackfillMs)
      expect(del(sim).error).toBeUndefined()
    })

    it('returns ValidationException when deletion protection is enabled', () => {
      const sim = new Simulation()
      createTable(sim, { DeletionProtectionEnabled: true })
      sim.advanceBy(T.createTableMs)
      const r = del(sim)
      expect(r.error?.name).toBe('ValidationException')
      expect(r.error?.message).toBe('Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.')
      expect(sim.request('dynamodb', 'UpdateTable', { TableName: 'Music', DeletionProtectionEnabled: false }).error).toBeUndefined()
      expect(del(sim).error).toBeUndefined()
    })
  })

  describe('functionality', () => {
    it('returns the description in DELETING and removes the table after deleteTableMs', () => {
      const sim = new Simulation()
      createTable(sim)
      sim.advanceBy(T.createTableMs)
      const r = del(sim)
      expect((r.output as { TableDescription: { TableStatus: string; TableName: string } }).TableDescription).toMatchObject({ TableName: 'Music', TableStatus: 'DELETING' })
      expect(r.trace.resource).toBe('Music')
      expect((sim.request('dynamodb', 'DescribeTable', { TableName: 'Music' }).output as { Table: { TableStatus: string } }).Table.TableStatus).toBe('DELETING')
      expect(sim.request('dynamodb', 'ListTables', {}).output).toEqual({ TableNames: ['Music'] })
      sim.advanceBy(T.deleteTableMs)
      expect(sim.request('dynamodb', 'DescribeTable', { TableName: 'Music' }).error?.name).toBe('ResourceNotFoundException')
      expect(sim.request('dynamodb', 'ListTables', {}).output).toEqual({ TableNames: [] })
    })

    it('ignores a lifecycle event addressed to an earlier table of the same name', () => {
      const sim = new Simulation()
      createTable(sim)
      sim.advanceBy(T.createTableMs)
      sim.clock.scheduleIn(1, TABLE_EVENTS.deleted, { TableName: 'Music', TableId: 'an-older-table' })
      sim.advanceBy(1)
      expect(sim.dynamodb.tables.get('Music')!.meta.TableStatus).toBe('ACTIVE')
    })
  })
})
