// PutItem expectations recorded against real DynamoDB (dynalite test/putItem.js).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Simulation } from '../engine/Simulation.ts'
import { attributeValueCases } from './cases.ts'
import { assertConditional, assertNotFound, assertValidation, fixtureSimulation, ok, testHashTable, testRangeTable } from './harness.ts'

let sim: Simulation
beforeAll(async () => {
  sim = await fixtureSimulation()
})

const T = 'PutItem'
const MAX_SIZE = 409600
const NOT_NULL_ITEM = "Value null at 'item' failed to satisfy constraint: Member must not be null"
const INVALID = 'One or more parameter values were invalid: '
const TOO_BIG = 'Item size has exceeded the maximum allowed size'
const KEY = 'key0123456' // dynalite's randomString stands in; sizes below are relative to its length

describe('PutItem', () => {
  describe('validations', () => {
    it('returns ValidationException for no TableName', async () => {
      await assertValidation(sim, T, {}, ["Value null at 'tableName' failed to satisfy constraint: Member must not be null", NOT_NULL_ITEM])
    })

    it('returns ValidationException for empty TableName', async () => {
      await assertValidation(sim, T, { TableName: '' }, [
        "Value '' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
        "Value '' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
        NOT_NULL_ITEM,
      ])
    })

    it('returns ValidationException for long TableName', async () => {
      const name = 'a'.repeat(256)
      await assertValidation(sim, T, { TableName: name }, [
        `Value '${name}' at 'tableName' failed to satisfy constraint: Member must have length less than or equal to 255`,
        NOT_NULL_ITEM,
      ])
    })

    it('returns ValidationException for incorrect attributes, in AWS order', async () => {
      await assertValidation(sim, T, { TableName: 'abc;', ReturnConsumedCapacity: 'hi', ReturnItemCollectionMetrics: 'hi', ReturnValues: 'hi' }, [
        "Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]",
        "Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
        NOT_NULL_ITEM,
        "Value 'hi' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]",
        "Value 'hi' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum value set: [SIZE, NONE]",
      ])
    })

    it.each<[string, unknown, string]>([
      ['no value and no exists', { a: {} }, `${INVALID}Value must be provided when Exists is null for Attribute: a`],
      ['Exists true with no value', { a: { Exists: true } }, `${INVALID}Value must be provided when Exists is true for Attribute: a`],
      ['Exists false with value', { a: { Exists: false, Value: { S: 'a' } } }, `${INVALID}Value cannot be used when Exists is false for Attribute: a`],
      ['empty expected value', { a: { Value: {} } }, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'],
      ['expected value with empty numeric in set', { a: { Value: { NS: ['1', ''] } } }, 'The parameter cannot be converted to a numeric value'],
      ['ComparisonOperator used alone', { a: { ComparisonOperator: 'LT' } }, `${INVALID}Value or AttributeValueList must be used with ComparisonOperator: LT for Attribute: a`],
      ['ComparisonOperator with Exists', { a: { Exists: true, ComparisonOperator: 'LT' } }, `${INVALID}Exists and ComparisonOperator cannot be used together for Attribute: a`],
      [
        'AttributeValueList with Value',
        { a: { AttributeValueList: [{ S: 'a' }], Value: { S: 'a' }, ComparisonOperator: 'LT' } },
        `${INVALID}Value and AttributeValueList cannot be used together for Attribute: a`,
      ],
      ['AttributeValueList without ComparisonOperator', { a: { AttributeValueList: [{ S: 'a' }] } }, `${INVALID}AttributeValueList can only be used with a ComparisonOperator for Attribute: a`],
      ['AttributeValueList with Exists', { a: { Exists: true, AttributeValueList: [{ S: 'a' }] } }, `${INVALID}AttributeValueList can only be used with a ComparisonOperator for Attribute: a`],
      ['AttributeValueList of wrong length: EQ', { a: { AttributeValueList: [], ComparisonOperator: 'EQ' } }, `${INVALID}Invalid number of argument(s) for the EQ ComparisonOperator`],
      ['AttributeValueList of wrong length: NULL', { a: { AttributeValueList: [{ S: 'a' }], ComparisonOperator: 'NULL' } }, `${INVALID}Invalid number of argument(s) for the NULL ComparisonOperator`],
      ['AttributeValueList of wrong length: IN', { a: { AttributeValueList: [], ComparisonOperator: 'IN' } }, `${INVALID}Invalid number of argument(s) for the IN ComparisonOperator`],
      [
        'AttributeValueList of wrong length: BETWEEN',
        { a: { AttributeValueList: [{ N: '1' }, { N: '10' }, { N: '12' }], ComparisonOperator: 'BETWEEN' } },
        `${INVALID}Invalid number of argument(s) for the BETWEEN ComparisonOperator`,
      ],
      ['Value with NULL', { a: { Value: { S: 'a' }, ComparisonOperator: 'NULL' } }, `${INVALID}Invalid number of argument(s) for the NULL ComparisonOperator`],
      ['Value with BETWEEN', { a: { Value: { S: 'a' }, ComparisonOperator: 'BETWEEN' } }, `${INVALID}Invalid number of argument(s) for the BETWEEN ComparisonOperator`],
    ])('returns ValidationException for Expected: %s', async (_name, expected, msg) => {
      await assertValidation(sim, T, { TableName: 'aaa', Item: {}, Expected: expected }, msg)
    })

    it.each(['UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'])('returns ValidationException for ReturnValues %s', async (rv) => {
      await assertValidation(sim, T, { TableName: 'abc', Item: {}, ReturnValues: rv }, 'ReturnValues can only be ALL_OLD or NONE')
    })

    it.each(attributeValueCases)('returns ValidationException for %s', async (_name, item, msg) => {
      await assertValidation(sim, T, { TableName: 'abc', Item: item }, msg)
    })

    // Recorded by dynalite before May 2020 as ValidationExceptions; empty non-key strings/binaries (also in
    // maps and sets) are legal since, so the missing table answers first.
    it.each<[string, unknown]>([
      ['empty string', { a: { S: '' } }],
      ['empty string in map', { a: { M: { b: { S: '' } } } }],
      ['empty binary', { a: { B: '' } }],
      ['empty string in set', { a: { SS: ['a', ''] } }],
      ['empty binary in set', { a: { BS: ['aaaa', ''] } }],
    ])('returns ResourceNotFoundException for an %s on a missing table', async (_name, item) => {
      await assertNotFound(sim, T, { TableName: 'abc', Item: item }, 'Requested resource not found')
    })

    it.each<[string, Record<string, unknown>, boolean]>([
      ['too big with small attribute', { b: { S: 'a'.repeat(MAX_SIZE - KEY.length - 1) } }, true],
      ['just small enough with small attribute', { b: { S: 'a'.repeat(MAX_SIZE - KEY.length - 2) } }, false],
      ['too big with larger attribute', { bbbbbbbbbbbbbbbbbbbbbbbbbbb: { S: 'a'.repeat(MAX_SIZE - KEY.length - 27) } }, true],
      ['just small enough with larger attribute', { bbbbbbbbbbbbbbbbbbbbbbbbbbb: { S: 'a'.repeat(MAX_SIZE - KEY.length - 28) } }, false],
      ['too big with multi attributes', { bb: { S: 'a'.repeat(MAX_SIZE - KEY.length - 7) }, ccc: { S: 'cc' } }, true],
      ['just small enough with multi attributes', { bb: { S: 'a'.repeat(MAX_SIZE - KEY.length - 8) }, ccc: { S: 'cc' } }, false],
      ['too big with big number attribute', { b: { S: 'a'.repeat(MAX_SIZE - KEY.length - 1 - 1 - 20) }, c: { N: '1'.repeat(38) + '0'.repeat(88) } }, true],
      ['too big with smallest number attribute', { b: { S: 'a'.repeat(MAX_SIZE - KEY.length - 1 - 1 - 2) }, c: { N: '1' + '0'.repeat(125) } }, true],
      ['too big with smaller number attribute', { b: { S: 'a'.repeat(MAX_SIZE - KEY.length - 1 - 1 - 2) }, c: { N: '11' + '0'.repeat(124) } }, true],
      ['too big with medium number attribute (5 digits)', { b: { S: 'a'.repeat(MAX_SIZE - KEY.length - 1 - 1 - 4) }, c: { N: '11111' + '0'.repeat(121) } }, true],
      ['too big with medium number attribute (6 digits)', { b: { S: 'a'.repeat(MAX_SIZE - KEY.length - 1 - 1 - 4) }, c: { N: '111111' + '0'.repeat(120) } }, true],
      ['too big with medium number attribute (7 digits)', { b: { S: 'a'.repeat(MAX_SIZE - KEY.length - 1 - 1 - 5) }, c: { N: '1111111' + '0'.repeat(119) } }, true],
      [
        'too big with multi number attribute',
        { b: { S: 'a'.repeat(MAX_SIZE - KEY.length - 1 - 1 - 5 - 1 - 5) }, c: { N: '1111111' + '0'.repeat(119) }, d: { N: '1111111' + '0'.repeat(119) } },
        true,
      ],
      [
        'just small enough with multi number attribute',
        { b: { S: 'a'.repeat(MAX_SIZE - KEY.length - 1 - 1 - 5 - 1 - 6) }, c: { N: '1111111' + '0'.repeat(119) }, d: { N: '1111111' + '0'.repeat(119) } },
        false,
      ],
    ])('item %s', async (_name, rest, tooBig) => {
      const data = { TableName: 'aaa', Item: { a: { S: KEY }, ...rest } }
      if (tooBig) await assertValidation(sim, T, data, TOO_BIG)
      else await assertNotFound(sim, T, data, 'Requested resource not found')
    })

    it('returns ResourceNotFoundException if key is empty and table does not exist', async () => {
      await assertNotFound(sim, T, { TableName: 'nosuchtable_xyz', Item: {} }, 'Requested resource not found')
    })

    it.each<[string, string, Record<string, unknown>, string]>([
      ['key is empty', testHashTable, {}, 'Missing the key a in the item'],
      ['key has incorrect attributes', testHashTable, { b: { S: 'a' } }, 'Missing the key a in the item'],
      ['key is incorrect binary type', testHashTable, { a: { B: 'abcd' } }, 'Type mismatch for key a expected: S actual: B'],
      ['key is incorrect numeric type', testHashTable, { a: { N: '1' } }, 'Type mismatch for key a expected: S actual: N'],
      ['key is incorrect string set type', testHashTable, { a: { SS: ['a'] } }, 'Type mismatch for key a expected: S actual: SS'],
      ['key is incorrect numeric set type', testHashTable, { a: { NS: ['1'] } }, 'Type mismatch for key a expected: S actual: NS'],
      ['key is incorrect binary set type', testHashTable, { a: { BS: ['aaaa'] } }, 'Type mismatch for key a expected: S actual: BS'],
      ['missing range key', testRangeTable, { a: { S: 'a' } }, 'Missing the key b in the item'],
      ['hash key is too big', testHashTable, { a: { S: 'a'.repeat(2049) } }, 'Size of hashkey has exceeded the maximum size limit of2048 bytes'],
      ['range key is too big', testRangeTable, { a: { S: 'a' }, b: { S: 'b'.repeat(1025) } }, 'Aggregated size of all range keys has exceeded the size limit of 1024 bytes'],
    ])('returns ValidationException if %s', async (_name, table, item, msg) => {
      await assertValidation(sim, T, { TableName: table, Item: item }, INVALID + msg)
    })

    it('returns ValidationException if a secondary index key has the wrong type', async () => {
      await assertValidation(
        sim,
        T,
        { TableName: testRangeTable, Item: { a: { S: 'a' }, b: { S: 'a' }, c: { N: '1' } } },
        /^One or more parameter values were invalid: Type mismatch for Index Key c Expected: S Actual: N IndexName: index[134]$/,
      )
    })

    it('returns ResourceNotFoundException if table is being created', async () => {
      await ok(sim, 'CreateTable', {
        TableName: 'conformance_creating_put',
        AttributeDefinitions: [{ AttributeName: 'a', AttributeType: 'S' }],
        KeySchema: [{ KeyType: 'HASH', AttributeName: 'a' }],
        ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
      })
      await assertNotFound(sim, T, { TableName: 'conformance_creating_put', Item: { a: { S: 'a' } } }, 'Requested resource not found')
    })
  })

  describe('functionality', () => {
    const get = async (key: unknown): Promise<Record<string, unknown>> => ok(sim, 'GetItem', { TableName: testHashTable, Key: { a: key }, ConsistentRead: true })

    it('puts a basic item', async () => {
      const item = { a: { S: 'basic' } }
      expect(await ok(sim, T, { TableName: testHashTable, Item: item })).toEqual({})
      expect(await get(item.a)).toEqual({ Item: item })
    })

    it('puts really long numbers and returns them normalised', async () => {
      const item = {
        a: { S: 'longnumbers' },
        b: { N: '0000012345678901234567890123456789012345678' },
        c: { N: '-00001.23456789012345678901234567890123456780000' },
        d: { N: '0009.99999999999999999999999999999999999990000e125' },
        e: { N: '-0009.99999999999999999999999999999999999990000e125' },
        f: { N: '0001.000e-130' },
        g: { N: '-0001.000e-130' },
      }
      await ok(sim, T, { TableName: testHashTable, Item: item })
      expect(await get(item.a)).toEqual({
        Item: {
          a: item.a,
          b: { N: '12345678901234567890123456789012345678' },
          c: { N: '-1.2345678901234567890123456789012345678' },
          d: { N: '9'.repeat(38) + '0'.repeat(88) },
          e: { N: '-' + '9'.repeat(38) + '0'.repeat(88) },
          f: { N: '0.' + '0'.repeat(129) + '1' },
          g: { N: '-0.' + '0'.repeat(129) + '1' },
        },
      })
    })

    it('puts a multi attribute item', async () => {
      const item = {
        a: { S: 'multi' },
        b: { N: '-56.789' },
        c: { B: 'Yg==' },
        d: { BOOL: false },
        e: { NULL: true },
        f: { SS: ['a'] },
        g: { NS: ['-56.789'] },
        h: { BS: ['Yg=='] },
        i: { L: [{ S: 'a' }, { N: '-56.789' }, { B: 'Yg==' }, { BOOL: true }, { NULL: true }, { SS: ['a'] }, { NS: ['-56.789'] }, { BS: ['Yg=='] }, { L: [] }, { M: {} }] },
        j: {
          M: {
            a: { S: 'a' },
            b: { N: '-56.789' },
            c: { B: 'Yg==' },
            d: { BOOL: true },
            e: { NULL: true },
            f: { SS: ['a'] },
            g: { NS: ['-56.789'] },
            h: { BS: ['Yg=='] },
            i: { L: [] },
            j: { M: { a: { M: {} }, b: { L: [] } } },
          },
        },
      }
      expect(await ok(sim, T, { TableName: testHashTable, Item: item })).toEqual({})
      expect(await get(item.a)).toEqual({ Item: item })
    })

    it('returns empty when there are no old values', async () => {
      expect(await ok(sim, T, { TableName: testHashTable, Item: { a: { S: 'noold' }, b: { S: 'a' } }, ReturnValues: 'ALL_OLD' })).toEqual({})
    })

    it('returns the old values, as stored, with ALL_OLD', async () => {
      const item = { a: { S: 'oldvals' }, b: { N: '-0015.789e6' }, c: { S: 'a' } }
      await ok(sim, T, { TableName: testHashTable, Item: item })
      expect(await ok(sim, T, { TableName: testHashTable, Item: { ...item, b: { S: 'b' } }, ReturnValues: 'ALL_OLD' })).toEqual({ Attributes: { ...item, b: { N: '-15789000' } } })
    })

    it('puts a range item next to another with the same hash key', async () => {
      const item = { a: { S: 'putrange' }, b: { S: 'a' }, c: { S: 'a' } }
      expect(await ok(sim, T, { TableName: testRangeTable, Item: item })).toEqual({})
      await ok(sim, T, { TableName: testRangeTable, Item: { a: item.a, b: { S: 'b' } } })
      expect(await ok(sim, 'GetItem', { TableName: testRangeTable, Key: { a: item.a, b: item.b }, ConsistentRead: true })).toEqual({ Item: item })
    })
  })

  describe('conditions (Expected)', () => {
    let n = 0
    const fresh = (): { S: string } => ({ S: `pcond${++n}` })
    const put = async (item: Record<string, unknown>): Promise<void> => {
      await ok(sim, T, { TableName: testHashTable, Item: item })
    }

    it.each<[string, unknown]>([
      ['Value (legacy)', { a: { Value: { S: 'nope' } } }],
      ['NOT_NULL', { a: { ComparisonOperator: 'NOT_NULL' } }],
    ])('fails when a missing key is expected to exist: %s', async (_name, expected) => {
      await assertConditional(sim, T, { TableName: testHashTable, Item: { a: fresh() }, Expected: expected })
    })

    it.each<[string, unknown]>([
      ['Exists false', { a: { Exists: false } }],
      ['NULL', { a: { ComparisonOperator: 'NULL' } }],
    ])('fails when an existing key is expected not to exist: %s', async (_name, expected) => {
      const item = { a: fresh() }
      await put(item)
      await assertConditional(sim, T, { TableName: testHashTable, Item: item, Expected: expected })
    })

    it('succeeds for a different key with Exists false, and for the same key by Value, EQ and Value+EQ', async () => {
      const item = { a: fresh() }
      await put(item)
      expect(await ok(sim, T, { TableName: testHashTable, Item: { a: fresh() }, Expected: { a: { Exists: false } } })).toEqual({})
      for (const expected of [{ a: { Value: item.a } }, { a: { AttributeValueList: [item.a], ComparisonOperator: 'EQ' } }, { a: { Value: item.a, ComparisonOperator: 'EQ' } }]) {
        expect(await ok(sim, T, { TableName: testHashTable, Item: item, Expected: expected })).toEqual({})
      }
    })

    it.each<[string, unknown]>([
      ['Exists false', { b: { Exists: false } }],
      ['NULL', { b: { ComparisonOperator: 'NULL' } }],
    ])('checks the stored item, not the new one: %s', async (_name, expected) => {
      const item = { a: fresh() }
      await put(item)
      expect(await ok(sim, T, { TableName: testHashTable, Item: item, Expected: expected })).toEqual({})
      const withB = { a: fresh(), b: fresh() }
      await put(withB)
      await assertConditional(sim, T, { TableName: testHashTable, Item: { a: withB.a, b: fresh() }, Expected: expected })
      await assertConditional(sim, T, { TableName: testHashTable, Item: { a: withB.a }, Expected: expected })
      await assertConditional(sim, T, { TableName: testHashTable, Item: withB, Expected: expected })
    })

    it('combines conditions with AND by default and OR on request', async () => {
      const item = { a: fresh(), c: fresh() }
      await put(item)
      expect(await ok(sim, T, { TableName: testHashTable, Item: item, Expected: { a: { Value: item.a }, b: { Exists: false }, c: { Value: item.c, ComparisonOperator: 'GE' } } })).toEqual({})
      const oneWrong = { a: { AttributeValueList: [item.a], ComparisonOperator: 'EQ' }, b: { ComparisonOperator: 'NULL' }, c: { AttributeValueList: [fresh()], ComparisonOperator: 'EQ' } }
      await assertConditional(sim, T, { TableName: testHashTable, Item: item, Expected: oneWrong })
      await assertConditional(sim, T, { TableName: testHashTable, Item: item, Expected: { a: { Value: item.a }, b: { Exists: false }, c: { Value: fresh() } } })
      expect(await ok(sim, T, { TableName: testHashTable, Item: item, ConditionalOperator: 'OR', Expected: oneWrong })).toEqual({})
    })

    it.each<[string, string, string, unknown[], boolean]>([
      ['NOT_CONTAINS', 'a', 'hello', [{ S: 'goodbye' }], true],
      ['NOT_CONTAINS', 'a', 'hello', [{ S: 'ell' }], false],
      ['NOT_NULL', 'a', 'b', [], true],
      ['NOT_NULL', 'b', 'd', [], false],
      ['NULL', 'b', 'b', [], true],
      ['NULL', 'a', 'd', [], false],
      ['IN', 'a', 'b', [{ S: 'c' }, { S: 'b' }], true],
      ['IN', 'a', 'd', [{ S: 'c' }], false],
      ['BETWEEN', 'a', 'b', [{ S: 'a' }, { S: 'c' }], true],
      ['BETWEEN', 'a', 'b', [{ S: 'c' }, { S: 'd' }], false],
    ])('%s on %s of item %s with %j passes: %s', async (op, attr, key, list, passes) => {
      const item = { a: { S: key } }
      await put(item)
      const req = { TableName: testHashTable, Item: item, Expected: { [attr]: { ComparisonOperator: op, ...(list.length ? { AttributeValueList: list } : {}) } } }
      if (passes) expect(await ok(sim, T, req)).toEqual({})
      else await assertConditional(sim, T, req)
    })
  })

  describe('capacity', () => {
    it.each<[string, number, string[], number]>([
      ['small item (1 KB)', 1010, ['AQI=', 'Ag==', 'AQ=='], 1],
      ['larger item (1 KB + 1)', 1012, ['AQI=', 'Ag=='], 2],
    ])('charges a %s', async (_name, size, bs, units) => {
      const a = `putcap${size}`
      const item = { a: { S: a }, b: { S: 'b'.repeat(size - 1 - a.length) }, c: { N: '12.3456' }, d: { B: 'AQI=' }, e: { BS: bs } }
      const req = { TableName: testHashTable, Item: item, ReturnConsumedCapacity: 'TOTAL' }
      expect(await ok(sim, T, req)).toEqual({ ConsumedCapacity: { CapacityUnits: units, TableName: testHashTable } })
      expect(await ok(sim, T, { ...req, ReturnConsumedCapacity: 'INDEXES' })).toEqual({ ConsumedCapacity: { CapacityUnits: units, Table: { CapacityUnits: units }, TableName: testHashTable } })
    })

    it('charges the larger of the old and the new item', async () => {
      const a = 'putcapmax'
      const item = { a: { S: a }, b: { S: 'b'.repeat(1012 - 1 - a.length) }, c: { N: '12.3456' }, d: { B: 'AQI=' }, e: { BS: ['AQI=', 'Ag=='] } }
      await ok(sim, T, { TableName: testHashTable, Item: item })
      const small = { TableName: testHashTable, Item: { a: item.a }, ReturnConsumedCapacity: 'INDEXES' }
      expect(await ok(sim, T, small)).toEqual({ ConsumedCapacity: { CapacityUnits: 2, Table: { CapacityUnits: 2 }, TableName: testHashTable } })
      expect(await ok(sim, T, small)).toEqual({ ConsumedCapacity: { CapacityUnits: 1, Table: { CapacityUnits: 1 }, TableName: testHashTable } })
    })
  })
})
