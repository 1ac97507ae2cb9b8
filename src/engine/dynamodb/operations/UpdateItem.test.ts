import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'
import type { Item } from '../types.ts'

let sim: Simulation

function update(input: Record<string, unknown>) {
  return sim.request('dynamodb', 'UpdateItem', input)
}

function getItem(key: Item): Item | undefined {
  return (sim.request('dynamodb', 'GetItem', { TableName: 'range', Key: key }).output as { Item?: Item }).Item
}

function expectError(result: ReturnType<typeof update>, name: string, message: string) {
  expect(result.error?.name).toBe(name)
  expect(result.error?.message).toBe(message)
}

const KEY = { a: { S: 'k' }, b: { N: '1' } }

beforeEach(() => {
  sim = new Simulation()
  addTestTable(sim, 'range', { hash: ['a', 'S'], range: ['b', 'N'] })
})

describe('UpdateItem', () => {
  describe('validations', () => {
    it('returns ValidationException for a bad ReturnValues', () => {
      expectError(
        update({ TableName: 'range', Key: KEY, ReturnValues: 'ALL' }),
        'ValidationException',
        "1 validation error detected: Value 'ALL' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]",
      )
    })

    it('returns ValidationException for ExpressionAttributeValues without UpdateExpression or ConditionExpression', () => {
      expectError(
        update({ TableName: 'range', Key: KEY, ExpressionAttributeValues: { ':a': { S: 'x' } } }),
        'ValidationException',
        'ExpressionAttributeValues can only be specified when using expressions: UpdateExpression and ConditionExpression are null',
      )
    })

    it('returns ValidationException when the key does not match the schema', () => {
      expectError(update({ TableName: 'range', Key: { a: { S: 'k' } } }), 'ValidationException', 'The provided key element does not match the schema')
    })

    it.each(['SET a = :v', 'REMOVE b', 'SET x = :v, b = :v'])('returns ValidationException for updating a key attribute with %s', (expr) => {
      const r = update({ TableName: 'range', Key: KEY, UpdateExpression: expr, ExpressionAttributeValues: expr.includes(':v') ? { ':v': { S: 'z' } } : undefined })
      const attr = /(?:SET|REMOVE) (?:x = :v, )?(\w)/.exec(expr)![1]
      expectError(r, 'ValidationException', `One or more parameter values were invalid: Cannot update attribute ${attr}. This attribute is part of the key`)
    })

    it('returns ValidationException from the expression module for an undefined value placeholder', () => {
      const r = update({ TableName: 'range', Key: KEY, UpdateExpression: 'SET x = :nope' })
      expect(r.error?.name).toBe('ValidationException')
      expect(r.error?.message).toContain(':nope')
    })

    it('returns ValidationException when the updated item exceeds 400 KB', () => {
      const half = 'x'.repeat(210 * 1024)
      expect(update({ TableName: 'range', Key: KEY, UpdateExpression: 'SET p = :v', ExpressionAttributeValues: { ':v': { S: half } } }).error).toBeUndefined()
      expectError(
        update({ TableName: 'range', Key: KEY, UpdateExpression: 'SET q = :v', ExpressionAttributeValues: { ':v': { S: half } } }),
        'ValidationException',
        'Item size to update has exceeded the maximum allowed size',
      )
    })
  })

  describe('capacity', () => {
    it('charges the new item size when creating', () => {
      const r = update({ TableName: 'range', Key: KEY, UpdateExpression: 'SET p = :v', ExpressionAttributeValues: { ':v': { S: 'x'.repeat(1100) } }, ReturnConsumedCapacity: 'TOTAL' })
      expect(r.output).toEqual({ ConsumedCapacity: { TableName: 'range', CapacityUnits: 2 } })
    })

    it('charges max(before, after): shrinking a 3 KB item costs 3 WCU', () => {
      update({ TableName: 'range', Key: KEY, UpdateExpression: 'SET p = :v', ExpressionAttributeValues: { ':v': { S: 'x'.repeat(3000) } } })
      const r = update({ TableName: 'range', Key: KEY, UpdateExpression: 'REMOVE p', ReturnConsumedCapacity: 'INDEXES' })
      expect(r.output).toEqual({ ConsumedCapacity: { TableName: 'range', CapacityUnits: 3, Table: { CapacityUnits: 3 } } })
    })

    it('charges a failed condition the existing item size (1 WCU when absent) in the trace', () => {
      const absent = update({ TableName: 'range', Key: KEY, UpdateExpression: 'SET p = :v', ConditionExpression: 'attribute_exists(a)', ExpressionAttributeValues: { ':v': { S: 'x' } } })
      expect(absent.error?.name).toBe('ConditionalCheckFailedException')
      expect(absent.trace.detail).toMatchObject({ consumedCapacity: [{ CapacityUnits: 1 }] })
      update({ TableName: 'range', Key: KEY, UpdateExpression: 'SET p = :v', ExpressionAttributeValues: { ':v': { S: 'x'.repeat(2500) } } })
      const existing = update({ TableName: 'range', Key: KEY, ConditionExpression: 'attribute_not_exists(a)' })
      expect(existing.trace.detail).toMatchObject({ consumedCapacity: [{ CapacityUnits: 3 }] })
    })
  })

  describe('functionality', () => {
    it('creates a key-only item when there is no UpdateExpression', () => {
      expect(update({ TableName: 'range', Key: KEY, ReturnValues: 'ALL_NEW' }).output).toEqual({ Attributes: KEY })
      expect(getItem(KEY)).toEqual(KEY)
    })

    it('SETs and REMOVEs attributes, creating the item if absent', () => {
      update({ TableName: 'range', Key: KEY, UpdateExpression: 'SET x = :x, y = :y', ExpressionAttributeValues: { ':x': { N: '1.0' }, ':y': { S: 'y' } } })
      expect(getItem(KEY)).toEqual({ ...KEY, x: { N: '1' }, y: { S: 'y' } })
      update({ TableName: 'range', Key: KEY, UpdateExpression: 'REMOVE y SET x = x + :one', ExpressionAttributeValues: { ':one': { N: '0.5' } } })
      expect(getItem(KEY)).toEqual({ ...KEY, x: { N: '1.5' } })
    })

    it('returns ALL_OLD, ALL_NEW, UPDATED_OLD and UPDATED_NEW', () => {
      update({ TableName: 'range', Key: KEY, UpdateExpression: 'SET x = :x, m = :m', ExpressionAttributeValues: { ':x': { N: '1' }, ':m': { M: { p: { S: 'p' }, q: { S: 'q' } } } } })
      const old = { ...KEY, x: { N: '1' }, m: { M: { p: { S: 'p' }, q: { S: 'q' } } } }
      const run = (rv: string) =>
        update({ TableName: 'range', Key: KEY, UpdateExpression: 'SET m.p = :v', ExpressionAttributeValues: { ':v': { S: rv } }, ReturnValues: rv }).output
      expect(run('ALL_OLD')).toEqual({ Attributes: old })
      expect(run('UPDATED_OLD')).toEqual({ Attributes: { m: { M: { p: { S: 'ALL_OLD' } } } } })
      expect(run('UPDATED_NEW')).toEqual({ Attributes: { m: { M: { p: { S: 'UPDATED_NEW' } } } } })
      expect(run('ALL_NEW')).toEqual({ Attributes: { ...old, m: { M: { p: { S: 'ALL_NEW' }, q: { S: 'q' } } } } })
      expect(run('NONE')).toEqual({})
    })

    it('returns no Attributes for UPDATED_OLD when the item was created', () => {
      expect(update({ TableName: 'range', Key: KEY, UpdateExpression: 'SET x = :x', ExpressionAttributeValues: { ':x': { N: '1' } }, ReturnValues: 'UPDATED_OLD' }).output).toEqual({})
    })

    it('fails the condition with ConditionalCheckFailedException and returns the item for ALL_OLD', () => {
      update({ TableName: 'range', Key: KEY, UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': { N: '1' } } })
      const r = update({
        TableName: 'range',
        Key: KEY,
        UpdateExpression: 'SET v = :two',
        ConditionExpression: 'v = :two',
        ExpressionAttributeValues: { ':two': { N: '2' } },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      })
      expectError(r, 'ConditionalCheckFailedException', 'The conditional request failed')
      expect(r.error?.extra).toEqual({ Item: { ...KEY, v: { N: '1' } } })
      expect(getItem(KEY)).toEqual({ ...KEY, v: { N: '1' } })
    })

    it('updates the item when the condition holds', () => {
      update({ TableName: 'range', Key: KEY, UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': { N: '1' } } })
      const r = update({ TableName: 'range', Key: KEY, UpdateExpression: 'SET v = v + :one', ConditionExpression: 'v = :one', ExpressionAttributeValues: { ':one': { N: '1' } } })
      expect(r.error).toBeUndefined()
      expect(getItem(KEY)).toEqual({ ...KEY, v: { N: '2' } })
    })

    it('adds exactly with 38 significant digits', () => {
      update({ TableName: 'range', Key: KEY, UpdateExpression: 'SET n = :n', ExpressionAttributeValues: { ':n': { N: '9999999999999999999999999999999999999' } } })
      update({ TableName: 'range', Key: KEY, UpdateExpression: 'SET n = n + :one', ExpressionAttributeValues: { ':one': { N: '0.1' } } })
      expect(getItem(KEY)!['n']).toEqual({ N: '9999999999999999999999999999999999999.1' })
    })
  })
})
