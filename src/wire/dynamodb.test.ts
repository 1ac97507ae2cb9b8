import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Simulation } from '../engine/Simulation.ts'
import { crc32 } from './crc32.ts'
import { handleDynamoDBRequest, NOT_FOUND_BODY } from './dynamodb.ts'
import { clearHttpLog, getHttpLog, subscribeHttpLog } from './httpLog.ts'
import { createSimServer } from './node.ts'
import { requestIdForTrace } from './requestId.ts'

// Bodies and checksums recorded against real DynamoDB (dynalite test/connection.js).
const SERIALIZATION = '{"__type":"com.amazon.coral.service#SerializationException"}'
const UNKNOWN_OPERATION = '{"__type":"com.amazon.coral.service#UnknownOperationException"}'
const ENDPOINT = 'https://dynamodb.us-east-1.amazonaws.com/'

const sim = new Simulation()
const server = createSimServer(sim)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => clearHttpLog())
afterAll(() => server.close())

function post(body: string | undefined, headers: Record<string, string> = {}, url = ENDPOINT): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.0', ...headers },
    ...(body === undefined ? {} : { body }),
  })
}

async function expectAwsError(res: Response, body: string, crc: number, contentType = 'application/x-amz-json-1.0'): Promise<void> {
  expect(res.status).toBe(400)
  expect(await res.text()).toBe(body)
  expect(res.headers.get('x-amz-crc32')).toBe(String(crc))
  expect(res.headers.get('content-type')).toBe(contentType)
  expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9A-Z]{52}$/)
}

