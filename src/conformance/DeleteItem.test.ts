// DeleteItem expectations recorded against real DynamoDB (dynalite test/deleteItem.js).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Simulation } from '../engine/Simulation.ts'
import { assertConditional, assertValidation, fixtureSimulation, ok, testHashTable } from './harness.ts'

let sim: Simulation
beforeAll(async () => {
  sim = await fixtureSimulation()
})

const T = 'DeleteItem'
const INVALID = 'One or more parameter values were invalid: '
let n = 0
const fresh = (): { S: string } => ({ S: `del${++n}` })
const put = async (item: Record<string, unknown>): Promise<void> => {
  await ok(sim, 'PutItem', { TableName: testHashTable, Item: item })
}

describe('DeleteItem', () => {
  describe('validations', () => {
    it('returns ValidationException for incorrect attributes', async () => {
      await assertValidation(sim, T, { TableName: 'abc;', ReturnConsumedCapacity: 'hi', ReturnItemCollectionMetrics: 'hi', ReturnValues: 'hi' }, [
        "Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]",
        "Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
        "Value 'hi' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]",
        "Value 'hi' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum value set: [SIZE, NONE]",
        "Value null at 'key' failed to satisfy constraint: Member must not be null",
      ])
    })

    it('returns ValidationException for a bad key type', async () => {
      await assertValidation(sim, T, { TableName: 'abc', Key: { a: { a: '' } } }, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes')
    })

    it('returns ValidationException for an incorrect numeric key', async () => {
      await assertValidation(sim, T, { TableName: 'abc', Key: { a: { N: 'b' } } }, 'The parameter cannot be converted to a numeric value: b')
    })

    it.each<[string, unknown, string]>([
      ['ComparisonOperator used alone', { a: { ComparisonOperator: 'LT' } }, 'Value or AttributeValueList must be used with ComparisonOperator: LT for Attribute: a'],
      ['ComparisonOperator with Exists', { a: { Exists: true, ComparisonOperator: 'LT' } }, 'Exists and ComparisonOperator cannot be used together for Attribute: a'],
      ['AttributeValueList alone', { a: { AttributeValueList: [] } }, 'AttributeValueList can only be used with a ComparisonOperator for Attribute: a'],
      ['AttributeValueList with Exists', { a: { Exists: true, AttributeValueList: [] } }, 'AttributeValueList can only be used with a ComparisonOperator for Attribute: a'],
      ['AttributeValueList with Value', { a: { Value: { S: 'a' }, AttributeValueList: [] } }, 'Value and AttributeValueList cannot be used together for Attribute: a'],
      ['Value with BETWEEN', { a: { Value: { S: 'a' }, ComparisonOperator: 'BETWEEN' } }, 'Invalid number of argument(s) for the BETWEEN ComparisonOperator'],
      ['Value with NULL', { a: { Value: { S: 'a' }, ComparisonOperator: 'NULL' } }, 'Invalid number of argument(s) for the NULL ComparisonOperator'],
    ])('returns ValidationException for Expected: %s', async (_name, expected, msg) => {
      await assertValidation(sim, T, { TableName: 'aaa', Key: {}, Expected: expected }, INVALID + msg)
    })
  })

  describe('functionality', () => {
    it('returns nothing, and 1 WCU, when the item does not exist', async () => {
      expect(await ok(sim, T, { TableName: testHashTable, Key: { a: fresh() } })).toEqual({})
      const req = { TableName: testHashTable, Key: { a: fresh() }, ReturnConsumedCapacity: 'TOTAL' }
      expect(await ok(sim, T, req)).toEqual({ ConsumedCapacity: { CapacityUnits: 1, TableName: testHashTable } })
      expect(await ok(sim, T, { ...req, ReturnConsumedCapacity: 'INDEXES' })).toEqual({ ConsumedCapacity: { CapacityUnits: 1, Table: { CapacityUnits: 1 }, TableName: testHashTable } })
    })

    it('deletes an item, and returns old values with ALL_OLD', async () => {
      const item = { a: fresh(), b: { S: 'b' } }
      await put(item)
      expect(await ok(sim, T, { TableName: testHashTable, Key: { a: item.a } })).toEqual({})
      expect(await ok(sim, 'GetItem', { TableName: testHashTable, Key: { a: item.a }, ConsistentRead: true })).toEqual({})
      await put(item)
      expect(await ok(sim, T, { TableName: testHashTable, Key: { a: item.a }, ReturnValues: 'ALL_OLD' })).toEqual({ Attributes: item })
    })

    it('returns ConditionalCheckFailedException when a missing key is expected to exist', async () => {
      await assertConditional(sim, T, { TableName: testHashTable, Key: { a: fresh() }, Expected: { a: { Value: fresh() } } })
    })

    it('returns ConditionalCheckFailedException when an existing key is expected not to exist', async () => {
      const item = { a: fresh() }
      await put(item)
      await assertConditional(sim, T, { TableName: testHashTable, Key: { a: item.a }, Expected: { a: { Exists: false } } })
    })

    it('succeeds for a different key with Exists false, and for the same key with its value', async () => {
      const item = { a: fresh() }
      await put(item)
      expect(await ok(sim, T, { TableName: testHashTable, Key: { a: fresh() }, Expected: { a: { Exists: false } } })).toEqual({})
      expect(await ok(sim, T, { TableName: testHashTable, Key: { a: item.a }, Expected: { a: { Value: item.a } } })).toEqual({})
    })

    it('checks non-key attributes for Exists false', async () => {
      const item = { a: fresh() }
      await put(item)
      expect(await ok(sim, T, { TableName: testHashTable, Key: { a: item.a }, Expected: { b: { Exists: false } } })).toEqual({})
      const item2 = { a: fresh(), b: fresh() }
      await put(item2)
      await assertConditional(sim, T, { TableName: testHashTable, Key: { a: item2.a }, Expected: { b: { Exists: false } } })
    })

    it('checks multiple conditions', async () => {
      const item = { a: fresh(), c: fresh() }
      await put(item)
      await assertConditional(sim, T, { TableName: testHashTable, Key: { a: item.a }, Expected: { a: { Value: item.a }, b: { Exists: false }, c: { Value: fresh() } } })
      expect(await ok(sim, T, { TableName: testHashTable, Key: { a: item.a }, Expected: { a: { Value: item.a }, b: { Exists: false }, c: { Value: item.c } } })).toEqual({})
    })

    it.each<[string, number, string[], number]>([
      ['small item (1 KB)', 1010, ['AQI=', 'Ag==', 'AQ=='], 1],
      ['larger item (1 KB + 1)', 1012, ['AQI=', 'Ag=='], 2],
    ])('charges the deleted %s', async (_name, size, bs, units) => {
      const a = `delcap${size}`
      const item = { a: { S: a }, b: { S: 'b'.repeat(size - 1 - a.length) }, c: { N: '12.3456' }, d: { B: 'AQI=' }, e: { BS: bs } }
      await put(item)
      expect(await ok(sim, T, { TableName: testHashTable, Key: { a: item.a }, ReturnConsumedCapacity: 'TOTAL' })).toEqual({ ConsumedCapacity: { CapacityUnits: units, TableName: testHashTable } })
    })
  })
})
