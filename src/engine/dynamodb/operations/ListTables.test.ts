import { describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'

function withTables(names: string[]): Simulation {
  const sim = new Simulation()
  for (const n of names) {
    sim.request('dynamodb', 'CreateTable', {
      TableName: n,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    })
  }
  return sim
}

const list = (sim: Simulation, input: Record<string, unknown>) => sim.request('dynamodb', 'ListTables', input)

describe('ListTables', () => {
  describe('validations', () => {
    it('returns ValidationException for Limit below 1 or above 100', () => {
      const sim = new Simulation()
      expect(list(sim, { Limit: 0 }).error?.message).toBe("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1")
      expect(list(sim, { Limit: 101 }).error?.message).toBe("1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100")
    })

    it('returns ValidationException for a malformed ExclusiveStartTableName', () => {
      const sim = new Simulation()
      // A constraint error, not TableName's custom length message (dynalite test/listTables.js, recorded against AWS).
      expect(list(sim, { ExclusiveStartTableName: 'ab' }).error?.message).toBe(
        "1 validation error detected: Value 'ab' at 'exclusiveStartTableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
      )
      const r = list(sim, { ExclusiveStartTableName: 'a;bc', Limit: 0 })
      expect(r.error?.message).toBe(
        "2 validation errors detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
          "Value 'a;bc' at 'exclusiveStartTableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
      )
    })
  })

  describe('functionality', () => {
    it('lists nothing on a new account', () => {
      expect(list(new Simulation(), {}).output).toEqual({ TableNames: [] })
    })

    it('lists names sorted, in any status', () => {
      expect(list(withTables(['beta', 'Zeta', 'alpha']), {}).output).toEqual({ TableNames: ['Zeta', 'alpha', 'beta'] })
    })

    it('pages with Limit, LastEvaluatedTableName and ExclusiveStartTableName', () => {
      const sim = withTables(['t01', 't02', 't03', 't04', 't05'])
      expect(list(sim, { Limit: 2 }).output).toEqual({ TableNames: ['t01', 't02'], LastEvaluatedTableName: 't02' })
      expect(list(sim, { Limit: 2, ExclusiveStartTableName: 't02' }).output).toEqual({ TableNames: ['t03', 't04'], LastEvaluatedTableName: 't04' })
      expect(list(sim, { Limit: 2, ExclusiveStartTableName: 't04' }).output).toEqual({ TableNames: ['t05'] })
      expect(list(sim, { ExclusiveStartTableName: 't025' }).output).toEqual({ TableNames: ['t03', 't04', 't05'] })
    })

    it('returns LastEvaluatedTableName only when more names follow', () => {
      const sim = withTables(['t01', 't02'])
      expect(list(sim, { Limit: 2 }).output).toEqual({ TableNames: ['t01', 't02'] })
    })

    it('defaults to 100 names per page', () => {
      const sim = withTables(Array.from({ length: 101 }, (_, i) => `t${String(i).padStart(3, '0')}`))
      const out = list(sim, {}).output as { TableNames: string[]; LastEvaluatedTableName?: string }
      expect(out.TableNames).toHaveLength(100)
      expect(out.LastEvaluatedTableName).toBe('t099')
    })
  })
})
