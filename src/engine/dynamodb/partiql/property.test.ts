import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Simulation } from '../../Simulation.ts'
import { AwsServiceException } from '../../errors.ts'
import { addTestTable } from '../validation/testTables.ts'

/**
 * No statement crashes the PartiQL operations: random sequences of PartiQL tokens (and random parameters) get a
 * success or a named AWS error, never a JavaScript exception.
 */
const FRAGMENTS = [
  'SELECT', 'INSERT', 'INTO', 'UPDATE', 'DELETE', 'FROM', 'WHERE', 'SET', 'REMOVE', 'VALUE', 'RETURNING', 'ALL', 'MODIFIED',
  'OLD', 'NEW', '*', 'AND', 'OR', 'NOT', 'IN', 'IS', 'MISSING', 'NULL', 'BETWEEN', 'ORDER', 'BY', 'DESC', 'EXISTS', 'AS',
  '"hash"', '"comp"', '"comp"."idx"', 'hash', 'comp', 'pk', 'sk', 'a', 'a.b', 'a[0]', '"x"', "'p'", "'q'", '1', '2.5', '-3',
  '1e200', '?', '=', '<>', '<', '<=', '>', '>=', '+', '-', ',', '(', ')', '[', ']', '{', '}', ':', '<<', '>>', ';',
  'size(a)', 'begins_with(sk,', "contains(a, 'x')", 'attribute_type(a,', 'list_append(a,', 'set_add(a,', '--', '/*', '*/',
]

const value = fc.oneof(
  fc.record({ S: fc.constantFrom('p', 'q', '') }),
  fc.record({ N: fc.constantFrom('1', '2', '-0.5') }),
  fc.record({ BOOL: fc.boolean() }),
  fc.constant({ NULL: true }),
  fc.constant({ SS: ['x', 'y'] }),
  fc.constant({ L: [{ S: 'x' }] }),
  fc.constant({ M: { b: { N: '1' } } }),
)

function newSim(): Simulation {
  const sim = new Simulation()
  addTestTable(sim, 'hash', { hash: ['pk', 'S'] })
  addTestTable(sim, 'comp', { hash: ['pk', 'S'], range: ['sk', 'S'] })
  sim.request('dynamodb', 'PutItem', { TableName: 'hash', Item: { pk: { S: 'p' }, a: { L: [{ N: '1' }] } } })
  sim.request('dynamodb', 'PutItem', { TableName: 'comp', Item: { pk: { S: 'p' }, sk: { S: 'q' }, a: { SS: ['x'] } } })
  return sim
}

function expectNamedOutcome(result: { error?: unknown }): void {
  if (result.error === undefined) return
  expect(result.error).toBeInstanceOf(AwsServiceException)
  // Simulation.request turns a JavaScript exception into an InternalServerError: that is a crash.
  expect((result.error as AwsServiceException).name, (result.error as Error).message).not.toBe('InternalServerError')
}

const statement = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(' '))
const templates = fc.constantFrom(
  "SELECT * FROM comp WHERE pk = ? AND sk > ?",
  "UPDATE hash SET a = ? WHERE pk = ?",
  "UPDATE hash SET a = list_append(a, ?) WHERE pk = 'p'",
  "UPDATE comp SET a = set_add(a, ?) WHERE pk = 'p' AND sk = 'q'",
  "INSERT INTO hash VALUE {'pk': ?, 'v': ?}",
  "DELETE FROM comp WHERE pk = ? AND sk = ? AND a = ?",
  "SELECT a FROM hash WHERE pk IN [?, ?] AND size(a) BETWEEN ? AND ?",
)

describe('ExecuteStatement', () => {
  describe('validations', () => {
    it('answers random token sequences with a success or a named AWS error', () => {
      const sim = newSim()
      fc.assert(
        fc.property(statement, fc.array(value, { maxLength: 4 }), (Statement, Parameters) => {
          const input: Record<string, unknown> = { Statement }
          if (Parameters.length) input.Parameters = Parameters
          expectNamedOutcome(sim.request('dynamodb', 'ExecuteStatement', input))
        }),
        { numRuns: 400 },
      )
    })

    it('answers valid statements with random parameter values with a success or a named AWS error', () => {
      const sim = newSim()
      fc.assert(
        fc.property(templates, fc.array(value, { minLength: 4, maxLength: 4 }), (Statement, Parameters) => {
          expectNamedOutcome(sim.request('dynamodb', 'ExecuteStatement', { Statement, Parameters }))
          expectNamedOutcome(sim.request('dynamodb', 'BatchExecuteStatement', { Statements: [{ Statement, Parameters }] }))
          expectNamedOutcome(sim.request('dynamodb', 'ExecuteTransaction', { TransactStatements: [{ Statement, Parameters }] }))
        }),
        { numRuns: 300 },
      )
    })
  })
})
