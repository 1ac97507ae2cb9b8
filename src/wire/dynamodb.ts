import type { Simulation } from '../engine/Simulation.ts'
import type { AwsServiceException } from '../engine/errors.ts'
import { DynamoDB } from '../engine/dynamodb/DynamoDB.ts'
import { SerializationException, UnknownOperationException } from '../engine/dynamodb/errors.ts'
import { isStreamsOperation } from '../engine/dynamodb/streams/operations/index.ts'
import { crc32 } from './crc32.ts'
import { recordHttpExchange, LOGGED_REQUEST_HEADERS } from './httpLog.ts'
import { requestIdForTrace } from './requestId.ts'
import { serializeDynamoDBError } from './serializeError.ts'

/**
 * DynamoDB over HTTP: AWS JSON 1.0 (https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html).
 * `POST /` with `X-Amz-Target: DynamoDB_20120810.<Operation>` and a JSON object body; the answer is the
 * operation's output as JSON, or an error (see ./serializeError.ts). Framework-free: web-standard
 * Request/Response, so the same code serves MSW in the browser, msw/node in tests and the local
 * endpoint (scripts/dynamodb-local.ts).
 *
 * The order of checks and the error bodies are real DynamoDB's as recorded by dynalite
 * (`test/connection.js`): method and Content-Type first (404 `<UnknownOperationException/>`), then the
 * JSON (SerializationException), then the target (UnknownOperationException), then the body's shape.
 * Signatures are not checked: any (or no) credentials are accepted.
 */

/** `X-Amz-Target` prefix of DynamoDB's API version 2012-08-10. */
export const DYNAMODB_TARGET_PREFIX = 'DynamoDB_20120810.'
/** `X-Amz-Target` prefix of DynamoDB Streams (ListStreams, DescribeStream, GetShardIterator, GetRecords). */
export const DYNAMODB_STREAMS_TARGET_PREFIX = 'DynamoDBStreams_20120810.'
/** Header the simulator's own UI sets to say who sent a request (`console`, `explorer`...). */
export const SIM_SOURCE_HEADER = 'x-sim-source'
/** Largest request body DynamoDB reads (16 MiB); bigger gets HTTP 413 (dynalite, recorded). */
export const MAX_REQUEST_BYTES = 16 * 1024 * 1024

export interface DynamoDBRequestOptions {
  /** Who sent it, when the `x-sim-source` header is absent. @default 'sdk' */
  source?: string
  /** Record the exchange in ./httpLog.ts. @default true */
  log?: boolean
}

/** What the protocol decided, before it becomes a Response. */
interface WireAnswer {
  status: number
  body: string
  contentType?: string
  traceId?: string
  extraHeaders?: Record<string, string>
}

/** Body real DynamoDB sends for a non-POST or a body with the wrong Content-Type (HTTP 404). */
export const NOT_FOUND_BODY = '<UnknownOperationException/>\n'

const JSON_CONTENT_TYPES = new Set(['application/x-amz-json-1.0', 'application/x-amz-json-1.1', 'application/json'])

/** Ids for answers that never reached the simulation (no trace), per simulation. */
const untracedCounters = new WeakMap<Simulation, number>()

/**
 * Answers one DynamoDB HTTP request against `sim`. Never throws and never answers 500 for a client
 * mistake: malformed JSON is a SerializationException, a missing or unknown target an
 * UnknownOperationException, both HTTP 400.
 */
export async function handleDynamoDBRequest(
  sim: Simulation,
  request: Request,
  opts: DynamoDBRequestOptions = {},
): Promise<Response> {
  const at = sim.clock.now()
  let bodyText: string
  try {
    bodyText = await request.text()
  } catch {
    bodyText = ''
  }
  const answer = answerDynamoDB(sim, request, bodyText, opts.source)
  const requestId = answer.traceId ? requestIdForTrace(answer.traceId) : nextUntracedId(sim)
  const headers: Record<string, string> = {
    'x-amzn-RequestId': requestId,
    'x-amz-crc32': String(crc32(answer.body)),
    ...corsHeaders(request),
    ...answer.extraHeaders,
  }
  if (answer.contentType) headers['Content-Type'] = answer.contentType
  if (opts.log ?? true) {
    recordHttpExchange({
      at,
      method: request.method,
      url: request.url,
      requestHeaders: pickHeaders(request.headers),
      requestBody: bodyText,
      status: answer.status,
      responseHeaders: headers,
      responseBody: answer.body,
      ...(answer.traceId ? { traceId: answer.traceId } : {}),
    })
  }
  return new Response(answer.status === 413 || request.method === 'OPTIONS' ? null : answer.body, {
    status: answer.status,
    headers,
  })
}

