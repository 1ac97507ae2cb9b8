import { describe, expect, it } from 'vitest'
import { architectureSummary, describeTables, describeTrace, overflowLabel } from './summary.ts'
import { getItemTrace, table, validationErrorTrace } from './testTraces.ts'

describe('summary', () => {
  describe('functionality', () => {
    it('describes tables for screen readers', () => {
      expect(describeTables([table({ partitionCount: 1 })])).toEqual(['Table GameScores: ACTIVE, 36 items, 1 partition'])
    })

    it('describes a request with its outcome, duration and partition', () => {
      expect(describeTrace(getItemTrace())).toBe('t-1 GetItem on GameScores from console: ok in 10.0 ms, partition 1')
      expect(describeTrace(validationErrorTrace())).toBe('t-2 PutItem on GameScores from console: error (ValidationException) in 7.0 ms')
    })

    it('summarizes the view in the SVG label', () => {
      expect(architectureSummary([], [])).toBe('Architecture: client, DynamoDB request router, no tables yet.')
      expect(architectureSummary([table()], [getItemTrace()])).toBe(
        'Architecture: client, DynamoDB request router, 1 table: GameScores (2 partitions). Latest request: t-1 GetItem on GameScores from console: ok in 10.0 ms, partition 1.',
      )
    })

    it('counts requests that were not animated, by outcome', () => {
      expect(overflowLabel([])).toBe('')
      expect(overflowLabel(['ok'])).toBe('+1 not animated (1 ok)')
      expect(overflowLabel(['ok', 'throttled', 'ok', 'error'])).toBe('+4 not animated (2 ok, 1 error, 1 throttled)')
    })
  })
})
