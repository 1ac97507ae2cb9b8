import type { Simulation, ServiceId } from '../Simulation.ts'
import type { VirtualClock } from '../clock/VirtualClock.ts'
import type { Workload } from './workload.ts'
import type { DaxCounters } from '../dax/DaxCluster.ts'
import { SeededRandom } from '../clock/SeededRandom.ts'
import { DYNAMODB_LATENCY_MS as L } from '../dynamodb/latency.ts'
import { keySampler, type KeySampler } from './keys.ts'
import { peakRate } from './rate.ts'
import { Arrivals } from './arrivals.ts'
import { classifyError, RetryStrategy, SDK_V3_DEFAULT, type RetryErrorType } from './retry.ts'
import { RetryQueue, type PendingAttempt } from './RetryQueue.ts'
import { LatencyHistogram, SecondSeries, type LatencyPercentiles, type LoadCounters, type LoadSecond } from './stats.ts'
import { workloadProblems } from './workload.ts'
import { LoadRequests, NOT_FAST } from './requests.ts'
import type { AttemptRecord, LoadRunOptions } from './options.ts'

/** Clock event kind of a run's wake-ups. Payload: `{ run: <run id> }`. */
export const LOAD_WAKE = 'load.wake'

export type { AttemptRecord, LoadRunOptions } from './options.ts'

export type LoadRunStatus = 'running' | 'finished' | 'stopped'

/** Runs per clock, so one event handler serves them all (events are data: `{ run: id }`). */
const registries = new WeakMap<VirtualClock, Map<number, LoadRun>>()
let nextRunId = 1

/**
 * One run of a workload: a fleet of simulated SDK v3 clients (one retry quota) sending GetItem/PutItem to a
 * table through `sim.request(…, { source: 'load' })`, on the virtual clock.
 *
 * Scheduling: the run keeps at most one pending clock event (`load.wake`) at the next virtual millisecond
 * where it has work: first attempts whose arrival time has come (arrivals are spread evenly by the rate
 * pattern, see arrivals.ts) and retries that are due (kept in the run's own queue as plain
 * records). All requests due in one millisecond are sent in one wake-up inside `sim.batch`, so subscribers
 * hear about a wake-up once. A wake-up then moves on to the next millisecond with work by itself
 * (`VirtualClock.skipTo`) as long as no other event is due before it and the advance in progress reaches
 * it, so a run pays one clock event per stretch of milliseconds, not per millisecond; the order of events,
 * requests and random draws is what one wake-up per millisecond gives. Pause and step work as for any
 * clock event (`step` sends one millisecond).
 *
 * A retry is sent `latency + backoff` after the failed attempt (the client waits for the error response,
 * then the SDK's delay; see retry.ts). Requests still retrying when the duration ends finish their retries.
 *
 * Fast path ({@link LoadRunOptions.fastPath}, on by default): untraced attempts go through the embedded API
 * (dynamodb/embedded.ts), with the same storage, capacity, metrics and downstream effects as `sim.request`
 * and no validation, trace or exception objects; sampled (traced) attempts and DAX runs use `sim.request`.
 * A 1,000,000-request hot-key run takes well under 1 s instead of 6 (bench: `load.1M-requests-hot-key`).
 */
export class LoadRun {
  readonly id: number
  readonly workload: Workload
  /** Virtual ms at which the run started. */
  readonly startedAt: number
  readonly traceEvery: number
  readonly retry: RetryStrategy
  #sim: Simulation
  #random: SeededRandom
  #keys: KeySampler
  #service: ServiceId
  #requests: LoadRequests
  #arrivals: Arrivals
  #queue = new RetryQueue()
  #wakeAt = -1
  #wakeId = 0
  #status: LoadRunStatus = 'running'
  #counters: LoadCounters
  #perSecond = new SecondSeries()
  #latency = new LatencyHistogram()
  #attemptLog: AttemptRecord[] = []
  #attemptLimit: number
  /** Sequence number of the next request whose attempts are traced (every `traceEvery`-th). */
  #nextTraced = 0
  /** Modeled round trip before jitter of an untraced read / write, ms (see #modelLatency). */
  #readBaseMs: number
  #writeBaseMs: number
  /** Last error classified, and its class (a throttled run sees the same name over and over). */
  #errorName: string | undefined = undefined
  #errorFault: 'client' | 'server' = 'client'
  #errorType: RetryErrorType = 'CLIENT_ERROR'