function answerDynamoDB(sim: Simulation, request: Request, bodyText: string, defaultSource?: string): WireAnswer {
  const method = request.method.toUpperCase()
  if (method === 'OPTIONS' && request.headers.has('origin')) return preflight(request)
  // Real DynamoDB answers a GET on / with a health line.
  if (method === 'GET') return { status: 200, body: `healthy: dynamodb.${sim.dynamodb.region}.amazonaws.com ` }
  // UTF-8 needs at most 3 bytes per UTF-16 unit: only measure bodies that could be too big.
  if (bodyText.length * 3 > MAX_REQUEST_BYTES && new TextEncoder().encode(bodyText).length > MAX_REQUEST_BYTES) {
    return { status: 413, body: '' }
  }
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (method !== 'POST' || (bodyText && !JSON_CONTENT_TYPES.has(mediaType))) {
    return { status: 404, body: NOT_FOUND_BODY }
  }
  // AWS echoes application/json; the SDK's 1.0 (and a 1.1 some clients send) get 1.0 back.
  const contentType = mediaType.startsWith('application/x-amz-json-') ? 'application/x-amz-json-1.0' : 'application/json'
  const fail = (error: AwsServiceException): WireAnswer => errorAnswer(error, contentType)

  let data: unknown = undefined
  if (bodyText) {
    try {
      data = JSON.parse(bodyText)
    } catch {
      return fail(new SerializationException(''))
    }
  }

  const target = request.headers.get('x-amz-target') ?? ''
  // Both APIs are served whatever the host (the local endpoint is one address for both).
  const streams = target.startsWith(DYNAMODB_STREAMS_TARGET_PREFIX)
  if (!streams && !target.startsWith(DYNAMODB_TARGET_PREFIX)) return fail(new UnknownOperationException())
  const operation = target.slice((streams ? DYNAMODB_STREAMS_TARGET_PREFIX : DYNAMODB_TARGET_PREFIX).length)
  // Only operations the simulator implements; the rest are unknown, like a typo.
  if (streams ? !isStreamsOperation(operation) : !DynamoDB.isOperation(operation)) return fail(new UnknownOperationException())

  // Coral reads the body against the operation's input shape: it must be a JSON object.
  if (!bodyText) return fail(new SerializationException(''))
  if (Array.isArray(data)) return fail(new SerializationException('Start of list found where not expected'))
  if (typeof data !== 'object' || data === null) return fail(new SerializationException(''))

  const source = request.headers.get(SIM_SOURCE_HEADER) || defaultSource || 'sdk'
  const result = sim.request(streams ? 'dynamodbstreams' : 'dynamodb', operation, data, { source })
  if (result.error) return { ...errorAnswer(result.error, contentType), traceId: result.trace.id }
  return { status: 200, body: JSON.stringify(result.output ?? {}), contentType, traceId: result.trace.id }
}

function errorAnswer(error: AwsServiceException, contentType: string): WireAnswer {
  const { status, body } = serializeDynamoDBError(error)
  return { status, body: JSON.stringify(body), contentType }
}

/** CORS preflight, as real DynamoDB answers it (dynalite `test/connection.js`). */
function preflight(request: Request): WireAnswer {
  const extraHeaders: Record<string, string> = { 'Access-Control-Max-Age': '172800' }
  const reqHeaders = request.headers.get('access-control-request-headers')
  const reqMethod = request.headers.get('access-control-request-method')
  if (reqHeaders) extraHeaders['Access-Control-Allow-Headers'] = reqHeaders
  if (reqMethod) extraHeaders['Access-Control-Allow-Methods'] = reqMethod
  return { status: 200, body: '', extraHeaders }
}

function corsHeaders(request: Request): Record<string, string> {
  if (!request.headers.has('origin')) return {}
  const headers: Record<string, string> = { 'Access-Control-Allow-Origin': '*' }
  if (request.method.toUpperCase() !== 'OPTIONS') {
    headers['Access-Control-Expose-Headers'] = 'x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,x-amz-crc32,Date'
  }
  return headers
}

function pickHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of LOGGED_REQUEST_HEADERS) {
    const v = headers.get(name)
    if (v !== null) out[name] = v
  }
  return out
}

function nextUntracedId(sim: Simulation): string {
  const n = (untracedCounters.get(sim) ?? 0) + 1
  untracedCounters.set(sim, n)
  return requestIdForTrace(`wire-${n}`)
}
