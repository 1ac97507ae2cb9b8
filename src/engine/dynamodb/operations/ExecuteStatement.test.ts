import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'

let sim: Simulation

function call(op: string, input: Record<string, unknown>) {
  return sim.request('dynamodb', op, input)
}
function run(Statement: string, extra: Record<string, unknown> = {}) {
  return call('ExecuteStatement', { Statement, ...extra })
}
function out(result: ReturnType<typeof call>): Record<string, any> {
  expect(result.error).toBeUndefined()
  return result.output as Record<string, any>
}
function expectError(result: ReturnType<typeof call>, name: string, message: string) {
  expect(result.error?.name).toBe(name)
  expect(result.error?.message).toBe(message)
}
function put(TableName: string, Item: Record<string, unknown>) {
  out(call('PutItem', { TableName, Item }))
}
function get(TableName: string, Key: Record<string, unknown>) {
  return out(call('GetItem', { TableName, Key, ConsistentRead: true })).Item
}

const NWF = "Statement wasn't well formed, can't be processed: "

beforeEach(() => {
  sim = new Simulation()
  addTestTable(sim, 'hash', { hash: ['pk', 'S'] })
  addTestTable(sim, 'num', { hash: ['pk', 'N'] })
  addTestTable(sim, 'comp', { hash: ['pk', 'S'], range: ['sk', 'S'] })
})

