import { afterEach, describe, expect, it } from 'vitest'
import { clearHttpLog, getHttpLog, HTTP_LOG_CAPACITY, recordHttpExchange, subscribeHttpLog } from './httpLog.ts'

const exchange = (n: number) => ({
  at: n,
  method: 'POST',
  url: 'https://dynamodb.us-east-1.amazonaws.com/',
  requestHeaders: {},
  requestBody: `{"n":${n}}`,
  status: 200,
  responseHeaders: {},
  responseBody: '{}',
})

afterEach(() => clearHttpLog())

describe('httpLog', () => {
  describe('functionality', () => {
    it('keeps the last HTTP_LOG_CAPACITY exchanges, oldest first, with increasing seq', () => {
      for (let i = 0; i < HTTP_LOG_CAPACITY + 5; i++) recordHttpExchange(exchange(i))
      const log = getHttpLog()
      expect(log).toHaveLength(HTTP_LOG_CAPACITY)
      expect(log[0]!.at).toBe(5)
      expect(log.at(-1)!.at).toBe(HTTP_LOG_CAPACITY + 4)
      expect(log[1]!.seq).toBe(log[0]!.seq + 1)
    })

    it('notifies subscribers until they unsubscribe', () => {
      let calls = 0
      const off = subscribeHttpLog(() => calls++)
      recordHttpExchange(exchange(1))
      clearHttpLog()
      off()
      recordHttpExchange(exchange(2))
      expect(calls).toBe(2)
      expect(getHttpLog()).toHaveLength(1)
    })

    it('does not let callers change the retained array', () => {
      recordHttpExchange(exchange(1))
      const snapshot = getHttpLog()
      recordHttpExchange(exchange(2))
      expect(snapshot).toHaveLength(1)
    })
  })
})
