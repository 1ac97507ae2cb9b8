import { describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { DEFAULT_TABLE_TIMINGS } from '../tableLifecycle.ts'

const HASH = { TableName: 'Music', AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }] }
const PROV = { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }

function create(sim: Simulation, input: Record<string, unknown>) {
  return sim.request('dynamodb', 'CreateTable', input)
}

function expectError(sim: Simulation, input: Record<string, unknown>, name: string, message: string | RegExp) {
  const r = create(sim, input)
  expect(r.error?.name).toBe(name)
  if (typeof message === 'string') expect(r.error?.message).toBe(message)
  else expect(r.error?.message).toMatch(message)
  return r
}

const INVALID = 'One or more parameter values were invalid: '
const twoKeys = {
  TableName: 'abc',
  AttributeDefinitions: [{ AttributeName: 'a', AttributeType: 'S' }, { AttributeName: 'b', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'b', KeyType: 'RANGE' }],
  ProvisionedThroughput: PROV,
}

describe('CreateTable', () => {
  describe('validations', () => {
    it('returns ValidationException for no TableName', () => {
      expectError(new Simulation(), {}, 'ValidationException', "The parameter 'TableName' is required but was not present in the request")
    })

    it('returns ValidationException for short and long TableName', () => {
      const msg = 'TableName must be at least 3 characters long and at most 255 characters long'
      expectError(new Simulation(), { TableName: 'a;' }, 'ValidationException', msg)
      expectError(new Simulation(), { TableName: 'a'.repeat(256) }, 'ValidationException', msg)
    })

    it('returns ValidationException listing every null member and a bad TableName pattern', () => {
      expectError(
        new Simulation(),
        { TableName: 'abc;' },
        'ValidationException',
        "3 validation errors detected: Value null at 'attributeDefinitions' failed to satisfy constraint: Member must not be null; " +
          "Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
          "Value null at 'keySchema' failed to satisfy constraint: Member must not be null",
      )
    })

    it('returns ValidationException for low capacity and empty KeySchema', () => {
      expectError(
        new Simulation(),
        { TableName: 'abc', AttributeDefinitions: [], KeySchema: [], ProvisionedThroughput: { ReadCapacityUnits: -1, WriteCapacityUnits: -1 } },
        'ValidationException',
        "3 validation errors detected: Value '-1' at 'provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
          "Value '-1' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
          "Value '[]' at 'keySchema' failed to satisfy constraint: Member must have length greater than or equal to 1",
      )
    })

    it('returns ValidationException for a bad AttributeType', () => {
      expectError(
        new Simulation(),
        { ...HASH, AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'SS' }], ProvisionedThroughput: PROV },
        'ValidationException',
        "1 validation error detected: Value 'SS' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]",
      )
    })

    it('returns ValidationException when PROVISIONED has no ProvisionedThroughput', () => {
      expectError(new Simulation(), HASH, 'ValidationException', `${INVALID}ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED`)
    })

    it('returns ValidationException for ProvisionedThroughput with PAY_PER_REQUEST (even before key errors)', () => {
      expectError(
        new Simulation(),
        { TableName: 'abc', AttributeDefinitions: [], KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'a', KeyType: 'HASH' }], ProvisionedThroughput: PROV, BillingMode: 'PAY_PER_REQUEST' },
        'ValidationException',
        `${INVALID}Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST`,
      )
    })

    it('returns ValidationException for out-of-bounds capacity', () => {
      expectError(new Simulation(), { ...HASH, ProvisionedThroughput: { ReadCapacityUnits: 1000000000001, WriteCapacityUnits: 1 } }, 'ValidationException', 'Given value 1000000000001 for ReadCapacityUnits is out of bounds')
    })

    it('returns ValidationException for key attributes without definition', () => {
      const sim = new Simulation()
      expectError(sim, { ...HASH, AttributeDefinitions: [], BillingMode: 'PAY_PER_REQUEST' }, 'ValidationException', 'Invalid KeySchema: Some index key attribute have no definition')
      expectError(
        sim,
        { ...HASH, AttributeDefinitions: [{ AttributeName: 'b', AttributeType: 'S' }], ProvisionedThroughput: PROV },
        'ValidationException',
        `${INVALID}Some index key attributes are not defined in AttributeDefinitions. Keys: [Artist], AttributeDefinitions: [b]`,
      )
    })

    it('returns ValidationException for key schema order and names', () => {
      const sim = new Simulation()
      const ks = (a: string, b: string) => ({ ...twoKeys, KeySchema: [{ AttributeName: 'a', KeyType: a }, { AttributeName: 'b', KeyType: b }] })
      expectError(sim, ks('RANGE', 'HASH'), 'ValidationException', 'Invalid KeySchema: The first KeySchemaElement is not a HASH key type')
      expectError(sim, ks('HASH', 'HASH'), 'ValidationException', 'Invalid KeySchema: The second KeySchemaElement is not a RANGE key type')
      expectError(
        sim,
        { ...twoKeys, KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'a', KeyType: 'RANGE' }] },
        'ValidationException',
        'Both the Hash Key and the Range Key element in the KeySchema have the same name',
      )
    })

    it('returns ValidationException for unused AttributeDefinitions', () => {
      expectError(
        new Simulation(),
        { ...HASH, AttributeDefinitions: [...HASH.AttributeDefinitions, { AttributeName: 'Year', AttributeType: 'N' }], ProvisionedThroughput: PROV },
        'ValidationException',
        `${INVALID}Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions`,
      )
      expectError(
        new Simulation(),
        {
          ...twoKeys,
          AttributeDefinitions: [...twoKeys.AttributeDefinitions, { AttributeName: 'c', AttributeType: 'S' }, { AttributeName: 'd', AttributeType: 'S' }],
          GlobalSecondaryIndexes: [{ IndexName: 'gsi', KeySchema: [{ AttributeName: 'c', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: PROV }],
        },
        'ValidationException',
        `${INVALID}Some AttributeDefinitions are not used. AttributeDefinitions: [a, b, c, d], keys used: [a, b, c]`,
      )
    })

    it('returns ValidationException for LocalSecondaryIndex rules', () => {
      const sim = new Simulation()
      const lsi = (over: Record<string, unknown>) => ({ IndexName: 'lsi', KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'b', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' }, ...over })
      expectError(sim, { ...twoKeys, LocalSecondaryIndexes: [] }, 'ValidationException', `${INVALID}List of LocalSecondaryIndexes is empty`)
      expectError(
        sim,
        { ...twoKeys, KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }], LocalSecondaryIndexes: [lsi({})] },
        'ValidationException',
        `${INVALID}Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex`,
      )
      expectError(sim, { ...twoKeys, LocalSecondaryIndexes: [lsi({ KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }] })] }, 'ValidationException', `${INVALID}Index KeySchema does not have a range key for index: lsi`)
      expectError(
        sim,
        { ...twoKeys, LocalSecondaryIndexes: [lsi({ KeySchema: [{ AttributeName: 'b', KeyType: 'HASH' }, { AttributeName: 'a', KeyType: 'RANGE' }] })] },
        'ValidationException',
        `${INVALID}Index KeySchema does not have the same leading hash key as table KeySchema for index: lsi. index hash key: b, table hash key: a`,
      )
      expectError(sim, { ...twoKeys, LocalSecondaryIndexes: [lsi({ Projection: {} })] }, 'ValidationException', `${INVALID}Unknown ProjectionType: null`)
      expectError(
        sim,
        { ...twoKeys, LocalSecondaryIndexes: [lsi({ Projection: { ProjectionType: 'ALL', NonKeyAttributes: ['x'] } })] },
        'ValidationException',
        `${INVALID}ProjectionType is ALL, but NonKeyAttributes is specified`,
      )
      expectError(sim, { ...twoKeys, LocalSecondaryIndexes: [lsi({}), lsi({})] }, 'ValidationException', `${INVALID}Duplicate index name: lsi`)
      const six = Array.from({ length: 6 }, (_, i) => lsi({ IndexName: `lsi${i}` }))
      expectError(sim, { ...twoKeys, LocalSecondaryIndexes: six }, 'ValidationException', `${INVALID}Number of LocalSecondaryIndexes exceeds per-table limit of 5`)
    })

    it('returns ValidationException for bad index names in member constraints', () => {
      expectError(
        new Simulation(),
        { ...twoKeys, LocalSecondaryIndexes: [{ IndexName: 'h;', KeySchema: [], Projection: {} }] },
        'ValidationException',
        // AWS's order is not stable (mhart/dynalite compares these unordered); keySchema comes first here so
        // that the 10-error cap keeps the ones AWS keeps for nine empty indexes.
        "3 validation errors detected: Value '[]' at 'localSecondaryIndexes.1.member.keySchema' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
          "Value 'h;' at 'localSecondaryIndexes.1.member.indexName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
          "Value 'h;' at 'localSecondaryIndexes.1.member.indexName' failed to satisfy constraint: Member must have length greater than or equal to 3",
      )
    })

    it('returns ValidationException for GlobalSecondaryIndex throughput vs BillingMode, and the 20-index limit', () => {
      const sim = new Simulation()
      const defs = [...twoKeys.AttributeDefinitions]
      const gsi = (i: number, pt?: object) => ({ IndexName: `gsi${i}`, KeySchema: [{ AttributeName: 'b', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' }, ...(pt ? { ProvisionedThroughput: pt } : {}) })
      expectError(sim, { ...twoKeys, AttributeDefinitions: defs, GlobalSecondaryIndexes: [gsi(1)] }, 'ValidationException', `${INVALID}ProvisionedThroughput is not specified for index: gsi1`)
      const { ProvisionedThroughput: _, ...ppr } = twoKeys
      expectError(sim, { ...ppr, BillingMode: 'PAY_PER_REQUEST', GlobalSecondaryIndexes: [gsi(1, PROV)] }, 'ValidationException', `${INVALID}ProvisionedThroughput should not be specified for index: gsi1 when BillingMode is PAY_PER_REQUEST`)
      expectError(sim, { ...ppr, BillingMode: 'PAY_PER_REQUEST', GlobalSecondaryIndexes: [] }, 'ValidationException', `${INVALID}List of GlobalSecondaryIndexes is empty`)
      const many = Array.from({ length: 21 }, (_, i) => gsi(i))
      expectError(sim, { ...ppr, BillingMode: 'PAY_PER_REQUEST', GlobalSecondaryIndexes: many }, 'ValidationException', `${INVALID}GlobalSecondaryIndex count exceeds the per-table limit of 20`)
    })

    it('returns ValidationException for duplicate definitions, projected attributes and bad tags', () => {
      const sim = new Simulation()
      expectError(sim, { ...HASH, AttributeDefinitions: [...HASH.AttributeDefinitions, ...HASH.AttributeDefinitions], ProvisionedThroughput: PROV }, 'ValidationException', 'Attribute Name is duplicated: Artist')
      const { ProvisionedThroughput: _, ...ppr } = twoKeys
      const gsi = (proj: object) => [{ IndexName: 'gsi', KeySchema: [{ AttributeName: 'b', KeyType: 'HASH' }], Projection: proj }]
      expectError(sim, { ...ppr, BillingMode: 'PAY_PER_REQUEST', GlobalSecondaryIndexes: gsi({ ProjectionType: 'INCLUDE' }) }, 'ValidationException', `${INVALID}ProjectionType is INCLUDE, but NonKeyAttributes is not specified`)
      expectError(sim, { ...ppr, BillingMode: 'PAY_PER_REQUEST', GlobalSecondaryIndexes: gsi({ ProjectionType: 'INCLUDE', NonKeyAttributes: ['x', 'x'] }) }, 'ValidationException', `${INVALID}Duplicate element in NonKeyAttributes: x`)
      const base = { ...HASH, BillingMode: 'PAY_PER_REQUEST' }
      expectError(sim, { ...base, Tags: [{ Key: 'aws:x', Value: '1' }] }, 'ValidationException', 'Tag Key cannot be prefixed with aws:, Key: aws:x')
      expectError(sim, { ...base, Tags: [{ Key: 'k', Value: '1' }, { Key: 'k', Value: '2' }] }, 'ValidationException', 'Duplicate Tag Keys provided as input: Duplicate Tag Key found k')
      expectError(sim, { ...base, Tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: '' })) }, 'ValidationException', 'Number of Tags exceed the current limit for the provided ResourceArn')
    })

    it('returns SerializationException for a member of the wrong type instead of crashing', () => {
      const sim = new Simulation()
      expect(create(sim, { ...HASH, KeySchema: 'Artist' }).error?.name).toBe('SerializationException')
      expect(create(sim, { ...HASH, ProvisionedThroughput: { ReadCapacityUnits: '5', WriteCapacityUnits: 5 } }).error?.name).toBe('SerializationException')
      expect(create(sim, { ...HASH, AttributeDefinitions: [{ AttributeName: 1, AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' }).error?.name).toBe('SerializationException')
      expect(create(sim, { ...HASH, BillingMode: 'PAY_PER_REQUEST', LocalSecondaryIndexes: [null] }).error?.name).toBe('ValidationException')
    })

    it('returns ResourceInUseException for an existing table', () => {
      const sim = new Simulation()
      expect(create(sim, { ...HASH, BillingMode: 'PAY_PER_REQUEST' }).error).toBeUndefined()
      expectError(sim, { ...HASH, BillingMode: 'PAY_PER_REQUEST' }, 'ResourceInUseException', 'Table already exists: Music')
    })

    it('returns LimitExceededException above the per-table maximum', () => {
      expectError(
        new Simulation(),
        { ...HASH, ProvisionedThroughput: { ReadCapacityUnits: 70000, WriteCapacityUnits: 5 } },
        'LimitExceededException',
        'The requested ReadCapacityUnits, 70000, is above the per table maximum for the account in us-east-1. Per table maximum: 40000.',
      )
    })

    it('returns LimitExceededException when 500 tables are already changing', () => {
      const sim = new Simulation()
      for (let i = 0; i < 500; i++) expect(create(sim, { ...HASH, TableName: `t${String(i).padStart(3, '0')}`, BillingMode: 'PAY_PER_REQUEST' }).error).toBeUndefined()
      expectError(sim, { ...HASH, BillingMode: 'PAY_PER_REQUEST' }, 'LimitExceededException', 'Too many operations for a given subscriber.')
      sim.advanceBy(DEFAULT_TABLE_TIMINGS.createTableMs)
      expect(create(sim, { ...HASH, BillingMode: 'PAY_PER_REQUEST' }).error).toBeUndefined()
    })
  })

  describe('functionality', () => {
    it('returns a CREATING TableDescription and becomes ACTIVE after createTableMs', () => {
      const sim = new Simulation()
      const r = create(sim, { ...HASH, ProvisionedThroughput: PROV })
      const d = (r.output as { TableDescription: Record<string, unknown> }).TableDescription
      expect(d).toMatchObject({
        TableName: 'Music',
        TableStatus: 'CREATING',
        TableArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/Music',
        CreationDateTime: 1_767_225_600,
        ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
        TableSizeBytes: 0,
        ItemCount: 0,
        DeletionProtectionEnabled: false,
      })
      expect(d['TableId']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(d['BillingModeSummary']).toBeUndefined()
      expect(r.trace.resource).toBe('Music')
      const status = () => (sim.request('dynamodb', 'DescribeTable', { TableName: 'Music' }).output as { Table: { TableStatus: string } }).Table.TableStatus
      sim.advanceBy(DEFAULT_TABLE_TIMINGS.createTableMs - 1)
      expect(status()).toBe('CREATING')
      sim.advanceBy(1)
      expect(status()).toBe('ACTIVE')
    })

    it('uses the configurable timings of the DynamoDB instance', () => {
      const sim = new Simulation()
      sim.dynamodb.timings.createTableMs = 50
      create(sim, { ...HASH, BillingMode: 'PAY_PER_REQUEST' })
      sim.advanceBy(50)
      expect(sim.dynamodb.tables.get('Music')!.meta.TableStatus).toBe('ACTIVE')
    })

    it('creates an on-demand table with GSIs, LSIs, stream and tags; GSIs go ACTIVE with the table', () => {
      const sim = new Simulation()
      const r = create(sim, {
        TableName: 'Orders',
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' },
          { AttributeName: 'status', AttributeType: 'S' }, { AttributeName: 'at', AttributeType: 'N' },
        ],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
        LocalSecondaryIndexes: [{ IndexName: 'byTime', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'at', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
        GlobalSecondaryIndexes: [{ IndexName: 'byStatus', KeySchema: [{ AttributeName: 'status', KeyType: 'HASH' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['z', 'total'] } }],
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
        Tags: [{ Key: 'env', Value: 'test' }],
        DeletionProtectionEnabled: true,
      })
      const d = (r.output as { TableDescription: Record<string, any> }).TableDescription
      expect(d['AttributeDefinitions'].map((a: { AttributeName: string }) => a.AttributeName)).toEqual(['at', 'pk', 'sk', 'status'])
      expect(d['ProvisionedThroughput']).toEqual({ NumberOfDecreasesToday: 0, ReadCapacityUnits: 0, WriteCapacityUnits: 0 })
      expect(d['BillingModeSummary']).toEqual({ BillingMode: 'PAY_PER_REQUEST', LastUpdateToPayPerRequestDateTime: 1_767_225_600 })
      expect(d['LocalSecondaryIndexes']).toEqual([
        { IndexName: 'byTime', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'at', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' }, IndexSizeBytes: 0, ItemCount: 0, IndexArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/Orders/index/byTime' },
      ])
      expect(d['GlobalSecondaryIndexes'][0]).toMatchObject({ IndexName: 'byStatus', IndexStatus: 'CREATING', Backfilling: false, Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['total', 'z'] }, ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 0, NumberOfDecreasesToday: 0 } })
      expect(d['StreamSpecification']).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' })
      expect(d['LatestStreamLabel']).toBe('2026-01-01T00:00:00.000')
      expect(d['LatestStreamArn']).toBe('arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2026-01-01T00:00:00.000')
      expect(d['DeletionProtectionEnabled']).toBe(true)
      sim.advanceBy(DEFAULT_TABLE_TIMINGS.createTableMs)
      expect(sim.dynamodb.tables.get('Orders')!.meta.TableStatus).toBe('CREATING')
      sim.advanceBy(DEFAULT_TABLE_TIMINGS.createTableWithIndexesMs - DEFAULT_TABLE_TIMINGS.createTableMs)
      const t = (sim.request('dynamodb', 'DescribeTable', { TableName: 'Orders' }).output as { Table: Record<string, any> }).Table
      expect(t['TableStatus']).toBe('ACTIVE')
      expect(t['GlobalSecondaryIndexes'][0].IndexStatus).toBe('ACTIVE')
      expect(t['GlobalSecondaryIndexes'][0].Backfilling).toBeUndefined()
      expect(sim.dynamodb.tables.get('Orders')!.meta.Tags).toEqual([{ Key: 'env', Value: 'test' }])
    })

    it('survives a snapshot round trip while CREATING', () => {
      const sim = new Simulation()
      create(sim, { ...HASH, BillingMode: 'PAY_PER_REQUEST' })
      const copy = new Simulation()
      copy.setState(JSON.parse(JSON.stringify(sim.getState())))
      copy.advanceBy(DEFAULT_TABLE_TIMINGS.createTableMs)
      expect(copy.dynamodb.tables.get('Music')!.meta.TableStatus).toBe('ACTIVE')
    })
  })
})
