// UpdateTable expectations recorded against real DynamoDB (dynalite test/updateTable.js).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Simulation } from '../engine/Simulation.ts'
import { assertError, assertNotFound, assertValidation, fixtureSimulation, ok, testHashTable } from './harness.ts'

let sim: Simulation
beforeAll(async () => {
  sim = await fixtureSimulation()
})

const T = 'UpdateTable'
const INVALID = 'One or more parameter values were invalid: '
const notNull = (at: string): string => `Value null at '${at}' failed to satisfy constraint: Member must not be null`
const ONE_OF = `${INVALID}One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null`

describe('UpdateTable', () => {
  describe('validations', () => {
    it('returns ValidationException for no TableName', async () => {
      await assertValidation(sim, T, {}, "The parameter 'TableName' is required but was not present in the request")
    })

    it.each(['', 'a;', 'a'.repeat(256)])('returns ValidationException for TableName %j of bad length', async (name) => {
      await assertValidation(sim, T, { TableName: name }, 'TableName must be at least 3 characters long and at most 255 characters long')
    })

    it('returns ValidationException for a bad TableName pattern', async () => {
      await assertValidation(sim, T, { TableName: 'abc;' }, "1 validation error detected: Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+")
    })

    it('returns ValidationException for empty ProvisionedThroughput', async () => {
      await assertValidation(sim, T, { TableName: 'abc', ProvisionedThroughput: {} }, [notNull('provisionedThroughput.writeCapacityUnits'), notNull('provisionedThroughput.readCapacityUnits')])
    })

    it('returns ValidationException for low ProvisionedThroughput', async () => {
      await assertValidation(sim, T, { TableName: 'abc', ProvisionedThroughput: { ReadCapacityUnits: -1, WriteCapacityUnits: -1 } }, [
        "Value '-1' at 'provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1",
        "Value '-1' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1",
      ])
    })

    it('returns ValidationException for high ReadCapacityUnits and negative WriteCapacityUnits', async () => {
      await assertValidation(
        sim,
        T,
        { TableName: 'abc', ProvisionedThroughput: { ReadCapacityUnits: 1000000000001, WriteCapacityUnits: -1 } },
        "1 validation error detected: Value '-1' at 'provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1",
      )
    })

    it.each<[Record<string, number>, string]>([
      [{ ReadCapacityUnits: 1000000000001, WriteCapacityUnits: 1000000000001 }, 'Given value 1000000000001 for ReadCapacityUnits is out of bounds'],
      [{ WriteCapacityUnits: 1000000000001, ReadCapacityUnits: 1000000000001 }, 'Given value 1000000000001 for ReadCapacityUnits is out of bounds'],
      [{ ReadCapacityUnits: 1000000000000, WriteCapacityUnits: 1000000000001 }, 'Given value 1000000000001 for WriteCapacityUnits is out of bounds'],
    ])('returns ValidationException for out-of-bounds throughput %j', async (pt, msg) => {
      await assertValidation(sim, T, { TableName: 'abc', ProvisionedThroughput: pt }, msg)
    })

    it('returns ValidationException for empty GlobalSecondaryIndexUpdates', async () => {
      await assertValidation(
        sim,
        T,
        { TableName: 'abc', GlobalSecondaryIndexUpdates: [] },
        /^At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification(?: or ReplicaUpdates)? is required$/,
      )
    })

    it('returns ValidationException for an empty Update', async () => {
      await assertValidation(sim, T, { TableName: 'abc', GlobalSecondaryIndexUpdates: [{ Update: {} }] }, [
        notNull('globalSecondaryIndexUpdates.1.member.update.indexName'),
        notNull('globalSecondaryIndexUpdates.1.member.update.provisionedThroughput'),
      ])
    })

    it('returns ValidationException for bad IndexName and ProvisionedThroughput', async () => {
      await assertValidation(
        sim,
        T,
        {
          TableName: 'abc',
          GlobalSecondaryIndexUpdates: [
            { Update: { IndexName: 'a', ProvisionedThroughput: {} } },
            { Update: { IndexName: 'abc;', ProvisionedThroughput: { ReadCapacityUnits: 1000000000001, WriteCapacityUnits: 0 } } },
          ],
        },
        [
          "Value 'a' at 'globalSecondaryIndexUpdates.1.member.update.indexName' failed to satisfy constraint: Member must have length greater than or equal to 3",
          notNull('globalSecondaryIndexUpdates.1.member.update.provisionedThroughput.writeCapacityUnits'),
          notNull('globalSecondaryIndexUpdates.1.member.update.provisionedThroughput.readCapacityUnits'),
          "Value 'abc;' at 'globalSecondaryIndexUpdates.2.member.update.indexName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
          "Value '0' at 'globalSecondaryIndexUpdates.2.member.update.provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1",
        ],
      )
    })

    it.each([[[{}]], [[{}, {}, {}, {}, {}, {}]]])('returns ValidationException for empty index update structs %j', async (updates) => {
      await assertValidation(sim, T, { TableName: 'abc', GlobalSecondaryIndexUpdates: updates }, ONE_OF)
    })

    it('returns ValidationException for repeated updates of one index', async () => {
      await assertValidation(
        sim,
        T,
        { TableName: 'abc', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'abc' } }, { Delete: { IndexName: 'abc' } }] },
        `${INVALID}Only one global secondary index update per index is allowed simultaneously. Index: abc`,
      )
    })

    it('returns ResourceNotFoundException naming the missing table', async () => {
      await assertNotFound(sim, T, { TableName: 'nosuchtable_upd', ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } }, 'Requested resource not found: Table: nosuchtable_upd not found')
    })

    it.each([
      { ReadCapacityUnits: 1000000000001, WriteCapacityUnits: 1000000000001 },
      { ReadCapacityUnits: 1000000000000, WriteCapacityUnits: 1000000000001 },
    ])('returns ResourceNotFoundException before index throughput bounds %j', async (pt) => {
      await assertNotFound(sim, T, { TableName: 'abc', GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'abc', ProvisionedThroughput: pt } }] }, 'Requested resource not found: Table: abc not found')
    })

    it('returns ValidationException for unchanged throughput', async () => {
      await assertValidation(
        sim,
        T,
        { TableName: testHashTable, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } },
        'The provisioned throughput for the table will not change. The requested value equals the current value. ' +
          'Current ReadCapacityUnits provisioned for the table: 1. Requested ReadCapacityUnits: 1. ' +
          'Current WriteCapacityUnits provisioned for the table: 1. Requested WriteCapacityUnits: 1. ' +
          'Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.',
      )
    })

    it('returns LimitExceededException for too many index creations/deletions', async () => {
      await assertError(
        sim,
        T,
        { TableName: testHashTable, GlobalSecondaryIndexUpdates: ['abc', 'abd', 'abe', 'abf', 'abg', 'abh'].map((IndexName) => ({ Delete: { IndexName } })) },
        'com.amazonaws.dynamodb.v20120810#LimitExceededException',
        'Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table',
      )
    })
  })

  describe('functionality', () => {
    it('returns ResourceInUseException while the table is being created', async () => {
      await ok(sim, 'CreateTable', {
        TableName: 'conformance_creating_upd',
        AttributeDefinitions: [{ AttributeName: 'a', AttributeType: 'S' }],
        KeySchema: [{ KeyType: 'HASH', AttributeName: 'a' }],
        ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
      })
      await assertError(
        sim,
        T,
        { TableName: 'conformance_creating_upd', ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 2 } },
        'com.amazonaws.dynamodb.v20120810#ResourceInUseException',
        'Attempt to change a resource which is still in use: Table is being created: conformance_creating_upd',
      )
    })

    it('answers UPDATING with the old throughput, then applies it', async () => {
      const res = await ok(sim, T, { TableName: testHashTable, ProvisionedThroughput: { ReadCapacityUnits: 3, WriteCapacityUnits: 3 } })
      const desc = res.TableDescription as Record<string, unknown>
      expect(desc.TableStatus).toBe('UPDATING')
      expect(desc.AttributeDefinitions).toEqual([{ AttributeName: 'a', AttributeType: 'S' }])
      expect(desc.KeySchema).toEqual([{ AttributeName: 'a', KeyType: 'HASH' }])
      expect(desc.ProvisionedThroughput).toMatchObject({ ReadCapacityUnits: 1, WriteCapacityUnits: 1 })
      sim.advanceBy(60_000)
      const after = (await ok(sim, 'DescribeTable', { TableName: testHashTable })).Table as Record<string, unknown>
      expect(after.TableStatus).toBe('ACTIVE')
      expect(after.ProvisionedThroughput).toMatchObject({ ReadCapacityUnits: 3, WriteCapacityUnits: 3 })
    })
  })
})
