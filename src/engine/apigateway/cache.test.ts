import { describe, expect, it } from 'vitest'
import { simulateStageCache } from './cache.ts'

const hits = (times: number[], ttl?: number, key = (_: number) => 'GET /a') => simulateStageCache(times.map((at, i) => ({ at, key: key(i) })), ttl).map((o) => o.hit)

describe('API Gateway stage cache', () => {
  describe('functionality', () => {
    it('serves hits for the default 300 s TTL, then misses and refreshes', () => {
      expect(hits([0, 100, 299, 300, 500, 599, 600])).toEqual([false, true, true, false, true, true, false])
    })

    it('keeps separate entries per cache key and caches nothing with TTL 0', () => {
      expect(hits([0, 1, 2, 3], 300, (i) => (i % 2 ? 'GET /a?type=x' : 'GET /a?type=y'))).toEqual([false, false, true, true])
      expect(hits([0, 1, 2], 0)).toEqual([false, false, false])
    })
  })

  describe('validations', () => {
    it('rejects a TTL above 3600 s', () => {
      expect(() => simulateStageCache([], 3601)).toThrow(RangeError)
    })
  })
})
