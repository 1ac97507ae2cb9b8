import { describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'

function activeTable(sim: Simulation, name = 'Music'): void {
  sim.request('dynamodb', 'CreateTable', {
    TableName: name,
    AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }],
    ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 5 },
  })
  sim.advanceBy(60_000)
}

describe('DescribeTable', () => {
  describe('validations', () => {
    it('returns ValidationException for no TableName', () => {
      const r = new Simulation().request('dynamodb', 'DescribeTable', {})
      expect(r.error?.name).toBe('ValidationException')
      expect(r.error?.message).toBe("The parameter 'TableName' is required but was not present in the request")
    })

    it('returns ValidationException for a TableName of bad length or characters', () => {
      const sim = new Simulation()
      expect(sim.request('dynamodb', 'DescribeTable', { TableName: 'ab' }).error?.message).toBe('TableName must be at least 3 characters long and at most 255 characters long')
      expect(sim.request('dynamodb', 'DescribeTable', { TableName: 'ab;c' }).error?.message).toBe(
        "1 validation error detected: Value 'ab;c' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
      )
    })

    it('returns ResourceNotFoundException for a missing table', () => {
      const r = new Simulation().request('dynamodb', 'DescribeTable', { TableName: 'Nope' })
      expect(r.error?.name).toBe('ResourceNotFoundException')
      expect(r.error?.message).toBe('Requested resource not found: Table: Nope not found')
      expect(r.trace.resource).toBe('Nope')
    })
  })

  describe('functionality', () => {
    it('returns the full TableDescription with live size and item count', () => {
      const sim = new Simulation()
      activeTable(sim)
      sim.dynamodb.tables.get('Music')!.put({ Artist: { S: 'Acme' }, Song: { S: 'x' } })
      const r = sim.request('dynamodb', 'DescribeTable', { TableName: 'Music' })
      const t = (r.output as { Table: Record<string, unknown> }).Table
      expect(t).toEqual({
        AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }],
        TableName: 'Music',
        KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }],
        TableStatus: 'ACTIVE',
        CreationDateTime: 1_767_225_600,
        ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 10, WriteCapacityUnits: 5 },
        TableSizeBytes: 15,
        ItemCount: 1,
        TableArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/Music',
        TableId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        DeletionProtectionEnabled: false,
      })
    })

    it('returns a copy that callers cannot use to change the table', () => {
      const sim = new Simulation()
      activeTable(sim)
      const t = (sim.request('dynamodb', 'DescribeTable', { TableName: 'Music' }).output as { Table: { KeySchema: { AttributeName: string }[] } }).Table
      t.KeySchema[0]!.AttributeName = 'changed'
      expect(sim.dynamodb.tables.get('Music')!.meta.KeySchema[0]!.AttributeName).toBe('Artist')
    })

    it('gives tables different TableIds, deterministically for a seed', () => {
      const ids = (seed: number) => {
        const sim = new Simulation({ seed })
        activeTable(sim, 'aaa')
        activeTable(sim, 'bbb')
        return [...sim.dynamodb.tables.values()].map((t) => t.meta.TableId)
      }
      expect(ids(7)).toEqual(ids(7))
      expect(ids(7)[0]).not.toBe(ids(7)[1])
    })
  })
})
