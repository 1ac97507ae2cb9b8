/**
 * A local DynamoDB endpoint: the simulator's engine, headless, behind a Node HTTP server that speaks
 * DynamoDB's JSON 1.0 protocol (the same code as the in-browser MSW handlers, src/wire/dynamodb.ts).
 * The AWS CLI and any AWS SDK can use it with `--endpoint-url` / `endpoint`.
 *
 *   npm run dynamodb-local -- --port 8000 [--host 127.0.0.1] [--seed 1] [--speed 100]
 *   AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=fake AWS_DEFAULT_REGION=us-east-1 \
 *     aws dynamodb list-tables --endpoint-url http://127.0.0.1:8000
 *
 * Time: the virtual clock follows the wall clock (it is moved by the wall-clock delta before each request
 * and every 100 ms). While a table or index is CREATING, UPDATING or DELETING it runs `speed` times faster,
 * so those transitions finish in well under a second instead of AWS's seconds to minutes.
 */
import http from 'node:http'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { Simulation } from '../src/engine/Simulation.ts'
import { handleDynamoDBRequest } from '../src/wire/dynamodb.ts'

export interface DynamoDBLocalOptions {
  /** Unix epoch ms of virtual time 0. @default the wall time at start-up */
  epochMs?: number
  /** TCP port; 0 picks a free one. @default 8000 */
  port?: number
  /** Interface to listen on. @default '127.0.0.1' */
  host?: string
  /** Seed of the simulation's random generator. @default 1 */
  seed?: number
  /** Virtual ms per wall ms while a table or index is changing status. @default 100 */
  speed?: number
  /** Wall clock in ms (injectable for tests). @default performance.now */
  now?: () => number
  /** How often the clock is synced without requests, in wall ms; 0 turns it off. @default 100 */
  tickMs?: number
}

export interface DynamoDBLocal {
  server: http.Server
  sim: Simulation
  /** e.g. `http://127.0.0.1:8000` */
  url: string
  /** Moves the virtual clock by the wall-clock time since the last sync (done before every request). */
  sync(): void
  close(): Promise<void>
}

const TRANSITIONAL = new Set(['CREATING', 'UPDATING', 'DELETING'])

/** True while some table or global secondary index is between two stable states. */
export function hasTransition(sim: Simulation): boolean {
  for (const table of sim.dynamodb.tables.values()) {
    if (TRANSITIONAL.has(table.meta.TableStatus)) return true
    if (table.meta.GlobalSecondaryIndexes?.some((g) => TRANSITIONAL.has(g.IndexStatus))) return true
  }
  return false
}

/** Starts the endpoint. Resolves once it listens. */
export async function startDynamoDBLocal(options: DynamoDBLocalOptions = {}): Promise<DynamoDBLocal> {
  const host = options.host ?? '127.0.0.1'
  const speed = options.speed ?? 100
  const now = options.now ?? (() => performance.now())
  const sim = new Simulation({ seed: options.seed ?? 1 })
  // Dates (CreationDateTime, TTL, stream records) follow the real calendar here, so TTL values that
  // clients compute from the current date expire as they would on AWS.
  sim.clock.epochMs = options.epochMs ?? Date.now()
  shortenTransitions(sim)

  let lastWall = now()
  const sync = (): void => {
    const wall = now()
    const delta = wall - lastWall
    lastWall = wall
    if (delta > 0) sim.advanceBy(delta * (hasTransition(sim) ? speed : 1))
  }

  const server = http.createServer((req, res) => {
    void serve(sim, sync, req, res, host)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 8000, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const tickMs = options.tickMs ?? 100
  const timer = tickMs > 0 ? setInterval(sync, tickMs) : undefined
  timer?.unref()
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port ?? 8000
  return {
    server,
    sim,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    sync,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (timer) clearInterval(timer)
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve()))
      }),
  }
}

/**
 * Table status transitions take seconds to minutes on AWS. When the engine exposes its timings
 * (`db.timings`), make them short; the `speed` factor covers the rest.
 */
function shortenTransitions(sim: Simulation): void {
  const db = sim.dynamodb as unknown as { timings?: Record<string, number> }
  if (db.timings && typeof db.timings === 'object') {
    for (const key of Object.keys(db.timings)) db.timings[key] = Math.min(db.timings[key]!, 500)
  }
  // TTL: sweep every second and delete expired items at the first sweep (AWS takes up to days).
  const ttl = (sim.dynamodb as unknown as { ttl?: Record<string, number> }).ttl
  if (ttl && typeof ttl === 'object') {
    ttl['sweepIntervalMs'] = Math.min(ttl['sweepIntervalMs'] ?? 1000, 1000)
    ttl['maxDelayMs'] = 0
  }
}

async function serve(sim: Simulation, sync: () => void, req: http.IncomingMessage, res: http.ServerResponse, host: string): Promise<void> {
  try {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
    }
    const method = req.method ?? 'GET'
    const request = new Request(`http://${req.headers.host ?? host}${req.url ?? '/'}`, {
      method,
      headers,
      ...(method === 'GET' || method === 'HEAD' ? {} : { body }),
    })
    sync()
    const source = (req.headers['user-agent'] ?? '').startsWith('aws-cli/') ? 'cli' : 'sdk'
    const response = await handleDynamoDBRequest(sim, request, { source, log: false })
    const out = Buffer.from(await response.arrayBuffer())
    const outHeaders: Record<string, string> = {}
    response.headers.forEach((v, k) => (outHeaders[k] = v))
    outHeaders['content-length'] = String(out.length)
    res.writeHead(response.status, outHeaders)
    res.end(out)
  } catch (e) {
    // Not reachable through the protocol core (it never throws); a last resort so a socket never hangs.
    const body = JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: `Internal server error: ${(e as Error).message}` })
    res.writeHead(500, { 'content-type': 'application/x-amz-json-1.0', 'content-length': String(Buffer.byteLength(body)) })
    res.end(body)
  }
}

/** Parses `--port --host --seed --speed`. @throws Error for a malformed value. */
export function parseCliOptions(argv: string[]): DynamoDBLocalOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      speed: { type: 'string' },
    },
    strict: true,
  })
  const num = (name: string, v: string | undefined, min: number): number | undefined => {
    if (v === undefined) return undefined
    const n = Number(v)
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number >= ${min}, got "${v}"`)
    return n
  }
  const out: DynamoDBLocalOptions = {}
  const port = num('port', values.port, 0)
  const seed = num('seed', values.seed, 0)
  const speed = num('speed', values.speed, 1)
  if (port !== undefined) out.port = port
  if (seed !== undefined) out.seed = seed
  if (speed !== undefined) out.speed = speed
  if (values.host !== undefined) out.host = values.host
  return out
}

async function main(): Promise<void> {
  let options: DynamoDBLocalOptions
  try {
    options = parseCliOptions(process.argv.slice(2))
  } catch (e) {
    console.error(`dynamodb-local: ${(e as Error).message}`)
    console.error('usage: npm run dynamodb-local -- [--port 8000] [--host 127.0.0.1] [--seed 1] [--speed 100]')
    process.exit(2)
  }
  const local = await startDynamoDBLocal(options)
  console.log(`DynamoDB local listening on ${local.url}`)
  const stop = (): void => {
    void local.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(`dynamodb-local: ${(e as Error).message}`)
    process.exit(1)
  })
}
