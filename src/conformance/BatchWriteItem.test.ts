// BatchWriteItem expectations recorded against real DynamoDB (dynalite test/batchWriteItem.js).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Simulation } from '../engine/Simulation.ts'
import { assertNotFound, assertValidation, fixtureSimulation, ok, testHashNTable, testHashTable, testRangeTable } from './harness.ts'

let sim: Simulation
beforeAll(async () => {
  sim = await fixtureSimulation()
})

const T = 'BatchWriteItem'
const INVALID = 'One or more parameter values were invalid: '
const RCC = "Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]"
const RICM = "Value 'hi' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum value set: [SIZE, NONE]"
const KEYS = String.raw`Value '\{.+\}' at 'requestItems' failed to satisfy constraint: Map keys must satisfy constraint: \[Member must have length less than or equal to 255, Member must have length greater than or equal to 3, Member must satisfy regular expression pattern: \[a-zA-Z0-9_.-\]\+\]`
const VALUES = String.raw`Value '\{.+\}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: \[Member must have length less than or equal to 25, Member must have length greater than or equal to 1\]`
const put = (item: unknown): unknown => ({ RequestItems: { abc: [{ PutRequest: { Item: item } }] } })

describe('BatchWriteItem', () => {
  describe('validations', () => {
    it('returns ValidationException for an empty body', async () => {
      await assertValidation(sim, T, {}, "1 validation error detected: Value null at 'requestItems' failed to satisfy constraint: Member must not be null")
    })

    it('returns ValidationException for missing RequestItems', async () => {
      await assertValidation(sim, T, { ReturnConsumedCapacity: 'hi', ReturnItemCollectionMetrics: 'hi' }, [
        RCC,
        RICM,
        "Value null at 'requestItems' failed to satisfy constraint: Member must not be null",
      ])
    })

    // dynalite recorded a constraint error for `RequestItems: {}` and the map constraints listed together with
    // bad enums; the engine follows newer recordings (us-east-1 / eu-west-2, 2026, see
    // validation/BatchWriteItem.ts): a custom message, and the enums reported alone.
    it('returns ValidationException for empty RequestItems', async () => {
      await assertValidation(sim, T, { RequestItems: {} }, 'The requestItems parameter is required for BatchWriteItem')
    })

    it('returns ValidationException for an empty list in RequestItems', async () => {
      await assertValidation(sim, T, { RequestItems: { a: [] } }, new RegExp(`^2 validation errors detected: ${KEYS}; ${VALUES}$`))
    })

    it('returns ValidationException for only the enums when they and the map are wrong', async () => {
      await assertValidation(sim, T, { RequestItems: { a: [] }, ReturnConsumedCapacity: 'hi', ReturnItemCollectionMetrics: 'hi' }, [RCC, RICM])
    })

    it('returns ValidationException for the map constraints and missing put/delete members', async () => {
      await assertValidation(
        sim,
        T,
        { RequestItems: { 'aa;': [{ PutRequest: {}, DeleteRequest: {} }] } },
        new RegExp(
          `^3 validation errors detected: ${KEYS}; ` +
            "Value null at 'requestItems.aa;.member.1.member.deleteRequest.key' failed to satisfy constraint: Member must not be null; " +
            "Value null at 'requestItems.aa;.member.1.member.putRequest.item' failed to satisfy constraint: Member must not be null$",
        ),
      )
    })

    it('returns ValidationException when putting more than 25 items', async () => {
      const requests = Array.from({ length: 26 }, (_, i) => (i % 2 ? { DeleteRequest: { Key: { a: { S: String(i) } } } } : { PutRequest: { Item: { a: { S: String(i) } } } }))
      await assertValidation(sim, T, { RequestItems: { abc: requests } }, new RegExp(`^1 validation error detected: ${VALUES}$`))
    })

    it('returns ResourceNotFoundException for exactly 25 items on a missing table', async () => {
      const requests = Array.from({ length: 25 }, (_, i) => (i % 2 ? { DeleteRequest: { Key: { a: { S: String(i) } } } } : { PutRequest: { Item: { a: { S: String(i) } } } }))
      await assertNotFound(sim, T, { RequestItems: { abc: requests } }, 'Requested resource not found')
    })

    it.each([
      ['put first', [{ PutRequest: { Item: { a: { S: 'dup' }, c: { S: 'c' } } } }, { DeleteRequest: { Key: { a: { S: 'dup' } } } }]],
      ['delete first', [{ DeleteRequest: { Key: { a: { S: 'dup' } } } }, { PutRequest: { Item: { a: { S: 'dup' }, c: { S: 'c' } } } }]],
    ])('returns ValidationException for a put and a delete of the same item, %s', async (_name, requests) => {
      await assertValidation(sim, T, { RequestItems: { [testHashTable]: requests } }, 'Provided list of item keys contains duplicates')
    })

    it('returns ValidationException for a short table name', async () => {
      await assertValidation(sim, T, { RequestItems: { a: [{ PutRequest: { Item: { a: { S: 'a' } } } }] } }, new RegExp(`^1 validation error detected: ${KEYS}$`))
    })

    it.each<[string, unknown, string]>([
      ['empty key type', { a: {} }, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'],
      ['bad key type', { a: { a: '' } }, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'],
      ['false null', { a: { NULL: false } }, `${INVALID}Null attribute value types must have the value of true`],
      ['empty set', { a: { SS: [] } }, `${INVALID}An string set  may not be empty`],
      ['empty numeric in set', { a: { NS: ['1', ''] } }, 'The parameter cannot be converted to a numeric value'],
      ['duplicate string in set', { a: { SS: ['a', 'a'] } }, `${INVALID}Input collection [a, a] contains duplicates.`],
      ['duplicate number in set', { a: { NS: ['1', '1'] } }, 'Input collection contains duplicates'],
      ['duplicate binary in set', { a: { BS: ['Yg==', 'Yg=='] } }, `${INVALID}Input collection [Yg==, Yg==]of type BS contains duplicates.`],
      ['multiple types', { a: { S: 'a', N: '1' } }, 'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes'],
      ['empty numeric', { a: { N: '' } }, 'The parameter cannot be converted to a numeric value'],
      ['incorrect numeric', { a: { N: 'b' } }, 'The parameter cannot be converted to a numeric value: b'],
      ['incorrect numeric in set', { a: { NS: ['1', 'b', 'a'] } }, 'The parameter cannot be converted to a numeric value: b'],
      ['large number', { a: { N: '123456789012345678901234567890123456789' } }, 'Attempting to store more than 38 significant digits in a Number'],
      ['huge number', { a: { N: '-1e126' } }, 'Number overflow. Attempting to store a number with magnitude larger than supported range'],
      ['tiny number', { a: { N: '1e-131' } }, 'Number underflow. Attempting to store a number with magnitude smaller than supported range'],
      ['too big item', { a: { S: 'key' }, b: { S: 'a'.repeat(409600 - 3 - 1) } }, 'Item size has exceeded the maximum allowed size'],
    ])('returns ValidationException for %s', async (_name, item, msg) => {
      await assertValidation(sim, T, put(item), msg)
    })

    // Recorded before May 2020 as ValidationExceptions; now legal outside keys, so the missing table answers.
    it.each<[string, unknown]>([
      ['empty string', { a: { S: '' } }],
      ['empty binary', { a: { B: '' } }],
      ['empty string in set', { a: { SS: ['a', ''] } }],
      ['just small enough item', { a: { S: 'key' }, b: { S: 'a'.repeat(409600 - 3 - 2) } }],
    ])('returns ResourceNotFoundException for an %s on a missing table', async (_name, item) => {
      await assertNotFound(sim, T, put(item), 'Requested resource not found')
    })

    it.each<[string, string, Record<string, unknown>, string]>([
      ['key is incorrect numeric set type', testHashTable, { a: { NS: ['1'] } }, 'The provided key element does not match the schema'],
      ['missing range key', testRangeTable, { a: { S: 'a' } }, 'The provided key element does not match the schema'],
      ['hash key is too big', testHashTable, { a: { S: 'a'.repeat(2049) } }, `${INVALID}Size of hashkey has exceeded the maximum size limit of2048 bytes`],
      ['range key is too big', testRangeTable, { a: { S: 'a' }, b: { S: 'b'.repeat(1025) } }, `${INVALID}Aggregated size of all range keys has exceeded the size limit of 1024 bytes`],
    ])('returns ValidationException if %s', async (_name, table, item, msg) => {
      await assertValidation(sim, T, { RequestItems: { [table]: [{ PutRequest: { Item: item } }] } }, msg)
    })

    it('returns ValidationException if a secondary index key has the wrong type', async () => {
      await assertValidation(
        sim,
        T,
        { RequestItems: { [testRangeTable]: [{ PutRequest: { Item: { a: { S: 'a' }, b: { S: 'a' }, c: { N: '1' } } } }] } },
        /^One or more parameter values were invalid: Type mismatch for Index Key c Expected: S Actual: N IndexName: index[134]$/,
      )
    })
  })

  describe('functionality', () => {
    const get = (table: string, key: unknown): Promise<Record<string, unknown>> => ok(sim, 'GetItem', { TableName: table, Key: key, ConsistentRead: true })

    it('writes a single item to each table, then deletes them', async () => {
      const item = { a: { S: 'bw1' }, c: { S: 'c' } }
      const item2 = { a: { S: 'bw2' }, b: { S: 'bw2b' }, c: { S: 'c' } }
      expect(await ok(sim, T, { RequestItems: { [testHashTable]: [{ PutRequest: { Item: item } }], [testRangeTable]: [{ PutRequest: { Item: item2 } }] } })).toEqual({ UnprocessedItems: {} })
      expect(await get(testHashTable, { a: item.a })).toEqual({ Item: item })
      expect(await get(testRangeTable, { a: item2.a, b: item2.b })).toEqual({ Item: item2 })
      const del = { RequestItems: { [testHashTable]: [{ DeleteRequest: { Key: { a: item.a } } }], [testRangeTable]: [{ DeleteRequest: { Key: { a: item2.a, b: item2.b } } }] } }
      expect(await ok(sim, T, del)).toEqual({ UnprocessedItems: {} })
      expect(await get(testHashTable, { a: item.a })).toEqual({})
      expect(await get(testRangeTable, { a: item2.a, b: item2.b })).toEqual({})
    })

    it.each<[string, number, string[], number]>([
      ['small item (1 KB)', 1010, ['AQI=', 'Ag==', 'AQ=='], 2],
      ['larger item (1 KB + 1)', 1012, ['AQI=', 'Ag=='], 3],
    ])('returns ConsumedCapacity per table when putting and deleting a %s', async (_name, n, bs, units) => {
      const a = `bwcap${n}`
      const item = { a: { S: a }, b: { S: 'b'.repeat(n - 1 - a.length) }, c: { N: '12.3456' }, d: { B: 'AQI=' }, e: { BS: bs } }
      const key2 = `bwcap${n}k2`
      const key3 = String(n)
      const puts = { [testHashTable]: [{ PutRequest: { Item: item } }, { PutRequest: { Item: { a: { S: key2 } } } }], [testHashNTable]: [{ PutRequest: { Item: { a: { N: key3 } } } }] }
      let res = await ok(sim, T, { RequestItems: puts, ReturnConsumedCapacity: 'TOTAL' })
      expect(res.ConsumedCapacity).toContainEqual({ CapacityUnits: units, TableName: testHashTable })
      expect(res.ConsumedCapacity).toContainEqual({ CapacityUnits: 1, TableName: testHashNTable })
      res = await ok(sim, T, { RequestItems: puts, ReturnConsumedCapacity: 'INDEXES' })
      expect(res.ConsumedCapacity).toContainEqual({ CapacityUnits: units, Table: { CapacityUnits: units }, TableName: testHashTable })
      expect(res.ConsumedCapacity).toContainEqual({ CapacityUnits: 1, Table: { CapacityUnits: 1 }, TableName: testHashNTable })
      const deletes = { [testHashTable]: [{ DeleteRequest: { Key: { a: item.a } } }, { DeleteRequest: { Key: { a: { S: key2 } } } }], [testHashNTable]: [{ DeleteRequest: { Key: { a: { N: key3 } } } }] }
      res = await ok(sim, T, { RequestItems: deletes, ReturnConsumedCapacity: 'TOTAL' })
      expect(res.ConsumedCapacity).toContainEqual({ CapacityUnits: units, TableName: testHashTable })
      expect(res.ConsumedCapacity).toContainEqual({ CapacityUnits: 1, TableName: testHashNTable })
      // The items are gone: deleting them again costs 1 WCU each.
      res = await ok(sim, T, { RequestItems: deletes, ReturnConsumedCapacity: 'INDEXES' })
      expect(res.ConsumedCapacity).toContainEqual({ CapacityUnits: 2, Table: { CapacityUnits: 2 }, TableName: testHashTable })
      expect(res.ConsumedCapacity).toContainEqual({ CapacityUnits: 1, Table: { CapacityUnits: 1 }, TableName: testHashNTable })
    })
  })
})
