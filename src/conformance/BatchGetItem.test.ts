// BatchGetItem expectations recorded against real DynamoDB (dynalite test/batchGetItem.js).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Simulation } from '../engine/Simulation.ts'
import { attributeValueCases } from './cases.ts'
import { assertNotFound, assertValidation, fixtureSimulation, ok, testHashNTable, testHashTable, testRangeTable } from './harness.ts'

let sim: Simulation
beforeAll(async () => {
  sim = await fixtureSimulation()
})

const T = 'BatchGetItem'
const INVALID = 'One or more parameter values were invalid: '
const KEYS = String.raw`Value '\{.+\}' at 'requestItems' failed to satisfy constraint: Map keys must satisfy constraint: \[Member must have length less than or equal to 255, Member must have length greater than or equal to 3, Member must satisfy regular expression pattern: \[a-zA-Z0-9_.-\]\+\]`
const MISMATCH = 'The provided key element does not match the schema'
// BatchGetItem goes through AWS's newer validation layer; where dynalite's recording and the engine's 2026
// recordings (validation/BatchGetItem.ts) differ, both forms are accepted: the member path may read
// `Value at 'RequestItems.a.member.Keys'` and an empty number may end with ': '.
const KEYS_MEMBER = (table: string): string => `Value (?:'\\[\\]' )?at '(?:requestItems|RequestItems)\\.${table}\\.member\\.(?:keys|Keys)'`
const get = (table: string, keys: unknown[]): unknown => ({ RequestItems: { [table]: { Keys: keys } } })

