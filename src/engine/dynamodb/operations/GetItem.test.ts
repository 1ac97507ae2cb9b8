import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'
import type { Item } from '../types.ts'

let sim: Simulation

function get(input: Record<string, unknown>) {
  return sim.request('dynamodb', 'GetItem', input)
}

function expectError(result: ReturnType<typeof get>, name: string, message: string) {
  expect(result.error?.name).toBe(name)
  expect(result.error?.message).toBe(message)
}

const SCHEMA = 'The provided key element does not match the schema'

beforeEach(() => {
  sim = new Simulation()
  addTestTable(sim, 'hash', { hash: ['a', 'S'] })
  addTestTable(sim, 'range', { hash: ['a', 'S'], range: ['b', 'N'] })
})

// Item {a: S 'k', b: S x...} is 1 + 1 + 1 + n bytes.
function putOfSize(bytes: number): void {
  const r = sim.request('dynamodb', 'PutItem', { TableName: 'hash', Item: { a: { S: 'k' }, b: { S: 'x'.repeat(bytes - 3) } } })
  expect(r.error).toBeUndefined()
}

describe('GetItem', () => {
  describe('validations', () => {
    it('returns ValidationException for no TableName and no Key', () => {
      expectError(
        get({}),
        'ValidationException',
        "2 validation errors detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null; " +
          "Value null at 'key' failed to satisfy constraint: Member must not be null",
      )
    })

    it('returns ValidationException for an empty TableName (pattern, then length)', () => {
      expectError(
        get({ TableName: '' }),
        'ValidationException',
        '3 validation errors detected: ' +
          "Value '' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
          "Value '' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3; " +
          "Value null at 'key' failed to satisfy constraint: Member must not be null",
      )
    })

    it('returns ValidationException for a long TableName', () => {
      const name = 'a'.repeat(256)
      expectError(
        get({ TableName: name, Key: {} }),
        'ValidationException',
        `1 validation error detected: Value '${name}' at 'tableName' failed to satisfy constraint: Member must have length less than or equal to 255`,
      )
    })

    it('returns ValidationException for incorrect attributes, in AWS order', () => {
      expectError(
        get({ TableName: 'abc;', ReturnConsumedCapacity: 'hi', AttributesToGet: [] }),
        'ValidationException',
        '4 validation errors detected: ' +
          "Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; " +
          "Value '[]' at 'attributesToGet' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
          "Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
          "Value null at 'key' failed to satisfy constraint: Member must not be null",
      )
    })

    it('returns ValidationException for duplicate AttributesToGet', () => {
      expectError(
        get({ TableName: 'abc', Key: {}, AttributesToGet: ['a', 'a'] }),
        'ValidationException',
        'One or more parameter values were invalid: Duplicate value in attribute name: a',
      )
    })

    it('returns ValidationException for AttributesToGet with ProjectionExpression', () => {
      expectError(
        get({ TableName: 'abc', Key: {}, AttributesToGet: ['a'], ProjectionExpression: 'a' }),
        'ValidationException',
        'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}',
      )
    })

    it('returns ValidationException for a bad number in the Key before looking up the table', () => {
      expectError(get({ TableName: 'nope', Key: { a: { N: '1e-131' } } }), 'ValidationException', 'Number underflow. Attempting to store a number with magnitude smaller than supported range')
    })

    it('returns ResourceNotFoundException for a missing table even with an empty key', () => {
      expectError(get({ TableName: 'nope', Key: {} }), 'ResourceNotFoundException', 'Requested resource not found')
    })

    it.each([
      [{}],
      [{ b: { S: 'a' } }],
      [{ a: { S: 'a' }, b: { S: 'a' } }],
      [{ a: { B: 'abcd' } }],
      [{ a: { N: '1' } }],
      [{ a: { SS: ['a'] } }],
      [{ a: { M: {} } }],
    ])('returns ValidationException when the key %j does not match the schema', (key) => {
      expectError(get({ TableName: 'hash', Key: key }), 'ValidationException', SCHEMA)
    })

    it('returns ValidationException for a missing sort key', () => {
      expectError(get({ TableName: 'range', Key: { a: { S: 'a' } } }), 'ValidationException', SCHEMA)
    })

    it('returns ValidationException for an empty string key', () => {
      expectError(
        get({ TableName: 'hash', Key: { a: { S: '' } } }),
        'ValidationException',
        'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: a',
      )
    })

    it('returns ValidationException for a hash key over 2048 bytes', () => {
      expectError(
        get({ TableName: 'hash', Key: { a: { S: 'x'.repeat(2049) } } }),
        'ValidationException',
        'One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes',
      )
    })

    it('returns ResourceNotFoundException while the table is CREATING', () => {
      addTestTable(sim, 'creating', { hash: ['a', 'S'] }, { status: 'CREATING' })
      expectError(get({ TableName: 'creating', Key: { a: { S: 'a' } } }), 'ResourceNotFoundException', 'Requested resource not found')
    })
  })

  describe('capacity', () => {
    it('charges 0.5 (eventual) and 1 (strong) when the item does not exist', () => {
      expect(get({ TableName: 'hash', Key: { a: { S: 'none' } }, ReturnConsumedCapacity: 'TOTAL' }).output).toEqual({
        ConsumedCapacity: { TableName: 'hash', CapacityUnits: 0.5 },
      })
      expect(get({ TableName: 'hash', Key: { a: { S: 'none' } }, ReturnConsumedCapacity: 'INDEXES', ConsistentRead: true }).output).toEqual({
        ConsumedCapacity: { TableName: 'hash', CapacityUnits: 1, Table: { CapacityUnits: 1 } },
      })
    })

    it.each([
      [4096, false, 0.5],
      [4097, false, 1],
      [4096, true, 1],
      [4097, true, 2],
      [8193, false, 1.5],
    ])('charges an item of %i bytes (consistent %s) %d RCU', (bytes, consistent, units) => {
      putOfSize(bytes)
      const r = get({ TableName: 'hash', Key: { a: { S: 'k' } }, ConsistentRead: consistent, ReturnConsumedCapacity: 'TOTAL' })
      expect((r.output as { ConsumedCapacity: unknown }).ConsumedCapacity).toEqual({ TableName: 'hash', CapacityUnits: units })
      expect(r.trace.detail).toMatchObject({ consistentRead: consistent, itemSizeBytes: bytes })
    })

    it('charges the whole item even with AttributesToGet', () => {
      putOfSize(5000)
      const r = get({ TableName: 'hash', Key: { a: { S: 'k' } }, AttributesToGet: ['a'], ReturnConsumedCapacity: 'TOTAL' })
      expect(r.output).toEqual({ Item: { a: { S: 'k' } }, ConsumedCapacity: { TableName: 'hash', CapacityUnits: 1 } })
    })
  })

  describe('functionality', () => {
    it('returns an empty response when the key does not exist', () => {
      expect(get({ TableName: 'hash', Key: { a: { S: 'none' } } }).output).toEqual({})
    })

    it('returns a copy: mutating the response does not change the stored item', () => {
      sim.request('dynamodb', 'PutItem', { TableName: 'hash', Item: { a: { S: 'k' }, l: { L: [{ S: 'x' }] } } })
      const first = get({ TableName: 'hash', Key: { a: { S: 'k' } } }).output as { Item: Item }
      ;(first.Item['l'] as { L: unknown[] }).L.push({ S: 'y' })
      expect(get({ TableName: 'hash', Key: { a: { S: 'k' } } }).output).toEqual({ Item: { a: { S: 'k' }, l: { L: [{ S: 'x' }] } } })
    })

    it('returns only AttributesToGet that exist', () => {
      sim.request('dynamodb', 'PutItem', { TableName: 'hash', Item: { a: { S: 'k' }, x: { N: '1' }, y: { N: '2' } } })
      expect(get({ TableName: 'hash', Key: { a: { S: 'k' } }, AttributesToGet: ['y', 'zz'] }).output).toEqual({ Item: { y: { N: '2' } } })
    })

    it('projects with ProjectionExpression (nested paths, names)', () => {
      sim.request('dynamodb', 'PutItem', { TableName: 'hash', Item: { a: { S: 'k' }, m: { M: { x: { N: '1' }, y: { N: '2' } } }, z: { S: 'z' } } })
      const r = get({ TableName: 'hash', Key: { a: { S: 'k' } }, ProjectionExpression: '#m.y, z', ExpressionAttributeNames: { '#m': 'm' } })
      expect(r.output).toEqual({ Item: { m: { M: { y: { N: '2' } } }, z: { S: 'z' } } })
    })

    it('accepts the table ARN as TableName and echoes it in ConsumedCapacity', () => {
      const arn = sim.dynamodb.tableArn('hash')
      expect(get({ TableName: arn, Key: { a: { S: 'k' } }, ReturnConsumedCapacity: 'TOTAL' }).output).toEqual({ ConsumedCapacity: { TableName: arn, CapacityUnits: 0.5 } })
      expectError(get({ TableName: arn.replace('123456789012', '111111111111'), Key: { a: { S: 'k' } } }), 'ResourceNotFoundException', 'Requested resource not found')
    })

    it('records the partition it read in the trace', () => {
      const r = get({ TableName: 'hash', Key: { a: { S: 'k' } } })
      expect(r.trace.detail).toMatchObject({ partitions: [0] })
      expect(r.trace.resource).toBe('hash')
    })
  })
})
