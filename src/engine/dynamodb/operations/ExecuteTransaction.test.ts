import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'

let sim: Simulation

function call(op: string, input: Record<string, unknown>) {
  return sim.request('dynamodb', op, input)
}
function tx(statements: Array<string | Record<string, unknown>>, extra: Record<string, unknown> = {}) {
  return call('ExecuteTransaction', { TransactStatements: statements.map((s) => (typeof s === 'string' ? { Statement: s } : s)), ...extra })
}
function out(result: ReturnType<typeof call>): Record<string, any> {
  expect(result.error).toBeUndefined()
  return result.output as Record<string, any>
}
function expectError(result: ReturnType<typeof call>, name: string, message: string) {
  expect(result.error?.name).toBe(name)
  expect(result.error?.message).toBe(message)
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
  addTestTable(sim, 'other', { hash: ['id', 'N'] }, { gsi: [] })
})

describe('ExecuteTransaction', () => {
  describe('validations', () => {
    it('returns ValidationException for empty TransactStatements', () => {
      expectError(tx([]), 'ValidationException', "1 validation error detected: Value '[]' at 'transactStatements' failed to satisfy constraint: Member must have length greater than or equal to 1")
    })

    it('wraps statement errors with their position', () => {
      expectError(tx(["SELECT * FROM hash WHERE pk = 'a'", 'SELECT * FROM "hash" WHERE']), 'ValidationException', "Validation failed in TransactStatements[1]: Statement wasn't well formed, can't be processed: Unexpected term")
      expectError(tx(["UPDATE hash SET data = 'v' WHERE pk = 'x' RETURNING ALL NEW *"]), 'ValidationException', 'Validation failed in TransactStatements[0]: RETURNING clause is not supported in ExecuteTransaction.')
      expectError(tx(["SELECT * FROM \"hash\".\"idx\" WHERE pk = 'x'"]), 'ValidationException', 'Validation failed in TransactStatements[0]: Reads on indices are not supported within transactions.')
      expectError(
        tx(["SELECT * FROM hash WHERE data = 'x'"]),
        'ValidationException',
        'Validation failed in TransactStatements[0]: Select statements within ExecuteTransaction must specify the primary key in the where clause.',
      )
    })

    it('returns ValidationException for an EXISTS without a condition beyond the key', () => {
      expectError(
        tx(["EXISTS(SELECT * FROM hash WHERE pk = 'a')", "UPDATE hash SET z = 1 WHERE pk = 'b'"]),
        'ValidationException',
        'Validation failed in TransactStatements[0]: EXISTS() must contain a single item read with additional condition',
      )
    })

    it('reports a bad parameter number without the statement position', () => {
      expectError(
        tx([{ Statement: "UPDATE hash SET n = ? WHERE pk = 'x'", Parameters: [{ N: '1e99999999999' }] }]),
        'ValidationException',
        'The parameter cannot be converted to a numeric value: 1e99999999999',
      )
    })

    it('returns ResourceNotFoundException for a missing table', () => {
      expectError(tx(["INSERT INTO nosuch VALUE {'pk': 'a'}"]), 'ResourceNotFoundException', 'Requested resource not found')
    })

    it('returns ValidationException for reads mixed with writes and two statements on one item', () => {
      expectError(tx(["SELECT * FROM hash WHERE pk = 'a'", "INSERT INTO hash VALUE {'pk': 'b'}"]), 'ValidationException', 'ExecuteTransaction API does not support both read and write operations in the same request.')
      expectError(tx(["INSERT INTO hash VALUE {'pk': 'a'}", "UPDATE hash SET x = 1 WHERE pk = 'a'"]), 'ValidationException', 'Transaction request cannot include multiple operations on one item')
    })
  })

  describe('functionality', () => {
    it('applies INSERT and UPDATE together', () => {
      put({ pk: { S: 'u' }, data: { S: 'before' } })
      expect(out(tx(["INSERT INTO hash VALUE {'pk': 'i', 'data': 'new'}", "UPDATE hash SET data = 'after' WHERE pk = 'u'"]))).toEqual({ Responses: [] })
      expect(get('i')).toEqual({ pk: { S: 'i' }, data: { S: 'new' } })
      expect(get('u')).toEqual({ pk: { S: 'u' }, data: { S: 'after' } })
    })

    it('cancels everything on a duplicate INSERT, a missing UPDATE target or a false EXISTS', () => {
      put({ pk: { S: 'dup' }, data: { S: 'existing' } })
      put({ pk: { S: 'cond' }, data: { S: 'existing' } })
      const r = tx(["INSERT INTO hash VALUE {'pk': 'dup'}", "INSERT INTO hash VALUE {'pk': 'fresh'}", "UPDATE hash SET a = 1 WHERE pk = 'nobody'", "EXISTS(SELECT * FROM hash WHERE pk = 'cond' AND data = 'other')"])
      expectError(r, 'TransactionCanceledException', 'Transaction cancelled, please refer cancellation reasons for specific reasons [DuplicateItem, None, ConditionalCheckFailed, ConditionalCheckFailed]')
      expect((r.error as { extra?: Record<string, unknown> }).extra?.['CancellationReasons']).toEqual([
        { Code: 'DuplicateItem', Message: 'Duplicate primary key exists in table' },
        { Code: 'None' },
        { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
        { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
      ])
      expect(get('fresh')).toBeUndefined()
      expect(out(tx(["EXISTS(SELECT * FROM hash WHERE pk = 'cond' AND data = 'existing')", "INSERT INTO hash VALUE {'pk': 'fresh'}"]))).toEqual({ Responses: [] })
      expect(get('fresh')).toEqual({ pk: { S: 'fresh' } })
    })

    it('reads items by key, with {} for a missing one', () => {
      put({ pk: { S: 'r' }, data: { S: 'x' } })
      expect(out(tx(["SELECT data FROM hash WHERE pk = 'r'", "SELECT * FROM hash WHERE pk = 'none'"])).Responses).toEqual([{ Item: { data: { S: 'x' } } }, {}])
    })
  })

  describe('capacity', () => {
    it('charges 2× per item and a replayed token as reads', () => {
      out(call('ExecuteStatement', { Statement: "INSERT INTO hash VALUE {'pk': 'n', 'n': 0}" }))
      const request = { ClientRequestToken: 'token-1', ReturnConsumedCapacity: 'INDEXES' }
      const first = out(tx(["UPDATE hash SET n = n + 1 WHERE pk = 'n'"], request))
      const replay = out(tx(["UPDATE hash SET n = n + 1 WHERE pk = 'n'"], request))
      expect(get('n')!.n).toEqual({ N: '1' })
      expect(first.ConsumedCapacity[0].WriteCapacityUnits).toBe(2)
      expect(first.ConsumedCapacity[0].ReadCapacityUnits).toBeUndefined()
      expect(replay.ConsumedCapacity[0].ReadCapacityUnits).toBe(2)
      expect(replay.ConsumedCapacity[0].WriteCapacityUnits).toBeUndefined()
      expect(tx(["UPDATE hash SET n = n + 2 WHERE pk = 'n'"], request).error?.name).toBe('IdempotentParameterMismatchException')
    })

    it('charges reads as transactional reads', () => {
      put({ pk: { S: 'big' }, pad: { S: 'x'.repeat(5000) } })
      expect(out(tx(["SELECT * FROM hash WHERE pk = 'big'"], { ReturnConsumedCapacity: 'TOTAL' })).ConsumedCapacity).toEqual([
        { TableName: 'hash', CapacityUnits: 4, ReadCapacityUnits: 4 },
      ])
    })
  })
})
