import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'

let sim: Simulation

function call(op: string, input: Record<string, unknown>) {
  return sim.request('dynamodb', op, input)
}
function get(key: Record<string, unknown>) {
  return (call('GetItem', { TableName: 'txk', Key: key, ConsistentRead: true }).output as { Item?: unknown }).Item
}
function update(expression: string, values: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    Update: {
      TableName: 'txk',
      Key: { pk: { S: 'a' }, sk: { N: '1' } },
      UpdateExpression: expression,
      ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
      ...extra,
    },
  }
}
const put = { Put: { TableName: 'txk', Item: { pk: { S: 'b' }, sk: { N: '1' } } } }

beforeEach(() => {
  sim = new Simulation()
  addTestTable(sim, 'txk', { hash: ['pk', 'S'], range: ['sk', 'N'] }, {
    attributes: [['g', 'S']],
    gsi: [{ IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, IndexStatus: 'ACTIVE', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5, NumberOfDecreasesToday: 0 } }],
  })
  call('PutItem', { TableName: 'txk', Item: { pk: { S: 'a' }, sk: { N: '1' }, g: { S: 'x' }, n: { N: '1' } } })
})

describe('TransactWriteItems', () => {
  describe('validations', () => {
    it.each([
      ['SET pk = :s', { ':s': { S: 'z' } }, 'pk'],
      ['REMOVE sk', {}, 'sk'],
      ['ADD pk.x :n', { ':n': { N: '1' } }, 'pk'],
      ['SET n = :n, sk = if_not_exists(sk, :n)', { ':n': { N: '1' } }, 'sk'],
    ])('returns ValidationException for an Update of a table key attribute (%s), writing nothing', (expression, values, key) => {
      const r = call('TransactWriteItems', { TransactItems: [put, update(expression, values)] })
      expect(r.error?.name).toBe('ValidationException')
      expect(r.error?.message).toBe(`One or more parameter values were invalid: Cannot update attribute ${key}. This attribute is part of the key`)
      expect(get({ pk: { S: 'b' }, sk: { N: '1' } })).toBeUndefined()
    })

    it('cancels the action (ValidationError reason) for an index key attribute set to a value of the wrong type', () => {
      // Recorded on AWS: unlike UpdateItem, a transaction reports this one as the action's cancellation reason.
      const r = call('TransactWriteItems', { TransactItems: [put, update('SET g = :n', { ':n': { N: '5' } })] })
      expect(r.error?.name).toBe('TransactionCanceledException')
      expect((r.error?.extra as { CancellationReasons: unknown[] }).CancellationReasons).toEqual([
        { Code: 'None' },
        { Code: 'ValidationError', Message: 'One or more parameter values were invalid: Type mismatch for Index Key g Expected: S Actual: N IndexName: byG' },
      ])
    })

    it.each(['SET g.x = :s', 'SET n = g.x', 'REMOVE g[0]'])('returns ValidationException for a path below an index key attribute (%s)', (expression) => {
      const values = expression.includes(':s') ? { ':s': { S: 'y' } } : {}
      const r = call('TransactWriteItems', { TransactItems: [update(expression, values)] })
      expect(r.error?.name).toBe('ValidationException')
      expect(r.error?.message).toBe("Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: g")
    })

    it('reports the key rule rather than a failing condition (request error before cancellation)', () => {
      const r = call('TransactWriteItems', {
        TransactItems: [update('SET pk = :s', { ':s': { S: 'z' } }, { ConditionExpression: 'attribute_not_exists(pk)' })],
      })
      expect(r.error?.name).toBe('ValidationException')
    })

    it('gives the same messages as UpdateItem for the same updates', () => {
      for (const [expression, values] of [
        ['REMOVE sk', {}],
        ['SET g.x = :s', { ':s': { S: 'y' } }],
      ] as const) {
        const single = call('UpdateItem', { TableName: 'txk', Key: { pk: { S: 'a' }, sk: { N: '1' } }, UpdateExpression: expression, ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}) })
        const tx = call('TransactWriteItems', { TransactItems: [update(expression, values)] })
        expect(single.error?.name).toBe('ValidationException')
        expect([tx.error?.name, tx.error?.message]).toEqual([single.error?.name, single.error?.message])
      }
    })
  })

  describe('functionality', () => {
    it('applies an Update that sets an index key attribute whole to its declared type', () => {
      const r = call('TransactWriteItems', { TransactItems: [update('SET g = :s', { ':s': { S: 'y' } })] })
      expect(r.error).toBeUndefined()
      expect(get({ pk: { S: 'a' }, sk: { N: '1' } })).toEqual({ pk: { S: 'a' }, sk: { N: '1' }, g: { S: 'y' }, n: { N: '1' } })
    })
  })
})
