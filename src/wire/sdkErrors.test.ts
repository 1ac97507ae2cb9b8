import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  ConditionalCheckFailedException as SdkConditionalCheckFailedException,
  DynamoDBClient,
  DynamoDBServiceException,
  GetItemCommand,
  InternalServerError as SdkInternalServerError,
  ListTablesCommand,
  ProvisionedThroughputExceededException as SdkProvisionedThroughputExceededException,
  PutItemCommand,
  ThrottlingException as SdkThrottlingException,
  TransactionCanceledException as SdkTransactionCanceledException,
} from '@aws-sdk/client-dynamodb'
import type { AwsServiceException } from '../engine/errors.ts'
import {
  ConditionalCheckFailedException,
  InternalServerError,
  ProvisionedThroughputExceededException,
  SerializationException,
  ThrottlingException,
  TransactionCanceledException,
  ValidationException,
} from '../engine/dynamodb/errors.ts'
import { SDK_TEST_CREDENTIALS, SDK_TEST_REGION, useSdkServer } from './testing.ts'
import { requestIdForTrace } from './requestId.ts'
import { serializeDynamoDBError } from './serializeError.ts'

/**
 * Error mapping through the real SDK, independent of any operation's implementation: the engine call is
 * replaced by one that throws the error under test, so this checks only HTTP <-> SDK.
 */
const { sim, client } = useSdkServer()

afterEach(() => vi.restoreAllMocks())

function engineThrows(error: AwsServiceException): void {
  vi.spyOn(sim.dynamodb, 'execute').mockImplementation(() => {
    throw error
  })
}

function withExtra<T extends AwsServiceException>(error: T, extra: Record<string, unknown>): T {
  error.extra = extra
  return error
}

const getItem = new GetItemCommand({ TableName: 'Music', Key: { Artist: { S: 'No One You Know' } } })

describe('DynamoDB errors through the SDK', () => {
  describe('validations', () => {
    it('returns ValidationException with its coral namespace and exact message', async () => {
      const message = 'One or more parameter values were invalid: Missing the key Artist in the item'
      engineThrows(new ValidationException(message))
      const err = await client.send(getItem).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(DynamoDBServiceException)
      expect(err).toMatchObject({ name: 'ValidationException', message, $fault: 'client', $metadata: { httpStatusCode: 400 } })
    })

    it("returns SerializationException's capitalised Message as the SDK error's message", async () => {
      engineThrows(new SerializationException('NUMBER_VALUE cannot be converted to String'))
      const err = await client.send(getItem).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(DynamoDBServiceException)
      expect(err).toMatchObject({ name: 'SerializationException', message: 'NUMBER_VALUE cannot be converted to String' })
    })

    it('returns ConditionalCheckFailedException with the Item sent next to the message', async () => {
      const Item = { Artist: { S: 'No One You Know' }, Plays: { N: '3' } }
      engineThrows(withExtra(new ConditionalCheckFailedException(), { Item }))
      const err = await client.send(getItem).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(SdkConditionalCheckFailedException)
      expect(err).toMatchObject({ message: 'The conditional request failed', Item })
    })

    it('returns TransactionCanceledException with CancellationReasons', async () => {
      const CancellationReasons = [{ Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }, { Code: 'None' }]
      const message = 'Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None]'
      engineThrows(withExtra(new TransactionCanceledException(message), { CancellationReasons }))
      const err = await client.send(getItem).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(SdkTransactionCanceledException)
      expect(err).toMatchObject({ message, CancellationReasons })
    })
  })

  describe('capacity', () => {
    it('returns ProvisionedThroughputExceededException (no retries with maxAttempts 1)', async () => {
      engineThrows(new ProvisionedThroughputExceededException())
      const send = client.send(new PutItemCommand({ TableName: 'Music', Item: { Artist: { S: 'a' } } }))
      await expect(send).rejects.toBeInstanceOf(SdkProvisionedThroughputExceededException)
      await expect(send).rejects.toThrow(
        'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
      )
    })

    it('returns ThrottlingException under com.amazon.coral.availability', async () => {
      expect(serializeDynamoDBError(new ThrottlingException()).body.__type).toBe('com.amazon.coral.availability#ThrottlingException')
      engineThrows(new ThrottlingException())
      await expect(client.send(new ListTablesCommand({}))).rejects.toBeInstanceOf(SdkThrottlingException)
    })

    it('is classified by the SDK as a throttling error, so it is retried', async () => {
      // A retry strategy without delays that records how the SDK classified each failure.
      const seen: string[] = []
      const token = (count: number) => ({ getRetryCount: () => count, getRetryDelay: () => 0, getRetryTokenCount: () => 0 })
      const retrying = new DynamoDBClient({
        region: SDK_TEST_REGION,
        credentials: SDK_TEST_CREDENTIALS,
        retryStrategy: {
          mode: 'standard',
          acquireInitialRetryToken: async () => token(0),
          refreshRetryTokenForRetry: async (t: { getRetryCount(): number }, info: { errorType: string }) => {
            seen.push(info.errorType)
            return token(t.getRetryCount() + 1)
          },
          recordSuccess: () => {},
        } as never,
      })
      const spy = vi.spyOn(sim.dynamodb, 'execute')
      spy.mockImplementationOnce(() => {
        throw new ProvisionedThroughputExceededException()
      })
      spy.mockImplementationOnce(() => ({ TableNames: ['Music'] }))
      const out = await retrying.send(new ListTablesCommand({}))
      expect(out.TableNames).toEqual(['Music'])
      expect(seen).toEqual(['THROTTLING'])
      retrying.destroy()
    })
  })

  describe('functionality', () => {
    it('returns InternalServerError as HTTP 500 with $fault server', async () => {
      engineThrows(new InternalServerError('Internal server error'))
      const err = await client.send(getItem).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(SdkInternalServerError)
      expect(err).toMatchObject({ message: 'Internal server error', $fault: 'server', $metadata: { httpStatusCode: 500 } })
    })

    it('turns a simulator bug into InternalServerError, not a broken response', async () => {
      vi.spyOn(sim.dynamodb, 'execute').mockImplementation(() => {
        throw new TypeError('boom')
      })
      await expect(client.send(getItem)).rejects.toBeInstanceOf(SdkInternalServerError)
    })

    it('hands the SDK a request id that names the trace', async () => {
      vi.spyOn(sim.dynamodb, 'execute').mockImplementation(() => ({ TableNames: [] }))
      const out = await client.send(new ListTablesCommand({}))
      expect(out.$metadata.requestId).toBe(requestIdForTrace(sim.traces.list().at(-1)!.id))
    })

    it('passes the parsed JSON body to the engine unchanged', async () => {
      const spy = vi.spyOn(sim.dynamodb, 'execute').mockImplementation(() => ({}))
      await client.send(getItem)
      expect(spy).toHaveBeenCalledWith('GetItem', { TableName: 'Music', Key: { Artist: { S: 'No One You Know' } } }, expect.anything())
    })

    it('serializes extra fields next to message without overriding __type or message', () => {
      const e = withExtra(new ValidationException('bad'), { __type: 'x', message: 'y', Foo: 1, Skip: undefined })
      expect(serializeDynamoDBError(e)).toEqual({
        status: 400,
        body: { __type: 'com.amazon.coral.validate#ValidationException', message: 'bad', Foo: 1 },
      })
    })
  })
})
