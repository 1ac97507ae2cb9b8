import { http, type HttpHandler } from 'msw'
import type { Simulation } from '../engine/Simulation.ts'
import { handleDynamoDBRequest } from './dynamodb.ts'

/**
 * DynamoDB endpoints the SDK and the CLI may call, in any Region
 * (https://docs.aws.amazon.com/general/latest/gr/ddb.html):
 * `dynamodb.<region>.amazonaws.com` (`.amazonaws.com.cn` in China), `dynamodb-fips.<region>...`, the
 * dual-stack `dynamodb.<region>.api.aws`, account-based endpoints `<account-id>.ddb.<region>.amazonaws.com`
 * (SDK v3 uses them when the credentials carry an account id), and `streams.dynamodb.<region>...`
 * (DynamoDB Streams).
 * DynamoDB ignores the path, and so do we.
 */
export const DYNAMODB_URL_PATTERN =
  /^https?:\/\/(?:dynamodb(?:-fips)?\.[a-z0-9-]+\.(?:amazonaws\.com(?:\.cn)?|api\.aws)|\d{12}\.ddb\.[a-z0-9-]+\.amazonaws\.com|streams\.dynamodb\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?)(?::\d+)?\/.*$/

export interface CreateHandlersOptions {
  /** Request source when the `x-sim-source` header is absent. @default 'sdk' */
  source?: string
}

/**
 * The MSW request handlers of every simulated AWS service (DynamoDB today; Lambda and API Gateway
 * join later). Spread them into `setupWorker(...)` (./browser.ts) or `setupServer(...)` (./node.ts).
 */
export function createHandlers(sim: Simulation, options: CreateHandlersOptions = {}): HttpHandler[] {
  return [
    http.post(DYNAMODB_URL_PATTERN, ({ request }) =>
      handleDynamoDBRequest(sim, request, options.source ? { source: options.source } : {}),
    ),
  ]
}
