import { describe, expect, it } from 'vitest'
import { formatJavaUtc, formatLongUtc, formatStreamLabel, nextUtcMidnight, utcDay, utcParts } from './utcFormat.ts'

describe('utcFormat', () => {
  describe('functionality', () => {
    it('breaks epoch seconds into UTC calendar fields, across leap days and centuries', () => {
      expect(utcParts(0)).toMatchObject({ year: 1970, month: 1, day: 1, hour: 0, weekday: 'Thursday' })
      expect(utcParts(951_782_400)).toMatchObject({ year: 2000, month: 2, day: 29, weekday: 'Tuesday' })
      expect(utcParts(1_791_501_648)).toMatchObject({ year: 2026, month: 10, day: 8, hour: 23, minute: 20, second: 48, weekday: 'Thursday' })
      expect(utcParts(1_767_225_600.123)).toMatchObject({ year: 2026, month: 1, day: 1, millisecond: 123 })
    })

    it('formats the dates of the throughput-decrease message as AWS does', () => {
      expect(formatLongUtc(1_791_501_648)).toBe('Thursday, October 8, 2026 at 11:20:48 PM Coordinated Universal Time')
      expect(formatLongUtc(nextUtcMidnight(1_791_501_648))).toBe('Friday, October 9, 2026 at 12:00:00 AM Coordinated Universal Time')
      expect(formatLongUtc(1_791_461_000)).toBe('Thursday, October 8, 2026 at 12:03:20 PM Coordinated Universal Time')
    })

    it('formats Java-style dates and stream labels', () => {
      expect(formatJavaUtc(1_550_891_265)).toBe('Sat Feb 23 03:07:45 UTC 2019')
      expect(formatStreamLabel(1_767_225_600.5)).toBe('2026-01-01T00:00:00.500')
    })

    it('numbers UTC days', () => {
      expect(utcDay(86_399)).toBe(0)
      expect(utcDay(86_400)).toBe(1)
    })
  })
})
