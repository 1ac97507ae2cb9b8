import type { SeededRandom } from '../clock/SeededRandom.ts'
import type { AwsServiceException } from '../errors.ts'
import type { OperationContext } from '../dynamodb/OperationContext.ts'
import type { Trace, TraceHop, TraceOutcome } from '../trace.ts'
import type { DaxPath } from './readThrough.ts'
import { buildDynamoDBTrace } from '../dynamodb/trace.ts'
import { DAX_LATENCY_MS as L, daxStep } from './latency.ts'

/** Everything one DAX request did, for its trace. */
export interface DaxTraceArgs {
  id: string
  source: string
  operation: string
  start: number
  /** Undefined when no cluster could take the request. */
  cluster: string | undefined
  /** Node index (0 = primary). */
  node: number
  /** Latency factor of the node's load (latency.ts loadFactor). */
  factor: number
  path: DaxPath | undefined
  cache?: 'item cache' | 'query cache' | undefined
  /** The DynamoDB request DAX sent, if any, and what DynamoDB recorded about it. */
  forwarded: string | undefined
  ctx: OperationContext
  error: AwsServiceException | undefined
  /** True when `error` came from DynamoDB (after DAX forwarded the request). */
  errorFromDynamoDB: boolean
  random: SeededRandom
}

const THROTTLES = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded'])

/**
 * The trace of one request sent through DAX: client → DAX node → item/query cache (hit or miss) → on a miss,
 * a pass-through or a write: DynamoDB request router → partition(s) → back to the DAX node (cache fill or
 * write-through update) → client. Same format as every service (../trace.ts); DynamoDB's hops come from
 * buildDynamoDBTrace, so they look the same as a direct request's.
 */
export function buildDaxTrace(a: DaxTraceArgs): Trace {
  const { random, factor, error } = a
  const hops: TraceHop[] = []
  const throttled = !!error && THROTTLES.has(error.name)
  const nodeName = `node ${a.node + 1}${a.node === 0 ? ' (primary)' : ''}`
  let t = a.start + daxStep(random, L.network, 1)
  if (a.cluster !== undefined) {
    const failedHere = !!error && !a.errorFromDynamoDB
    const nodeEnd = t + daxStep(random, L.lookup / 2, factor)
    hops.push({
      service: 'dax',
      component: nodeName,
      operation: a.operation,
      start: t,
      end: nodeEnd,
      outcome: failedHere ? (throttled ? 'throttled' : 'error') : 'ok',
      detail: { cluster: a.cluster, node: a.node + 1, role: a.node === 0 ? 'primary' : 'read replica', ...(failedHere ? { error: error.name, message: error.message } : {}), ...(factor > 1.05 ? { loadFactor: Math.round(factor * 100) / 100 } : {}) },
    })
    t = nodeEnd
    if (a.cache && (a.path === 'hit' || a.path === 'miss' || a.path === 'not cached')) {
      const end = t + daxStep(random, L.lookup, factor)
      const outcome: TraceOutcome = a.path === 'hit' ? 'hit' : 'miss'
      hops.push({ service: 'dax', component: a.cache, operation: 'lookup', start: t, end, outcome, detail: { cluster: a.cluster, result: a.path } })
      t = end
    }
    if (a.forwarded) {
      const dyn = buildDynamoDBTrace({ id: a.id, source: 'dax', operation: a.forwarded, start: t, ctx: a.ctx, error: a.errorFromDynamoDB ? error : undefined, random })
      const back = dyn.hops.pop()!
      hops.push(...dyn.hops)
      t = back.end
      if (!error && (a.path === 'miss' || a.path === 'write-through') && a.cache) {
        const end = t + daxStep(random, L.fill, factor)
        hops.push({ service: 'dax', component: a.cache, operation: a.path === 'miss' ? 'store result' : 'write-through update', start: t, end, outcome: 'ok', detail: { cluster: a.cluster } })
        t = end
      }
    }
  }
  const end = t + daxStep(random, L.network, 1)
  const outcome = throttled ? 'throttled' : error ? 'error' : 'ok'
  hops.push({ service: 'client', component: 'client', operation: 'response', start: t, end, outcome, detail: {} })
  const ctx = a.ctx
  return {
    id: a.id,
    source: a.source,
    service: 'dax',
    operation: a.operation,
    ...(ctx.tableName ? { resource: ctx.tableName } : {}),
    start: a.start,
    end,
    outcome,
    hops,
    ...(error ? { error: { name: error.name, message: error.message } } : {}),
    detail: {
      ...(a.cluster !== undefined ? { cluster: a.cluster, node: a.node + 1 } : {}),
      ...(a.cache ? { cache: a.cache } : {}),
      ...(a.path ? { cacheResult: a.path } : {}),
      latencyMs: Math.round((end - a.start) * 1000) / 1000,
      ...(ctx.consumed.length ? { consumedCapacity: ctx.consumed } : {}),
      ...(ctx.partitions.length ? { partitions: ctx.partitions } : {}),
      ...ctx.notes,
    },
  }
}
