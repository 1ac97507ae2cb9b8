import { describe, expect, it } from 'vitest'
import { RequestContext, newOperationContext, recordTableUnits, touchPartition } from './OperationContext.ts'
import { recordCapacity, tableOnly } from './consumedCapacity.ts'

describe('OperationContext', () => {
  describe('functionality', () => {
    it('a request context reports the partitions and capacity recorded through the helpers, like a plain context', () => {
      const lazy = new RequestContext(5)
      const plain = newOperationContext(5)
      for (const ctx of [lazy, plain]) {
        touchPartition(ctx, 3)
        recordTableUnits(ctx, 'T', 0.5)
      }
      expect(lazy.partitions).toEqual([3])
      expect(lazy.consumed).toEqual(plain.consumed)
      expect(lazy.partitionCount).toBe(1)
    })

    it('recordTableUnits gives the entry recordCapacity gives for a table-only breakdown', () => {
      for (const units of [0.5, 1, 2, 7.5]) {
        const viaBreakdown = newOperationContext(0)
        recordCapacity(viaBreakdown, 'Music', tableOnly(units))
        const ctx = new RequestContext(0)
        recordTableUnits(ctx, 'Music', units)
        expect(ctx.consumed).toEqual(viaBreakdown.consumed)
      }
    })

    it('keeps the order of records made through the helpers and pushed directly', () => {
      const ctx = new RequestContext(0)
      touchPartition(ctx, 1)
      ctx.partitions.push(2)
      touchPartition(ctx, 3)
      expect(ctx.partitions).toEqual([1, 2, 3])
      expect(ctx.partitionCount).toBe(3)

      const other = new RequestContext(0)
      other.consumed.push({ TableName: 'A', CapacityUnits: 1 })
      recordTableUnits(other, 'B', 2)
      recordTableUnits(other, 'C', 3)
      expect(other.consumed.map((c) => c.TableName)).toEqual(['A', 'B', 'C'])
    })

    it('starts empty', () => {
      const ctx = new RequestContext(7)
      expect(ctx.now).toBe(7)
      expect(ctx.partitionCount).toBe(0)
      expect(ctx.partitions).toEqual([])
      expect(ctx.consumed).toEqual([])
      expect(ctx.notes).toEqual({})
    })
  })
})
