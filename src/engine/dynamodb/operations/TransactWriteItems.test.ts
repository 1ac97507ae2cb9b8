import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'

let sim: Simulation

function call(op: string, input: Record<string, unknown>) {
  return sim.request('dynamodb', op, input)
}
function transact(input: Record<string, unknown>) {
  return call('TransactWriteItems', input)
}
function expectError(result: ReturnType<typeof call>, name: string, message: string) {
  expect(result.error?.name).toBe(name)
  expect(result.error?.message).toBe(message)
}
function out(result: ReturnType<typeof call>): Record<string, any> {
  expect(result.error).toBeUndefined()
  return result.output as Record<string, any>
}
function get(table: string, key: Record<string, unknown>) {
  return out(call('GetItem', { TableName: table, Key: key, ConsistentRead: true })).Item
}

beforeEach(() => {
  sim = new Simulation()
  addTestTable(sim, 'hash', { hash: ['a', 'S'] })
  addTestTable(sim, 'range', { hash: ['a', 'S'], range: ['b', 'N'] })
})

describe('TransactWriteItems', () => {
  describe('validations', () => {
    it('returns ValidationException for a transaction over 4 MB, before looking at tables or conditions', () => {
      const big = 'x'.repeat(390 * 1024)
      const puts = Array.from({ length: 11 }, (_, i) => ({
        Put: { TableName: 'hash', Item: { a: { S: `big-${i}` }, data: { S: big } }, ConditionExpression: 'attribute_not_exists(a)' },
      }))
      expectError(transact({ TransactItems: puts }), 'ValidationException', 'Transaction request cannot be larger than 4 MB')
      // Nothing was written.
      expect(get('hash', { a: { S: 'big-0' } })).toBeUndefined()
      // Ten such items (3.8 MB) are within the limit (on this small test table they are throttled instead).
      expect(transact({ TransactItems: puts.slice(0, 10) }).error?.name).toBe('TransactionCanceledException')
    })

    it('returns ValidationException for a missing TransactItems', () => {
      expectError(transact({}), 'ValidationException', "1 validation error detected: Value null at 'transactItems' failed to satisfy constraint: Member must not be null")
    })

    it('returns ValidationException for an empty TransactItems', () => {
      expectError(
        transact({ TransactItems: [] }),
        'ValidationException',
        "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1",
      )
    })

    it('returns ValidationException for more than 100 actions', () => {
      const items = Array.from({ length: 101 }, (_, i) => ({ Put: { TableName: 'hash', Item: { a: { S: String(i) } } } }))
      expect(transact({ TransactItems: items }).error?.message).toMatch(
        /^1 validation error detected: Value '\[.+\]' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100$/,
      )
    })

    it('lists per-action constraint errors with 1-based paths', () => {
      expectError(
        transact({ TransactItems: [{ Put: { Item: { a: { S: 'x' } } } }, { ConditionCheck: { TableName: 'hash', Key: { a: { S: 'x' } } } }] }),
        'ValidationException',
        "2 validation errors detected: Value null at 'transactItems.1.member.put.tableName' failed to satisfy constraint: Member must not be null; " +
          "Value null at 'transactItems.2.member.conditionCheck.conditionExpression' failed to satisfy constraint: Member must not be null",
      )
    })

    it('returns ValidationException for two actions in one item, and for none', () => {
      expectError(
        transact({ TransactItems: [{ Put: { TableName: 'hash', Item: { a: { S: 'x' } } }, Delete: { TableName: 'hash', Key: { a: { S: 'x' } } } }] }),
        'ValidationException',
        'TransactItems can only contain one of Check, Put, Update or Delete',
      )
      expectError(transact({ TransactItems: [{}] }), 'ValidationException', 'Invalid Request: TransactWriteRequest should contain Delete or Put or Update request')
    })

    it('returns ValidationException for two actions on one item', () => {
      expectError(
        transact({
          TransactItems: [
            { Put: { TableName: 'hash', Item: { a: { S: 'x' } } } },
            { Update: { TableName: 'hash', Key: { a: { S: 'x' } }, UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': { N: '1' } } } },
          ],
        }),
        'ValidationException',
        'Transaction request cannot include multiple operations on one item',
      )
    })

    it('returns ResourceNotFoundException for a missing table', () => {
      expectError(transact({ TransactItems: [{ Delete: { TableName: 'nope', Key: { a: { S: 'x' } } } }] }), 'ResourceNotFoundException', 'Requested resource not found')
    })

    it('cancels with a ValidationError reason for a key that does not match the schema', () => {
      const reasons = (r: ReturnType<typeof call>) => (r.error?.extra as { CancellationReasons: unknown[] }).CancellationReasons
      const del = transact({ TransactItems: [{ Put: { TableName: 'hash', Item: { a: { S: 'ok' } } } }, { Delete: { TableName: 'range', Key: { a: { S: 'x' } } } }] })
      expectError(del, 'TransactionCanceledException', 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ValidationError]')
      expect(reasons(del)).toEqual([{ Code: 'None' }, { Code: 'ValidationError', Message: 'The provided key element does not match the schema' }])
      const put = transact({ TransactItems: [{ Put: { TableName: 'hash', Item: { a: { N: '5' } } } }] })
      expect(reasons(put)).toEqual([{ Code: 'ValidationError', Message: 'One or more parameter values were invalid: Type mismatch for key a expected: S actual: N' }])
      const missing = transact({ TransactItems: [{ Put: { TableName: 'hash', Item: { x: { S: '5' } } } }], ClientRequestToken: 'tok' })
      expect(reasons(missing)).toEqual([{ Code: 'ValidationError', Message: 'One or more parameter values were invalid: Missing the key a in the item' }])
      expect(get('hash', { a: { S: 'ok' } })).toBeUndefined()
    })

    it('returns ValidationException for an empty key value, for any action', () => {
      const msg = 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: a'
      expectError(transact({ TransactItems: [{ Put: { TableName: 'hash', Item: { a: { S: '' } } } }] }), 'ValidationException', msg)
      expectError(transact({ TransactItems: [{ ConditionCheck: { TableName: 'hash', Key: { a: { S: '' } }, ConditionExpression: 'attribute_exists(a)' } }] }), 'ValidationException', msg)
    })

    it('returns ValidationException for an update that empties a secondary index key', () => {
      addTestTable(sim, 'indexed', { hash: ['a', 'S'], range: ['b', 'S'] }, {
        attributes: [['c', 'S']],
        lsi: [{ IndexName: 'byC', KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'c', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
      })
      expectError(
        transact({ TransactItems: [{ Update: { TableName: 'indexed', Key: { a: { S: 'x' }, b: { S: 'y' } }, UpdateExpression: 'SET c = :v', ExpressionAttributeValues: { ':v': { S: '' } } } }] }),
        'ValidationException',
        'One or more parameter values are not valid. The update expression attempted to update a secondary index key to a value that is not supported. The AttributeValue for a key attribute cannot contain an empty string value.',
      )
      const r = transact({ TransactItems: [{ Update: { TableName: 'indexed', Key: { a: { S: 'x' }, b: { S: 'y' } }, UpdateExpression: 'SET c = :v', ExpressionAttributeValues: { ':v': { N: '5' } } } }] })
      expect((r.error?.extra as { CancellationReasons: unknown[] }).CancellationReasons).toEqual([
        { Code: 'ValidationError', Message: 'One or more parameter values were invalid: Type mismatch for Index Key c Expected: S Actual: N IndexName: byC' },
      ])
    })

    it('reports the first action’s problem before a later action’s', () => {
      expectError(
        transact({
          TransactItems: [
            { Put: { TableName: 'nope', Item: { a: { S: 'a' }, '': { S: 'x' } } } },
            { Put: { TableName: 'nope', Item: { a: { S: 'b' } }, ConditionExpression: 'a = = b' } },
          ],
        }),
        'ValidationException',
        'Empty attribute name',
      )
      expectError(
        transact({
          TransactItems: [
            { Put: { TableName: 'nope', Item: { a: { S: 'b' } }, ConditionExpression: 'a = = b' } },
            { Put: { TableName: 'nope', Item: { a: { S: 'a' }, '': { S: 'x' } } } },
          ],
        }),
        'ValidationException',
        'Invalid ConditionExpression: Syntax error; token: "=", near: "= = b"',
      )
    })

    it('returns ValidationException for an invalid expression', () => {
      expectError(
        transact({ TransactItems: [{ ConditionCheck: { TableName: 'hash', Key: { a: { S: 'x' } }, ConditionExpression: 'attribute_exists(#n)' } }] }),
        'ValidationException',
        'Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #n',
      )
    })

    it('lists a too-long ClientRequestToken before the enum errors', () => {
      const token = 'x'.repeat(37)
      expectError(
        transact({ TransactItems: [{ Put: { TableName: 'hash', Item: { a: { S: 'x' } } } }], ClientRequestToken: token, ReturnConsumedCapacity: 'BOGUS', ReturnItemCollectionMetrics: 'BOGUS2' }),
        'ValidationException',
        `3 validation errors detected: Value '${token}' at 'clientRequestToken' failed to satisfy constraint: Member must have length less than or equal to 36; ` +
          "Value 'BOGUS' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; " +
          "Value 'BOGUS2' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum value set: [SIZE, NONE]",
      )
    })

    it('reports an unused value before a missing table or a duplicate target', () => {
      const unusedCheck = { ConditionCheck: { TableName: 'hash', Key: { a: { S: 'c' } }, ConditionExpression: 'attribute_not_exists(a)', ExpressionAttributeValues: { ':v': { S: 'x' } } } }
      const msg = 'Value provided in ExpressionAttributeValues unused in expressions: keys: {:v}'
      expectError(transact({ TransactItems: [{ Put: { TableName: 'nope', Item: { a: { S: 'a' } } } }, unusedCheck] }), 'ValidationException', msg)
      expectError(transact({ TransactItems: [{ Put: { TableName: 'hash', Item: { a: { S: 'c' } } } }, unusedCheck] }), 'ValidationException', msg)
    })

    it('returns ValidationException for a ClientRequestToken over 36 characters', () => {
      const token = 't'.repeat(37)
      expectError(
        transact({ TransactItems: [{ Put: { TableName: 'hash', Item: { a: { S: 'x' } } } }], ClientRequestToken: token }),
        'ValidationException',
        `1 validation error detected: Value '${token}' at 'clientRequestToken' failed to satisfy constraint: Member must have length less than or equal to 36`,
      )
    })
  })

  describe('capacity', () => {
    it('charges 2× the write units of each item (three 500-byte puts = 6 WCU)', () => {
      const items = ['1', '2', '3'].map((k) => ({ Put: { TableName: 'hash', Item: { a: { S: k }, b: { S: 'x'.repeat(497) } } } }))
      const o = out(transact({ TransactItems: items, ReturnConsumedCapacity: 'TOTAL' }))
      expect(o.ConsumedCapacity).toEqual([{ TableName: 'hash', CapacityUnits: 6, WriteCapacityUnits: 6 }])
    })

    it('reports each table, with Table for INDEXES, around the 1 KB boundary', () => {
      const o = out(
        transact({
          TransactItems: [
            { Put: { TableName: 'hash', Item: { a: { S: 'k' }, b: { S: 'x'.repeat(1021) } } } }, // 1024 B → 1 → 2
            { Put: { TableName: 'range', Item: { a: { S: 'k' }, b: { N: '1' }, c: { S: 'x'.repeat(1020) } } } }, // 1025 B → 2 → 4
          ],
          ReturnConsumedCapacity: 'INDEXES',
        }),
      )
      expect(o.ConsumedCapacity).toEqual([
        { TableName: 'hash', CapacityUnits: 2, WriteCapacityUnits: 2, Table: { CapacityUnits: 2, WriteCapacityUnits: 2 } },
        { TableName: 'range', CapacityUnits: 4, WriteCapacityUnits: 4, Table: { CapacityUnits: 4, WriteCapacityUnits: 4 } },
      ])
    })
  })

  describe('functionality', () => {
    it('applies Put, Update, Delete and ConditionCheck together', () => {
      out(call('PutItem', { TableName: 'hash', Item: { a: { S: 'del' } } }))
      out(call('PutItem', { TableName: 'hash', Item: { a: { S: 'upd' }, n: { N: '1' } } }))
      out(call('PutItem', { TableName: 'hash', Item: { a: { S: 'chk' }, ok: { BOOL: true } } }))
      const o = out(
        transact({
          TransactItems: [
            { Put: { TableName: 'hash', Item: { a: { S: 'new' } }, ConditionExpression: 'attribute_not_exists(a)' } },
            { Update: { TableName: 'hash', Key: { a: { S: 'upd' } }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': { N: '1' } } } },
            { Delete: { TableName: 'hash', Key: { a: { S: 'del' } } } },
            { ConditionCheck: { TableName: 'hash', Key: { a: { S: 'chk' } }, ConditionExpression: 'ok = :t', ExpressionAttributeValues: { ':t': { BOOL: true } } } },
          ],
        }),
      )
      expect(o).toEqual({})
      expect(get('hash', { a: { S: 'new' } })).toEqual({ a: { S: 'new' } })
      expect(get('hash', { a: { S: 'upd' } })).toEqual({ a: { S: 'upd' }, n: { N: '2' } })
      expect(get('hash', { a: { S: 'del' } })).toBeUndefined()
    })

    it('cancels everything when one condition fails, with reasons in request order', () => {
      out(call('PutItem', { TableName: 'hash', Item: { a: { S: 'taken' }, v: { N: '7' } } }))
      const r = transact({
        TransactItems: [
          { Put: { TableName: 'hash', Item: { a: { S: 'fresh' } } } },
          { Put: { TableName: 'hash', Item: { a: { S: 'taken' } }, ConditionExpression: 'attribute_not_exists(a)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
        ],
      })
      expectError(r, 'TransactionCanceledException', 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]')
      expect(r.error?.extra).toEqual({
        CancellationReasons: [
          { Code: 'None' },
          { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { a: { S: 'taken' }, v: { N: '7' } } },
        ],
      })
      expect(get('hash', { a: { S: 'fresh' } })).toBeUndefined()
    })

    it('reports an update that cannot apply to the item as a ValidationError reason', () => {
      out(call('PutItem', { TableName: 'hash', Item: { a: { S: 'k' }, s: { S: 'text' } } }))
      const r = transact({
        TransactItems: [{ Update: { TableName: 'hash', Key: { a: { S: 'k' } }, UpdateExpression: 'SET s = s + :one', ExpressionAttributeValues: { ':one': { N: '1' } } } }],
      })
      expect(r.error?.name).toBe('TransactionCanceledException')
      expect(r.error?.message).toBe('Transaction cancelled, please refer cancellation reasons for specific reasons [ValidationError]')
      const reasons = (r.error?.extra as { CancellationReasons: { Code: string; Message: string }[] }).CancellationReasons
      expect(reasons[0]!.Code).toBe('ValidationError')
      expect(reasons[0]!.Message).toBe('An operand in the update expression has an incorrect data type')
    })

    it('evaluates a condition on a value nested past 32 levels, and cancels an update that writes it', () => {
      const NEST = 'Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit'
      let deep: Record<string, unknown> = { S: 'leaf' }
      for (let i = 0; i < 32; i++) deep = { M: { n: deep } }
      out(call('PutItem', { TableName: 'hash', Item: { a: { S: 'k' } } }))
      const check = transact({
        TransactItems: [{ ConditionCheck: { TableName: 'hash', Key: { a: { S: 'k' } }, ConditionExpression: '#d = :deep', ExpressionAttributeNames: { '#d': 'data' }, ExpressionAttributeValues: { ':deep': deep } } }],
      })
      expect(check.error?.extra).toEqual({ CancellationReasons: [{ Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }] })
      const update = transact({
        TransactItems: [{ Update: { TableName: 'hash', Key: { a: { S: 'k' } }, UpdateExpression: 'SET deep = :deep', ExpressionAttributeValues: { ':deep': deep } } }],
      })
      expectError(update, 'TransactionCanceledException', 'Transaction cancelled, please refer cancellation reasons for specific reasons [ValidationError]')
      expect(update.error?.extra).toEqual({ CancellationReasons: [{ Code: 'ValidationError', Message: NEST }] })
      expectError(transact({ TransactItems: [{ Put: { TableName: 'hash', Item: { a: { S: 'p' }, deep } } }] }), 'ValidationException', NEST)
    })

    it('returns ValidationException for an update of a key attribute', () => {
      expectError(
        transact({ TransactItems: [{ Update: { TableName: 'hash', Key: { a: { S: 'k' } }, UpdateExpression: 'SET a = :v', ExpressionAttributeValues: { ':v': { S: 'z' } } } }] }),
        'ValidationException',
        'One or more parameter values were invalid: Cannot update attribute a. This attribute is part of the key',
      )
    })
  })

  describe('idempotency', () => {
    const request = (token: string, value: string) => ({
      TransactItems: [{ Update: { TableName: 'hash', Key: { a: { S: 'k' } }, UpdateExpression: 'ADD n :v', ExpressionAttributeValues: { ':v': { N: value } } } }],
      ClientRequestToken: token,
      ReturnConsumedCapacity: 'TOTAL',
    })

    it('does not apply a repeated token again within 10 minutes, and reports read units', () => {
      expect(out(transact(request('tok', '1'))).ConsumedCapacity).toEqual([{ TableName: 'hash', CapacityUnits: 2, WriteCapacityUnits: 2 }])
      sim.advanceBy(9 * 60 * 1000)
      expect(out(transact(request('tok', '1'))).ConsumedCapacity).toEqual([{ TableName: 'hash', CapacityUnits: 2, ReadCapacityUnits: 2 }])
      expect(get('hash', { a: { S: 'k' } })).toEqual({ a: { S: 'k' }, n: { N: '1' } })
    })

    it('returns IdempotentParameterMismatchException for the same token with other parameters', () => {
      out(transact(request('tok', '1')))
      expect(transact(request('tok', '2')).error?.name).toBe('IdempotentParameterMismatchException')
    })

    it('treats the token as new after 10 minutes', () => {
      out(transact(request('tok', '1')))
      sim.advanceBy(10 * 60 * 1000)
      out(transact(request('tok', '2')))
      expect(get('hash', { a: { S: 'k' } })).toEqual({ a: { S: 'k' }, n: { N: '3' } })
    })
  })
})
