import { describe, expect, it } from 'vitest'
import { formatConsumedCapacity, formatPartitions, formatValue, ms, otherDetails, waterfallRows } from './waterfall.ts'
import { getItemTrace, validationErrorTrace } from './testTraces.ts'

describe('waterfall', () => {
  describe('functionality', () => {
    it('has one row per hop with start offset and duration in virtual ms', () => {
      const rows = waterfallRows(getItemTrace())
      expect(rows.map((r) => [r.hop.component, r.offsetMs, r.durationMs])).toEqual([
        ['request router', 3, 1],
        ['partition 1', 4, 2],
        ['client', 6, 4],
      ])
    })

    it('scales bars to the trace duration', () => {
      const rows = waterfallRows(getItemTrace())
      expect(rows.map((r) => [r.leftPct, r.widthPct])).toEqual([
        [30, 10],
        [40, 20],
        [60, 40],
      ])
    })

    it('gives an instant hop a visible sliver and keeps bars inside the track', () => {
      const t = getItemTrace()
      const [row] = waterfallRows({ ...t, hops: [{ ...t.hops[0]!, start: 1010, end: 1010 }] })
      expect(row!.leftPct).toBe(100)
      expect(row!.widthPct).toBe(0.5)
    })

    it('lists hop details as text', () => {
      const rows = waterfallRows(getItemTrace())
      expect(rows[1]!.detail).toEqual([
        ['partition', '1'],
        ['table', 'GameScores'],
        ['consumedCapacity', '0.5'],
      ])
      expect(formatValue({ a: 1 })).toBe('{"a":1}')
      expect(formatValue(undefined)).toBe('—')
      expect(formatValue(true)).toBe('true')
    })

    it('formats consumed capacity in RCU for reads and WCU for writes', () => {
      expect(formatConsumedCapacity(getItemTrace())).toBe('0.5 RCU (GameScores)')
      const put = getItemTrace({ operation: 'PutItem', detail: { consumedCapacity: [{ TableName: 'GameScores', CapacityUnits: 1 }] } })
      expect(formatConsumedCapacity(put)).toBe('1 WCU (GameScores)')
      const explicit = getItemTrace({ operation: 'PutItem', detail: { consumedCapacity: [{ TableName: 'T', CapacityUnits: 2, ReadCapacityUnits: 2 }] } })
      expect(formatConsumedCapacity(explicit)).toBe('2 RCU (T)')
      expect(formatConsumedCapacity(validationErrorTrace())).toBeUndefined()
    })

    it('names the partitions touched, or none when the request stopped at the router', () => {
      expect(formatPartitions(getItemTrace())).toBe('1')
      expect(formatPartitions(getItemTrace({ detail: { partitions: [0, 3] } }))).toBe('0, 3')
      expect(formatPartitions(validationErrorTrace())).toBeUndefined()
    })

    it('keeps other trace details (engine notes) for their own list', () => {
      expect(otherDetails(getItemTrace({ detail: { partitions: [0], consistentRead: true, itemSizeBytes: 812 } }))).toEqual([
        ['consistentRead', 'true'],
        ['itemSizeBytes', '812'],
      ])
    })

    it('rounds virtual ms to a tenth', () => {
      expect(ms(11.84)).toBe('11.8')
      expect(ms(3)).toBe('3')
      expect(ms(0.04)).toBe('0')
    })
  })
})
