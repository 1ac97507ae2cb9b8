import { afterAll, beforeAll } from 'vitest'
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb'
import type { SetupServer } from 'msw/node'
import { Simulation } from '../engine/Simulation.ts'
import { createSimServer } from './node.ts'

/** Test helpers: the real AWS SDK against a Simulation through msw/node. */

/** The region every SDK test client uses (the handlers answer `dynamodb.us-east-1.amazonaws.com`). */
export const SDK_TEST_REGION = 'us-east-1'

/** AWS's documented example access key (the only key allowed in the repo) and a dummy secret. */
export const SDK_TEST_CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'fake' }

/**
 * Client settings for SDK tests: {@link SDK_TEST_REGION}, {@link SDK_TEST_CREDENTIALS} and `maxAttempts: 1`
 * (no SDK retries, so each call is exactly one HTTP request). Also fits other SDK clients, e.g.
 * `new DynamoDBStreamsClient(SDK_TEST_CLIENT_CONFIG)`.
 */
export const SDK_TEST_CLIENT_CONFIG = { region: SDK_TEST_REGION, credentials: SDK_TEST_CREDENTIALS, maxAttempts: 1 }

export interface SdkServerOptions {
  /** The simulation the server answers from. Default: `new Simulation()`. */
  sim?: Simulation
  /** Client settings merged over {@link SDK_TEST_CLIENT_CONFIG}. Default: none. */
  client?: DynamoDBClientConfig
}

export interface SdkServer {
  sim: Simulation
  /** msw/node server answering AWS endpoints from `sim` ({@link createSimServer}). */
  server: SetupServer
  /** A DynamoDBClient with {@link SDK_TEST_CLIENT_CONFIG} (and `options.client`). */
  client: DynamoDBClient
}

/**
 * For a test file that drives the real SDK: builds the Simulation, its msw/node server and a DynamoDBClient, and
 * registers `beforeAll(server.listen({ onUnhandledRequest: 'error' }))` and `afterAll(server.close(); client.destroy())`.
 * Call it at the top level before the file's own `beforeAll` (vitest runs `beforeAll` hooks in order, so the server
 * listens before a fixture's `CreateTable`). Clients the file makes itself are the file's to destroy.
 */
export function useSdkServer(options: SdkServerOptions = {}): SdkServer {
  const sim = options.sim ?? new Simulation()
  const server = createSimServer(sim)
  const client = new DynamoDBClient({ ...SDK_TEST_CLIENT_CONFIG, ...options.client })
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => {
    server.close()
    client.destroy()
  })
  return { sim, server, client }
}
