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
 * Bounded log of traces (oldest dropped first) that panels subscribe to.
 * @default capacity 2000 traces
 */
export class TraceLog {
  readonly capacity: number
  /** Ring buffer: `#items[#head]` is the oldest once the buffer is full. */
  #items: Trace[] = []
  #head = 0
  #seq = 0

  constructor(capacity = 2000) {
    this.capacity = capacity
  }

  nextId(): string {
    return `t-${++this.#seq}`
  }

  add(trace: Trace): void {
    if (this.#items.length < this.capacity) {
      this.#items.push(trace)
    } else {
      this.#items[this.#head] = trace
      this.#head = (this.#head + 1) % this.capacity
    }
  }

  /** All retained traces, oldest first. The array is a fresh copy. */
  list(): Trace[] {
    return this.#head === 0 ? this.#items.slice() : [...this.#items.slice(this.#head), ...this.#items.slice(0, this.#head)]
  }

  /** The newest `n` traces, oldest first. */
  latest(n: number): Trace[] {
    return this.list().slice(-n)
  }

  get(id: string): Trace | undefined {
    return this.#items.find((t) => t.id === id)
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
