import type { AwsServiceException } from '../errors.ts'
import type { LazyTrace, Trace, TraceHop } from '../trace.ts'
import { SeededRandom } from '../clock/SeededRandom.ts'
import { invariant } from '../errors.ts'
import { RequestContext, type OperationContext } from './OperationContext.ts'
import { DYNAMODB_LATENCY_MS as L, jitter } from './latency.ts'

const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems'])

/**
 * Builds the trace of one DynamoDB request: client → request router → partition(s) → client.
 * A request that fails before reaching storage (validation, missing table) stops at the router.
 */
export function buildDynamoDBTrace(args: {
  id: string
  source: string
  operation: string
  start: number
  ctx: OperationContext
  error: AwsServiceException | undefined
  random: SeededRandom
}): Trace {
  const { id, source, operation, start, ctx, error, random } = args
  const throttled = error?.name === 'ProvisionedThroughputExceededException' || error?.name === 'ThrottlingException'
  const hops: TraceHop[] = []
  let t = start + jitter(random, L.network)
  const reachedStorage = ctx.partitions.length > 0
  const routerEnd = t + jitter(random, L.router)
  hops.push({
    service: 'dynamodb',
    component: 'request router',
    operation,
    start: t,
    end: routerEnd,
    outcome: error && !reachedStorage ? 'error' : 'ok',
    detail: error && !reachedStorage ? { error: error.name, message: error.message } : { table: ctx.tableName },
  })
  t = routerEnd
  const isWrite = WRITES.has(operation)
  const consistent = ctx.notes['consistentRead'] === true
  for (const p of ctx.partitions) {
    const d = jitter(random, isWrite ? L.write : consistent ? L.consistentRead : L.read)
    hops.push({
      service: 'dynamodb',
      component: `partition ${p}`,
      operation: isWrite ? 'write' : consistent ? 'strongly consistent read' : 'eventually consistent read',
      start: t,
      end: t + d,
      outcome: throttled ? 'throttled' : error ? 'error' : 'ok',
      detail: {
        partition: p,
        table: ctx.tableName,
        consumedCapacity: ctx.consumed[0]?.CapacityUnits,
        ...(error ? { error: error.name } : {}),
        // The replica an eventually consistent read reached, when replicas lagged (replication/readReplica.ts).
        ...(ctx.notes['replica'] !== undefined ? { replica: ctx.notes['replica'], stale: ctx.notes['stale'] ?? (ctx.notes['staleItems'] as number) > 0 } : {}),
      },
    })
    t += d
  }
  const end = t + jitter(random, L.network)
  hops.push({ service: 'client', component: 'client', operation: 'response', start: t, end, outcome: error ? (throttled ? 'throttled' : 'error') : 'ok', detail: {} })
  return {
    id,
    source,
    service: 'dynamodb',
    operation,
    ...(ctx.tableName ? { resource: ctx.tableName } : {}),
    start,
    end,
    outcome: throttled ? 'throttled' : error ? 'error' : 'ok',
    hops,
    ...(error ? { error: { name: error.name, message: error.message } } : {}),
    detail: {
      ...(ctx.consumed.length ? { consumedCapacity: ctx.consumed } : {}),
      ...(ctx.partitions.length ? { partitions: ctx.partitions } : {}),
      ...ctx.notes,
    },
  }
}

/**
 * `end` of the trace {@link buildDynamoDBTrace} would build from `random` (the same draws and arithmetic),
 * without building it: for callers that need only the request's duration (the load generator's sampled requests).
 */
export function dynamoDBTraceEnd(operation: string, start: number, partitionCount: number, consistent: boolean, random: SeededRandom): number {
  let t = start + jitter(random, L.network)
  t += jitter(random, L.router)
  const isWrite = WRITES.has(operation)
  for (let i = 0; i < partitionCount; i++) t += jitter(random, isWrite ? L.write : consistent ? L.consistentRead : L.read)
  return t + jitter(random, L.network)
}

/** Random draws {@link buildDynamoDBTrace} makes: network, router, one per partition, network back. */
export function dynamoDBTraceDraws(ctx: OperationContext): number {
  return 3 + ctx.partitions.length
}

/**
 * The trace of one DynamoDB request, built when first read. Holds the few references the build needs as
 * fields (it stays in the trace log for thousands of requests, so it should be small).
 */
class PendingDynamoDBTrace implements LazyTrace {
  readonly id: string
  #source: string
  #operation: string
  #start: number
  #ctx: OperationContext | undefined
  #error: AwsServiceException | undefined
  /** State of the simulation's generator before the trace's draws. */
  #randomState: number
  #trace: Trace | undefined