describe('ExecuteStatement', () => {
  describe('validations', () => {
    it('returns ValidationException for a missing Statement', () => {
      expectError(call('ExecuteStatement', {}), 'ValidationException', "1 validation error detected: Value null at 'statement' failed to satisfy constraint: Member must not be null")
    })

    it('returns ValidationException for an empty Statement', () => {
      expectError(run(''), 'ValidationException', "1 validation error detected: Value '' at 'statement' failed to satisfy constraint: Member must have length greater than or equal to 1")
    })

    it('returns ValidationException for an empty Parameters list and a zero Limit', () => {
      expectError(
        run('SELECT * FROM hash', { Parameters: [], Limit: 0 }),
        'ValidationException',
        "2 validation errors detected: Value '[]' at 'parameters' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
          "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
      )
    })

    it.each([
      ['SELECT * FROM "num" WHERE pk = 1 foo', 'Unexpected token after expression'],
      ['SELECT * FROM "num" WHERE pk = 1 e5', 'Unexpected token after expression'],
      ['SELECT * FROM "num" WHERE pk = 1)', 'Unexpected token after expression'],
      ['DELETE FROM "num" WHERE pk = 1 ORDER BY pk', 'Unexpected token after expression'],
      ['SELECT * FROM "num" ORDER BY pk WHERE pk = 1', 'Unexpected token after expression'],
      ['INSERT INTO "hash" t VALUE {\'pk\': \'x\'}', 'Unexpected token after expression'],
      ['SELECT * FROM "hash" WHERE', 'Unexpected term'],
      ['SELECT * FROM "hash" WHERE;', 'Unexpected term'],
      ['SELECT * FROM "hash" WHERE NOT', 'Unexpected term'],
      ['SELECT * FROM "hash" WHERE (', 'Unexpected term'],
      ['SELECT * FROM "never-created" WHERE', 'Unexpected term'],
      ['SELECT * FROM', 'Unexpected term'],
      ["SELECT * FROM \"hash\" WHERE pk = 'p1' AND", 'Missing right-hand side expression of infix operator'],
      ["SELECT * FROM \"hash\" WHERE pk = 'p1' OR", 'Missing right-hand side expression of infix operator'],
      ['SELECT * FROM "hash" WHERE ORDER BY pk', 'Unexpected keyword'],
      ["SELECT * FROM \"hash\" WHERE pad = 'none'", 'Unexpected keyword'],
      ['SELECT * FROM "hash" WHERE IS NULL', 'Unexpected operator'],
      ['SELECT * FROM "hash" WHERE pk = LIKE', 'Unexpected operator'],
      ["SELECT * FROM \"hash\" WHERE pk = 'a' AND x IS FOO", 'Expected type name'],
      ['DELETE FROM', 'Expected identifier for simple path'],
      ['DELETE FROM;', 'Expected identifier for simple path'],
      ["DELETE FROM WHERE pk = 'a'", 'Expected identifier for simple path'],
      ["SLECT * FROM \"hash\" WHERE pk = 'a'", 'Expected data manipulation'],
      ['SELECT * FROM "num" WHERE pk = 1e2147483648', ''],
      ['SELECT * FROM "num" WHERE pk = 1.5e-2147483647', ''],
      ['SELECT * FROM "num" WHERE pk = 1 # note', ''],
      ['SELECT * FROM "num" WHERE pk = 1 /* note', ''],
      ['SELECT * FROM "hash', ''],
    ])('returns ValidationException for the malformed %s', (statement, detail) => {
      expectError(run(statement), 'ValidationException', NWF + detail)
    })

    it.each([
      "SELECT * FROM \"hash\" t WHERE pk = 'x'",
      "SELECT * FROM \"hash\" AS t WHERE pk = 'x'",
      "UPDATE \"hash\" t SET a = 3 WHERE pk = 'x'",
      "DELETE FROM \"hash\" t WHERE pk = 'x'",
    ])('returns ValidationException for the alias in %s', (statement) => {
      expectError(run(statement), 'ValidationException', 'Aliasing is not supported')
    })

    it.each([
      ['SELECT * FROM "num" WHERE pk = 1e126', 'Number overflow. Attempting to store a number with magnitude larger than supported range under root'],
      ['SELECT * FROM "num" WHERE pk = 1e-131', 'Number underflow. Attempting to store a number with magnitude smaller than supported range under root'],
      ['SELECT * FROM "num" WHERE pk = 123456789012345678901234567890123456789', 'Attempting to store more than 38 significant digits in a Number under root'],
      ["INSERT INTO \"num\" VALUE {'pk': 970006, 'm': {'x': 1e126}}", 'Number overflow. Attempting to store a number with magnitude larger than supported range under root.x'],
      ["INSERT INTO \"num\" VALUE {'pk': 970007, 'l': [1, 1e126]}", 'Number overflow. Attempting to store a number with magnitude larger than supported range under root[1]'],
      ['UPDATE "num" SET a = 1e-131 WHERE pk = 970005', 'Number underflow. Attempting to store a number with magnitude smaller than supported range under root'],
    ])('returns ValidationException for the number literal in %s', (statement, message) => {
      expectError(run(statement), 'ValidationException', message)
    })

    it('returns ValidationException for an item nested deeper than 32 levels', () => {
      const deep = (n: number) => '{' .repeat(n).replace(/\{/g, "{'n': ") + "'leaf'" + '}'.repeat(n)
      out(run(`INSERT INTO hash VALUE {'pk': 'd31', 'data': ${deep(31)}}`))
      expectError(
        run(`INSERT INTO hash VALUE {'pk': 'd32', 'data': ${deep(32)}}`),
        'ValidationException',
        'Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit',
      )
    })

    it('returns ResourceNotFoundException for a missing table', () => {
      expectError(run("SELECT * FROM \"missing\" WHERE pk = 'p'"), 'ResourceNotFoundException', 'Requested resource not found')
      expectError(run("FROM \"missing\" WHERE pk = 'x' SET c = 1"), 'ResourceNotFoundException', 'Requested resource not found')
    })

    it('reads number parameters the way AWS does', () => {
      const NOT_NUMERIC = 'The parameter cannot be converted to a numeric value'
      for (const statement of ["SELECT * FROM hash WHERE pk = 'p' AND n = ?", "INSERT INTO hash VALUE {'pk': 'i', 'n': ?}", "UPDATE hash SET n = ? WHERE pk = 'p'", 'SELECT * FROM num WHERE pk = ?']) {
        for (const value of ['1e99999999999', '-1e99999999999', '1e-99999999999', '1e2147483648', '1e-2147483648']) {
          expectError(run(statement, { Parameters: [{ N: value }] }), 'ValidationException', `${NOT_NUMERIC}: ${value}`)
        }
        expectError(run(statement, { Parameters: [{ N: '1e2147483647' }] }), 'ValidationException', 'Number underflow. Attempting to store a number with magnitude smaller than supported range')
        expectError(run(statement, { Parameters: [{ N: '' }] }), 'ValidationException', NOT_NUMERIC)
      }
      let deep: Record<string, unknown> = { S: 'leaf' }
      for (let i = 0; i < 40; i++) deep = { M: { n: deep } }
      const pair = "SELECT * FROM hash WHERE pk = 'p' AND x = ? AND y = ?"
      const NEST = 'Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit'
      expectError(run(pair, { Parameters: [deep, { N: 'abc' }] }), 'ValidationException', NEST)
      expectError(run(pair, { Parameters: [{ N: 'abc' }, deep] }), 'ValidationException', `${NOT_NUMERIC}: abc`)
      expectError(run(pair, { Parameters: [{ NS: ['1', '1e99999999999'] }, { S: 'x' }] }), 'ValidationException', `${NOT_NUMERIC}: 1e99999999999`)
    })

    it('returns ValidationException for too few parameters', () => {
      expectError(run('SELECT * FROM hash WHERE pk = ? AND a = ?', { Parameters: [{ S: 'x' }] }), 'ValidationException', "Number of parameters in request and statement don't match.")
    })

    it('returns ValidationException for UPDATE and DELETE without the full key', () => {
      const msg = 'Where clause does not contain a mandatory equality on all key attributes'
      expectError(run("DELETE FROM \"hash\" WHERE name = 'alpha'"), 'ValidationException', msg)
      expectError(run("UPDATE comp SET a = 1 WHERE pk = 'x'"), 'ValidationException', msg)
      expectError(run('FROM "hash" SET c = 1'), 'ValidationException', msg)
      expectError(run('FROM "hash" WHERE a = 1 SET c = 1'), 'ValidationException', msg)
      expectError(run("FROM \"hash\" SET c = 1 WHERE pk = 'x'"), 'ValidationException', `${NWF}Unexpected token after expression`)
    })

    it('returns ValidationException for an invalid DELETE RETURNING', () => {
      for (const r of ['MODIFIED OLD', 'ALL NEW', 'MODIFIED NEW']) {
        expectError(
          run(`DELETE FROM "hash" WHERE pk = 'x' RETURNING ${r} *`),
          'ValidationException',
          `Invalid returning clause: RETURNING ${r} *. Only RETURNING ALL OLD * is allowed in DELETE statements.`,
        )
      }
    })

    it('returns ValidationException for an ordering comparison on an unordered operand', () => {
      for (const op of ['<', '<=', '>', '>=']) {
        expectError(
          run(`SELECT pk FROM "hash" WHERE pk = 'x' AND val ${op} ?`, { Parameters: [{ BOOL: true }] }),
          'ValidationException',
          `Incorrect operand type for operator or function; operator or function: ${op}, operand type: BOOL`,
        )
      }
      expect(run("SELECT pk FROM hash WHERE pk = 'x' AND val BETWEEN ? AND ?", { Parameters: [{ BOOL: true }, { BOOL: false }] }).error?.message).toContain(
        'operator or function: BETWEEN',
      )
      expect(out(run("SELECT pk FROM hash WHERE pk = 'x' AND val < ?", { Parameters: [{ N: '5' }] })).Items).toEqual([])
    })

    it('returns ValidationException for an unknown function and overlapping sort key branches', () => {
      expectError(run("SELECT * FROM hash WHERE pk = 'x' AND utcnow() = 1"), 'ValidationException', 'Unrecognized function: utcnow at 1:39:6')
      expectError(run("SELECT * FROM hash WHERE pk = 'x' AND\n  EXISTS(ss)"), 'ValidationException', 'Unrecognized function: exists at 2:3:6')
      expectError(
        run("SELECT * FROM comp WHERE pk = 'a' AND x = '1' OR pk = 'a' AND sk = '2'"),
        'ValidationException',
        'Overlapping conditions with range keys are not supported in where clause',
      )
    })

    it('returns ValidationException for misused functions', () => {
      const where = (c: string) => `SELECT * FROM hash WHERE pk = 'f' AND ${c}`
      const update = (c: string) => `UPDATE hash SET ${c} WHERE pk = 'f'`
      expectError(run(where("attribute_exists('ss')")), 'ValidationException', 'Operator or function requires a document path; operator or function: attribute_exists')
      expectError(run(where('attribute_exists()')), 'ValidationException', 'Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 0')
      expectError(run(where('attribute_exists(ss, ns)')), 'ValidationException', 'Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2')
      expectError(run("SELECT attribute_exists(ss) FROM hash WHERE pk = 'f'"), 'ValidationException', 'Unexpected path component at 1:8:16')
      expectError(run(where('attribute_exists(m.inner)')), 'ValidationException', `${NWF}Invalid path dot component`)
      expectError(run(where("set_add(ss, <<'x'>>) = ss")), 'ValidationException', 'Unrecognized function: set_add at 1:39:7')
      expectError(run(update("t = set_add(ss, <<'x'>>)")), 'ValidationException', 'The first argument to SET_ADD must equal the assignment value at 1:21:7')
      expectError(run(update("ss = set_add(ss, 'x')")), 'ValidationException', 'The second argument to SET_ADD must be a value with type SET at 1:30:2')
      expectError(run(update('ss = set_delete(ss)')), 'ValidationException', 'SET_DELETE must have exactly two arguments at 1:22:10')
      expectError(run(update("ss = set_add(ss, <<'x', 'x'>>)")), 'ValidationException', 'One or more parameter values were invalid: Input collection [x, x] contains duplicates.')
      expectError(run(update('ss = set_add(ss, <<>>)')), 'ValidationException', 'Empty bags are not supported')
      expectError(run("INSERT INTO hash VALUE {'pk': 'i', 'ss': set_add(<<'a'>>, <<'b'>>)}"), 'ValidationException', 'Unsupported data type: set_add under key root at 1:42:7')
      put('hash', { pk: { S: 'f' }, ss: { SS: ['a'] }, s: { S: 'str' } })
      expectError(run(update('ss = set_add(ss, <<1>>)')), 'ValidationException', 'An operand in the update expression has an incorrect data type')
      expectError(run(update("s = set_add(s, <<'x'>>)")), 'ValidationException', 'An operand in the update expression has an incorrect data type')
    })

    it('returns ValidationException for projection mistakes and several tables', () => {
      const star = "Other attributes should not be present in the projection when '*' is used."
      expectError(run("SELECT *, a FROM hash WHERE pk = 'x'"), 'ValidationException', star)
      expectError(run("SELECT a, * FROM hash WHERE pk = 'x'"), 'ValidationException', star)
      expectError(run("SELECT a, m.a FROM hash WHERE pk = 'x'"), 'ValidationException', 'Duplicate identifiers in select clause: a')
      expectError(run("SELECT * FROM hash, comp WHERE pk = 'x'"), 'ValidationException', 'Only select from a single table or index is supported.')
      expectError(run("SELECT * FROM hash WHERE pk = 'x' AND a = MISSING"), 'ValidationException', 'MISSING must be compared using IS operator')
    })

    it('returns ValidationException for EXISTS outside a transaction', () => {
      expectError(run("EXISTS(SELECT * FROM hash WHERE pk = 'x')"), 'ValidationException', 'EXISTS can only be used in ExecuteTransaction write requests.')
    })
  })

  describe('functionality', () => {
    it('INSERTs a new item and refuses a duplicate key', () => {
      out(run("INSERT INTO \"hash\" VALUE {'pk': 'a', 'data': 'inserted', 'n': 1.50, 'b': true, 'z': null, 'l': [1, 'x'], 's': <<'p', 'q'>>}"))
      expect(get('hash', { pk: { S: 'a' } })).toEqual({
        pk: { S: 'a' },
        data: { S: 'inserted' },
        n: { N: '1.5' },
        b: { BOOL: true },
        z: { NULL: true },
        l: { L: [{ N: '1' }, { S: 'x' }] },
        s: { SS: ['p', 'q'] },
      })
      expectError(run("INSERT INTO hash VALUE {'pk': 'a'}"), 'DuplicateItemException', 'Duplicate primary key exists in table')
    })

    it('INSERTs with parameters and refuses a key of the wrong type', () => {
      out(run('INSERT INTO hash VALUE {\'pk\': ?, \'data\': ?}', { Parameters: [{ S: 'p' }, { M: { x: { S: 'y' } } }] }))
      expect(get('hash', { pk: { S: 'p' } })).toEqual({ pk: { S: 'p' }, data: { M: { x: { S: 'y' } } } })
      expectError(run("INSERT INTO hash VALUE {'pk': 1}"), 'ValidationException', "Key attribute's data type should match its data type in table's schema: Key pk")
      expectError(run("INSERT INTO hash VALUE {'x': 1}"), 'ValidationException', 'Key attribute should be present in the item: Key pk')
    })

    it('SELECTs by key, with projections of nested paths', () => {
      put('hash', { pk: { S: 'n' }, mymap: { M: { nested: { S: 'deep' } } }, extra: { S: 'no' } })
      expect(out(run("SELECT * FROM hash WHERE pk = 'n'")).Items).toEqual([{ pk: { S: 'n' }, mymap: { M: { nested: { S: 'deep' } } }, extra: { S: 'no' } }])
      expect(out(run("SELECT mymap.nested FROM hash WHERE pk = 'n'")).Items).toEqual([{ nested: { S: 'deep' } }])
      expect(out(run('SELECT pk, mymap FROM hash WHERE pk = ?', { Parameters: [{ S: 'n' }] })).Items).toEqual([{ pk: { S: 'n' }, mymap: { M: { nested: { S: 'deep' } } } }])
      expect(out(run("SELECT * FROM hash WHERE pk = 'none'")).Items).toEqual([])
    })

    it('SELECTs with a filter, begins_with, IN and ORDER BY on a Query', () => {
      for (const sk of ['prefix-alpha', 'prefix-beta', 'other-gamma']) put('comp', { pk: { S: 'p' }, sk: { S: sk }, age: { N: String(sk.length) } })
      put('comp', { pk: { S: 'q' }, sk: { S: 'prefix-q' } })
      const sks = (r: Record<string, any>) => r.Items.map((i: any) => i.sk.S)
      expect(sks(out(run("SELECT * FROM comp WHERE pk = 'p' AND begins_with(\"sk\", 'prefix-')")))).toEqual(['prefix-alpha', 'prefix-beta'])
      expect(sks(out(run("SELECT * FROM comp WHERE pk = 'p' ORDER BY sk DESC")))).toEqual(['prefix-beta', 'prefix-alpha', 'other-gamma'])
      expect(sks(out(run("SELECT * FROM comp WHERE pk IN ['p', 'q'] AND sk > 'p'")))).toEqual(['prefix-alpha', 'prefix-beta', 'prefix-q'])
      expect(sks(out(run("SELECT * FROM comp WHERE pk IN ['p', 'q'] AND sk > 'p' ORDER BY pk DESC")))).toEqual(['prefix-q', 'prefix-beta', 'prefix-alpha'])
      expect(run("SELECT * FROM comp WHERE pk IN ['p', 'q'] ORDER BY sk").error?.message).toBe(
        'Must have hash key in ORDER BY clause when more than one hash key condition specified in WHERE clause.',
      )
      expect(sks(out(run("SELECT * FROM comp WHERE pk = 'p' AND age > 11")))).toEqual(['prefix-alpha'])
      expect(sks(out(run("SELECT * FROM comp WHERE sk = 'prefix-q'")))).toEqual(['prefix-q'])
      expect(sks(out(run("SELECT * FROM comp WHERE pk = 'q' OR pk = 'p' AND age = 12")))).toEqual(['prefix-q', 'prefix-alpha'])
      for (const [left, expected] of [
        ["pk = 'p' AND NOT sk = 'other-gamma'", ['prefix-alpha', 'prefix-beta']],
        ["pk = 'p' AND sk <> 'other-gamma'", ['prefix-alpha', 'prefix-beta']],
        ["pk = 'p' AND NOT sk IN ['prefix-alpha', 'other-gamma']", ['prefix-beta']],
        ["pk = 'p'", ['other-gamma', 'prefix-alpha', 'prefix-beta']],
      ] as const) {
        expect(sks(out(run(`SELECT * FROM comp WHERE ${left} OR pk = 'p' AND sk = 'prefix-beta'`))).sort()).toEqual(expected)
      }
      expect(sks(out(run("SELECT * FROM comp WHERE pk = 'p' AND extra IS MISSING AND NOT sk = 'other-gamma'")))).toEqual(['prefix-alpha', 'prefix-beta'])
    })

    it('compares sets, lists and maps like a ConditionExpression', () => {
      put('hash', { pk: { S: 'v' }, ss: { SS: ['a', 'b'] }, l: { L: [{ S: 'a' }, { S: 'b' }] }, m: { M: { x: { N: '1' }, y: { N: '2' } } } })
      const match = (clause: string, Parameters: unknown[]) => out(run(`SELECT pk FROM hash WHERE pk = 'v' AND ${clause}`, { Parameters })).Items.length === 1
      expect(match('ss = ?', [{ SS: ['b', 'a'] }])).toBe(true)
      expect(match('l = ?', [{ L: [{ S: 'b' }, { S: 'a' }] }])).toBe(false)
      expect(match('m = ?', [{ M: { y: { N: '2' }, x: { N: '1' } } }])).toBe(true)
      expect(match('m <> ?', [{ M: { y: { N: '3' } } }])).toBe(true)
      expect(match('contains(ss, ?)', [{ S: 'a' }])).toBe(true)
      expect(match('size(l) = ?', [{ N: '2' }])).toBe(true)
      expect(match("attribute_type(m, 'M')", [{ S: 'unused' }])).toBe(true)
    })

    it('UPDATEs with SET and REMOVE, and fails for a missing item or a false condition', () => {
      put('hash', { pk: { S: 'u' }, data: { S: 'before' }, n: { N: '1' }, gone: { S: 'x' }, l: { L: [{ N: '1' }] } })
      out(run("UPDATE hash SET data = 'after' SET n = n + 2 SET l = list_append(l, [2]) REMOVE gone WHERE pk = 'u'"))
      expect(get('hash', { pk: { S: 'u' } })).toEqual({ pk: { S: 'u' }, data: { S: 'after' }, n: { N: '3' }, l: { L: [{ N: '1' }, { N: '2' }] } })
      out(run("UPDATE hash SET s = set_add(s, <<'a'>>) WHERE pk = 'u'"))
      out(run("UPDATE hash SET s = set_add(s, <<'b'>>) WHERE pk = 'u'"))
      expect(get('hash', { pk: { S: 'u' } })!.s).toEqual({ SS: ['a', 'b'] })
      expectError(run("UPDATE hash SET data = 'x' WHERE pk = 'missing'"), 'ConditionalCheckFailedException', 'The conditional request failed')
      const failed = run("UPDATE hash SET data = 'x' WHERE pk = 'u' AND n = 99", { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' })
      expectError(failed, 'ConditionalCheckFailedException', 'The conditional request failed')
      expect((failed.error as { extra?: Record<string, unknown> }).extra?.['Item']).toMatchObject({ pk: { S: 'u' } })
    })

    it('UPDATE RETURNING gives the item on the requested side', () => {
      put('hash', { pk: { S: 'r' }, data: { S: 'old' }, keep: { S: 'same' } })
      expect(out(run("UPDATE hash SET data = 'new' WHERE pk = 'r' RETURNING MODIFIED OLD *")).Items).toEqual([{ data: { S: 'old' } }])
      expect(out(run("UPDATE hash SET data = 'newer' WHERE pk = 'r' RETURNING ALL NEW *")).Items).toEqual([{ pk: { S: 'r' }, data: { S: 'newer' }, keep: { S: 'same' } }])
      expect(out(run("UPDATE hash REMOVE data WHERE pk = 'r' RETURNING MODIFIED NEW *")).Items).toEqual([])
    })

    it('DELETEs an item, succeeds on a missing item and returns ALL OLD', () => {
      put('hash', { pk: { S: 'd' }, data: { S: 'gone' } })
      expect(out(run("DELETE FROM hash WHERE pk = 'd' RETURNING ALL OLD *")).Items).toEqual([{ pk: { S: 'd' }, data: { S: 'gone' } }])
      expect(get('hash', { pk: { S: 'd' } })).toBeUndefined()
      expect(out(run("DELETE FROM hash WHERE pk = 'd'")).Items).toEqual([])
      expectError(run("DELETE FROM hash WHERE pk = 'd' AND data = 'gone'"), 'ConditionalCheckFailedException', 'The conditional request failed')
      out(run("INSERT INTO hash VALUE {'pk': 'd'}"))
    })

    it('pages with Limit and NextToken', () => {
      for (let i = 0; i < 5; i++) put('comp', { pk: { S: 'page' }, sk: { S: `s${i}` } })
      const first = out(run("SELECT * FROM comp WHERE pk = 'page'", { Limit: 2 }))
      expect(first.Items.map((i: any) => i.sk.S)).toEqual(['s0', 's1'])
      expect(first.LastEvaluatedKey).toEqual({ pk: { S: 'page' }, sk: { S: 's1' } })
      const second = out(run("SELECT * FROM comp WHERE pk = 'page'", { Limit: 2, NextToken: first.NextToken }))
      expect(second.Items.map((i: any) => i.sk.S)).toEqual(['s2', 's3'])
      const third = out(run("SELECT * FROM comp WHERE pk = 'page'", { Limit: 2, NextToken: second.NextToken }))
      expect(third.Items.map((i: any) => i.sk.S)).toEqual(['s4'])
      expect(third.NextToken).toBeUndefined()
      expectError(run("SELECT * FROM comp WHERE pk = 'page'", { NextToken: 'garbage!' }), 'ValidationException', 'Invalid NextToken')
      expectError(run("SELECT * FROM comp WHERE pk = 'other'", { NextToken: first.NextToken }), 'ValidationException', 'NextToken does not match request')
    })
  })

  describe('paging', () => {
    it('pages a Scan and an IN Query across partitions', () => {
      for (const pk of ['a', 'b', 'c', 'd']) put('hash', { pk: { S: pk } })
      const seen: string[] = []
      let token: string | undefined
      do {
        const page = out(run('SELECT pk FROM hash', { Limit: 3, ...(token ? { NextToken: token } : {}) }))
        seen.push(...page.Items.map((i: any) => i.pk.S))
        token = page.NextToken
      } while (token)
      expect(seen.sort()).toEqual(['a', 'b', 'c', 'd'])
      for (const pk of ['x', 'y']) for (const sk of ['1', '2']) put('comp', { pk: { S: pk }, sk: { S: sk } })
      const first = out(run("SELECT * FROM comp WHERE pk IN ['x', 'y']", { Limit: 3 }))
      expect(first.Items.map((i: any) => i.pk.S + i.sk.S)).toEqual(['x1', 'x2', 'y1'])
      const second = out(run("SELECT * FROM comp WHERE pk IN ['x', 'y']", { Limit: 3, NextToken: first.NextToken }))
      expect(second.Items.map((i: any) => i.pk.S + i.sk.S)).toEqual(['y2'])
    })
  })

  describe('capacity', () => {
    it('charges a key SELECT like GetItem, a Query and a Scan on what they read', () => {
      put('comp', { pk: { S: 'c' }, sk: { S: '1' }, pad: { S: 'x'.repeat(3000) } })
      put('comp', { pk: { S: 'c' }, sk: { S: '2' }, pad: { S: 'x'.repeat(3000) } })
      const cap = (statement: string, extra: Record<string, unknown> = {}) =>
        out(run(statement, { ReturnConsumedCapacity: 'TOTAL', ...extra })).ConsumedCapacity
      expect(cap("SELECT * FROM comp WHERE pk = 'c' AND sk = '1'")).toEqual({ TableName: 'comp', CapacityUnits: 0.5 })
      expect(cap("SELECT * FROM comp WHERE pk = 'c' AND sk = '1'", { ConsistentRead: true })).toEqual({ TableName: 'comp', CapacityUnits: 1 })
      expect(cap("SELECT * FROM comp WHERE pk = 'c' AND sk = 'none'")).toEqual({ TableName: 'comp', CapacityUnits: 0.5 })
      // Query: two items of ~3 KB summed (~6 KB) → 8 KB → 2 RCU strong, 1 eventual.
      expect(cap("SELECT * FROM comp WHERE pk = 'c'", { ConsistentRead: true })).toEqual({ TableName: 'comp', CapacityUnits: 2 })
      expect(cap("SELECT * FROM comp WHERE pk = 'c' AND sk = 'zzz' OR \"pad\" = 'q'")).toEqual({ TableName: 'comp', CapacityUnits: 1 })
    })

    it('charges writes by item size, also for a failed condition and a duplicate', () => {
      const cap = (statement: string) => out(run(statement, { ReturnConsumedCapacity: 'INDEXES' })).ConsumedCapacity
      expect(cap(`INSERT INTO hash VALUE {'pk': 'w', 'pad': '${'x'.repeat(1500)}'}`)).toEqual({ TableName: 'hash', CapacityUnits: 2, Table: { CapacityUnits: 2 } })
      expect(cap("UPDATE hash SET \"pad\" = 'small' WHERE pk = 'w'")).toEqual({ TableName: 'hash', CapacityUnits: 2, Table: { CapacityUnits: 2 } })
      expect(cap("DELETE FROM hash WHERE pk = 'w'")).toEqual({ TableName: 'hash', CapacityUnits: 1, Table: { CapacityUnits: 1 } })
      const dup = run("INSERT INTO hash VALUE {'pk': 'missing'}")
      expect(dup.error).toBeUndefined()
      const r = run("INSERT INTO hash VALUE {'pk': 'missing'}", { ReturnConsumedCapacity: 'TOTAL' })
      expect(r.error?.name).toBe('DuplicateItemException')
      expect(r.trace.hops.length).toBeGreaterThan(0)
    })
  })
})