describe('BatchGetItem', () => {
  describe('validations', () => {
    it('returns ValidationException for empty keys', async () => {
      await assertValidation(
        sim,
        T,
        { RequestItems: { a: { Keys: [] } } },
        new RegExp(`^2 validation errors detected: ${KEYS}; ${KEYS_MEMBER('a')} failed to satisfy constraint: Member must have length greater than or equal to 1$`),
      )
    })

    it('returns ValidationException for incorrect attributes', async () => {
      await assertValidation(sim, T, { RequestItems: { 'aa;': {} }, ReturnConsumedCapacity: 'hi' }, [
        "Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]",
        new RegExp(`^${KEYS}$`),
        /^Value null at '(?:requestItems|RequestItems)\.aa;\.member\.(?:keys|Keys)' failed to satisfy constraint: Member must not be null$/,
      ])
    })

    it('returns ValidationException for a short table name with keys', async () => {
      await assertValidation(sim, T, { RequestItems: { a: { Keys: [{ a: { S: 'a' } }] } } }, new RegExp(`^1 validation error detected: ${KEYS}$`))
    })

    it('returns ValidationException when fetching more than 100 keys', async () => {
      const keys = Array.from({ length: 101 }, (_, i) => ({ a: { S: String(i) } }))
      await assertValidation(sim, T, get('abc', keys), /^1 validation error detected: Value (?:'\[.+\]' )?at '(?:requestItems|RequestItems)\.abc\.member\.(?:keys|Keys)' failed to satisfy constraint: Member must have length less than or equal to 100$/)
    })

    it('returns ValidationException when fetching more than 100 keys over multiple tables', async () => {
      const keys = Array.from({ length: 100 }, (_, i) => ({ a: { S: String(i) } }))
      await assertValidation(sim, T, { RequestItems: { abc: { Keys: keys }, abd: { Keys: [{ a: { S: '100' } }] } } }, 'Too many items requested for the BatchGetItem call')
    })

    it('returns ResourceNotFoundException when fetching exactly 100 keys from a missing table', async () => {
      const keys = Array.from({ length: 100 }, (_, i) => ({ a: { S: String(i) } }))
      await assertNotFound(sim, T, get('abc', keys), 'Requested resource not found')
    })

    it.each([
      ['duplicated keys', [{ a: { S: 'k' } }, { a: { S: 'k' } }, { a: { S: 'k' } }]],
      ['duplicated mixed up keys', [{ a: { S: 'k' } }, { a: { S: 'k2' } }, { a: { S: 'k' } }]],
    ])('returns ValidationException for %s', async (_name, keys) => {
      await assertValidation(sim, T, get(testHashTable, keys), 'Provided list of item keys contains duplicates')
    })

    it.each(attributeValueCases)('returns ValidationException for %s', async (_name, key, msg) => {
      const exact = msg === 'The parameter cannot be converted to a numeric value' ? /^The parameter cannot be converted to a numeric value(: )?$/ : msg
      await assertValidation(sim, T, get('abc', [key]), exact)
    })

    it('returns ValidationException for duplicate values in AttributesToGet', async () => {
      await assertValidation(sim, T, { RequestItems: { abc: { Keys: [{}], AttributesToGet: ['a', 'a'] } } }, `${INVALID}Duplicate value in attribute name: a`)
    })

    it('returns ResourceNotFoundException if key is empty and table does not exist', async () => {
      await assertNotFound(sim, T, get('nosuchtable_xyz', [{}]), 'Requested resource not found')
    })

    it.each<[string, string, Record<string, unknown>, string]>([
      ['key is empty', testHashTable, {}, MISMATCH],
      ['key has incorrect attributes', testHashTable, { b: { S: 'a' } }, MISMATCH],
      ['key has extra attributes', testHashTable, { a: { S: 'a' }, b: { S: 'a' } }, MISMATCH],
      ['key is incorrect binary type', testHashTable, { a: { B: 'abcd' } }, MISMATCH],
      ['key is incorrect numeric type', testHashTable, { a: { N: '1' } }, MISMATCH],
      ['key is incorrect string set type', testHashTable, { a: { SS: ['a'] } }, MISMATCH],
      ['key is incorrect numeric set type', testHashTable, { a: { NS: ['1'] } }, MISMATCH],
      ['key is incorrect binary set type', testHashTable, { a: { BS: ['aaaa'] } }, MISMATCH],
      ['missing range key', testRangeTable, { a: { S: 'a' } }, MISMATCH],
      ['hash key is too big', testHashTable, { a: { S: 'a'.repeat(2049) } }, `${INVALID}Size of hashkey has exceeded the maximum size limit of2048 bytes`],
      ['range key is too big', testRangeTable, { a: { S: 'a' }, b: { S: 'b'.repeat(1025) } }, `${INVALID}Aggregated size of all range keys has exceeded the size limit of 1024 bytes`],
    ])('returns ValidationException if %s', async (_name, table, key, msg) => {
      await assertValidation(sim, T, get(table, [key]), msg)
    })

    it('returns ResourceNotFoundException if table is being created', async () => {
      await ok(sim, 'CreateTable', {
        TableName: 'conformance_creating_bget',
        AttributeDefinitions: [{ AttributeName: 'a', AttributeType: 'S' }],
        KeySchema: [{ KeyType: 'HASH', AttributeName: 'a' }],
        ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
      })
      await assertNotFound(sim, T, get('conformance_creating_bget', [{ a: { S: 'a' } }]), 'Requested resource not found')
    })
  })

  describe('functionality', () => {
    const put = async (items: Record<string, unknown>[]): Promise<void> => {
      await ok(sim, 'BatchWriteItem', { RequestItems: { [testHashTable]: items.map((Item) => ({ PutRequest: { Item } })) } })
    }

    it('returns empty responses for keys that do not exist', async () => {
      const res = await ok(sim, T, { RequestItems: { [testHashTable]: { Keys: [{ a: { S: 'bg-none' } }] }, [testRangeTable]: { Keys: [{ a: { S: 'bg-none' }, b: { S: 'x' } }] } } })
      expect(res).toEqual({ Responses: { [testHashTable]: [], [testRangeTable]: [] }, UnprocessedKeys: {} })
    })

    it('returns only the items that exist, and only the requested attributes', async () => {
      const item = { a: { S: 'bg1' }, b: { N: '1' }, c: { S: 'c' } }
      const item3 = { a: { S: 'bg3' }, b: { N: '3' } }
      const item4 = { a: { S: 'bg4' } }
      await put([item, { a: { S: 'bg2' }, b: item.b }, item3, item4])
      const keys = [{ a: item.a }, { a: { S: 'bg-x' } }, { a: item3.a }, { a: { S: 'bg-y' } }]
      const res = await ok(sim, T, { RequestItems: { [testHashTable]: { Keys: keys, ConsistentRead: true } } })
      const got = (res.Responses as Record<string, unknown[]>)[testHashTable]!
      expect(got).toHaveLength(2)
      expect(got).toContainEqual(item)
      expect(got).toContainEqual(item3)
      expect(res.UnprocessedKeys).toEqual({})
      const proj = await ok(sim, T, { RequestItems: { [testHashTable]: { Keys: [...keys, { a: item4.a }], AttributesToGet: ['b', 'c'], ConsistentRead: true } } })
      const projected = (proj.Responses as Record<string, unknown[]>)[testHashTable]!
      expect(projected).toHaveLength(3)
      expect(projected).toContainEqual({ b: item.b, c: item.c })
      expect(projected).toContainEqual({ b: item3.b })
      expect(projected).toContainEqual({})
    })

    it.each<[string, number, string[], boolean, number, number]>([
      ['eventually consistent, small item', 4082, ['AQI=', 'Ag==', 'AQ=='], false, 1.5, 0.5],
      ['eventually consistent, larger item', 4084, ['AQI=', 'Ag=='], false, 2, 0.5],
      ['consistent, small item', 4082, ['AQI=', 'Ag==', 'AQ=='], true, 3, 1],
      ['consistent, larger item', 4084, ['AQI=', 'Ag=='], true, 4, 1],
    ])('charges each item per table (%s)', async (_name, size, bs, consistent, hashUnits, nUnits) => {
      const a = `bgcap${size}${String(consistent)}`
      const item = { a: { S: a }, b: { S: 'b'.repeat(size - 1 - a.length) }, c: { N: '12.3456' }, d: { B: 'AQI=' }, e: { BS: bs } }
      const item2 = { a: { S: `${a}-2` } }
      await put([item, item2])
      const req = {
        RequestItems: {
          [testHashTable]: { Keys: [{ a: item.a }, { a: item2.a }, { a: { S: `${a}-missing` } }], ConsistentRead: consistent },
          [testHashNTable]: { Keys: [{ a: { N: String(size) } }], ConsistentRead: consistent },
        },
        ReturnConsumedCapacity: 'TOTAL',
      }
      const res = await ok(sim, T, req)
      expect(res.ConsumedCapacity).toContainEqual({ CapacityUnits: hashUnits, TableName: testHashTable })
      expect(res.ConsumedCapacity).toContainEqual({ CapacityUnits: nUnits, TableName: testHashNTable })
      expect((res.Responses as Record<string, unknown[]>)[testHashTable]).toHaveLength(2)
      expect((res.Responses as Record<string, unknown[]>)[testHashNTable]).toHaveLength(0)
      const indexes = await ok(sim, T, { ...req, ReturnConsumedCapacity: 'INDEXES' })
      expect(indexes.ConsumedCapacity).toContainEqual({ CapacityUnits: hashUnits, Table: { CapacityUnits: hashUnits }, TableName: testHashTable })
      expect(indexes.ConsumedCapacity).toContainEqual({ CapacityUnits: nUnits, Table: { CapacityUnits: nUnits }, TableName: testHashNTable })
    })
  })
})