describe('DynamoDB JSON 1.0 wire', () => {
  describe('validations', () => {
    it('returns SerializationException for a body that is not JSON', async () => {
      const res = await post('{"TableName": ', { 'x-amz-target': 'DynamoDB_20120810.ListTables' })
      await expectAwsError(res, SERIALIZATION, 3948637019)
    })

    it('returns SerializationException for malformed JSON before looking at the target', async () => {
      const res = await post('hi')
      await expectAwsError(res, SERIALIZATION, 3948637019)
    })

    it('returns SerializationException with application/json echoed back', async () => {
      const res = await post('hi', { 'content-type': 'application/json;charset=utf-8' })
      await expectAwsError(res, SERIALIZATION, 3948637019, 'application/json')
    })

    it('returns UnknownOperationException for a missing X-Amz-Target', async () => {
      const res = await post('{}')
      await expectAwsError(res, UNKNOWN_OPERATION, 1368724161)
    })

    it('returns UnknownOperationException for a target of another service', async () => {
      const res = await post('{}', { 'x-amz-target': 'whatever' })
      await expectAwsError(res, UNKNOWN_OPERATION, 1368724161)
    })

    it('returns UnknownOperationException for an unknown operation', async () => {
      const res = await post('{}', { 'x-amz-target': 'DynamoDB_20120810.ListTable' })
      await expectAwsError(res, UNKNOWN_OPERATION, 1368724161)
    })

    it('returns UnknownOperationException for a DynamoDB action under the DynamoDB Streams target prefix', async () => {
      const res = await post('{}', { 'x-amz-target': 'DynamoDBStreams_20120810.ListTables' }, 'https://streams.dynamodb.us-east-1.amazonaws.com/')
      await expectAwsError(res, UNKNOWN_OPERATION, 1368724161)
    })

    it('returns SerializationException with "Start of list found where not expected" for an array body', async () => {
      const res = await post('[]', { 'x-amz-target': 'DynamoDB_20120810.ListTables' })
      expect(res.status).toBe(400)
      expect(await res.json()).toEqual({
        __type: 'com.amazon.coral.service#SerializationException',
        Message: 'Start of list found where not expected',
      })
    })

    it.each(['"hi"', '42', 'null', 'true'])('returns SerializationException for the JSON scalar body %s', async (body) => {
      const res = await post(body, { 'x-amz-target': 'DynamoDB_20120810.ListTables' })
      await expectAwsError(res, SERIALIZATION, 3948637019)
    })

    it('returns SerializationException for an empty body with a valid target', async () => {
      const res = await post(undefined, { 'x-amz-target': 'DynamoDB_20120810.ListTables' })
      await expectAwsError(res, SERIALIZATION, 3948637019)
    })

    it('returns 404 <UnknownOperationException/> for a body with a foreign Content-Type', async () => {
      const res = await post('{}', { 'content-type': 'text/plain', 'x-amz-target': 'DynamoDB_20120810.ListTables' })
      expect(res.status).toBe(404)
      expect(await res.text()).toBe(NOT_FOUND_BODY)
      expect(res.headers.get('x-amz-crc32')).toBe('3552371480')
    })

    it('returns 404 <UnknownOperationException/> for PUT and DELETE', async () => {
      for (const method of ['PUT', 'DELETE']) {
        const res = await handleDynamoDBRequest(sim, new Request(ENDPOINT, { method }), { log: false })
        expect(res.status).toBe(404)
        expect(await res.text()).toBe(NOT_FOUND_BODY)
      }
    })

    it('never answers 500 for client mistakes', async () => {
      const bodies = ['', 'x', '{', '[1,2', '{"a":1}}', '\u0000']
      for (const body of bodies) {
        const res = await post(body, { 'x-amz-target': 'DynamoDB_20120810.ListTables' })
        expect(res.status).toBeLessThan(500)
      }
    })
  })

  describe('functionality', () => {
    it('answers GET with the health line', async () => {
      const res = await handleDynamoDBRequest(sim, new Request(ENDPOINT), { log: false })
      expect(res.status).toBe(200)
      expect(await res.text()).toBe('healthy: dynamodb.us-east-1.amazonaws.com ')
      expect(res.headers.get('x-amz-crc32')).toMatch(/^\d+$/)
    })

    it('matches any Region, FIPS, dual-stack, China and account-based endpoints', async () => {
      const urls = [
        'https://dynamodb.eu-west-3.amazonaws.com/',
        'https://dynamodb-fips.us-gov-west-1.amazonaws.com/',
        'https://dynamodb.ap-south-1.api.aws/',
        'https://dynamodb.cn-north-1.amazonaws.com.cn/',
        'https://123456789012.ddb.us-east-1.amazonaws.com/',
      ]
      for (const url of urls) {
        const res = await post('{}', {}, url)
        expect(await res.text()).toBe(UNKNOWN_OPERATION)
      }
    })

    it('sends x-amz-crc32 of the exact body bytes, including non-ASCII', async () => {
      const res = await post('{}', { 'x-amz-target': 'DynamoDB_20120810.DescribeTable' })
      const bytes = new Uint8Array(await res.arrayBuffer())
      expect(res.headers.get('x-amz-crc32')).toBe(String(crc32(bytes)))
      expect(crc32('é')).toBe(crc32(new Uint8Array([0xc3, 0xa9])))
    })

    it('records a trace with the x-sim-source header as source and derives the request id from it', async () => {
      const res = await post('{}', { 'x-amz-target': 'DynamoDB_20120810.ListTables', 'x-sim-source': 'console' })
      const trace = sim.traces.list().at(-1)!
      expect(trace.source).toBe('console')
      expect(trace.operation).toBe('ListTables')
      expect(res.headers.get('x-amzn-requestid')).toBe(requestIdForTrace(trace.id))
    })

    it("records the source as 'sdk' without the header", async () => {
      await post('{}', { 'x-amz-target': 'DynamoDB_20120810.ListTables' })
      expect(sim.traces.list().at(-1)!.source).toBe('sdk')
    })

    it('gives deterministic, distinct request ids', () => {
      expect(requestIdForTrace('t-1')).toBe(requestIdForTrace('t-1'))
      expect(requestIdForTrace('t-1')).not.toBe(requestIdForTrace('t-2'))
      expect(requestIdForTrace('t-1')).toMatch(/^[0-9A-Z]{52}$/)
    })

    it('logs the raw exchange and notifies subscribers', async () => {
      let notified = 0
      const off = subscribeHttpLog(() => notified++)
      await post('{"Limit":5}', { 'x-amz-target': 'DynamoDB_20120810.ListTables', authorization: 'AWS4-HMAC-SHA256 secret' })
      off()
      const [entry] = getHttpLog()
      expect(notified).toBe(1)
      expect(entry).toMatchObject({
        method: 'POST',
        url: ENDPOINT,
        requestBody: '{"Limit":5}',
        requestHeaders: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.ListTables' },
        traceId: sim.traces.list().at(-1)!.id,
      })
      expect(entry!.requestHeaders).not.toHaveProperty('authorization')
      expect(entry!.responseHeaders['x-amz-crc32']).toBe(String(crc32(entry!.responseBody)))
    })

    it('keeps the log array identity until it changes', async () => {
      const before = getHttpLog()
      expect(getHttpLog()).toBe(before)
      await post('{}')
      expect(getHttpLog()).not.toBe(before)
    })

    it('answers a CORS preflight and exposes headers to browsers', async () => {
      const pre = await handleDynamoDBRequest(
        sim,
        new Request(ENDPOINT, { method: 'OPTIONS', headers: { origin: 'http://x', 'access-control-request-headers': 'x-amz-target', 'access-control-request-method': 'POST' } }),
        { log: false },
      )
      expect(pre.status).toBe(200)
      expect(pre.headers.get('access-control-allow-origin')).toBe('*')
      expect(pre.headers.get('access-control-allow-headers')).toBe('x-amz-target')
      expect(pre.headers.get('access-control-max-age')).toBe('172800')
      const res = await post('{}', { origin: 'http://x' })
      expect(res.headers.get('access-control-allow-origin')).toBe('*')
      expect(res.headers.get('access-control-expose-headers')).toContain('x-amzn-RequestId')
    })
  })
})

describe('DynamoDB JSON 1.0 wire limits', () => {
  describe('validations', () => {
    it('answers 413 for a body over 16 MiB and accepts one at the limit', async () => {
      const tooBig = await handleDynamoDBRequest(
        sim,
        new Request(ENDPOINT, { method: 'POST', body: 'a'.repeat(16 * 1024 * 1024 + 1), headers: { 'content-type': 'application/x-amz-json-1.0' } }),
        { log: false },
      )
      expect(tooBig.status).toBe(413)
      const atLimit = await handleDynamoDBRequest(
        sim,
        new Request(ENDPOINT, { method: 'POST', body: 'a'.repeat(16 * 1024 * 1024), headers: { 'content-type': 'application/x-amz-json-1.0' } }),
        { log: false },
      )
      expect(atLimit.status).toBe(400)
      expect(await atLimit.text()).toBe(SERIALIZATION)
    })
  })
})
