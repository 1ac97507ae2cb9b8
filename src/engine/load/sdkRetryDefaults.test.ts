import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setupServer } from 'msw/node'
import { http, HttpResponse } from 'msw'
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb'
import { SDK_V3_DEFAULT, SDK_V3_STANDARD_2026 } from './retry.ts'

/**
 * What the installed AWS SDK (@aws-sdk/client-dynamodb 3.1162 on @smithy/core 3.41, "Enable the 2026
 * standard retry behavior unconditionally") really does with a throttled GetItem under its default
 * configuration, so LoadRun's default retry model (SDK_V3_DEFAULT) can be held to it. The SDK sleeps real
 * time between attempts (up to 1 + 2 + 4 s with the 2026 throttling base): one call, with a timeout.
 */
let attempts = 0
const server = setupServer(
  http.post('https://dynamodb.us-east-1.amazonaws.com/', () => {
    attempts++
    return HttpResponse.json(
      {
        __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
        message: 'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
      },
      { status: 400, headers: { 'content-type': 'application/x-amz-json-1.0' } },
    )
  }),
)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

describe('SDK v3 retry defaults', () => {
  describe('functionality', () => {
    it('a default DynamoDBClient makes 4 attempts of a throttled GetItem, costs 5 quota tokens per throttling retry, as SDK_V3_DEFAULT', async () => {
      const client = new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'example-secret' } })
      expect(await client.config.maxAttempts()).toBe(4)
      const strategy = (await client.config.retryStrategy()) as unknown as { getCapacity(): number; mode: string }
      expect(strategy.mode).toBe('standard')
      const before = strategy.getCapacity()
      const error = await client.send(new GetItemCommand({ TableName: 'Hot', Key: { pk: { S: 'a' } } })).then(
        () => undefined,
        (e: { name: string; $metadata: { attempts?: number; totalRetryDelay?: number } }) => e,
      )
      expect(error?.name).toBe('ProvisionedThroughputExceededException')
      expect(attempts).toBe(4)
      expect(error?.$metadata.attempts).toBe(4)
      // Three throttling retries at 5 tokens each; delays floor(r × min(20 s, 1,000 × 2^i)), i = 0, 1, 2.
      expect(before - strategy.getCapacity()).toBe(3 * 5)
      expect(error?.$metadata.totalRetryDelay ?? 0).toBeLessThan(1000 + 2000 + 4000)
      expect(SDK_V3_DEFAULT).toBe(SDK_V3_STANDARD_2026)
      expect(SDK_V3_DEFAULT).toMatchObject({ maxAttempts: attempts, throttlingCost: before - strategy.getCapacity() === 15 ? 5 : -1, throttlingBaseMs: 1000, cap: 'before-jitter' })
      client.destroy()
    }, 30_000)
  })
})
