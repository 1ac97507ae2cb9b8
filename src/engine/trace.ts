/**
 * Traces: one per request, for every service. A trace is a list of hops; panels animate hops on the
 * virtual clock and the inspector shows them as a waterfall. The same shape serves DynamoDB today and
 * API Gateway, Lambda, DAX and Streams later: a hop names the service and the component inside it
 * (`router`, `partition 2`, `item cache`, `Stage prod`, `Integration`…), and `detail` carries what a
 * learner needs to see there (consumed capacity, partition id, cache hit or miss, status code…).
 *
 * See ../../../shared/DESIGN.md, "Traces".
 */

/** Services (and the caller) that can appear on a hop. */
export type TraceService = 'client' | 'apigateway' | 'lambda' | 'dax' | 'dynamodb' | 'streams'

/** Outcome of one hop or of the whole request. */
export type TraceOutcome = 'ok' | 'error' | 'throttled' | 'hit' | 'miss'

export interface TraceHop {
  service: TraceService
  /** Component inside the service, e.g. `request router`, `partition 1`, `item cache`, `Stage prod`. */
  component: string
  /** What happened at this hop, e.g. `PutItem`, `validate`, `write`, `response`. */
  operation: string
  /** Virtual ms at which the request reaches this hop. */
  start: number
  /** Virtual ms at which the hop hands on (start <= end). */
  end: number
  outcome: TraceOutcome
  /** Learner-facing facts about this hop (JSON-serializable). */
  detail: Record<string, unknown>
}

export interface TraceError {
  name: string
  message: string
}

export interface Trace {
  /** Unique, deterministic: `t-<sequence>`. */
  id: string
  /** Who sent it: `console`, `explorer`, `cli`, `sdk`, `load`… */
  source: string
  service: TraceService
  operation: string
  /** Resource the request addressed (table name, function name, API id), when there is one. */
  resource?: string
  /** Virtual ms at which the client sent the request. */
  start: number
  /** Virtual ms at which the client got the response. */
  end: number
  outcome: 'ok' | 'error' | 'throttled'
  hops: TraceHop[]
  error?: TraceError
  /** Summary figures shown in the inspector (consumed capacity, partition, item count…). */
  detail: Record<string, unknown>
}

/**
 * A trace built only when someone reads it. Under load most traces leave the bounded log unread, so the
 * simulation records what it needs to build one (a few references) and builds hops on first access.
 * `build(args)` must be deterministic (it may not read shared state that changes later).
 */
export class PendingTrace<A = unknown> implements LazyTrace {
  readonly id: string
  #build: ((args: A) => Trace) | undefined
  #args: A | undefined
  #trace: Trace | undefined

  constructor(id: string, build: (args: A) => Trace, args: A) {
    this.id = id
    this.#build = build
    this.#args = args
  }

  /** The trace (built once, on first access). */
  get trace(): Trace {
    if (this.#trace === undefined) {
      this.#trace = this.#build!(this.#args!)
      this.#build = undefined
      this.#args = undefined
    }
    return this.#trace
  }
}

/** A trace that may not be built yet (a {@link PendingTrace}). */
export interface LazyTrace {
  readonly id: string
  readonly trace: Trace
}

/** A logged trace, possibly not built yet. */
type Entry = Trace | LazyTrace

function built(e: Entry): Trace {
  return 'hops' in e ? e : e.trace
}

/**
 * Bounded log of traces (oldest dropped first) that panels subscribe to.
 * @default capacity 2000 traces
 */
export class TraceLog {
  readonly capacity: number
  /** Ring buffer: `#items[#head]` is the oldest once the buffer is full. */
  #items: Entry[] = []
  #head = 0
  #seq = 0

  constructor(capacity = 2000) {
    this.capacity = capacity
  }

  nextId(): string {
    return `t-${++this.#seq}`
  }

  /** The next sequence number, for a trace that builds its id (`t-<seq>`) itself when read. */
  nextSeq(): number {
    return ++this.#seq
  }

  /** Logs a trace, or a {@link PendingTrace} that is built when read. */
  add(trace: Trace | LazyTrace): void {
    if (this.#items.length < this.capacity) {
      this.#items.push(trace)
    } else {
      this.#items[this.#head] = trace
      this.#head = (this.#head + 1) % this.capacity
    }
  }

  /** All retained traces, oldest first. The array is a fresh copy. */
  list(): Trace[] {
    const n = this.#items.length
    const out = new Array<Trace>(n)
    for (let i = 0; i < n; i++) out[i] = built(this.#items[(this.#head + i) % n]!)
    return out
  }

  /** The newest `n` traces, oldest first. */
  latest(n: number): Trace[] {
    const len = this.#items.length
    if (!(n > 0) || n >= len) return this.list().slice(-n)
    const out = new Array<Trace>(n)
    for (let i = 0; i < n; i++) out[i] = built(this.#items[(this.#head + len - n + i) % len]!)
    return out
  }

  get(id: string): Trace | undefined {
    const e = this.#items.find((t) => t.id === id)
    return e && built(e)
  }

  clear(): void {
    this.#items = []
    this.#head = 0
  }

  getState(): { seq: number; items: Trace[] } {
    return { seq: this.#seq, items: JSON.parse(JSON.stringify(this.list())) as Trace[] }
  }

  setState(state: { seq: number; items: Trace[] }): void {
    this.#seq = state.seq
    this.#items = state.items.slice(-this.capacity)
    this.#head = 0
  }
}
