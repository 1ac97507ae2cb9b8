import type { Simulation, RequestResult } from '../Simulation.ts'
import type { DaxCluster } from './DaxCluster.ts'
import type { DaxEnv, DaxOutcome } from './readThrough.ts'
import type { DaxService } from './DaxService.ts'
import { AwsServiceException } from '../errors.ts'
import { InternalServerError, UnknownOperationException } from '../dynamodb/errors.ts'
import { newOperationContext } from '../dynamodb/OperationContext.ts'
import { getItemThroughDax, queryThroughDax } from './readThrough.ts'
import { batchGetThroughDax } from './batchGetThrough.ts'
import { transactWriteThroughDax } from './transactWrite.ts'
import { buildDaxTrace } from './trace.ts'
import { loadFactor } from './latency.ts'

/** Writes: DynamoDB first, then the item cache (write-through). https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.consistency.html */
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems'])

/** The data-plane operations a DAX cluster accepts. */
export const DAX_OPERATIONS = ['GetItem', 'BatchGetItem', 'Query', 'Scan', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems', 'TransactGetItems'] as const

const TABLE_ARN = /^arn:aws[a-z-]*:dynamodb:[^:]*:\d{12}:table\/([^/]+)$/

/** The table a request addresses (first one for batch and transaction requests), for picking the cluster and the trace. */
export function requestTableName(raw: Record<string, unknown>): string | undefined {
  let name: unknown = raw['TableName']
  if (name === undefined && raw['RequestItems'] && typeof raw['RequestItems'] === 'object') name = Object.keys(raw['RequestItems'])[0]
  if (name === undefined && Array.isArray(raw['TransactItems'])) {
    const first = (raw['TransactItems'] as Record<string, Record<string, unknown> | undefined>[])[0]
    name = first && Object.values(first)[0]?.['TableName']
  }
  if (typeof name !== 'string') return undefined
  return TABLE_ARN.exec(name)?.[1] ?? name
}

/** How a request that failed inside DynamoDB was being served (the handler threw before reporting it). */
function failedPath(operation: string, raw: Record<string, unknown>): Pick<DaxOutcome, 'path' | 'cache'> {
  if (WRITES.has(operation)) return { path: 'write-through', cache: 'item cache' }
  if (operation === 'TransactGetItems' || raw['ConsistentRead'] === true) return { path: 'pass-through' }
  return { path: 'miss', cache: operation === 'Query' || operation === 'Scan' ? 'query cache' : 'item cache' }
}

function dispatch(env: DaxEnv, service: DaxService, operation: string, raw: Record<string, unknown>): DaxOutcome {
  switch (operation) {
    case 'TransactWriteItems':
      return transactWriteThroughDax(env, service, raw)
    case 'GetItem':
      return getItemThroughDax(env, raw)
    case 'BatchGetItem':
      return batchGetThroughDax(env, raw)
    case 'Query':
    case 'Scan':
      return queryThroughDax(env, operation, raw)
    case 'TransactGetItems':
      return { output: env.forward(operation, raw), path: 'pass-through' }
    default:
      if (WRITES.has(operation)) {
        env.cluster.counters.writeCount++
        return { output: service.writingThrough(env.cluster, () => env.forward(operation, raw)), path: 'write-through', cache: 'item cache' }
      }
      // Control-plane actions (CreateTable, UpdateTable…) are not supported by DAX: call DynamoDB directly.
      // [unverified] the DAX SDK's exact error; the simulator answers like DynamoDB does for an unknown action.
      throw new UnknownOperationException(`${operation} is not supported by DAX; send it to DynamoDB`)
  }
}

/**
 * Sends one request through a DAX cluster at the current virtual time (the `'dax'` service of
 * `Simulation.request`). The cluster is `cluster` when given, else the first one serving the request's table.
 * Never throws for a bad request: errors (DynamoDB's, passed on unchanged, or ClusterNotFoundFault) come back
 * in `error`. DynamoDB is only called on a miss, a pass-through or a write, so only those consume (and are
 * throttled by) its capacity. Counts the request on its node and in the cluster's counters; records a trace.
 */
export function daxRequest(sim: Simulation, operation: string, input: unknown, options: { source?: string; cluster?: string } = {}): RequestResult {
  const start = sim.clock.now()
  const ctx = newOperationContext(start)
  const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>
  let cluster: DaxCluster | undefined
  let node = 0
  let factor = 1
  let forwarded: string | undefined
  let errorFromDynamoDB = false
  let outcome: DaxOutcome | undefined
  let error: AwsServiceException | undefined
  try {
    cluster = sim.dax.resolve(options.cluster, requestTableName(raw))
    const picked = cluster.pickNode(WRITES.has(operation), start)
    node = picked.node
    factor = loadFactor(picked.load)
    cluster.counters.TotalRequestCount++
    const c = cluster
    const env: DaxEnv = {
      db: sim.dynamodb,
      cluster: c,
      ctx,
      now: start,
      forward(op, body) {
        forwarded = op
        errorFromDynamoDB = true
        const out = sim.dynamodb.execute(op, body, ctx)
        errorFromDynamoDB = false
        return out
      },
    }
    outcome = dispatch(env, sim.dax, operation, raw)
    if (outcome.path === 'pass-through') c.counters.passThroughCount++
  } catch (e) {
    error = e instanceof AwsServiceException ? e : new InternalServerError(`Internal server error: ${(e as Error)?.message ?? String(e)}`)
    if (cluster) cluster.counters.ErrorRequestCount++
  }
  if (!ctx.tableName) {
    const name = requestTableName(raw)
    if (name) ctx.tableName = name
  }
  const trace = buildDaxTrace({
    id: sim.traces.nextId(),
    source: options.source ?? 'sdk',
    operation,
    start,
    cluster: cluster?.name,
    node,
    factor,
    ...(outcome ? { path: outcome.path, cache: outcome.cache } : forwarded && cluster ? failedPath(operation, raw) : { path: undefined, cache: undefined }),
    forwarded,
    ctx,
    error,
    errorFromDynamoDB,
    random: sim.random,
  })
  if (cluster && outcome) {
    const ms = trace.end - trace.start
    if (outcome.path === 'hit') cluster.counters.hitLatencyMs += ms
    else if (outcome.path === 'miss' || outcome.path === 'not cached') cluster.counters.missLatencyMs += ms
  }
  return error ? { error, trace } : { output: outcome!.output, trace }
}
