import { describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { DEFAULT_TABLE_TIMINGS as T } from '../tableLifecycle.ts'

const INVALID = 'One or more parameter values were invalid: '
const HOUR = 3_600_000

function provisioned(sim: Simulation, rcu = 10, wcu = 10, extra: Record<string, unknown> = {}): void {
  const r = sim.request('dynamodb', 'CreateTable', {
    TableName: 'Music',
    AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }],
    ProvisionedThroughput: { ReadCapacityUnits: rcu, WriteCapacityUnits: wcu },
    ...extra,
  })
  expect(r.error).toBeUndefined()
  sim.advanceBy(T.createTableWithIndexesMs)
}

function onDemand(sim: Simulation, extra: Record<string, unknown> = {}): void {
  const r = sim.request('dynamodb', 'CreateTable', {
    TableName: 'Music',
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }],
    ...extra,
  })
  expect(r.error).toBeUndefined()
  sim.advanceBy(T.createTableWithIndexesMs)
}

const update = (sim: Simulation, input: Record<string, unknown>) => sim.request('dynamodb', 'UpdateTable', { TableName: 'Music', ...input })
const describeT = (sim: Simulation) => (sim.request('dynamodb', 'DescribeTable', { TableName: 'Music' }).output as { Table: Record<string, any> }).Table
const pt = (r: number, w: number) => ({ ProvisionedThroughput: { ReadCapacityUnits: r, WriteCapacityUnits: w } })
const gsiCreate = (name: string, extra: Record<string, unknown> = {}) => ({
  AttributeDefinitions: [{ AttributeName: 'Genre', AttributeType: 'S' }],
  GlobalSecondaryIndexUpdates: [{ Create: { IndexName: name, KeySchema: [{ AttributeName: 'Genre', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' }, ...extra } }],
})

describe('UpdateTable', () => {
  describe('validations', () => {
    it('returns ValidationException when nothing is to be changed', () => {
      const r = update(new Simulation(), {})
      expect(r.error?.name).toBe('ValidationException')
      expect(r.error?.message).toBe('At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required')
    })

    it('returns ValidationException for bad member values', () => {
      expect(update(new Simulation(), pt(0, 1)).error?.message).toBe(
        "1 validation error detected: Value '0' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1",
      )
      expect(update(new Simulation(), { BillingMode: 'FREE' }).error?.message).toBe(
        "1 validation error detected: Value 'FREE' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]",
      )
    })

    it('returns ValidationException for two updates of one index', () => {
      const r = update(new Simulation(), { GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'abc' } }, { Delete: { IndexName: 'abc' } }] })
      expect(r.error?.message).toBe(`${INVALID}Only one global secondary index update per index is allowed simultaneously. Index: abc`)
    })

    it('returns ValidationException for changes AWS does not accept together', () => {
      const sim = new Simulation()
      const stream = { StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } }
      expect(update(sim, { DeletionProtectionEnabled: true, ...pt(5, 5) }).error?.message).toBe('DeletionProtection modification must be the only operation in the request')
      expect(update(sim, { ...pt(5, 5), ...gsiCreate('g1x', pt(1, 1)) }).error?.message).toBe('You cannot create or delete index while updating table IOPS')
      expect(update(sim, { ...stream, ...gsiCreate('g1x', pt(1, 1)) }).error?.message).toBe('You cannot create or delete index while changing stream status')
      expect(update(sim, { ...stream, ...pt(5, 5) }).error?.message).toBe('You cannot modify stream status while updating table IOPS')
      // Accepted together (the table lookup is what fails here).
      expect(update(sim, { ...stream, BillingMode: 'PAY_PER_REQUEST' }).error?.name).toBe('ResourceNotFoundException')
    })

    it('returns ValidationException for malformed GlobalSecondaryIndexUpdates', () => {
      const sim = new Simulation()
      // An empty list alone counts as no update at all (dynalite test/updateTable.js, recorded against AWS).
      expect(update(sim, { GlobalSecondaryIndexUpdates: [] }).error?.message).toMatch(/^At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification/)
      expect(update(sim, { GlobalSecondaryIndexUpdates: [{}] }).error?.message).toBe(
        `${INVALID}One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null`,
      )
      expect(update(sim, { GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'abc' }, Update: { IndexName: 'abc', ...pt(1, 1) } }] }).error?.message).toBe(
        `${INVALID}Only one global secondary index action is allowed per GlobalSecondaryIndexUpdate object`,
      )
    })

    it('returns ResourceNotFoundException for a missing table', () => {
      const r = update(new Simulation(), pt(1, 1))
      expect(r.error?.name).toBe('ResourceNotFoundException')
      expect(r.error?.message).toBe('Requested resource not found: Table: Music not found')
    })

    it('returns ResourceInUseException while CREATING or UPDATING', () => {
      const sim = new Simulation()
      sim.request('dynamodb', 'CreateTable', { TableName: 'Music', BillingMode: 'PAY_PER_REQUEST', AttributeDefinitions: [{ AttributeName: 'a', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }] })
      expect(update(sim, { DeletionProtectionEnabled: true }).error?.message).toBe('Attempt to change a resource which is still in use: Table is being created: Music')
      sim.advanceBy(T.createTableMs)
      expect(update(sim, { BillingMode: 'PROVISIONED', ...pt(5, 5) }).error).toBeUndefined()
      const r = update(sim, pt(6, 6))
      expect(r.error?.name).toBe('ResourceInUseException')
      expect(r.error?.message).toBe('Attempt to change a resource which is still in use: Table: Music is in the process of being updated.')
    })

    it('returns ValidationException when the throughput would not change', () => {
      const sim = new Simulation()
      provisioned(sim, 10, 5)
      const msg =
        'The provisioned throughput for the table will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for the table: 10. Requested ReadCapacityUnits: 10. Current WriteCapacityUnits provisioned for the table: 5. Requested WriteCapacityUnits: 5. Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.'
      expect(update(sim, pt(10, 5)).error?.message).toBe(msg)
      expect(update(sim, { BillingMode: 'PROVISIONED', ...pt(10, 5) }).error?.message).toBe(msg)
    })

    it('returns ValidationException for throughput on an on-demand table', () => {
      const sim = new Simulation()
      onDemand(sim)
      const msg = `${INVALID}Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST`
      expect(update(sim, pt(5, 5)).error?.message).toBe(msg)
      expect(update(sim, { BillingMode: 'PAY_PER_REQUEST', ...pt(5, 5) }).error?.message).toBe(msg)
      expect(update(sim, { BillingMode: 'PROVISIONED' }).error?.message).toBe(`${INVALID}ProvisionedThroughput must be specified when BillingMode is PROVISIONED`)
    })

    it('returns LimitExceededException above the per-table maximum', () => {
      const sim = new Simulation()
      provisioned(sim)
      expect(update(sim, pt(10, 40001)).error?.message).toBe('The requested WriteCapacityUnits, 40001, is above the per table maximum for the account in us-east-1. Per table maximum: 40000.')
    })
  })

  describe('capacity', () => {
    it('applies the new throughput when UPDATING ends; the response shows the old units and the new date', () => {
      const sim = new Simulation()
      provisioned(sim, 10, 10)
      const r = update(sim, pt(20, 30))
      const d = (r.output as { TableDescription: Record<string, any> }).TableDescription
      const now = sim.clock.epochSeconds()
      expect(d['TableStatus']).toBe('UPDATING')
      expect(d['ProvisionedThroughput']).toEqual({ LastIncreaseDateTime: now, NumberOfDecreasesToday: 0, ReadCapacityUnits: 10, WriteCapacityUnits: 10 })
      expect(sim.dynamodb.tables.get('Music')!.meta.ProvisionedThroughput.ReadCapacityUnits).toBe(10)
      sim.advanceBy(T.updateTableMs)
      expect(describeT(sim)['TableStatus']).toBe('ACTIVE')
      expect(describeT(sim)['ProvisionedThroughput']).toEqual({ LastIncreaseDateTime: now, NumberOfDecreasesToday: 0, ReadCapacityUnits: 20, WriteCapacityUnits: 30 })
    })

    it('allows 4 decreases at any time of the UTC day, then one per hour', () => {
      const sim = new Simulation()
      provisioned(sim, 100, 100)
      for (let i = 1; i <= 4; i++) {
        expect(update(sim, pt(100 - i, 100)).error).toBeUndefined()
        sim.advanceBy(T.updateTableMs)
      }
      expect(describeT(sim)['ProvisionedThroughput'].NumberOfDecreasesToday).toBe(4)
      const r = update(sim, pt(90, 100))
      expect(r.error?.name).toBe('LimitExceededException')
      expect(r.error?.message).toBe(
        'Subscriber limit exceeded: Provisioned throughput decreases are limited within a given UTC day. After the first 4 decreases, each subsequent decrease in the same UTC day can be performed at most once every 3600 seconds. ' +
          'Number of decreases today: 4. Last decrease at Thursday, January 1, 2026 at 12:00:22 AM Coordinated Universal Time. Next decrease can be made at Thursday, January 1, 2026 at 1:00:22 AM Coordinated Universal Time.',
      )
      // A decrease of one value with an increase of the other still counts as a decrease; a pure increase is fine.
      expect(update(sim, pt(90, 200)).error?.name).toBe('LimitExceededException')
      expect(update(sim, pt(200, 200)).error).toBeUndefined()
      sim.advanceBy(HOUR)
      expect(update(sim, pt(150, 200)).error).toBeUndefined()
      sim.advanceBy(T.updateTableMs)
      expect(update(sim, pt(140, 200)).error?.name).toBe('LimitExceededException')
    })

    it('resets the decrease count at UTC midnight', () => {
      const sim = new Simulation()
      provisioned(sim, 100, 100)
      for (let i = 1; i <= 4; i++) {
        update(sim, pt(100 - i, 100))
        sim.advanceBy(T.updateTableMs)
      }
      sim.advanceTo(24 * HOUR)
      expect(describeT(sim)['ProvisionedThroughput'].NumberOfDecreasesToday).toBe(0)
      expect(update(sim, pt(50, 100)).error).toBeUndefined()
      expect(describeT(sim)['ProvisionedThroughput'].NumberOfDecreasesToday).toBe(1)
    })
  })

  describe('functionality', () => {
    it('switches PROVISIONED to PAY_PER_REQUEST at most 4 times in a rolling 24 hours, back to provisioned any time', () => {
      const sim = new Simulation()
      provisioned(sim, 5, 5)
      for (let i = 0; i < 4; i++) {
        expect(update(sim, { BillingMode: 'PAY_PER_REQUEST' }).error).toBeUndefined()
        expect(describeT(sim)['TableStatus']).toBe('UPDATING')
        sim.advanceBy(T.billingModeSwitchMs)
        expect(describeT(sim)['BillingModeSummary'].BillingMode).toBe('PAY_PER_REQUEST')
        expect(describeT(sim)['ProvisionedThroughput']).toMatchObject({ ReadCapacityUnits: 0, WriteCapacityUnits: 0 })
        expect(update(sim, { BillingMode: 'PROVISIONED', ...pt(5, 5) }).error).toBeUndefined()
        sim.advanceBy(T.billingModeSwitchMs)
        expect(describeT(sim)['BillingModeSummary'].BillingMode).toBe('PROVISIONED')
      }
      const r = update(sim, { BillingMode: 'PAY_PER_REQUEST' })
      expect(r.error?.name).toBe('LimitExceededException')
      expect(r.error?.message).toMatch(/^Subscriber limit exceeded: Update to PayPerRequest mode are limited to 4 times in 1 day\(s\)\. Last update at Thu Jan 01 00:\d\d:\d\d UTC 2026\. Next update can be made at Fri Jan 02 00:00:16 UTC 2026$/)
      sim.advanceTo(24 * HOUR + 16_000)
      expect(update(sim, { BillingMode: 'PAY_PER_REQUEST' }).error).toBeUndefined()
    })

    it('enables and disables a stream', () => {
      const sim = new Simulation()
      provisioned(sim)
      const r = update(sim, { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } })
      const d = (r.output as { TableDescription: Record<string, any> }).TableDescription
      expect(d['StreamSpecification']).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' })
      expect(d['LatestStreamArn']).toBe(`arn:aws:dynamodb:us-east-1:123456789012:table/Music/stream/${d['LatestStreamLabel']}`)
      expect(d['TableStatus']).toBe('UPDATING')
      sim.advanceBy(T.streamUpdateMs)
      expect(update(sim, { StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } }).error?.message).toBe('Table already has an enabled stream: TableName: Music')
      expect(update(sim, { StreamSpecification: { StreamEnabled: false, StreamViewType: 'KEYS_ONLY' } }).error?.message).toBe(
        `${INVALID}If stream is being disabled, then UpdateViewType must not be specified`,
      )
      expect(update(sim, { StreamSpecification: { StreamEnabled: false } }).error).toBeUndefined()
      sim.advanceBy(T.streamUpdateMs)
      const after = describeT(sim)
      expect(after['StreamSpecification']).toBeUndefined()
      expect(after['LatestStreamArn']).toBe(d['LatestStreamArn'])
      expect(update(sim, { StreamSpecification: { StreamEnabled: false } }).error?.message).toBe('Table has no stream to disable: TableName: Music')
      expect(update(sim, { StreamSpecification: { StreamEnabled: true } }).error?.message).toBe(`${INVALID}If stream is being enabled then UpdateViewType is required`)
    })

    it('creates a GSI: allocation (table UPDATING), backfill (table ACTIVE), then ACTIVE, calling the backfill hook', () => {
      const sim = new Simulation()
      onDemand(sim)
      const hooked: string[] = []
      sim.dynamodb.onGsiBackfill = (_db, table, indexName) => hooked.push(`${table.name}/${indexName}`)
      const r = update(sim, gsiCreate('byGenre'))
      const d = (r.output as { TableDescription: Record<string, any> }).TableDescription
      expect(d['TableStatus']).toBe('UPDATING')
      expect(d['AttributeDefinitions']).toEqual([{ AttributeName: 'Artist', AttributeType: 'S' }, { AttributeName: 'Genre', AttributeType: 'S' }])
      expect(d['GlobalSecondaryIndexes'][0]).toMatchObject({ IndexName: 'byGenre', IndexStatus: 'CREATING', Backfilling: false })
      sim.advanceBy(T.indexAllocationMs)
      expect(describeT(sim)['TableStatus']).toBe('ACTIVE')
      expect(describeT(sim)['GlobalSecondaryIndexes'][0]).toMatchObject({ IndexStatus: 'CREATING', Backfilling: true })
      expect(hooked).toEqual(['Music/byGenre'])
      expect(update(sim, gsiCreate('byGenre2')).error?.message).toBe('Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table')
      sim.advanceBy(T.indexBackfillMs)
      const g = describeT(sim)['GlobalSecondaryIndexes'][0]
      expect(g.IndexStatus).toBe('ACTIVE')
      expect(g.Backfilling).toBeUndefined()
    })

    it('lets a backfilling GSI be deleted', () => {
      const sim = new Simulation()
      onDemand(sim)
      update(sim, gsiCreate('byGenre'))
      sim.advanceBy(T.indexAllocationMs)
      expect(update(sim, { GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'byGenre' } }] }).error).toBeUndefined()
      expect(describeT(sim)['GlobalSecondaryIndexes'][0].IndexStatus).toBe('DELETING')
      sim.advanceBy(T.indexBackfillMs)
      expect(describeT(sim)['GlobalSecondaryIndexes']).toBeUndefined()
      expect(describeT(sim)['TableStatus']).toBe('ACTIVE')
    })

    it('validates GSI creates against the table', () => {
      const sim = new Simulation()
      provisioned(sim)
      expect(update(sim, gsiCreate('byGenre')).error?.message).toBe(`${INVALID}ProvisionedThroughput must be specified for index: byGenre`)
      expect(update(sim, { GlobalSecondaryIndexUpdates: gsiCreate('byGenre', pt(1, 1)).GlobalSecondaryIndexUpdates }).error?.message).toBe(
        `${INVALID}AttributeDefinitions is not specified for index: byGenre`,
      )
      expect(update(sim, { ...gsiCreate('byGenre', pt(1, 1)), AttributeDefinitions: [{ AttributeName: 'Year', AttributeType: 'N' }] }).error?.message).toBe(
        `${INVALID}Some index key attributes are not defined in AttributeDefinitions. Keys: [Genre], AttributeDefinitions: [Year]`,
      )
      const two = { ...gsiCreate('a1x'), GlobalSecondaryIndexUpdates: [...gsiCreate('a1x', pt(1, 1)).GlobalSecondaryIndexUpdates, ...gsiCreate('a2x', pt(1, 1)).GlobalSecondaryIndexUpdates] }
      const r = update(sim, two)
      expect(r.error?.name).toBe('LimitExceededException')
      expect(r.error?.message).toBe('Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table')
    })

    it('updates GSI throughput (index UPDATING, table ACTIVE) and deletes a GSI (table UPDATING), pruning its AttributeDefinitions', () => {
      const sim = new Simulation()
      provisioned(sim, 10, 10, {
        AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }, { AttributeName: 'Genre', AttributeType: 'S' }],
        GlobalSecondaryIndexes: [{ IndexName: 'byGenre', KeySchema: [{ AttributeName: 'Genre', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ...pt(3, 3) }],
      })
      expect(update(sim, { GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'nope', ...pt(1, 1) } }] }).error?.message).toBe('Requested resource not found: Index nope for table Music')
      expect(update(sim, { GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'byGenre', ...pt(3, 3) } }] }).error?.message).toMatch(/^The provisioned throughput for the index byGenre will not change\./)
      const r = update(sim, { GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'byGenre', ...pt(4, 2) } }] })
      const d = (r.output as { TableDescription: Record<string, any> }).TableDescription
      expect(d['TableStatus']).toBe('ACTIVE')
      expect(d['GlobalSecondaryIndexes'][0]).toMatchObject({ IndexStatus: 'UPDATING', ProvisionedThroughput: { ReadCapacityUnits: 3, WriteCapacityUnits: 3, NumberOfDecreasesToday: 1 } })
      sim.advanceBy(T.indexUpdateMs)
      expect(describeT(sim)['GlobalSecondaryIndexes'][0]).toMatchObject({ IndexStatus: 'ACTIVE', ProvisionedThroughput: { ReadCapacityUnits: 4, WriteCapacityUnits: 2 } })
      const del = update(sim, { GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'byGenre' } }] })
      expect((del.output as { TableDescription: Record<string, any> }).TableDescription['GlobalSecondaryIndexes'][0].IndexStatus).toBe('DELETING')
      expect(describeT(sim)['TableStatus']).toBe('UPDATING')
      sim.advanceBy(T.indexDeleteMs)
      const t = describeT(sim)
      expect(t['TableStatus']).toBe('ACTIVE')
      expect(t['GlobalSecondaryIndexes']).toBeUndefined()
      expect(t['AttributeDefinitions']).toEqual([{ AttributeName: 'Artist', AttributeType: 'S' }])
    })

    it('rejects index actions that do not fit the table', () => {
      const sim = new Simulation()
      onDemand(sim, {
        AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }, { AttributeName: 'Song', AttributeType: 'S' }, { AttributeName: 'Genre', AttributeType: 'S' }, { AttributeName: 'Year', AttributeType: 'N' }],
        KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }, { AttributeName: 'Song', KeyType: 'RANGE' }],
        LocalSecondaryIndexes: [{ IndexName: 'byYear', KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }, { AttributeName: 'Year', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
        GlobalSecondaryIndexes: [{ IndexName: 'byGenre', KeySchema: [{ AttributeName: 'Genre', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
      })
      expect(update(sim, gsiCreate('byGenre')).error?.message).toBe('Attempting to create an index which already exists')
      expect(update(sim, gsiCreate('byYear')).error?.message).toBe('Attempting to create an index which already exists')
      expect(update(sim, gsiCreate('other', pt(1, 1))).error?.message).toBe(`${INVALID}Neither ReadCapacityUnits nor WriteCapacityUnits can be specified for index: other when BillingMode is PAY_PER_REQUEST`)
      expect(update(sim, { GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'byYear' } }] }).error?.message).toBe('Cannot delete an index that is not a GlobalSecondaryIndex: byYear')
      expect(update(sim, { GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'byYear', ...pt(1, 1) } }] }).error?.message).toBe('Cannot update an index that is not a GlobalSecondaryIndex: byYear')
      expect(update(sim, { GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'byGenre', ...pt(1, 1) } }] }).error?.message).toBe(
        `${INVALID}The only Updates for index: byGenre when TableThroughputMode is PAY_PER_REQUEST can be to OnDemandThroughput, WarmThroughput`,
      )
    })

    it('requires throughput for every GSI when switching an on-demand table to provisioned', () => {
      const sim = new Simulation()
      onDemand(sim, {
        AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }, { AttributeName: 'Genre', AttributeType: 'S' }],
        GlobalSecondaryIndexes: [{ IndexName: 'byGenre', KeySchema: [{ AttributeName: 'Genre', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
      })
      expect(update(sim, { BillingMode: 'PROVISIONED', ...pt(5, 5) }).error?.message).toBe(`${INVALID}ProvisionedThroughput must be specified for index: byGenre`)
      expect(update(sim, { BillingMode: 'PROVISIONED', ...pt(5, 5), GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'byGenre', ...pt(2, 2) } }] }).error).toBeUndefined()
      sim.advanceBy(T.billingModeSwitchMs)
      expect(describeT(sim)['GlobalSecondaryIndexes'][0].ProvisionedThroughput).toMatchObject({ ReadCapacityUnits: 2, WriteCapacityUnits: 2 })
      expect(describeT(sim)['ProvisionedThroughput']).toMatchObject({ ReadCapacityUnits: 5, WriteCapacityUnits: 5 })
    })

    it('changes nothing when a request is rejected', () => {
      const sim = new Simulation()
      provisioned(sim, 10, 10)
      const before = JSON.stringify(describeT(sim))
      expect(update(sim, { ...pt(20, 20), GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'nope', ...pt(1, 1) } }] }).error?.name).toBe('ResourceNotFoundException')
      expect(sim.dynamodb.tables.get('Music')!.meta.pendingProvisionedThroughput).toBeUndefined()
      expect(JSON.stringify(describeT(sim))).toBe(before)
    })
  })
})
