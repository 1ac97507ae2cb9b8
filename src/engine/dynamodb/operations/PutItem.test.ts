import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'
import type { Item } from '../types.ts'

let sim: Simulation

function put(input: Record<string, unknown>) {
  return sim.request('dynamodb', 'PutItem', input)
}

function expectError(result: ReturnType<typeof put>, name: string, message: string) {
  expect(result.error?.name).toBe(name)
  expect(result.error?.message).toBe(message)
}

const INVALID = 'One or more parameter values were invalid: '

beforeEach(() => {
  sim = new Simulation()
  addTestTable(sim, 'hash', { hash: ['a', 'S'] })
  addTestTable(sim, 'range', { hash: ['a', 'S'], range: ['b', 'N'] })
})

describe('PutItem', () => {
  describe('validations', () => {
    it('returns ValidationException for no TableName and no Item', () => {
      expectError(
        put({}),
        'ValidationException',
        "2 validation errors detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null; " +
          "Value null at 'item' failed to satisfy constraint: Member must not be null",
      )
    })

    it('returns ValidationException for a short TableName', () => {
      expectError(
        put({ TableName: 'x', Item: {} }),
        'ValidationException',
        "1 validation error detected: Value 'x' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
      )
    })

    it('returns ValidationException for bad enums, in AWS order', () => {
      expectError(
        put({ TableName: 'abc;', Item: {}, ReturnConsumedCapacity: 'hi', ReturnItemCollectionMetrics: 'hi', ReturnValues: 'hi' }),
        'ValidationException',
        '4 validation errors detected: ' +
          "Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; " +
          "Value 'hi' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum value set: [SIZE, NONE]; " +
          "Value 'hi' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]; " +
          "Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
      )
    })

    it('returns SerializationException for a non-string TableName', () => {
      expectError(put({ TableName: 5, Item: {} }), 'SerializationException', 'NUMBER_VALUE cannot be converted to String')
    })

    it.each([
      [{}, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'],
      [{ x: '' }, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'],
      [{ S: 'a', N: '1' }, 'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes'],
      [{ NULL: false }, `${INVALID}Null attribute value types must have the value of true`],
      [{ SS: [] }, `${INVALID}An string set  may not be empty`],
      [{ NS: [] }, `${INVALID}An number set  may not be empty`],
      [{ BS: [] }, `${INVALID}Binary sets should not be empty`],
      [{ SS: ['a', 'a'] }, `${INVALID}Input collection [a, a] contains duplicates.`],
      [{ BS: ['Yg==', 'Yg=='] }, `${INVALID}Input collection [Yg==, Yg==]of type BS contains duplicates.`],
      [{ NS: ['1', '1.0'] }, 'Input collection contains duplicates'],
      [{ N: '' }, 'The parameter cannot be converted to a numeric value'],
      [{ S: 'a', N: 'b' }, 'The parameter cannot be converted to a numeric value: b'],
      [{ NS: ['1', 'b'] }, 'The parameter cannot be converted to a numeric value: b'],
      [{ N: '1e126' }, 'Number overflow. Attempting to store a number with magnitude larger than supported range'],
      [{ M: { x: { L: [{}] } } }, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'],
    ])('returns ValidationException for attribute value %j', (value, message) => {
      expectError(put({ TableName: 'hash', Item: { a: { S: 'k' }, v: value } }), 'ValidationException', message)
    })

    it('returns SerializationException for invalid base64', () => {
      expectError(
        put({ TableName: 'hash', Item: { a: { S: 'k' }, v: { B: 'abc' } } }),
        'SerializationException',
        "'abc' can not be converted to a Blob: Base64 encoded length is expected a multiple of 4 bytes but found: 3",
      )
    })

    it('returns ValidationException for ExpressionAttributeValues without ConditionExpression', () => {
      expectError(
        put({ TableName: 'hash', Item: { a: { S: 'k' } }, ExpressionAttributeValues: { ':a': { S: 'x' } } }),
        'ValidationException',
        'ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null',
      )
    })

    it('returns ValidationException for ExpressionAttributeNames without any expression', () => {
      expectError(
        put({ TableName: 'hash', Item: { a: { S: 'k' } }, ExpressionAttributeNames: { '#a': 'a' } }),
        'ValidationException',
        'ExpressionAttributeNames can only be specified when using expressions',
      )
    })

    it('returns ValidationException for Expected with ConditionExpression', () => {
      expectError(
        put({ TableName: 'hash', Item: { a: { S: 'k' } }, Expected: { a: { Exists: false } }, ConditionExpression: 'attribute_not_exists(a)' }),
        'ValidationException',
        'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}',
      )
    })

    it('returns ValidationException for ReturnValues other than ALL_OLD or NONE', () => {
      expectError(put({ TableName: 'hash', Item: { a: { S: 'k' } }, ReturnValues: 'ALL_NEW' }), 'ValidationException', 'ReturnValues can only be ALL_OLD or NONE')
    })

    it('returns ValidationException for an item over 400 KB, before looking up the table', () => {
      // name 'a' (1) + 'k' (1) + name 'b' (1) + 409,598 = 409,601 bytes
      const big = 'x'.repeat(400 * 1024 - 2)
      expectError(put({ TableName: 'nope', Item: { a: { S: 'k' }, b: { S: big } } }), 'ValidationException', 'Item size has exceeded the maximum allowed size')
      expect(put({ TableName: 'hash', Item: { a: { S: 'k' }, b: { S: big.slice(1) } } }).error).toBeUndefined()
    })

    it('returns ResourceNotFoundException for a missing table', () => {
      expectError(put({ TableName: 'nope', Item: { a: { S: 'k' } } }), 'ResourceNotFoundException', 'Requested resource not found')
    })

    it('returns ResourceNotFoundException while the table is CREATING', () => {
      addTestTable(sim, 'creating', { hash: ['a', 'S'] }, { status: 'CREATING' })
      expectError(put({ TableName: 'creating', Item: { a: { S: 'k' } } }), 'ResourceNotFoundException', 'Requested resource not found')
    })

    it('accepts writes while the table is UPDATING', () => {
      addTestTable(sim, 'updating', { hash: ['a', 'S'] }, { status: 'UPDATING' })
      expect(put({ TableName: 'updating', Item: { a: { S: 'k' } } }).error).toBeUndefined()
    })

    it('returns ValidationException for a missing key attribute', () => {
      expectError(put({ TableName: 'range', Item: { a: { S: 'k' } } }), 'ValidationException', `${INVALID}Missing the key b in the item`)
    })

    it('returns ValidationException for a key of the wrong type', () => {
      expectError(put({ TableName: 'range', Item: { a: { S: 'k' }, b: { S: '1' } } }), 'ValidationException', `${INVALID}Type mismatch for key b expected: N actual: S`)
    })

    it('returns ValidationException for an empty string key', () => {
      expectError(
        put({ TableName: 'hash', Item: { a: { S: '' } } }),
        'ValidationException',
        'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: a',
      )
    })

    it('returns ValidationException for a partition key over 2048 bytes (UTF-8)', () => {
      expect(put({ TableName: 'hash', Item: { a: { S: 'é'.repeat(1024) } } }).error).toBeUndefined()
      expectError(
        put({ TableName: 'hash', Item: { a: { S: 'é'.repeat(1024) + 'x' } } }),
        'ValidationException',
        `${INVALID}Size of hashkey has exceeded the maximum size limit of2048 bytes`,
      )
    })

    it('returns ValidationException for a sort key over 1024 bytes', () => {
      addTestTable(sim, 'srange', { hash: ['a', 'S'], range: ['b', 'S'] })
      expectError(
        put({ TableName: 'srange', Item: { a: { S: 'k' }, b: { S: 'x'.repeat(1025) } } }),
        'ValidationException',
        `${INVALID}Aggregated size of all range keys has exceeded the size limit of 1024 bytes`,
      )
    })

    it('returns ValidationException for an index key of the wrong type', () => {
      addTestTable(sim, 'indexed', { hash: ['a', 'S'] }, {
        attributes: [['g', 'S']],
        gsi: [{ IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, IndexStatus: 'ACTIVE' }],
      })
      expectError(
        put({ TableName: 'indexed', Item: { a: { S: 'k' }, g: { N: '1' } } }),
        'ValidationException',
        `${INVALID}Type mismatch for Index Key g Expected: S Actual: N IndexName: byG`,
      )
    })
  })

  describe('capacity', () => {
    // Item {a: S 'k', b: S x...}: 1 + 1 + 1 + n bytes
    const itemOfSize = (bytes: number): Item => ({ a: { S: 'k' }, b: { S: 'x'.repeat(bytes - 3) } })

    it.each([
      [1024, 1],
      [1025, 2],
      [2048, 2],
      [3, 1],
    ])('charges %i bytes as %i WCU', (bytes, units) => {
      const r = put({ TableName: 'hash', Item: itemOfSize(bytes), ReturnConsumedCapacity: 'TOTAL' })
      expect(r.output).toEqual({ ConsumedCapacity: { TableName: 'hash', CapacityUnits: units } })
    })

    it('charges max(old, new) when replacing an item', () => {
      put({ TableName: 'hash', Item: itemOfSize(3000) })
      const r = put({ TableName: 'hash', Item: itemOfSize(10), ReturnConsumedCapacity: 'INDEXES' })
      expect(r.output).toEqual({ ConsumedCapacity: { TableName: 'hash', CapacityUnits: 3, Table: { CapacityUnits: 3 } } })
    })

    it('returns no ConsumedCapacity for NONE but records it in the trace', () => {
      const r = put({ TableName: 'hash', Item: itemOfSize(1025), ReturnConsumedCapacity: 'NONE' })
      expect(r.output).toEqual({})
      expect(r.trace.detail).toMatchObject({ consumedCapacity: [{ TableName: 'hash', CapacityUnits: 2 }], itemSizeBytes: 1025 })
      expect(r.trace.hops.some((h) => h.component.startsWith('partition'))).toBe(true)
    })

    it('adds GSI and LSI writes for INDEXES', () => {
      addTestTable(sim, 'indexed', { hash: ['a', 'S'], range: ['r', 'S'] }, {
        attributes: [['g', 'S'], ['l', 'S']],
        gsi: [{ IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' }, IndexStatus: 'ACTIVE' }],
        lsi: [{ IndexName: 'byL', KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'l', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
      })
      const item = { a: { S: 'k' }, r: { S: 'r' }, g: { S: 'g1' }, l: { S: 'l' }, big: { S: 'x'.repeat(1500) } }
      const r = put({ TableName: 'indexed', Item: item, ReturnConsumedCapacity: 'INDEXES' })
      expect(r.output).toEqual({
        ConsumedCapacity: {
          TableName: 'indexed',
          CapacityUnits: 2 + 2 + 1,
          Table: { CapacityUnits: 2 },
          LocalSecondaryIndexes: { byL: { CapacityUnits: 2 } },
          GlobalSecondaryIndexes: { byG: { CapacityUnits: 1 } },
        },
      })
      // changing the GSI key: delete + put in the GSI; LSI entry changes (projected values) → 1 put
      const moved = put({ TableName: 'indexed', Item: { ...item, g: { S: 'g2' } }, ReturnConsumedCapacity: 'INDEXES' })
      expect(moved.output).toMatchObject({ ConsumedCapacity: { CapacityUnits: 2 + 2 + 2, GlobalSecondaryIndexes: { byG: { CapacityUnits: 2 } } } })
      // a sparse GSI: item without `g` is not written to it
      const sparse = put({ TableName: 'indexed', Item: { a: { S: 'z' }, r: { S: 'r' } }, ReturnConsumedCapacity: 'INDEXES' })
      expect(sparse.output).toEqual({ ConsumedCapacity: { TableName: 'indexed', CapacityUnits: 1, Table: { CapacityUnits: 1 } } })
    })
  })

  describe('functionality', () => {
    it('writes to a table made by CreateTable once it is ACTIVE (ResourceNotFoundException while CREATING)', () => {
      const created = sim.request('dynamodb', 'CreateTable', {
        TableName: 'Music',
        AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      })
      expect(created.error).toBeUndefined()
      const item = { Artist: { S: 'No One You Know' } }
      expectError(put({ TableName: 'Music', Item: item }), 'ResourceNotFoundException', 'Requested resource not found')
      sim.advanceBy(10 * 60 * 1000)
      expect(sim.dynamodb.tables.get('Music')!.meta.TableStatus).toBe('ACTIVE')
      expect(put({ TableName: 'Music', Item: item, ReturnConsumedCapacity: 'TOTAL' }).output).toEqual({ ConsumedCapacity: { TableName: 'Music', CapacityUnits: 1 } })
    })

    it('returns ItemCollectionMetrics for SIZE only on tables with an LSI', () => {
      addTestTable(sim, 'lsi', { hash: ['a', 'S'], range: ['r', 'S'] }, {
        attributes: [['l', 'S']],
        lsi: [{ IndexName: 'byL', KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'l', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
      })
      const r = put({ TableName: 'lsi', Item: { a: { S: 'k' }, r: { S: 'r' }, l: { S: 'l' } }, ReturnItemCollectionMetrics: 'SIZE' })
      expect(r.output).toEqual({ ItemCollectionMetrics: { ItemCollectionKey: { a: { S: 'k' } }, SizeEstimateRangeGB: [0, 1] } })
      expect(put({ TableName: 'hash', Item: { a: { S: 'k' } }, ReturnItemCollectionMetrics: 'SIZE' }).output).toEqual({})
    })

    it('round-trips all ten attribute types', () => {
      const item: Item = {
        a: { S: 'k' },
        s: { S: '' },
        n: { N: '12345678901234567890123456789012345678' },
        b: { B: 'AAEC' },
        bool: { BOOL: false },
        nul: { NULL: true },
        m: { M: { x: { L: [{ N: '1' }, { M: {} }] } } },
        l: { L: [] },
        ss: { SS: ['x', 'y'] },
        ns: { NS: ['1', '2.5'] },
        bs: { BS: ['AA==', 'AQ=='] },
      }
      expect(put({ TableName: 'hash', Item: item }).output).toEqual({})
      expect(sim.request('dynamodb', 'GetItem', { TableName: 'hash', Key: { a: { S: 'k' } } }).output).toEqual({ Item: item })
    })

    it('stores numbers canonicalized, and N keys match numerically', () => {
      put({ TableName: 'range', Item: { a: { S: 'k' }, b: { N: '1.50' }, n: { N: '00100' }, ns: { NS: ['1e2', '-0.50'] } } })
      const got = sim.request('dynamodb', 'GetItem', { TableName: 'range', Key: { a: { S: 'k' }, b: { N: '15e-1' } } })
      expect(got.output).toEqual({ Item: { a: { S: 'k' }, b: { N: '1.5' }, n: { N: '100' }, ns: { NS: ['100', '-0.5'] } } })
    })

    it('copies the item, so mutating the request afterwards does not change the stored item', () => {
      const item = { a: { S: 'k' }, m: { M: { x: { S: 'before' } } } }
      put({ TableName: 'hash', Item: item })
      item.m.M.x.S = 'after'
      const got = sim.request('dynamodb', 'GetItem', { TableName: 'hash', Key: { a: { S: 'k' } } }).output as { Item: Item }
      expect(got.Item['m']).toEqual({ M: { x: { S: 'before' } } })
    })

    it('returns the replaced item for ALL_OLD, nothing when there was none', () => {
      expect(put({ TableName: 'hash', Item: { a: { S: 'k' }, v: { N: '1' } }, ReturnValues: 'ALL_OLD' }).output).toEqual({})
      expect(put({ TableName: 'hash', Item: { a: { S: 'k' }, v: { N: '2' } }, ReturnValues: 'ALL_OLD' }).output).toEqual({
        Attributes: { a: { S: 'k' }, v: { N: '1' } },
      })
    })

    it('fails attribute_not_exists on an existing item with ConditionalCheckFailedException, still consuming capacity', () => {
      put({ TableName: 'hash', Item: { a: { S: 'k' }, b: { S: 'x'.repeat(2000) } } })
      const r = put({ TableName: 'hash', Item: { a: { S: 'k' } }, ConditionExpression: 'attribute_not_exists(a)', ReturnConsumedCapacity: 'TOTAL' })
      expect(r.error?.name).toBe('ConditionalCheckFailedException')
      expect(r.error?.message).toBe('The conditional request failed')
      expect(r.error?.extra).toBeUndefined()
      expect(r.trace.detail).toMatchObject({ consumedCapacity: [{ TableName: 'hash', CapacityUnits: 2 }] })
      expect(sim.dynamodb.tables.get('hash')!.get({ a: { S: 'k' } })!['b']).toBeDefined()
    })

    it('puts the existing item in the error for ReturnValuesOnConditionCheckFailure ALL_OLD', () => {
      put({ TableName: 'hash', Item: { a: { S: 'k' }, v: { N: '1' } } })
      const r = put({
        TableName: 'hash',
        Item: { a: { S: 'k' }, v: { N: '2' } },
        ConditionExpression: 'v = :two',
        ExpressionAttributeValues: { ':two': { N: '2' } },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      })
      expect(r.error?.name).toBe('ConditionalCheckFailedException')
      expect(r.error?.extra).toEqual({ Item: { a: { S: 'k' }, v: { N: '1' } } })
    })

    it('writes when the condition holds (attribute_not_exists on a new key)', () => {
      const r = put({ TableName: 'hash', Item: { a: { S: 'new' } }, ConditionExpression: 'attribute_not_exists(#k)', ExpressionAttributeNames: { '#k': 'a' } })
      expect(r.error).toBeUndefined()
      expect(sim.dynamodb.tables.get('hash')!.itemCount).toBe(1)
    })

    it('returns ValidationException from the expression module for an unused ExpressionAttributeValues entry', () => {
      const r = put({ TableName: 'hash', Item: { a: { S: 'k' } }, ConditionExpression: 'attribute_exists(a)', ExpressionAttributeValues: { ':unused': { S: 'x' } } })
      expect(r.error?.name).toBe('ValidationException')
      expect(r.error?.message).toContain(':unused')
    })

    it('keeps TableSizeBytes and the item count', () => {
      const table = sim.dynamodb.tables.get('hash')!
      put({ TableName: 'hash', Item: { a: { S: 'k' }, b: { S: 'xyz' } } })
      put({ TableName: 'hash', Item: { a: { S: 'j' } } })
      expect(table.itemCount).toBe(2)
      expect(table.sizeBytes).toBe(2 + 4 + 2)
    })
  })
})
