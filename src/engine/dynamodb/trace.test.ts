import { describe, expect, it } from 'vitest'
import { SeededRandom } from '../clock/SeededRandom.ts'
import { Simulation } from '../Simulation.ts'
import { buildDynamoDBTrace, pendingDynamoDBTrace } from './trace.ts'
import { newOperationContext } from './OperationContext.ts'
import { ProvisionedThroughputExceededException } from './errors.ts'
import { copyItem } from './attributes/validate.ts'
import { utf8Length } from './attributes/size.ts'

describe('DynamoDB traces', () => {
  describe('functionality', () => {
    it('SeededRandom.skip(n) lands where n draws would', () => {
      const a = new SeededRandom(99)
      const b = new SeededRandom(99)
      for (let i = 0; i < 7; i++) a.next()
      b.skip(7)
      expect(b.getState()).toBe(a.getState())
      expect(b.next()).toBe(a.next())
    })

    it('a pending trace builds exactly the eager trace and leaves the generator where the eager build would', () => {
      for (const partitions of [[], [0], [1, 2, 3]]) {
        const ctx = newOperationContext(1000)
        ctx.tableName = 'T'
        ctx.partitions.push(...partitions)
        ctx.consumed.push({ TableName: 'T', CapacityUnits: 1 })
        const error = partitions.length === 1 ? new ProvisionedThroughputExceededException() : undefined
        const eagerRandom = new SeededRandom(5)
        const lazyRandom = new SeededRandom(5)
        const args = { id: 't-1', source: 'sdk', operation: 'PutItem', start: 1000, ctx, error }
        const eager = buildDynamoDBTrace({ ...args, random: eagerRandom })
        const pending = pendingDynamoDBTrace({ ...args, random: lazyRandom })
        expect(lazyRandom.getState()).toBe(eagerRandom.getState())
        lazyRandom.next() // later draws must not change the pending trace
        expect(pending.trace).toEqual(eager)
        expect(pending.trace).toBe(pending.trace)
      }
    })

    it('a request result exposes its trace, and the log holds the same one', () => {
      const sim = new Simulation({ seed: 3 })
      const r = sim.request('dynamodb', 'ListTables', {})
      expect(r.trace.operation).toBe('ListTables')
      expect(sim.traces.get(r.trace.id)).toBe(r.trace)
      expect(sim.traces.latest(1)[0]).toBe(r.trace)
      expect({ ...r }.trace).toBe(r.trace)
    })

    it('copyItem is a deep copy equal to a JSON round trip', () => {
      const item = {
        a: { S: 'x' },
        n: { N: '1.5' },
        b: { B: 'AA==' },
        t: { BOOL: false },
        z: { NULL: true as const },
        ss: { SS: ['a', 'b'] },
        ns: { NS: ['1'] },
        bs: { BS: ['AA=='] },
        l: { L: [{ S: 'y' }, { M: { k: { N: '2' } } }] },
        m: { M: { inner: { L: [] } } },
      }
      const copy = copyItem(item)
      expect(copy).toEqual(JSON.parse(JSON.stringify(item)))
      ;(copy['ss'] as { SS: string[] }).SS.push('c')
      ;((copy['m'] as { M: { inner: { L: unknown[] } } }).M.inner.L as unknown[]).push({ S: 'q' })
      expect(item.ss.SS).toEqual(['a', 'b'])
      expect(item.m.M.inner.L).toEqual([])
    })

    it('utf8Length of long strings (memoized) counts multi-byte characters', () => {
      const ascii = 'x'.repeat(1000)
      const mixed = 'é'.repeat(100) + '€'.repeat(100) + '😀'.repeat(10)
      expect(utf8Length(ascii)).toBe(1000)
      expect(utf8Length(ascii)).toBe(1000)
      expect(utf8Length(mixed)).toBe(200 + 300 + 40)
      expect(utf8Length(mixed)).toBe(540)
    })
  })
})