  constructor(id: string, source: string, operation: string, start: number, ctx: OperationContext, error: AwsServiceException | undefined, randomState: number) {
    this.id = id
    this.#source = source
    this.#operation = operation
    this.#start = start
    this.#ctx = ctx
    this.#error = error
    this.#randomState = randomState
  }

  get trace(): Trace {
    if (this.#trace === undefined) {
      const ctx = this.#ctx!
      const random = new SeededRandom()
      random.setState(this.#randomState)
      this.#trace = buildDynamoDBTrace({ id: this.id, source: this.#source, operation: this.#operation, start: this.#start, ctx, error: this.#error, random })
      const expected = new SeededRandom()
      expected.setState(this.#randomState)
      expected.skip(dynamoDBTraceDraws(ctx))
      invariant(random.getState() === expected.getState(), 'buildDynamoDBTrace must make exactly dynamoDBTraceDraws(ctx) random draws')
      this.#ctx = undefined
      this.#error = undefined
    }
    return this.#trace
  }
}

/**
 * The trace of one DynamoDB request, built when first read. Reserves the trace's random draws on `random`
 * now (skip-ahead), so the generator's sequence, and every trace, is exactly what an eager
 * {@link buildDynamoDBTrace} would give; only the work of building hops nobody reads is saved.
 */
export function pendingDynamoDBTrace(args: {
  id: string
  source: string
  operation: string
  start: number
  ctx: OperationContext
  error: AwsServiceException | undefined
  random: SeededRandom
}): LazyTrace {
  const randomState = args.random.getState()
  args.random.skip(dynamoDBTraceDraws(args.ctx))
  return new PendingDynamoDBTrace(args.id, args.source, args.operation, args.start, args.ctx, args.error, randomState)
}

/**
 * One DynamoDB request as `Simulation.request` runs it: the context ({@link RequestContext}) the operation fills in,
 * then, once logged, its trace, built when first read. One object per request instead of a context plus a
 * pending trace (the trace log keeps the last 2,000 alive, so fewer and smaller objects mean less GC work).
 * The trace (content, id, random draws) is exactly what {@link pendingDynamoDBTrace} gives for the same context.
 */
export class DynamoDBRequest extends RequestContext implements LazyTrace {
  /** Sequence number in the trace log (the id is `t-<seq>`, built when read). */
  #seq = 0
  #id: string | undefined = undefined
  #source = ''
  #operation = ''
  #error: AwsServiceException | undefined = undefined
  /** State of the simulation's generator before the trace's draws (as an int32, kept unboxed). */
  #randomState = 0
  #trace: Trace | undefined = undefined

  // Explicit: the implicit derived constructor forwards `...args` (a few ns more per request, measured).
  constructor(now: number) {
    super(now)
  }

  /**
   * Makes this request a loggable trace once the operation ran: reserves the trace's random draws on
   * `random` now (skip-ahead), as {@link pendingDynamoDBTrace} does.
   * @param seq the trace log's sequence number (`TraceLog.nextSeq`)
   */
  logAs(seq: number, source: string, operation: string, error: AwsServiceException | undefined, random: SeededRandom): void {
    this.#seq = seq
    this.#source = source
    this.#operation = operation
    this.#error = error
    this.#randomState = random.getState() | 0
    random.skip(3 + this.partitionCount) // dynamoDBTraceDraws(this), without building the partitions array
  }

  /** `t-<sequence>`. */
  get id(): string {
    return (this.#id ??= `t-${this.#seq}`)
  }

  /** The trace's `end` (virtual ms), without building the trace when it is not built yet. */
  get end(): number {
    if (this.#trace !== undefined) return this.#trace.end
    const random = new SeededRandom()
    random.setState(this.#randomState >>> 0)
    return dynamoDBTraceEnd(this.#operation, this.now, this.partitionCount, this.notes['consistentRead'] === true, random)
  }

  get trace(): Trace {
    if (this.#trace === undefined) {
      const random = new SeededRandom()
      random.setState(this.#randomState >>> 0)
      this.#trace = buildDynamoDBTrace({ id: this.id, source: this.#source, operation: this.#operation, start: this.now, ctx: this, error: this.#error, random })
      const expected = new SeededRandom()
      expected.setState(this.#randomState >>> 0)
      expected.skip(dynamoDBTraceDraws(this))
      invariant(random.getState() === expected.getState(), 'buildDynamoDBTrace must make exactly dynamoDBTraceDraws(ctx) random draws')
      this.#error = undefined
    }
    return this.#trace
  }
}
