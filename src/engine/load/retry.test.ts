import { describe, expect, it } from 'vitest'
import { SeededRandom } from '../clock/SeededRandom.ts'
import { classifyError, retryDelay, RetryStrategy, SDK_V3_STANDARD, SDK_V3_STANDARD_2026 } from './retry.ts'

describe('SDK v3 retry model', () => {
  describe('functionality', () => {
    it('classifies throttling, transient and client errors as the SDK does', () => {
      expect(classifyError('ProvisionedThroughputExceededException')).toBe('THROTTLING')
      expect(classifyError('ThrottlingException')).toBe('THROTTLING')
      expect(classifyError('RequestLimitExceeded')).toBe('THROTTLING')
      expect(classifyError('InternalServerError', 'server')).toBe('TRANSIENT')
      expect(classifyError('RequestTimeout')).toBe('TRANSIENT')
      expect(classifyError('ConditionalCheckFailedException')).toBe('CLIENT_ERROR')
      expect(classifyError('ValidationException')).toBe('CLIENT_ERROR')
    })

    it('computes the full-jitter delay floor(min(20000, r × 2^i × base)) with the seeded generator', () => {
      const a = new SeededRandom(42)
      const b = new SeededRandom(42)
      for (let i = 0; i < 50; i++) {
        const count = i % 8
        const throttling = retryDelay(SDK_V3_STANDARD, 'THROTTLING', count, a)
        expect(throttling).toBe(Math.floor(Math.min(20_000, b.next() * 2 ** count * 500)))
        const transient = retryDelay(SDK_V3_STANDARD, 'TRANSIENT', count, a)
        expect(transient).toBe(Math.floor(Math.min(20_000, b.next() * 2 ** count * 100)))
      }
    })

    it('keeps delays in [0, base × 2^i) and under the 20 s cap', () => {
      const r = new SeededRandom(7)
      for (let i = 0; i < 1000; i++) {
        expect(retryDelay(SDK_V3_STANDARD, 'THROTTLING', 0, r)).toBeLessThan(500)
        expect(retryDelay(SDK_V3_STANDARD, 'THROTTLING', 1, r)).toBeLessThan(1000)
        expect(retryDelay(SDK_V3_STANDARD, 'TRANSIENT', 0, r)).toBeLessThan(100)
        expect(retryDelay(SDK_V3_STANDARD, 'THROTTLING', 10, r)).toBeLessThanOrEqual(20_000)
      }
    })

    it('caps before the jitter in the 2026 settings: floor(r × min(20000, base × 2^i))', () => {
      const a = new SeededRandom(3)
      const b = new SeededRandom(3)
      expect(retryDelay(SDK_V3_STANDARD_2026, 'THROTTLING', 6, a)).toBe(Math.floor(b.next() * 20_000))
      expect(retryDelay(SDK_V3_STANDARD_2026, 'TRANSIENT', 1, a)).toBe(Math.floor(b.next() * 100))
    })

    it('allows 4 attempts by default (installed SDK): retries after attempts 1, 2 and 3, not after 4', () => {
      const s = new RetryStrategy()
      const r = new SeededRandom(1)
      expect(s.retry('THROTTLING', 1, r)).toBeDefined()
      expect(s.retry('THROTTLING', 2, r)).toBeDefined()
      expect(s.retry('THROTTLING', 3, r)).toBeDefined()
      expect(s.retry('THROTTLING', 4, r)).toBeUndefined()
    })

    it('never retries client errors and takes no tokens for them', () => {
      const s = new RetryStrategy()
      expect(s.retry('CLIENT_ERROR', 1, new SeededRandom(1))).toBeUndefined()
      expect(s.capacity).toBe(500)
    })
  })

  describe('retry quota', () => {
    it('starts at 500 tokens; a throttling retry costs 5, a transient one 14 (installed SDK, the default)', () => {
      const s = new RetryStrategy()
      expect(s.config).toBe(SDK_V3_STANDARD_2026)
      const r = new SeededRandom(1)
      expect(s.retry('THROTTLING', 1, r)?.cost).toBe(5)
      expect(s.capacity).toBe(495)
      expect(s.retry('TRANSIENT', 1, r)?.cost).toBe(14)
      expect(s.capacity).toBe(481)
    })

    it('classic settings: a throttling retry costs 5, a transient one 10, at most 3 attempts', () => {
      const s = new RetryStrategy(SDK_V3_STANDARD)
      const r = new SeededRandom(1)
      expect(s.retry('THROTTLING', 1, r)?.cost).toBe(5)
      expect(s.retry('TRANSIENT', 1, r)?.cost).toBe(10)
      expect(s.capacity).toBe(485)
      expect(s.retry('THROTTLING', 3, r)).toBeUndefined()
      expect(new RetryStrategy().retry('THROTTLING', 3, r)).toBeDefined()
      expect(new RetryStrategy().retry('THROTTLING', 4, r)).toBeUndefined()
    })

    it('stops retrying when the quota cannot pay: 100 throttling retries empty it', () => {
      const s = new RetryStrategy()
      const r = new SeededRandom(1)
      for (let i = 0; i < 100; i++) expect(s.retry('THROTTLING', 1, r)).toBeDefined()
      expect(s.capacity).toBe(0)
      expect(s.retry('THROTTLING', 1, r)).toBeUndefined()
      expect(s.capacity).toBe(0)
    })

    it('refuses a transient retry (10) with 5 tokens left but allows a throttling one (5)', () => {
      const s = new RetryStrategy(SDK_V3_STANDARD, 5)
      const r = new SeededRandom(1)
      expect(s.retry('TRANSIENT', 1, r)).toBeUndefined()
      expect(s.retry('THROTTLING', 1, r)).toBeDefined()
    })

    it('refunds 1 per first-try success and the retry cost on a successful retry, up to 500', () => {
      const s = new RetryStrategy(SDK_V3_STANDARD, 480)
      s.recordSuccess(undefined)
      expect(s.capacity).toBe(481)
      s.recordSuccess(10)
      expect(s.capacity).toBe(491)
      s.recordSuccess(5)
      s.recordSuccess(5)
      expect(s.capacity).toBe(500)
    })
  })
})
