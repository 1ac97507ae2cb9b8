import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'

let sim: Simulation

function call(op: string, input: Record<string, unknown>) {
  return sim.request('dynamodb', op, input)
}
function transactGet(input: Record<string, unknown>) {
  return call('TransactGetItems', input)
}
function expectError(result: ReturnType<typeof call>, name: string, message: string) {
  expect(result.error?.name).toBe(name)
  expect(result.error?.message).toBe(message)
}
function out(result: ReturnType<typeof call>): Record<string, any> {
  expect(result.error).toBeUndefined()
  return result.output as Record<string, any>
}

beforeEach(() => {
  sim = new Simulation()
  addTestTable(sim, 'hash', { hash: ['a', 'S'] })
  addTestTable(sim, 'range', { hash: ['a', 'S'], range: ['b', 'N'] })
})

describe('TransactGetItems', () => {
  describe('validations', () => {
    it('returns ValidationException for a missing TransactItems and a bad enum', () => {
      expectError(
        transactGet({ ReturnConsumedCapacity: 'hi' }),
        'ValidationException',
        "2 validation errors detected: Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; " +
          "Value null at 'transactItems' failed to satisfy constraint: Member must not be null",
      )
    })

    it('returns ValidationException for an item without Get, and a Get without key or table', () => {
      expectError(
        transactGet({ TransactItems: [{}, { Get: {} }] }),
        'ValidationException',
        "3 validation errors detected: Value null at 'transactItems.1.member.get' failed to satisfy constraint: Member must not be null; " +
          "Value null at 'transactItems.2.member.get.key' failed to satisfy constraint: Member must not be null; " +
          "Value null at 'transactItems.2.member.get.tableName' failed to satisfy constraint: Member must not be null",
      )
    })

    it('returns ValidationException for two Gets of one item', () => {
      const get = { Get: { TableName: 'hash', Key: { a: { S: 'x' } } } }
      expectError(transactGet({ TransactItems: [get, get] }), 'ValidationException', 'Transaction request cannot include multiple operations on one item')
    })

    it('cancels with a ValidationError reason for an empty Key', () => {
      const r = transactGet({ TransactItems: [{ Get: { TableName: 'hash', Key: {} } }] })
      expectError(r, 'TransactionCanceledException', 'Transaction cancelled, please refer cancellation reasons for specific reasons [ValidationError]')
      expect(r.error?.extra).toEqual({ CancellationReasons: [{ Code: 'ValidationError', Message: 'The provided key element does not match the schema' }] })
    })

    it('returns ValidationException for a ProjectionExpression syntax error', () => {
      expectError(
        transactGet({ TransactItems: [{ Get: { TableName: 'hash', Key: { a: { S: 'x' } }, ProjectionExpression: '!!!' } }] }),
        'ValidationException',
        'Invalid ProjectionExpression: Syntax error; token: "!", near: "!!"',
      )
    })

    it('returns ResourceNotFoundException for a missing table', () => {
      expectError(transactGet({ TransactItems: [{ Get: { TableName: 'nope', Key: { a: { S: 'x' } } } }] }), 'ResourceNotFoundException', 'Requested resource not found')
    })
  })

  describe('capacity', () => {
    it('charges 2× a strongly consistent read per item, around the 4 KB boundary', () => {
      out(call('PutItem', { TableName: 'hash', Item: { a: { S: 'k' }, b: { S: 'x'.repeat(4093) } } })) // 4096 B → 1 → 2
      out(call('PutItem', { TableName: 'range', Item: { a: { S: 'k' }, b: { N: '1' }, c: { S: 'x'.repeat(4092) } } })) // 4097 B → 2 → 4
      const o = out(
        transactGet({
          TransactItems: [
            { Get: { TableName: 'hash', Key: { a: { S: 'k' } } } },
            { Get: { TableName: 'hash', Key: { a: { S: 'missing' } } } },
            { Get: { TableName: 'range', Key: { a: { S: 'k' }, b: { N: '1' } } } },
          ],
          ReturnConsumedCapacity: 'TOTAL',
        }),
      )
      expect(o.ConsumedCapacity).toEqual([
        { TableName: 'hash', CapacityUnits: 4, ReadCapacityUnits: 4 },
        { TableName: 'range', CapacityUnits: 4, ReadCapacityUnits: 4 },
      ])
    })
  })

  describe('functionality', () => {
    it('returns one response per Get in order, empty for a missing item, projected when asked', () => {
      out(call('PutItem', { TableName: 'hash', Item: { a: { S: '1' }, b: { S: 'b' }, c: { S: 'c' } } }))
      const o = out(
        transactGet({
          TransactItems: [
            { Get: { TableName: 'hash', Key: { a: { S: 'missing' } } } },
            { Get: { TableName: 'hash', Key: { a: { S: '1' } }, ProjectionExpression: '#b', ExpressionAttributeNames: { '#b': 'b' } } },
          ],
        }),
      )
      expect(o).toEqual({ Responses: [{}, { Item: { b: { S: 'b' } } }] })
    })
  })
})
