import { VirtualClock, type ClockState } from './clock/VirtualClock.ts'
import { SeededRandom } from './clock/SeededRandom.ts'
import { AwsServiceException } from './errors.ts'
import { TraceLog, type LazyTrace, type Trace } from './trace.ts'
import { DynamoDB, type DynamoDBState } from './dynamodb/DynamoDB.ts'
import { InternalServerError } from './dynamodb/errors.ts'
import { DynamoDBRequest } from './dynamodb/trace.ts'
import { registerLoadEvents } from './load/LoadRun.ts'
import { DaxService, type DaxState } from './dax/DaxService.ts'
import { daxRequest } from './dax/request.ts'
import { replication, replicationOf } from './dynamodb/replication/register.ts'
import type { ReplicationState } from './dynamodb/replication/ReplicationModel.ts'
import { DEFAULT_REPLICATION } from './dynamodb/replication/settings.ts'
import { executeStreamsOperation } from './dynamodb/streams/operations/index.ts'

/** The services a request can be addressed to (`dynamodbstreams`: the DynamoDB Streams API). Lambda and API Gateway join later. */
export type ServiceId = 'dynamodb' | 'dynamodbstreams' | 'dax'

export interface RequestOptions {
  /** Who sent it (`console`, `explorer`, `cli`, `sdk`, `load`…). @default 'sdk' */
  source?: string
  /**
   * Build and log a trace. `false` skips both (the load generator's unsampled requests: no trace objects
   * nobody keeps); the result then carries {@link UNTRACED}. @default true
   */
  trace?: boolean
  /** `dax` only: the DAX cluster to use. @default the first cluster that serves the request's table */
  cluster?: string
}

/** The `trace` of a request sent with `trace: false`: a shared, empty placeholder that is never logged. */
export const UNTRACED: Trace = Object.freeze({
  id: 'untraced',
  source: 'load',
  service: 'dynamodb',
  operation: '',
  start: 0,
  end: 0,
  outcome: 'ok',
  hops: [],
  detail: {},
}) as Trace

/** Result of {@link Simulation.request}: exactly one of `output` / `error`, and the trace. */
export interface RequestResult {
  output?: unknown
  error?: AwsServiceException
  trace: Trace
  /** `trace.end` (virtual ms) without building the trace when the request can tell (DynamoDB); absent: read `trace`. */
  readonly traceEnd?: number
}

/**
 * A traced request's result: `{ output }` or `{ error }`, and `trace`, a getter on the prototype that builds
 * the trace on first read and then keeps it as an own enumerable, read-only property (so a result spread or
 * serialized after its trace was read carries it, as with a plain object). Creating one costs a plain object:
 * an own accessor per result (object literal `get trace()`, or `Object.defineProperty`) cost more than the
 * rest of a GetItem.
 */
class TracedResult implements RequestResult {
  declare output?: unknown
  declare error?: AwsServiceException
  #lazy: LazyTrace

  constructor(output: unknown, error: AwsServiceException | undefined, lazy: LazyTrace) {
    if (error) this.error = error
    else this.output = output
    this.#lazy = lazy
  }

  get trace(): Trace {
    const trace = this.#lazy.trace
    Object.defineProperty(this, 'trace', { value: trace, enumerable: true, configurable: true, writable: false })
    return trace
  }

  get traceEnd(): number {
    const lazy = this.#lazy as LazyTrace & { readonly end?: number }
    return lazy instanceof DynamoDBRequest ? lazy.end : lazy.trace.end
  }
}

/** Serialized simulation (a workspace's engine part). JSON-safe. */
export interface SimulationState {
  format: 'serverless-sim/1'
  seed: number
  clock: ClockState
  random: number
  dynamodb: DynamoDBState
  /** DAX clusters and their caches (absent in older snapshots). */
  dax?: DaxState
  /** Consistency model settings (absent: replicas in step). */
  replication?: ReplicationState
  traces: { seq: number; items: Trace[] }
}

export interface SimulationOptions {
  /** Seed of the random generator. @default 1 */
  seed?: number
}

/**
 * Composition root of the simulated cloud: one virtual clock, one seeded random generator, the services
 * and the trace log. Deterministic: the same seed and the same calls give the same state and traces.
 *
 * Panels subscribe with {@link subscribe}; every change (a request, the clock moving, a restore) bumps
 * {@link version} and notifies them. See ../../shared/DESIGN.md.
 */
export class Simulation {
  readonly seed: number
  readonly clock = new VirtualClock()
  readonly random: SeededRandom
  readonly traces = new TraceLog()
  readonly dynamodb: DynamoDB
  /** DAX clusters in front of {@link dynamodb} (dax/index.ts: createDaxCluster). */
  readonly dax: DaxService
  #listeners = new Set<() => void>()
  #version = 0
  #batchDepth = 0
  #dirty = false

