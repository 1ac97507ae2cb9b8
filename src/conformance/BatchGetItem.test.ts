// BatchGetItem expectations recorded against real DynamoDB (dynalite test/batchGetItem.js).
import { beforeAll, describe, it } from 'vitest'
import type { Simulation } from '../engine/Simulation.ts'
import { attributeValueCases } from './cases.ts'
import { assertNotFound, assertValidation, fixtureSimulation, ok, testHashTable, testRangeTable } from './harness.ts'

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
})
