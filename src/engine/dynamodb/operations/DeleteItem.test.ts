import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'

let sim: Simulation

function del(input: Record<string, unknown>) {
  return sim.request('dynamodb', 'DeleteItem', input)
}

function expectError(result: ReturnType<typeof del>, name: string, message: string) {
  expect(result.error?.name).toBe(name)
  expect(result.error?.message).toBe(message)
}

beforeEach(() => {
  sim = new Simulation()
  addTestTable(sim, 'hash', { hash: ['a', 'S'] })
})

describe('DeleteItem', () => {
  describe('validations', () => {
    it('returns ValidationException for no TableName and no Key', () => {
      expectError(
        del({}),
        'ValidationException',
        "2 validation errors detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null; " +
          "Value null at 'key' failed to satisfy constraint: Member must not be null",
      )
    })

    it.each(['ALL_NEW', 'UPDATED_OLD', 'UPDATED_NEW'])('returns ValidationException for ReturnValues %s', (rv) => {
      expectError(del({ TableName: 'hash', Key: { a: { S: 'k' } }, ReturnValues: rv }), 'ValidationException', 'ReturnValues can only be ALL_OLD or NONE')
    })

    it('returns ValidationException for a key that does not match the schema', () => {
      expectError(del({ TableName: 'hash', Key: { a: { N: '1' } } }), 'ValidationException', 'The provided key element does not match the schema')
    })

    it('returns ResourceNotFoundException for a missing table', () => {
      expectError(del({ TableName: 'nope', Key: { a: { S: 'k' } } }), 'ResourceNotFoundException', 'Requested resource not found')
    })
  })

  describe('capacity', () => {
    it('charges 1 WCU for deleting an absent item', () => {
      expect(del({ TableName: 'hash', Key: { a: { S: 'k' } }, ReturnConsumedCapacity: 'TOTAL' }).output).toEqual({
        ConsumedCapacity: { TableName: 'hash', CapacityUnits: 1 },
      })
    })

    it('charges the size of the deleted item', () => {
      sim.request('dynamodb', 'PutItem', { TableName: 'hash', Item: { a: { S: 'k' }, b: { S: 'x'.repeat(2046) } } })
      expect(del({ TableName: 'hash', Key: { a: { S: 'k' } }, ReturnConsumedCapacity: 'INDEXES' }).output).toEqual({
        ConsumedCapacity: { TableName: 'hash', CapacityUnits: 3, Table: { CapacityUnits: 3 } },
      })
    })
  })

  describe('functionality', () => {
    it('deletes the item and returns it for ALL_OLD', () => {
      sim.request('dynamodb', 'PutItem', { TableName: 'hash', Item: { a: { S: 'k' }, n: { N: '1' } } })
      expect(del({ TableName: 'hash', Key: { a: { S: 'k' } }, ReturnValues: 'ALL_OLD' }).output).toEqual({ Attributes: { a: { S: 'k' }, n: { N: '1' } } })
      expect(sim.request('dynamodb', 'GetItem', { TableName: 'hash', Key: { a: { S: 'k' } } }).output).toEqual({})
      const table = sim.dynamodb.tables.get('hash')!
      expect(table.itemCount).toBe(0)
      expect(table.sizeBytes).toBe(0)
    })

    it('fails a condition with ConditionalCheckFailedException and keeps the item', () => {
      sim.request('dynamodb', 'PutItem', { TableName: 'hash', Item: { a: { S: 'k' }, v: { N: '1' } } })
      const r = del({ TableName: 'hash', Key: { a: { S: 'k' } }, ConditionExpression: 'v > :v', ExpressionAttributeValues: { ':v': { N: '5' } }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' })
      expect(r.error?.name).toBe('ConditionalCheckFailedException')
      expect(r.error?.extra).toEqual({ Item: { a: { S: 'k' }, v: { N: '1' } } })
      expect(sim.dynamodb.tables.get('hash')!.itemCount).toBe(1)
    })

    it('fails attribute_exists on an absent item, without an Item in the error', () => {
      const r = del({ TableName: 'hash', Key: { a: { S: 'k' } }, ConditionExpression: 'attribute_exists(a)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' })
      expect(r.error?.name).toBe('ConditionalCheckFailedException')
      expect(r.error?.extra).toBeUndefined()
    })

    it('succeeds with an empty response when the item does not exist', () => {
      expect(del({ TableName: 'hash', Key: { a: { S: 'k' } }, ReturnValues: 'ALL_OLD' }).output).toEqual({})
    })
  })
})
