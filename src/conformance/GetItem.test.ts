// GetItem expectations recorded against real DynamoDB (dynalite test/getItem.js).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Simulation } from '../engine/Simulation.ts'
import { attributeValueCases } from './cases.ts'
import { assertNotFound, assertValidation, fixtureSimulation, ok, testHashTable, testRangeTable } from './harness.ts'

let sim: Simulation
beforeAll(async () => {
  sim = await fixtureSimulation()
})

const T = 'GetItem'
const NOT_NULL_KEY = "Value null at 'key' failed to satisfy constraint: Member must not be null"
const MISMATCH = 'The provided key element does not match the schema'


describe('GetItem', () => {
  describe('validations', () => {
    it('returns ValidationException for no TableName', async () => {
      await assertValidation(sim, T, {}, [
        "Value null at 'tableName' failed to satisfy constraint: Member must not be null",
        NOT_NULL_KEY,
      ])
    })

    it('returns ValidationException for empty TableName', async () => {
      await assertValidation(sim, T, { TableName: '' }, [
        "Value '' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
        "Value '' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
        NOT_NULL_KEY,
      ])
    })

    it('returns ValidationException for short TableName', async () => {
      await assertValidation(sim, T, { TableName: 'a;' }, [
        "Value 'a;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
        "Value 'a;' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
        NOT_NULL_KEY,
      ])
    })

    it('returns ValidationException for long TableName', async () => {
      const name = 'a'.repeat(256)
      await assertValidation(sim, T, { TableName: name }, [
        `Value '${name}' at 'tableName' failed to satisfy constraint: Member must have length less than or equal to 255`,
        NOT_NULL_KEY,
      ])
    })

    it('returns ValidationException for incorrect attributes, in AWS order', async () => {
      await assertValidation(
        sim,
        T,
        { TableName: 'abc;', ReturnConsumedCapacity: 'hi', AttributesToGet: [] },
        '4 validation errors detected: ' +
          "Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; " +
          "Value '[]' at 'attributesToGet' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
          "Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
          NOT_NULL_KEY,
      )
    })

    it.each(attributeValueCases)('returns ValidationException for %s', async (_name, key, msg) => {
      await assertValidation(sim, T, { TableName: 'abc', Key: key }, msg)
    })

    // dynalite recorded these before May 2020; since then empty strings/binaries are legal outside keys and
    // inside sets, so AWS looks the table up first and judges the key against its schema.
    it.each<[string, unknown]>([
      ['an empty string key', { a: { S: '' } }],
      ['an empty binary key', { a: { B: '' } }],
      ['an empty string in a set', { a: { SS: ['a', ''] } }],
      ['an empty binary in a set', { a: { BS: ['aaaa', ''] } }],
    ])('returns ResourceNotFoundException (not ValidationException) for %s on a missing table', async (_name, key) => {
      await assertNotFound(sim, T, { TableName: 'abc', Key: key }, 'Requested resource not found')
    })

    it('returns ValidationException for an empty string key on an existing table', async () => {
      await assertValidation(
        sim,
        T,
        { TableName: testHashTable, Key: { a: { S: '' } } },
        'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: a',
      )
    })

    it('returns ValidationException for duplicate values in AttributesToGet', async () => {
      await assertValidation(sim, T, { TableName: 'abc', Key: {}, AttributesToGet: ['a', 'a'] }, 'One or more parameter values were invalid: Duplicate value in attribute name: a')
    })

    it('returns ResourceNotFoundException if key is empty and table does not exist', async () => {
      await assertNotFound(sim, T, { TableName: 'nosuchtable_xyz', Key: {} }, 'Requested resource not found')
    })

    it.each<[string, string, Record<string, unknown>]>([
      ['key is empty', testHashTable, {}],
      ['key has incorrect attributes', testHashTable, { b: { S: 'a' } }],
      ['key has extra attributes', testHashTable, { a: { S: 'a' }, b: { S: 'a' } }],
      ['key is incorrect binary type', testHashTable, { a: { B: 'abcd' } }],
      ['key is incorrect numeric type', testHashTable, { a: { N: '1' } }],
      ['key is incorrect string set type', testHashTable, { a: { SS: ['a'] } }],
      ['key is incorrect numeric set type', testHashTable, { a: { NS: ['1'] } }],
      ['key is incorrect binary set type', testHashTable, { a: { BS: ['aaaa'] } }],
      ['missing range key', testRangeTable, { a: { S: 'a' } }],
    ])('returns ValidationException if %s', async (_name, table, key) => {
      await assertValidation(sim, T, { TableName: table, Key: key }, MISMATCH)
    })

    it('returns ValidationException if hash key is too big', async () => {
      await assertValidation(sim, T, { TableName: testHashTable, Key: { a: { S: 'a'.repeat(2049) } } }, 'One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes')
    })

    it('returns ValidationException if range key is too big', async () => {
      await assertValidation(
        sim,
        T,
        { TableName: testRangeTable, Key: { a: { S: 'a' }, b: { S: 'b'.repeat(1025) } } },
        'One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes',
      )
    })

    it('returns ResourceNotFoundException if table is being created', async () => {
      await ok(sim, 'CreateTable', {
        TableName: 'conformance_creating_get',
        AttributeDefinitions: [{ AttributeName: 'a', AttributeType: 'S' }],
        KeySchema: [{ KeyType: 'HASH', AttributeName: 'a' }],
        ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
      })
      await assertNotFound(sim, T, { TableName: 'conformance_creating_get', Key: { a: { S: 'a' } } }, 'Requested resource not found')
    })
  })

  describe('capacity', () => {
    it('returns ConsumedCapacity TOTAL and INDEXES for a missing key', async () => {
      const req = { TableName: testHashTable, Key: { a: { S: 'missing' } }, ReturnConsumedCapacity: 'TOTAL' }
      expect(await ok(sim, T, req)).toEqual({ ConsumedCapacity: { CapacityUnits: 0.5, TableName: testHashTable } })
      expect(await ok(sim, T, { ...req, ReturnConsumedCapacity: 'INDEXES' })).toEqual({
        ConsumedCapacity: { CapacityUnits: 0.5, Table: { CapacityUnits: 0.5 }, TableName: testHashTable },
      })
      expect(await ok(sim, T, { ...req, ConsistentRead: true })).toEqual({ ConsumedCapacity: { CapacityUnits: 1, TableName: testHashTable } })
      expect(await ok(sim, T, { ...req, ConsistentRead: true, ReturnConsumedCapacity: 'INDEXES' })).toEqual({
        ConsumedCapacity: { CapacityUnits: 1, Table: { CapacityUnits: 1 }, TableName: testHashTable },
      })
    })

    it.each<[string, number, boolean, number]>([
      ['small item, eventually consistent', 4082, false, 0.5],
      ['larger item, eventually consistent', 4084, false, 1],
      ['small item, consistent', 4082, true, 1],
      ['larger item, consistent', 4084, true, 2],
    ])('charges per 4 KB for a %s read', async (_name, n, consistent, units) => {
      const a = `item${n}${String(consistent)}`
      const item = {
        a: { S: a },
        b: { S: 'b'.repeat(n - 1 - a.length) },
        c: { N: '12.3456' },
        d: { B: 'AQI=' },
        e: { BS: n === 4082 ? ['AQI=', 'Ag==', 'AQ=='] : ['AQI=', 'Ag=='] },
      }
      await ok(sim, 'PutItem', { TableName: testHashTable, Item: item })
      const body = await ok(sim, T, { TableName: testHashTable, Key: { a: item.a }, ReturnConsumedCapacity: 'TOTAL', ConsistentRead: consistent })
      expect(body.ConsumedCapacity).toEqual({ CapacityUnits: units, TableName: testHashTable })
    })
  })

  describe('functionality', () => {
    const hashItem = { a: { S: 'hash1' }, b: { S: 'a' }, g: { N: '23' } }
    const rangeItem = { a: { S: 'range1' }, b: { S: 'range1b' }, g: { N: '23' } }
    beforeAll(async () => {
      await ok(sim, 'PutItem', { TableName: testHashTable, Item: hashItem })
      await ok(sim, 'PutItem', { TableName: testRangeTable, Item: rangeItem })
    })

    it('returns an empty response if the key does not exist', async () => {
      expect(await ok(sim, T, { TableName: testHashTable, Key: { a: { S: 'nope' } } })).toEqual({})
    })

    it('returns the item by hash key and by range key', async () => {
      expect(await ok(sim, T, { TableName: testHashTable, Key: { a: hashItem.a }, ConsistentRead: true })).toEqual({ Item: hashItem })
      expect(await ok(sim, T, { TableName: testRangeTable, Key: { a: rangeItem.a, b: rangeItem.b }, ConsistentRead: true })).toEqual({ Item: rangeItem })
    })

    it('returns only the requested attributes', async () => {
      expect(await ok(sim, T, { TableName: testHashTable, Key: { a: hashItem.a }, AttributesToGet: ['b', 'g'], ConsistentRead: true })).toEqual({
        Item: { b: hashItem.b, g: hashItem.g },
      })
    })
  })
})
