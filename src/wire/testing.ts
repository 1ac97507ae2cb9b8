import { afterAll, beforeAll } from 'vitest'
import { CreateTableCommand, DynamoDBClient, type CreateTableCommandInput, type TableDescription } from '@aws-sdk/client-dynamodb'
import type { SetupServer } from 'msw/node'
import { Simulation } from '../engine/Simulation.ts'
import { createSimServer } from './node.ts'

/** Test helpers: the real AWS SDK against a Simulation through msw/node. */

/** The region every SDK test client uses. */
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
  /**
   * A table to create through the client once the server listens; the virtual clock then moves 60 s so it is
   * ACTIVE before the file's own `beforeAll` hooks and tests run. Default: no table.
   */
  table?: CreateTableCommandInput
}

export interface SdkServer {
  sim: Simulation
  /** msw/node server answering AWS endpoints from `sim` ({@link createSimServer}). */
  server: SetupServer
  /** A DynamoDBClient with {@link SDK_TEST_CLIENT_CONFIG}. */
  client: DynamoDBClient
  /** CreateTable's TableDescription for `options.table`, set once the `beforeAll` hooks have run. */
  table: TableDescription | undefined
}

/** The key of the AWS docs' Music example table: Artist (S, HASH) and SongTitle (S, RANGE), for `options.table`. */
export const MUSIC_TABLE_KEYS = {
  AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }, { AttributeName: 'SongTitle', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }, { AttributeName: 'SongTitle', KeyType: 'RANGE' }],
} satisfies Pick<CreateTableCommandInput, 'AttributeDefinitions' | 'KeySchema'>

/**
 * For a test file that drives the real SDK: builds a new Simulation, its msw/node server and a DynamoDBClient, and
 * registers `beforeAll(server.listen({ onUnhandledRequest: 'error' }))` (then creates `options.table`, if any) and
 * `afterAll(server.close(); client.destroy())`.
 * Call it at the top level before the file's own `beforeAll` (vitest runs `beforeAll` hooks in order, so the server
 * listens before a fixture's `CreateTable`). Clients the file makes itself are the file's to destroy.
 */
export function useSdkServer(options: SdkServerOptions = {}): SdkServer {
  const sim = new Simulation()
  const server = createSimServer(sim)
  const client = new DynamoDBClient(SDK_TEST_CLIENT_CONFIG)
  const setup: SdkServer = { sim, server, client, table: undefined }
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' })
    if (options.table) {
      setup.table = (await client.send(new CreateTableCommand(options.table))).TableDescription
      sim.advanceBy(60_000)
    }
  })
  afterAll(() => {
    server.close()
    client.destroy()
  })
  return setup
}