  /**
   * Starts `workload` at the current virtual time.
   * @throws Error (a readable sentence) when the workload has problems (see workloadProblems) or the table does not exist
   */
  constructor(sim: Simulation, workload: Workload, options: LoadRunOptions = {}) {
    const problems = workloadProblems(workload)
    if (problems.length) throw new Error(problems.join(' '))
    const table = sim.dynamodb.tables.get(workload.tableName)
    if (!table) throw new Error(`Table ${workload.tableName} does not exist.`)
    this.id = nextRunId++
    this.workload = structuredCopy(workload)
    this.#sim = sim
    this.startedAt = sim.clock.now()
    this.#random = new SeededRandom(workload.seed ?? 1)
    this.#keys = keySampler(workload.keys)
    this.#service = (workload.throughDax ? 'dax' : 'dynamodb') as string as ServiceId
    this.#requests = new LoadRequests(sim, this.workload, table, options.fastPath !== false)
    this.#arrivals = new Arrivals(this.workload.rate, workload.durationSeconds)
    this.#readBaseMs = 2 * L.network + L.router + (workload.consistency === 'strong' ? L.consistentRead : L.read)
    this.#writeBaseMs = 2 * L.network + L.router + L.write
    this.#attemptLimit = options.recordAttempts ?? 0
    this.retry = new RetryStrategy(options.retry ?? SDK_V3_DEFAULT)
    this.traceEvery = Math.max(1, Math.floor(options.traceEvery ?? Math.ceil(peakRate(workload.rate) / 10)))
    this.#counters = { started: 0, sent: 0, succeeded: 0, throttled: 0, retried: 0, failed: 0, failedAfterRetries: 0, inFlight: 0, retryQuota: this.retry.capacity }
    registerLoadEvents(sim.clock).set(this.id, this)
    this.#schedule()
  }

  get status(): LoadRunStatus {
    return this.#status
  }

  /** Virtual ms at which first attempts stop (retries may continue after it). */
  get endsAt(): number {
    return this.startedAt + this.#arrivals.durationMs
  }

