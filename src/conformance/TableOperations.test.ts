// ListTables, DescribeTable and DeleteTable expectations recorded against real DynamoDB
// (dynalite test/listTables.js, test/describeTable.js, test/deleteTable.js).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Simulation } from '../engine/Simulation.ts'
import { assertError, assertNotFound, assertValidation, fixtureSimulation, ok, testHashTable } from './harness.ts'

let sim: Simulation
beforeAll(async () => {
  sim = await fixtureSimulation()
})

const table = (TableName: string): Record<string, unknown> => ({
  TableName,
  AttributeDefinitions: [{ AttributeName: 'a', AttributeType: 'S' }],
  KeySchema: [{ KeyType: 'HASH', AttributeName: 'a' }],
  ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
})

describe('ListTables', () => {
  describe('validations', () => {
    it('returns ValidationExceptions in order', async () => {
      await assertValidation(sim, 'ListTables', { ExclusiveStartTableName: 'a;', Limit: 500 }, [
        "Value '500' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100",
        "Value 'a;' at 'exclusiveStartTableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
        "Value 'a;' at 'exclusiveStartTableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
      ])
    })

    it('returns ValidationException for an empty ExclusiveStartTableName', async () => {
      await assertValidation(sim, 'ListTables', { ExclusiveStartTableName: '' }, [
        "Value '' at 'exclusiveStartTableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
        "Value '' at 'exclusiveStartTableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
      ])
    })

    it('returns ValidationException for a long ExclusiveStartTableName', async () => {
      const name = 'a'.repeat(256)
      await assertValidation(sim, 'ListTables', { ExclusiveStartTableName: name }, `1 validation error detected: Value '${name}' at 'exclusiveStartTableName' failed to satisfy constraint: Member must have length less than or equal to 255`)
    })

    it.each([
      [0, 'greater than or equal to 1'],
      [101, 'less than or equal to 100'],
    ])('returns ValidationException for Limit %d', async (limit, rule) => {
      await assertValidation(sim, 'ListTables', { Limit: limit }, `1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value ${rule}`)
    })
  })

  describe('functionality', () => {
    it('answers with no params, random params and null params', async () => {
      for (const body of [{}, { hi: 'yo', stuff: 'things' }, { ExclusiveStartTableName: null, Limit: null }, { ExclusiveStartTableName: 'aaa', Limit: 100 }]) {
        expect(Array.isArray((await ok(sim, 'ListTables', body)).TableNames)).toBe(true)
      }
    })

    it('pages with ExclusiveStartTableName and Limit', async () => {
      const names = ['lt_page_1', 'lt_page_2']
      for (const n of names) await ok(sim, 'CreateTable', table(n))
      const after = await ok(sim, 'ListTables', { ExclusiveStartTableName: names[0] })
      expect(after.TableNames).not.toContain(names[0])
      expect(after.TableNames).toContain(names[1])
      expect((await ok(sim, 'ListTables', { Limit: 1 })).TableNames).toHaveLength(1)
      expect(await ok(sim, 'ListTables', { ExclusiveStartTableName: 'lt_page_0', Limit: 1 })).toEqual({ TableNames: [names[0]], LastEvaluatedTableName: names[0] })
      expect((await ok(sim, 'ListTables', { Limit: 100 })).LastEvaluatedTableName).toBeUndefined()
    })
  })
})

describe.each(['DescribeTable', 'DeleteTable'])('%s', (op) => {
  describe('validations', () => {
    // dynalite recorded "The paramater 'tableName' ..." (AWS's old typo); the latest recording (mhart/dynalite
    // test/createTable.js) reads as below, and the engine uses it for every control-plane action.
    it('returns ValidationException for no TableName', async () => {
      await assertValidation(sim, op, {}, "The parameter 'TableName' is required but was not present in the request")
    })

    it.each(['', 'a;', 'a'.repeat(256)])('returns ValidationException for TableName %j of bad length', async (name) => {
      await assertValidation(sim, op, { TableName: name }, 'TableName must be at least 3 characters long and at most 255 characters long')
    })

    it('returns ValidationException for a bad TableName pattern', async () => {
      await assertValidation(sim, op, { TableName: 'abc;' }, "1 validation error detected: Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+")
    })

    it('returns ResourceNotFoundException naming the missing table', async () => {
      await assertNotFound(sim, op, { TableName: 'nosuchtable_abc' }, 'Requested resource not found: Table: nosuchtable_abc not found')
    })
  })
})

describe('DeleteTable', () => {
  it('returns ResourceInUseException while the table is being created', async () => {
    await ok(sim, 'CreateTable', table('conformance_creating_del'))
    await assertError(
      sim,
      'DeleteTable',
      { TableName: 'conformance_creating_del' },
      'com.amazonaws.dynamodb.v20120810#ResourceInUseException',
      'Attempt to change a resource which is still in use: Table is being created: conformance_creating_del',
    )
  })

  it('answers DELETING, then the table is gone', async () => {
    await ok(sim, 'CreateTable', table('conformance_del_me'))
    sim.advanceBy(60_000)
    const res = await ok(sim, 'DeleteTable', { TableName: 'conformance_del_me' })
    expect((res.TableDescription as Record<string, unknown>).TableStatus).toBe('DELETING')
    sim.advanceBy(60_000)
    await assertNotFound(sim, 'DescribeTable', { TableName: 'conformance_del_me' }, 'Requested resource not found: Table: conformance_del_me not found')
  })

  it('describes an ACTIVE fixture table', async () => {
    const res = await ok(sim, 'DescribeTable', { TableName: testHashTable })
    expect((res.Table as Record<string, unknown>).TableStatus).toBe('ACTIVE')
  })
})

describe('TagResource', () => {
  it('returns ValidationException for no ResourceArn', async () => {
    await assertValidation(sim, 'TagResource', {}, /^(Invalid TableArn|1 validation error detected: Value null at 'resourceArn' failed to satisfy constraint: Member must not be null.*)$/)
  })
})
