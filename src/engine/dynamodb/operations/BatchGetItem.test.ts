import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'

let sim: Simulation

function call(op: string, input: Record<string, unknown>) {
  return sim.request('dynamodb', op, input)
}
function batchGet(input: Record<string, unknown>) {
  return call('BatchGetItem', input)
}
function expectError(result: ReturnType<typeof call>, name: string, message: string) {
  expect(result.error?.name).toBe(name)
  expect(result.error?.message).toBe(message)
}
function out(result: ReturnType<typeof call>): Record<string, any> {
  expect(result.error).toBeUndefined()
  return result.output as Record<string, any>
}
function put(table: string, item: Record<string, unknown>) {
  out(call('PutItem', { TableName: table, Item: item }))
}

beforeEach(() => {
  sim = new Simulation()
  addTestTable(sim, 'hash', { hash: ['a', 'S'] })
  addTestTable(sim, 'range', { hash: ['a', 'S'], range: ['b', 'N'] })
})

describe('BatchGetItem', () => {
  describe('validations', () => {
    it('returns ValidationException for a missing RequestItems with a bad enum', () => {
      expectError(
        batchGet({ ReturnConsumedCapacity: 'hi' }),
        'ValidationException',
        "2 validation errors detected: Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; " +
          "Value null at 'requestItems' failed to satisfy constraint: Member must not be null",
      )
    })

    it('returns ValidationException for an empty RequestItems', () => {
      expectError(batchGet({ RequestItems: {} }), 'ValidationException', 'The requestItems parameter is required for BatchGetItem')
    })

    it('returns ValidationException for a short table name and missing keys', () => {
      const r = batchGet({ RequestItems: { a: {} } })
      expect(r.error?.name).toBe('ValidationException')
      expect(r.error?.message).toMatch(
        /^2 validation errors detected: Value '\{.+\}' at 'requestItems' failed to satisfy constraint: Map keys must satisfy constraint: \[Member must have length less than or equal to 255, Member must have length greater than or equal to 3, Member must satisfy regular expression pattern: \[a-zA-Z0-9_.-\]\+\]; Value null at 'requestItems.a.member.keys' failed to satisfy constraint: Member must not be null$/,
      )
    })

    it('lists a malformed table name (echoing the map as JSON) before an unknown enum', () => {
      expectError(
        batchGet({ RequestItems: { 'bad!name': { Keys: [{ pk: { S: 'a' } }] } }, ReturnConsumedCapacity: 'BOGUS' }),
        'ValidationException',
        `2 validation errors detected: Value '{"bad!name":{"Keys":[{"pk":{"S":"a"}}]}}' at 'requestItems' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 255, Member must have length greater than or equal to 3, Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]; ` +
          "Value 'BOGUS' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]",
      )
    })

    it('returns ValidationException for more than 100 keys in one table', () => {
      const keys = Array.from({ length: 101 }, (_, i) => ({ a: { S: String(i) } }))
      const r = batchGet({ RequestItems: { abc: { Keys: keys } } })
      expect(r.error?.message).toBe(
        "1 validation error detected: Value at 'RequestItems.abc.member.Keys' failed to satisfy constraint: Member must have length less than or equal to 100",
      )
    })

    it('returns ValidationException for more than 100 keys over two tables', () => {
      const keys = Array.from({ length: 100 }, (_, i) => ({ a: { S: String(i) } }))
      expectError(
        batchGet({ RequestItems: { abc: { Keys: keys }, abd: { Keys: [{ a: { S: '100' } }] } } }),
        'ValidationException',
        'Too many items requested for the BatchGetItem call',
      )
    })

    it('returns ResourceNotFoundException for exactly 100 keys on a missing table', () => {
      const keys = Array.from({ length: 100 }, (_, i) => ({ a: { S: String(i) } }))
      expectError(batchGet({ RequestItems: { abc: { Keys: keys } } }), 'ResourceNotFoundException', 'Requested resource not found')
    })

    it('returns ValidationException for duplicate keys', () => {
      const key = { a: { S: 'x' } }
      expectError(batchGet({ RequestItems: { hash: { Keys: [key, { a: { S: 'y' } }, key] } } }), 'ValidationException', 'Provided list of item keys contains duplicates')
    })

    it('returns ValidationException for an empty attribute value before the table lookup', () => {
      expectError(
        batchGet({ RequestItems: { abc: { Keys: [{ a: {} }] } } }),
        'ValidationException',
        'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes',
      )
    })

    it('returns the newer layer’s wording for an empty number in a key', () => {
      expectError(batchGet({ RequestItems: { hash: { Keys: [{ a: { N: '' } }] } } }), 'ValidationException', 'The parameter cannot be converted to a numeric value: ')
      expectError(batchGet({ RequestItems: { hash: { Keys: [{ a: { N: 'abc' } }] } } }), 'ValidationException', 'The parameter cannot be converted to a numeric value: abc')
    })

    it('returns ValidationException for duplicate AttributesToGet', () => {
      expectError(
        batchGet({ RequestItems: { abc: { Keys: [{}], AttributesToGet: ['a', 'a'] } } }),
        'ValidationException',
        'One or more parameter values were invalid: Duplicate value in attribute name: a',
      )
    })

    it('returns ValidationException for AttributesToGet with ProjectionExpression', () => {
      expectError(
        batchGet({ RequestItems: { abc: { Keys: [{}], AttributesToGet: ['a'], ProjectionExpression: 'a' } } }),
        'ValidationException',
        'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}',
      )
    })

    it('returns ValidationException for ProjectionExpression on one table and AttributesToGet on another', () => {
      expectError(
        batchGet({ RequestItems: { hash: { Keys: [{ a: { S: 'a' } }], ProjectionExpression: 'a' }, range: { Keys: [{ a: { S: 'a' }, b: { N: '1' } }], AttributesToGet: ['a'] } } }),
        'ValidationException',
        'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}',
      )
    })

    it('returns ValidationException for a key that does not match the schema', () => {
      expectError(batchGet({ RequestItems: { hash: { Keys: [{ b: { S: 'a' } }] } } }), 'ValidationException', 'The provided key element does not match the schema')
      expectError(batchGet({ RequestItems: { range: { Keys: [{ a: { S: 'a' } }] } } }), 'ValidationException', 'The provided key element does not match the schema')
    })

    it('returns SerializationException for a non-boolean ConsistentRead', () => {
      expectError(
        batchGet({ RequestItems: { hash: { Keys: [{ a: { S: 'a' } }], ConsistentRead: 'yes' } } }),
        'SerializationException',
        'STRING_VALUE cannot be converted to Boolean',
      )
    })
  })

  describe('capacity', () => {
    it('rounds each item to 4 KB on its own and charges missing keys, per table', () => {
      put('hash', { a: { S: 'big' }, b: { S: 'x'.repeat(5000) } }) // 5004 B → 8 KB → 2 RCU strong
      put('hash', { a: { S: 'small' } })
      const o = out(
        batchGet({
          RequestItems: {
            hash: { Keys: [{ a: { S: 'big' } }, { a: { S: 'small' } }, { a: { S: 'none' } }], ConsistentRead: true },
            range: { Keys: [{ a: { S: 'x' }, b: { N: '1' } }] },
          },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      )
      expect(o.ConsumedCapacity).toEqual([
        { TableName: 'hash', CapacityUnits: 4 },
        { TableName: 'range', CapacityUnits: 0.5 },
      ])
    })

    it('halves for eventually consistent reads and reports Table for INDEXES', () => {
      put('hash', { a: { S: 'k' }, b: { S: 'x'.repeat(4093) } }) // 4096 B exactly → 1 unit
      const o = out(batchGet({ RequestItems: { hash: { Keys: [{ a: { S: 'k' } }] } }, ReturnConsumedCapacity: 'INDEXES' }))
      expect(o.ConsumedCapacity).toEqual([{ TableName: 'hash', CapacityUnits: 0.5, Table: { CapacityUnits: 0.5 } }])
      put('hash', { a: { S: 'k' }, b: { S: 'x'.repeat(4094) } }) // 4097 B → 2 units
      const o2 = out(batchGet({ RequestItems: { hash: { Keys: [{ a: { S: 'k' } }] } }, ReturnConsumedCapacity: 'TOTAL' }))
      expect(o2.ConsumedCapacity).toEqual([{ TableName: 'hash', CapacityUnits: 1 }])
    })
  })

  describe('functionality', () => {
    it('returns found items per table, an empty list for tables with none, and no UnprocessedKeys', () => {
      put('hash', { a: { S: '1' }, c: { S: 'c' } })
      const o = out(batchGet({ RequestItems: { hash: { Keys: [{ a: { S: '1' } }, { a: { S: '2' } }] }, range: { Keys: [{ a: { S: '1' }, b: { N: '1' } }] } } }))
      expect(o).toEqual({ Responses: { hash: [{ a: { S: '1' }, c: { S: 'c' } }], range: [] }, UnprocessedKeys: {} })
    })

    it('applies ProjectionExpression and AttributesToGet per table', () => {
      put('hash', { a: { S: '1' }, b: { N: '2' }, c: { S: 'c' } })
      const o = out(
        batchGet({
          RequestItems: { hash: { Keys: [{ a: { S: '1' } }], ProjectionExpression: '#c', ExpressionAttributeNames: { '#c': 'c' } } },
        }),
      )
      expect(o.Responses.hash).toEqual([{ c: { S: 'c' } }])
      const o2 = out(batchGet({ RequestItems: { hash: { Keys: [{ a: { S: '1' } }], AttributesToGet: ['b', 'zz'] } } }))
      expect(o2.Responses.hash).toEqual([{ b: { N: '2' } }])
    })

    it('accepts a table ARN as the RequestItems key and echoes it', () => {
      put('hash', { a: { S: '1' } })
      const arn = sim.dynamodb.tableArn('hash')
      const o = out(batchGet({ RequestItems: { [arn]: { Keys: [{ a: { S: '1' } }] } }, ReturnConsumedCapacity: 'TOTAL' }))
      expect(o.Responses[arn]).toEqual([{ a: { S: '1' } }])
      expect(o.ConsumedCapacity).toEqual([{ TableName: arn, CapacityUnits: 0.5 }])
    })

    it('returns keys past 16 MB of items in UnprocessedKeys with the table settings', () => {
      const big = 'x'.repeat(399 * 1024)
      const keys = Array.from({ length: 42 }, (_, i) => ({ a: { S: `k${String(i).padStart(2, '0')}` } }))
      const table = sim.dynamodb.tables.get('hash')!
      for (const k of keys) table.put({ ...k, b: { S: big } })
      sim.dynamodb.physics.throttling = false // 42 × 100 RCU would exhaust the 5-RCU test table
      const o = out(batchGet({ RequestItems: { hash: { Keys: keys, ConsistentRead: true, ProjectionExpression: 'a' } } }))
      const read = o.Responses.hash.length
      expect(read).toBe(41) // 41 × ~399 KB ≤ 16 MB; the 42nd would pass it
      expect(o.UnprocessedKeys).toEqual({ hash: { Keys: [keys[41]], ConsistentRead: true, ProjectionExpression: 'a' } })
    })
  })
})
