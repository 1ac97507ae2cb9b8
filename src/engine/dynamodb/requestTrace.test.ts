import { describe, expect, it } from 'vitest'
import { SeededRandom } from '../clock/SeededRandom.ts'
import { Simulation } from '../Simulation.ts'
import { DynamoDBRequest, buildDynamoDBTrace } from './trace.ts'
import { newOperationContext, recordTableUnits, touchPartition } from './OperationContext.ts'
import { ProvisionedThroughputExceededException } from './errors.ts'
import { addTestTable } from './validation/testTables.ts'

describe('DynamoDBRequest', () => {
  describe('functionality', () => {
    it('builds the eager trace of the same context, and reserves exactly its random draws', () => {
      for (const partitions of [[], [2], [0, 1, 3]]) {
        const error = partitions.length === 1 ? new ProvisionedThroughputExceededException() : undefined
        const req = new DynamoDBRequest(1000)
        const ctx = newOperationContext(1000)
        for (const c of [req, ctx]) {
          c.tableName = 'T'
          for (const p of partitions) touchPartition(c, p)
          recordTableUnits(c, 'T', 0.5)
          c.notes['itemSizeBytes'] = 12
        }
        const lazyRandom = new SeededRandom(9)
        const eagerRandom = new SeededRandom(9)
        req.logAs(42, 'console', 'GetItem', error, lazyRandom)
        const eager = buildDynamoDBTrace({ id: 't-42', source: 'console', operation: 'GetItem', start: 1000, ctx, error, random: eagerRandom })
        expect(lazyRandom.getState()).toBe(eagerRandom.getState())
        lazyRandom.next() // later draws must not change the trace
        expect(req.id).toBe('t-42')
        expect(req.trace).toEqual(eager)
        expect(req.trace).toBe(req.trace)
      }
    })

    it('GetItem and PutItem results carry their trace (an own property once read), logged under the same id', () => {
      const sim = new Simulation({ seed: 4 })
      addTestTable(sim, 'Music', { hash: ['pk', 'S'] })
      const put = sim.request('dynamodb', 'PutItem', { TableName: 'Music', Item: { pk: { S: 'a' } } })
      const get = sim.request('dynamodb', 'GetItem', { TableName: 'Music', Key: { pk: { S: 'a' } } })
      const miss = sim.request('dynamodb', 'GetItem', { TableName: 'Nope', Key: { pk: { S: 'a' } } })
      expect(get.output).toEqual({ Item: { pk: { S: 'a' } } })
      expect(miss.error?.name).toBe('ResourceNotFoundException')
      for (const r of [put, get, miss]) {
        expect(sim.traces.get(r.trace.id)).toBe(r.trace)
        expect({ ...r }.trace).toBe(r.trace)
      }
      // Once read, the trace is an own, enumerable, read-only property.
      expect(Object.keys(put)).toEqual(['output', 'trace'])
      expect(Object.keys(miss)).toEqual(['error', 'trace'])
      expect(() => {
        ;(put as { trace: unknown }).trace = null
      }).toThrow(TypeError)
      expect([put, get, miss].map((r) => r.trace.id)).toEqual(['t-1', 't-2', 't-3'])
      expect(get.trace.detail).toMatchObject({ consumedCapacity: [{ TableName: 'Music', CapacityUnits: 0.5, Table: { CapacityUnits: 0.5 } }], partitions: [expect.any(Number)] })
      expect(miss.trace.hops.map((h) => h.component)).toEqual(['request router', 'client'])
    })

    it('traceEnd is the built trace end, without building it (reads, strong reads, writes, errors, several partitions)', () => {
      const sim = new Simulation({ seed: 5 })
      addTestTable(sim, 'Ends', { hash: ['pk', 'S'] })
      const inputs: [string, unknown][] = [
        ['PutItem', { TableName: 'Ends', Item: { pk: { S: 'a' }, n: { N: '1' } } }],
        ['GetItem', { TableName: 'Ends', Key: { pk: { S: 'a' } } }],
        ['GetItem', { TableName: 'Ends', Key: { pk: { S: 'a' } }, ConsistentRead: true }],
        ['GetItem', { TableName: 'Nope', Key: { pk: { S: 'a' } } }],
        ['BatchWriteItem', { RequestItems: { Ends: ['b', 'c', 'd', 'e'].map((k) => ({ PutRequest: { Item: { pk: { S: k } } } })) } }],
        ['Scan', { TableName: 'Ends' }],
      ]
      for (const [operation, input] of inputs) {
        sim.advanceBy(7)
        const r = sim.request('dynamodb', operation, input)
        const end = r.traceEnd
        expect(end).toBeDefined()
        expect(end).toBe(r.trace.end) // built after: the same draws and arithmetic
        expect(r.traceEnd).toBe(end)
      }
    })
  })
})

