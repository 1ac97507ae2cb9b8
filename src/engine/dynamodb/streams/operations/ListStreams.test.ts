import { describe, expect, it } from 'vitest'
import { Simulation } from '../../../Simulation.ts'
import { streams, tableWithStream } from '../testing.ts'

interface Out {
  Streams: { StreamArn: string; TableName: string; StreamLabel: string }[]
  LastEvaluatedStreamArn?: string
}

describe('ListStreams', () => {
  describe('validations', () => {
    it('returns ValidationException for a bad TableName or Limit', () => {
      const sim = new Simulation()
      expect(sim.request('dynamodbstreams', 'ListStreams', { TableName: 'ab' }).error?.message).toBe(
        "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
      )
      expect(sim.request('dynamodbstreams', 'ListStreams', { Limit: 0 }).error?.message).toBe(
        "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
      )
    })
  })

  describe('functionality', () => {
    it('lists streams newest first (all, or one table’s) and pages with Limit', () => {
      const sim = new Simulation()
      const a = tableWithStream(sim, 'KEYS_ONLY', 'Alpha')
      const b = tableWithStream(sim, 'NEW_IMAGE', 'Bravo')
      tableWithStream(sim, null, 'Plain')
      expect(streams<Out>(sim, 'ListStreams', {}).Streams).toEqual([
        { StreamArn: b, TableName: 'Bravo', StreamLabel: b.split('/stream/')[1] },
        { StreamArn: a, TableName: 'Alpha', StreamLabel: a.split('/stream/')[1] },
      ])
      expect(streams<Out>(sim, 'ListStreams', { TableName: 'Bravo' }).Streams.map((s) => s.StreamArn)).toEqual([b])
      expect(streams<Out>(sim, 'ListStreams', { TableName: 'Plain' }).Streams).toEqual([])
      const page = streams<Out>(sim, 'ListStreams', { Limit: 1 })
      expect(page.Streams.map((s) => s.StreamArn)).toEqual([b])
      expect(page.LastEvaluatedStreamArn).toBe(b)
      const next = streams<Out>(sim, 'ListStreams', { Limit: 1, ExclusiveStartStreamArn: b })
      expect(next.Streams.map((s) => s.StreamArn)).toEqual([a])
      expect(next).not.toHaveProperty('LastEvaluatedStreamArn')
    })

    it('keeps a disabled stream listed next to the new one after re-enabling', () => {
      const sim = new Simulation()
      const first = tableWithStream(sim)
      sim.request('dynamodb', 'UpdateTable', { TableName: 'Orders', StreamSpecification: { StreamEnabled: false } })
      sim.advanceBy(60_000)
      sim.request('dynamodb', 'UpdateTable', { TableName: 'Orders', StreamSpecification: { StreamEnabled: true, StreamViewType: 'OLD_IMAGE' } })
      const arns = streams<Out>(sim, 'ListStreams', { TableName: 'Orders' }).Streams.map((s) => s.StreamArn)
      expect(arns).toHaveLength(2)
      expect(arns[1]).toBe(first)
    })
  })
})