  constructor(options: SimulationOptions = {}) {
    this.seed = options.seed ?? 1
    this.random = new SeededRandom(this.seed)
    this.dynamodb = new DynamoDB(this.clock, this.random)
    this.dax = new DaxService(this.dynamodb)
    registerLoadEvents(this.clock)
  }

  /** Increases on every change. */
  get version(): number {
    return this.#version
  }

  /** Calls `listener` after every change. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** Runs `fn` and notifies subscribers once at the end instead of after each change. */
  batch<T>(fn: () => T): T {
    this.#batchDepth++
    try {
      return fn()
    } finally {
      if (--this.#batchDepth === 0 && this.#dirty) this.#emit()
    }
  }

  /** Marks the state changed and notifies subscribers (unless inside {@link batch}). */
  changed(): void {
    this.#version++
    if (this.#batchDepth > 0) this.#dirty = true
    else this.#emit()
  }

  #emit(): void {
    this.#dirty = false
    if (this.#listeners.size === 0) return
    for (const l of [...this.#listeners]) l()
  }

  /**
   * Sends one request to a service at the current virtual time. Never throws for a bad request: AWS
   * errors come back in `error`; a simulator bug becomes an InternalServerError. Records a trace.
   */
  request(service: ServiceId, operation: string, input: unknown, options?: RequestOptions): RequestResult {
    if (service === 'dax') {
      const result = daxRequest(this, operation, input, options ?? {})
      this.changed()
      if (options?.trace === false) return result.error ? { error: result.error, trace: UNTRACED } : { output: result.output, trace: UNTRACED }
      this.traces.add(result.trace)
      return result
    }
    const req = new DynamoDBRequest(this.clock.now())
    let output: unknown
    let error: AwsServiceException | undefined
    try {
      output = service === 'dynamodbstreams' ? executeStreamsOperation(this.dynamodb, operation, input, req) : this.dynamodb.execute(operation, input, req)
    } catch (e) {
      error = e instanceof AwsServiceException ? e : new InternalServerError(`Internal server error: ${(e as Error)?.message ?? String(e)}`)
    }
    if (options?.trace === false) {
      this.changed()
      return error ? { error, trace: UNTRACED } : { output, trace: UNTRACED }
    }
    // The trace is built when first read (most traces under load never are); its random draws are
    // reserved now, so traces and the generator's sequence are the same as with an eager build.
    req.logAs(this.traces.nextSeq(), options?.source ?? 'sdk', operation, error, this.random)
    this.traces.add(req)
    this.changed()
    return new TracedResult(output, error, req)
  }

  /** Moves virtual time forward by `ms`, firing due events. */
  advanceBy(ms: number): void {
    if (ms <= 0) return
    this.clock.advanceBy(ms)
    this.changed()
  }

  advanceTo(t: number): void {
    if (t <= this.clock.now()) return
    this.clock.advanceTo(t)
    this.changed()
  }

  /** Jumps to the next scheduled event. False when nothing is scheduled. */
  step(): boolean {
    const moved = this.clock.step()
    if (moved) this.changed()
    return moved
  }

  /** The whole state, JSON-serializable. */
  getState(): SimulationState {
    return {
      format: 'serverless-sim/1',
      seed: this.seed,
      clock: this.clock.getState(),
      random: this.random.getState(),
      dynamodb: this.dynamodb.getState(),
      dax: this.dax.getState(),
      ...(replicationOf(this.dynamodb) ? { replication: replicationOf(this.dynamodb)!.getState() } : {}),
      traces: this.traces.getState(),
    }
  }

  /**
   * Replaces the whole state with `state` (from {@link getState}).
   * @throws Error with a readable message when `state` is not a Serverless Sim state; the current state
   *   is left untouched in that case.
   */
  setState(state: SimulationState): void {
    if (!state || typeof state !== 'object' || (state as { format?: unknown }).format !== 'serverless-sim/1') {
      throw new Error('This is not a Serverless Sim workspace (expected format "serverless-sim/1").')
    }
    const backup = this.getState()
    try {
      this.clock.setState(state.clock)
      this.random.setState(state.random)
      this.dynamodb.setState(state.dynamodb)
      this.dax.setState(state.dax)
      this.#setReplication(state.replication)
      this.traces.setState(state.traces)
    } catch (e) {
      this.clock.setState(backup.clock)
      this.random.setState(backup.random)
      this.dynamodb.setState(backup.dynamodb)
      this.dax.setState(backup.dax)
      this.#setReplication(backup.replication)
      this.traces.setState(backup.traces)
      throw new Error(`The workspace is damaged and was not loaded: ${(e as Error).message}`, { cause: e })
    }
    this.changed()
  }

  #setReplication(state: ReplicationState | undefined): void {
    if (state) replication(this.dynamodb).setState(state)
    else replicationOf(this.dynamodb)?.setState({ settings: { ...DEFAULT_REPLICATION }, random: replicationOf(this.dynamodb)!.random.getState() })
  }
}
