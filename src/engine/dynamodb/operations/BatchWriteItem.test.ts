import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'

let sim: Simulation

function call(op: string, input: Record<string, unknown>) {
  return sim.request('dynamodb', op, input)
}
function batchWrite(input: Record<string, unknown>) {
  return call('BatchWriteItem', input)
}
function expectError(result: ReturnType<typeof call>, name: string, message: string) {
  expect(result.error?.name).toBe(name)
  expect(result.error?.message).toBe(message)
}
function out(result: ReturnType<typeof call>): Record<string, any> {
  expect(result.error).toBeUndefined()
  return result.output as Record<string, any>
}
const putReq = (item: Record<string, unknown>) => ({ PutRequest: { Item: item } })
const delReq = (key: Record<string, unknown>) => ({ DeleteRequest: { Key: key } })

beforeEach(() => {
  sim = new Simulation()
  addTestTable(sim, 'hash', { hash: ['a', 'S'] })
  addTestTable(sim, 'range', { hash: ['a', 'S'], range: ['b', 'N'] })
  addTestTable(sim, 'lsi', { hash: ['a', 'S'], range: ['b', 'S'] }, {
    attributes: [['c', 'S']],
    lsi: [{ IndexName: 'byC', KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'c', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
  })
})

describe('BatchWriteItem', () => {
  describe('validations', () => {
    it('returns ValidationException for an empty body', () => {
      expectError(batchWrite({}), 'ValidationException', "1 validation error detected: Value null at 'requestItems' failed to satisfy constraint: Member must not be null")
    })

    it('lists enum errors before the missing RequestItems', () => {
      expectError(
        batchWrite({ ReturnConsumedCapacity: 'hi', ReturnItemCollectionMetrics: 'hi' }),
        'ValidationException',
        "3 validation errors detected: Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; " +
          "Value 'hi' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum value set: [SIZE, NONE]; " +
          "Value null at 'requestItems' failed to satisfy constraint: Member must not be null",
      )
    })

    it('reports only the enums when the table name is malformed too', () => {
      expectError(
        batchWrite({ RequestItems: { 'bad!name': [putReq({ a: { S: 'x' } })] }, ReturnConsumedCapacity: 'BOGUS' }),
        'ValidationException',
        "1 validation error detected: Value 'BOGUS' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]",
      )
    })

    it('returns ValidationException for an empty RequestItems', () => {
      expectError(batchWrite({ RequestItems: {} }), 'ValidationException', 'The requestItems parameter is required for BatchWriteItem')
    })

    it('returns both map constraints for a short name with no requests', () => {
      const r = batchWrite({ RequestItems: { a: [] } })
      expect(r.error?.message).toMatch(
        /^2 validation errors detected: Value '\{.+\}' at 'requestItems' failed to satisfy constraint: Map keys must satisfy constraint: \[.+\]; Value '\{.+\}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: \[Member must have length less than or equal to 25, Member must have length greater than or equal to 1\]$/,
      )
    })

    it('returns the null key and item of a request holding both, delete first', () => {
      const r = batchWrite({ RequestItems: { abc: [{ PutRequest: {}, DeleteRequest: {} }] } })
      expect(r.error?.message).toBe(
        "2 validation errors detected: Value null at 'requestItems.abc.member.1.member.deleteRequest.key' failed to satisfy constraint: Member must not be null; " +
          "Value null at 'requestItems.abc.member.1.member.putRequest.item' failed to satisfy constraint: Member must not be null",
      )
    })

    it('returns ValidationException for an empty WriteRequest', () => {
      expectError(
        batchWrite({ RequestItems: { abc: [{}] } }),
        'ValidationException',
        'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes',
      )
    })

    it('returns ValidationException for more than 25 requests in one table', () => {
      const requests = Array.from({ length: 26 }, (_, i) => putReq({ a: { S: String(i) } }))
      expect(batchWrite({ RequestItems: { hash: requests } }).error?.message).toMatch(
        /^1 validation error detected: Value '\{hash=\[WriteRequest\(putRequest=PutRequest\(item=\{a=.+\]\}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: \[Member must have length less than or equal to 25, Member must have length greater than or equal to 1\]$/,
      )
    })

    it('returns ValidationException for more than 25 requests over two tables', () => {
      const requests = Array.from({ length: 13 }, (_, i) => putReq({ a: { S: String(i) } }))
      expectError(batchWrite({ RequestItems: { hash: requests, abc: requests } }), 'ValidationException', 'Too many items requested for the BatchWriteItem call')
    })

    it('returns ResourceNotFoundException for exactly 25 requests on a missing table', () => {
      const requests = Array.from({ length: 25 }, (_, i) => (i % 2 ? delReq({ a: { S: String(i) } }) : putReq({ a: { S: String(i) } })))
      expectError(batchWrite({ RequestItems: { abc: requests } }), 'ResourceNotFoundException', 'Requested resource not found')
    })

    it('returns ValidationException for a put and a delete of the same item', () => {
      expectError(
        batchWrite({ RequestItems: { hash: [putReq({ a: { S: 'x' }, c: { S: 'c' } }), delReq({ a: { S: 'x' } })] } }),
        'ValidationException',
        'Provided list of item keys contains duplicates',
      )
    })

    it('returns the key-schema message for a put missing its key or with the wrong key type', () => {
      expectError(batchWrite({ RequestItems: { hash: [putReq({ b: { S: 'x' } })] } }), 'ValidationException', 'The provided key element does not match the schema')
      expectError(batchWrite({ RequestItems: { hash: [putReq({ a: { N: '1' } })] } }), 'ValidationException', 'The provided key element does not match the schema')
    })

    it('returns ValidationException for an item over 400 KB before the table lookup', () => {
      expectError(
        batchWrite({ RequestItems: { abc: [putReq({ a: { S: 'x' }, b: { S: 'y'.repeat(400 * 1024) } })] } }),
        'ValidationException',
        'Item size has exceeded the maximum allowed size',
      )
    })

    it('returns ValidationException for an empty key string', () => {
      expectError(
        batchWrite({ RequestItems: { hash: [putReq({ a: { S: '' } })] } }),
        'ValidationException',
        'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: a',
      )
    })
  })

  describe('capacity', () => {
    it('rounds each write to 1 KB on its own (500 B + 3.5 KB = 5 WCU)', () => {
      const o = out(
        batchWrite({
          RequestItems: {
            hash: [putReq({ a: { S: 'p' }, b: { S: 'x'.repeat(497) } }), putReq({ a: { S: 'q' }, b: { S: 'x'.repeat(3581) } })],
          },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      )
      expect(o.ConsumedCapacity).toEqual([{ TableName: 'hash', CapacityUnits: 5 }])
    })

    it('charges 1 WCU to delete an absent item and the item size to delete a present one', () => {
      out(batchWrite({ RequestItems: { hash: [putReq({ a: { S: 'k' }, b: { S: 'x'.repeat(1022) } })] } })) // 1025 B
      const o = out(
        batchWrite({ RequestItems: { hash: [delReq({ a: { S: 'k' } }), delReq({ a: { S: 'none' } })] }, ReturnConsumedCapacity: 'INDEXES' }),
      )
      expect(o.ConsumedCapacity).toEqual([{ TableName: 'hash', CapacityUnits: 3, Table: { CapacityUnits: 3 } }])
    })

    it('adds LSI writes for INDEXES, one entry per table', () => {
      const o = out(
        batchWrite({
          RequestItems: { lsi: [putReq({ a: { S: 'h' }, b: { S: 'r' }, c: { S: 'c' } })], hash: [putReq({ a: { S: 'x' } })] },
          ReturnConsumedCapacity: 'INDEXES',
        }),
      )
      expect(o.ConsumedCapacity).toEqual([
        { TableName: 'lsi', CapacityUnits: 2, Table: { CapacityUnits: 1 }, LocalSecondaryIndexes: { byC: { CapacityUnits: 1 } } },
        { TableName: 'hash', CapacityUnits: 1, Table: { CapacityUnits: 1 } },
      ])
    })
  })

  describe('functionality', () => {
    it('puts and deletes items over several tables and returns empty UnprocessedItems', () => {
      out(call('PutItem', { TableName: 'range', Item: { a: { S: 'gone' }, b: { N: '1' } } }))
      const o = out(
        batchWrite({
          RequestItems: {
            hash: [putReq({ a: { S: '1' }, v: { N: '1' } }), putReq({ a: { S: '2' } })],
            range: [delReq({ a: { S: 'gone' }, b: { N: '1' } })],
          },
        }),
      )
      expect(o).toEqual({ UnprocessedItems: {} })
      expect(out(call('GetItem', { TableName: 'hash', Key: { a: { S: '1' } } })).Item).toEqual({ a: { S: '1' }, v: { N: '1' } })
      expect(out(call('GetItem', { TableName: 'range', Key: { a: { S: 'gone' }, b: { N: '1' } } })).Item).toBeUndefined()
    })

    it('returns ItemCollectionMetrics for tables with an LSI', () => {
      const o = out(
        batchWrite({ RequestItems: { lsi: [putReq({ a: { S: 'h' }, b: { S: 'r' }, c: { S: 'c' } })] }, ReturnItemCollectionMetrics: 'SIZE' }),
      )
      expect(o.ItemCollectionMetrics).toEqual({ lsi: [{ ItemCollectionKey: { a: { S: 'h' } }, SizeEstimateRangeGB: [0, 1] }] })
    })
  })
})