  /** Share of the duration elapsed, 0..1 (1 once finished or stopped). */
  progress(): number {
    if (this.#status !== 'running') return 1
    return Math.min(1, (this.#sim.clock.now() - this.startedAt) / this.#arrivals.durationMs)
  }

  /** A copy of the live counters. */
  counters(): LoadCounters {
    return { ...this.#counters, inFlight: this.#queue.size, retryQuota: this.retry.capacity }
  }

  /** Per virtual second counters, from second `from` (for charts that append). */
  seconds(from = 0): LoadSecond[] {
    return this.#perSecond.list(from)
  }

  /** Client-observed latency percentiles of finished requests, ms. */
  latency(): LatencyPercentiles {
    return this.#latency.percentiles()
  }

  /** The attempt log (empty unless `recordAttempts` was set). */
  attempts(): readonly AttemptRecord[] {
    return this.#attemptLog
  }

  /** Stops sending; requests waiting for a retry are dropped. */
  stop(): void {
    if (this.#status !== 'running') return
    this.#finish('stopped')
  }

  /**
   * Runs to completion as fast as possible (advances the simulation's clock inside one `sim.batch`; the
   * run's wake-ups move it past other events' times only when none is due in between).
   */
  runToEnd(): void {
    this.#toEnd = true
    try {
      this.#sim.batch(() => {
        // clock.advanceTo (not sim.advanceTo) so a wake-up due right now fires too; one change at the end.
        while (this.#status === 'running' && this.#wakeAt >= 0) {
          const at = this.#wakeAt
          // The wake-up can be gone (the simulation was restored from a snapshot): the run cannot continue.
          if (at < this.#sim.clock.now() || this.#sim.clock.nextEventAt() === undefined) {
            this.#finish('stopped')
            break
          }
          this.#sim.clock.advanceTo(at)
          if (this.#wakeAt === at && this.#status === 'running') {
            this.#finish('stopped')
            break
          }
        }
        this.#sim.changed()
      })
    } finally {
      this.#toEnd = false
    }
  }

  /**
   * The clock event handler: sends everything due now, then moves on to the next millisecond with work
   * while the clock allows it without an event (see `VirtualClock.skipTo`: nothing else due in between,
   * within the advance in progress, or anywhere during `runToEnd`), so a run does not pay a clock event per
   * millisecond. Events, requests and random draws happen in exactly the order one wake-up per millisecond gives.
   */
  wake(): void {
    if (this.#status !== 'running') return
    this.#wakeAt = -1
    this.#requests.newWake()
    // Throttling errors are data here, thousands per virtual second: skip capturing their stack traces
    // (V8's Error.stackTraceLimit; other engines ignore it), restored right after.
    const E = Error as unknown as { stackTraceLimit?: unknown }
    const limit = E.stackTraceLimit
    if (typeof limit === 'number') E.stackTraceLimit = 0
    try {
      this.#sim.batch(this.#sendAll)
    } finally {
      if (typeof limit === 'number') E.stackTraceLimit = limit
    }
    this.#schedule()
  }

  /** `runToEnd` in progress: the run may move the clock past the advance's target. */
  #toEnd = false

  #sendAll = (): void => {
    const clock = this.#sim.clock
    for (;;) {
      this.#sendDue()
      if (this.#status !== 'running') return
      const next = this.#nextDue()
      if (next === undefined || !clock.skipTo(next, this.#toEnd ? Infinity : undefined)) return
    }
  }

  #sendDue(): void {
    const now = this.#sim.clock.now()
    const elapsed = now - this.startedAt
    if (elapsed < this.#arrivals.durationMs) {
      const due = this.#arrivals.dueBy(elapsed)
      while (this.#counters.started < due) this.#first(now)
    }
    for (let p = this.#queue.peek(); p && p.due <= now; p = this.#queue.peek()) this.#attempt(this.#queue.pop()!, now)
  }

  /**
   * A first attempt, in a reused record: most requests never wait for a retry; `#attempt` copies the record
   * when it queues one.
   */
  #first(now: number): void {
    const seq = this.#counters.started++
    const read = this.#random.next() < this.workload.readRatio
    const key = this.#keys.next(this.#random)
    const p = this.#firstAttempt
    p.due = now
    p.seq = seq
    p.start = now
    p.attempt = 1
    p.read = read
    p.key = key.value
    p.sourceName = key.source?.name
    p.sourceValue = key.source?.value
    p.cost = 0
    p.traced = seq === this.#nextTraced
    if (p.traced) this.#nextTraced += this.traceEvery
    this.#attempt(p, now)
  }

  #firstAttempt: PendingAttempt = { due: 0, seq: 0, start: 0, attempt: 1, read: false, key: '', sourceName: undefined, sourceValue: undefined, cost: 0, traced: false }

  #attempt(p: PendingAttempt, now: number): void {
    const second = Math.floor((now - this.startedAt) / 1000)
    const s = this.#perSecond
    if (second >= s.sent.length) s.reach(second)
    const c = this.#counters
    c.sent++
    s.sent[second]!++
    if (p.attempt > 1) {
      c.retried++
      s.retried[second]!++
    }
    let errorName: string | undefined
    let fault: 'client' | 'server' = 'client'
    let latency: number
    const fast = this.#requests.fast && !p.traced ? this.#requests.sendFast(p) : NOT_FAST
    if (fast !== NOT_FAST) {
      errorName = fast
      latency = this.#modelLatency(p.read)
    } else {
      const input = p.read ? this.#requests.readInput(p) : this.#requests.writeInput(p)
      const dax = this.workload.throughDax ? this.#daxCounters() : undefined
      const daxBefore = dax ? dax.hitLatencyMs + dax.missLatencyMs : 0
      const sentAt = this.#sim.clock.now()
      const r = this.#sim.request(this.#service, p.read ? 'GetItem' : 'PutItem', input, { source: 'load', trace: p.traced })
      // Untraced: DAX records each read's modeled latency in its counters (hit: microseconds); otherwise the
      // DynamoDB latency model.
      const daxMs = dax ? dax.hitLatencyMs + dax.missLatencyMs - daxBefore : 0
      // A traced request's latency is its trace's duration; `traceEnd` gives it without building the trace.
      const traceEnd = p.traced ? r.traceEnd : undefined
      latency = p.traced ? (traceEnd !== undefined ? traceEnd - sentAt : r.trace.end - r.trace.start) : daxMs > 0 ? daxMs : this.#modelLatency(p.read)
      errorName = r.error?.name
      if (r.error) fault = r.error.$fault
    }
    if (errorName === undefined) {
      this.retry.recordSuccess(p.attempt > 1 ? p.cost : undefined)
      c.succeeded++
      s.succeeded[second]!++
      this.#latency.add(now - p.start + latency)
      this.#log(p, now, latency, undefined, undefined)
      return
    }
    if (errorName !== this.#errorName || fault !== this.#errorFault) {
      this.#errorType = classifyError(errorName, fault)
      this.#errorName = errorName
      this.#errorFault = fault
    }
    const type = this.#errorType
    if (type === 'THROTTLING') {
      c.throttled++
      s.throttled[second]!++
    }
    const retry = this.#status === 'running' ? this.retry.retry(type, p.attempt, this.#random) : undefined
    this.#log(p, now, latency, errorName, retry?.delayMs)
    if (retry) {
      const q = p === this.#firstAttempt ? copyAttempt(p) : p
      q.due = now + Math.ceil(latency + retry.delayMs)
      q.attempt++
      q.cost = retry.cost
      this.#queue.push(q)
      return
    }
    c.failed++
    if (type === 'THROTTLING') c.failedAfterRetries++
    s.failed[second]!++
    this.#latency.add(now - p.start + latency)
  }

  #log(p: PendingAttempt, at: number, latencyMs: number, error: string | undefined, delayMs: number | undefined): void {
    if (this.#attemptLog.length >= this.#attemptLimit) return
    const rec: AttemptRecord = { seq: p.seq, attempt: p.attempt, at, latencyMs, quota: this.retry.capacity }
    if (error !== undefined) rec.error = error
    if (delayMs !== undefined) rec.delayMs = delayMs
    this.#attemptLog.push(rec)
  }

  /** Counters of the DAX cluster that serves the table (as `sim.request('dax', …)` picks it), if any. */
  #daxCounters(): DaxCounters | undefined {
    for (const c of this.#sim.dax.clusters.values()) if (c.serves(this.workload.tableName)) return c.counters
    return undefined
  }

  /** Modeled round trip of an untraced attempt (DynamoDB latency model, ±25 % seeded jitter), ms. */
  #modelLatency(read: boolean): number {
    return Math.round((read ? this.#readBaseMs : this.#writeBaseMs) * this.#random.between(0.75, 1.25) * 1000) / 1000
  }

  #schedule(): void {
    if (this.#status !== 'running') return
    const next = this.#nextDue()
    if (next === undefined) {
      this.#finish('finished')
      return
    }
    if (next === this.#wakeAt) return
    if (this.#wakeAt >= 0) this.#sim.clock.cancel(this.#wakeId)
    this.#wakeAt = next
    this.#wakeId = this.#sim.clock.schedule(next, LOAD_WAKE, { run: this.id })
  }

  /** Next virtual ms with work: the next first attempt or the earliest retry. */
  #nextDue(): number | undefined {
    const retry = this.#queue.peek()?.due
    const arrival = this.#nextArrival()
    if (arrival === undefined) return retry
    return retry === undefined ? arrival : Math.min(arrival, retry)
  }

  /** Virtual ms of the next first attempt, or undefined when all were sent. */
  #nextArrival(): number | undefined {
    const started = this.#counters.started
    const now = this.#sim.clock.now()
    const at = this.#arrivals.next(started, Math.max(0, now - this.startedAt + (started > 0 || now > this.startedAt ? 1 : 0)))
    return at === undefined ? undefined : this.startedAt + at
  }

  #finish(status: LoadRunStatus): void {
    this.#status = status
    if (this.#wakeAt >= 0) this.#sim.clock.cancel(this.#wakeId)
    this.#wakeAt = -1
    this.#queue.clear()
    registries.get(this.#sim.clock)?.delete(this.id)
    this.#sim.changed()
  }
}

/**
 * Registers the `load.wake` handler on `clock` (idempotent; the Simulation does it at construction, so a
 * restored snapshot holding a wake-up of a run that no longer exists fires harmlessly). Returns the clock's
 * runs by id.
 */
export function registerLoadEvents(clock: VirtualClock): Map<number, LoadRun> {
  let runs = registries.get(clock)
  if (!runs) {
    const map = (runs = new Map<number, LoadRun>())
    registries.set(clock, runs)
    clock.on(LOAD_WAKE, (payload: { run: number }) => map.get(payload?.run)?.wake())
  }
  return runs
}

/** Starts a run of `workload` now. See {@link LoadRun}. */
export function startWorkload(sim: Simulation, workload: Workload, options?: LoadRunOptions): LoadRun {
  return new LoadRun(sim, workload, options)
}

function copyAttempt(p: PendingAttempt): PendingAttempt {
  return { due: p.due, seq: p.seq, start: p.start, attempt: p.attempt, read: p.read, key: p.key, sourceName: p.sourceName, sourceValue: p.sourceValue, cost: p.cost, traced: p.traced }
}

function structuredCopy<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T
}
