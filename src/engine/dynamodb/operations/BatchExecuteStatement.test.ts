import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'

let sim: Simulation

function call(op: string, input: Record<string, unknown>) {
  return sim.request('dynamodb', op, input)
}
function batch(Statements: unknown[], extra: Record<string, unknown> = {}) {
  return call('BatchExecuteStatement', { Statements, ...extra })
}
function out(result: ReturnType<typeof call>): Record<string, any> {
  expect(result.error).toBeUndefined()
  return result.output as Record<string, any>
}
function put(Item: Record<string, unknown>) {
  out(call('PutItem', { TableName: 'hash', Item }))
}
function get(pk: string) {
  return out(call('GetItem', { TableName: 'hash', Key: { pk: { S: pk } }, ConsistentRead: true })).Item
}

beforeEach(() => {
  sim = new Simulation()
  addTestTable(sim, 'hash', { hash: ['pk', 'S'] })
})

describe('BatchExecuteStatement', () => {
  describe('validations', () => {
    it('returns ValidationException for an empty or missing Statements', () => {
      expect(batch([]).error?.message).toBe("1 validation error detected: Value '[]' at 'statements' failed to satisfy constraint: Member must have length greater than or equal to 1")
      expect(call('BatchExecuteStatement', {}).error?.message).toBe("1 validation error detected: Value null at 'statements' failed to satisfy constraint: Member must not be null")
    })

    it('returns ValidationException for more than 25 statements', () => {
      const many = Array.from({ length: 26 }, () => ({ Statement: "SELECT * FROM hash WHERE pk = 'a'" }))
      expect(batch(many).error?.message).toMatch(/at 'statements' failed to satisfy constraint: Member must have length less than or equal to 25$/)
    })

    it('returns ValidationException for a batch mixing reads and writes', () => {
      const r = batch([{ Statement: "SELECT * FROM hash WHERE pk = 'a'" }, { Statement: "INSERT INTO hash VALUE {'pk': 'b'}" }])
      expect([r.error?.name, r.error?.message]).toEqual(['ValidationException', 'Read and write requests together in the same batch is not supported.'])
    })

    it('reports malformed members, missing tables and non-key reads per statement', () => {
      put({ pk: { S: 'ok' }, data: { S: 'valid' } })
      const r = out(
        batch([
          { Statement: "SLECT * FROM hash WHERE pk = 'ok'" },
          { Statement: "SELECT * FROM hash WHERE pk = 'ok'" },
          { Statement: "SELECT * FROM nosuch WHERE pk = 'x'" },
          { Statement: "SELECT * FROM hash WHERE val = 'a'" },
          { Statement: 'SELECT * FROM hash WHERE pk = ?' },
          { Statement: "SELECT * FROM hash WHERE pk = 'ok' AND n = ?", Parameters: [{ N: '1e99999999999' }] },
        ]),
      )
      expect(r.Responses).toEqual([
        { Error: { Code: 'ValidationError', Message: "Statement wasn't well formed, can't be processed: Expected data manipulation" } },
        { TableName: 'hash', Item: { pk: { S: 'ok' }, data: { S: 'valid' } } },
        { Error: { Code: 'ResourceNotFound', Message: 'Requested resource not found' } },
        { Error: { Code: 'ValidationError', Message: 'Select statements within BatchExecuteStatement must specify the primary key in the where clause.' } },
        { Error: { Code: 'ValidationError', Message: "Number of parameters in request and statement don't match." } },
        { Error: { Code: 'ValidationError', Message: 'The parameter cannot be converted to a numeric value: 1e99999999999' } },
      ])
    })
  })

  describe('functionality', () => {
    it('runs writes, reporting ConditionalCheckFailed and DuplicateItem with the table name', () => {
      put({ pk: { S: 'upd' }, data: { S: 'before' } })
      put({ pk: { S: 'dup' } })
      const r = out(
        batch([
          { Statement: "INSERT INTO hash VALUE {'pk': 'new', 'data': 'n'}" },
          { Statement: "UPDATE hash SET data = 'after' WHERE pk = 'upd' RETURNING ALL NEW *" },
          { Statement: 'UPDATE hash SET t = 1 WHERE pk = ? AND data = ?', Parameters: [{ S: 'upd' }, { S: 'wrong' }], ReturnValuesOnConditionCheckFailure: 'ALL_OLD' },
          { Statement: "INSERT INTO hash VALUE {'pk': ?}", Parameters: [{ S: 'dup' }] },
          { Statement: "DELETE FROM hash WHERE pk = 'dup' RETURNING MODIFIED OLD *" },
          { Statement: "UPDATE hash REMOVE data WHERE pk = 'new' RETURNING MODIFIED NEW *" },
        ]),
      )
      expect(r.Responses).toEqual([
        { TableName: 'hash' },
        { TableName: 'hash', Item: { pk: { S: 'upd' }, data: { S: 'after' } } },
        { TableName: 'hash', Error: { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' } },
        { TableName: 'hash', Error: { Code: 'DuplicateItem', Message: 'Duplicate primary key exists in table' } },
        { Error: { Code: 'ValidationError', Message: 'Invalid returning clause: RETURNING MODIFIED OLD *. Only RETURNING ALL OLD * is allowed in DELETE statements.' } },
        { TableName: 'hash' },
      ])
      expect(get('new')).toEqual({ pk: { S: 'new' } })
      expect(get('dup')).toEqual({ pk: { S: 'dup' } })
    })
  })

  describe('capacity', () => {
    it('charges each read on its own ConsistentRead', () => {
      put({ pk: { S: 'a' } })
      put({ pk: { S: 'b' } })
      const total = (members: Record<string, unknown>[]) =>
        out(batch(members, { ReturnConsumedCapacity: 'TOTAL' })).ConsumedCapacity.reduce((s: number, c: any) => s + c.CapacityUnits, 0)
      expect(total([{ Statement: "SELECT * FROM hash WHERE pk = 'a'" }])).toBe(0.5)
      expect(total([{ Statement: "SELECT * FROM hash WHERE pk = 'a'", ConsistentRead: true }])).toBe(1)
      expect(total([{ Statement: "SELECT * FROM hash WHERE pk = 'a'", ConsistentRead: true }, { Statement: "SELECT * FROM hash WHERE pk = 'b'" }])).toBe(1.5)
    })

    it('sums write units per table, failed conditions included', () => {
      put({ pk: { S: 'c' }, data: { S: 'x'.repeat(1500) } })
      const r = out(
        batch([{ Statement: "INSERT INTO hash VALUE {'pk': 'd'}" }, { Statement: "UPDATE hash SET t = 1 WHERE pk = 'c' AND data = 'no'" }], { ReturnConsumedCapacity: 'TOTAL' }),
      )
      expect(r.ConsumedCapacity).toEqual([{ TableName: 'hash', CapacityUnits: 3 }])
    })
  })
})
