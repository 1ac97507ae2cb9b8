import { invariant } from '../errors.ts'

/**
 * A scheduled event. Events are data (a `kind` string and a JSON-serializable `payload`), not closures,
 * so the whole queue can be snapshotted and restored. Services register one handler per kind with
 * {@link VirtualClock.on}.
 */
export interface ScheduledEvent {
  readonly id: number
  /** Virtual time in ms at which the event fires. */
  readonly at: number
  readonly kind: string
  readonly payload: unknown
}

export interface ClockState {
  /** Unix epoch ms of virtual time 0 (absent in older snapshots: the default epoch). */
  epochMs?: number
  now: number
  seq: number
  queue: ScheduledEvent[]
}

type Handler = (payload: any, event: ScheduledEvent) => void

/**
 * The simulation's only clock: virtual milliseconds since the simulation epoch
 * ({@link VirtualClock.epochMs}). It never reads wall time. Time moves only when a caller advances it
 * (`advanceTo`, `advanceBy`, `step`); the UI's animation loop does that at a chosen speed, tests do it
 * explicitly.
 *
 * The queue is a binary min-heap ordered by (`at`, `id`), so events at the same instant fire in the
 * order they were scheduled.
 */
export class VirtualClock {
  /** Default Unix epoch ms of virtual time 0: 2026-01-01T00:00:00Z. */
  static readonly DEFAULT_EPOCH_MS = 1_767_225_600_000

  /**
   * Unix epoch ms of virtual time 0, used for dates (CreationDateTime, TTL, stream records). The app keeps
   * the default so runs replay identically; the local endpoint sets it to the wall time at start-up so
   * TTL values computed by clients from the real date behave. @default 2026-01-01T00:00:00Z
   */
  epochMs = VirtualClock.DEFAULT_EPOCH_MS

  #now = 0
  #seq = 0
  #heap: ScheduledEvent[] = []
  #cancelled = new Set<number>()
  #handlers = new Map<string, Handler>()
  /** Target of the advance in progress (`advanceTo`'s `t`); -Infinity outside one. */
  #until = -Infinity

  /** Current virtual time, ms. */
  now(): number {
    return this.#now
  }

  /** Current virtual time as Unix epoch seconds (the unit of DynamoDB's CreationDateTime and TTL). */
  epochSeconds(): number {
    return (this.epochMs + this.#now) / 1000
  }

  /** Registers the handler for one event kind (one handler per kind). */
  on(kind: string, handler: Handler): void {
    this.#handlers.set(kind, handler)
  }

  /** Schedules an event at absolute virtual time `at` (ms; clamped to now). Returns its id. */
  schedule(at: number, kind: string, payload: unknown = null): number {
    const event: ScheduledEvent = { id: ++this.#seq, at: Math.max(at, this.#now), kind, payload }
    this.#push(event)
    return event.id
  }

  /** Schedules an event `delayMs` after now. */
  scheduleIn(delayMs: number, kind: string, payload: unknown = null): number {
    return this.schedule(this.#now + delayMs, kind, payload)
  }

  cancel(id: number): void {
    this.#cancelled.add(id)
  }

  /** Virtual time of the next pending event, or undefined when the queue is empty. */
  nextEventAt(): number | undefined {
    this.#dropCancelled()
    return this.#heap[0]?.at
  }

  /** Number of pending events. */
  pending(): number {
    return this.#heap.length - this.#cancelled.size
  }

  /** Fires, in order, every event due at or before `t`, then sets now = t. Returns how many fired. */
  advanceTo(t: number): number {
    // The messages are built only on failure (a template argument would be built on every call).
    if (!(t >= this.#now)) invariant(false, `cannot move the virtual clock backwards (${t} < ${this.#now})`)
    const outer = this.#until
    this.#until = t
    let fired = 0
    try {
      for (;;) {
        this.#dropCancelled()
        const next = this.#heap[0]
        if (!next || next.at > t) break
        this.#pop()
        this.#now = next.at
        this.#fire(next)
        fired++
      }
    } finally {
      this.#until = outer
    }
    // A handler may have moved past `t` with an explicit skipTo limit.
    if (t > this.#now) this.#now = t
    return fired
  }

  /**
   * For an event handler with more work at a later instant `at`: moves now to `at` at once, which is exactly
   * what scheduling an event at `at` and letting the advance in progress fire it would do, without the queue
   * round trip (a load run has work every virtual millisecond). Only when nothing else would happen first:
   * `at` ≥ now, every pending event is due after `at` (one due at `at` was scheduled earlier, so it would
   * fire first), and `at` ≤ `limit`. Returns false, and changes nothing, otherwise: schedule an event then.
   * @param limit latest instant allowed. @default the target of the advance in progress (`advanceTo`'s `t`,
   *   `step`'s next event); outside an advance nothing is allowed. A larger limit (e.g. Infinity, for a run
   *   that drives the clock itself) lets the advance in progress end later than its target.
   */
  skipTo(at: number, limit: number = this.#until): boolean {
    if (!(at >= this.#now) || at > limit) return false
    this.#dropCancelled()
    const next = this.#heap[0]
    if (next !== undefined && next.at <= at) return false
    this.#now = at
    return true
  }

  advanceBy(ms: number): number {
    return this.advanceTo(this.#now + ms)
  }

  /** Jumps to the next event and fires every event due at that instant. False when nothing is pending. */
  step(): boolean {
    const at = this.nextEventAt()
    if (at === undefined) return false
    this.advanceTo(at)
    return true
  }

  getState(): ClockState {
    this.#dropCancelled()
    const queue = this.#heap.filter((e) => !this.#cancelled.has(e.id)).sort(compare)
    return { epochMs: this.epochMs, now: this.#now, seq: this.#seq, queue: structuredCloneJson(queue) }
  }

  setState(state: ClockState): void {
    this.epochMs = state.epochMs ?? VirtualClock.DEFAULT_EPOCH_MS
    this.#now = state.now
    this.#seq = state.seq
    this.#cancelled.clear()
    this.#heap = []
    for (const e of state.queue) this.#push({ ...e })
  }

  #fire(event: ScheduledEvent): void {
    const handler = this.#handlers.get(event.kind)
    if (!handler) invariant(false, `no handler registered for scheduled event kind "${event.kind}"`)
    handler(event.payload, event)
  }

  #dropCancelled(): void {
    while (this.#heap.length && this.#cancelled.has(this.#heap[0]!.id)) {
      this.#cancelled.delete(this.#heap[0]!.id)
      this.#pop()
    }
  }

  #push(event: ScheduledEvent): void {
    const h = this.#heap
    h.push(event)
    let i = h.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (compare(h[i]!, h[p]!) >= 0) break
      ;[h[i], h[p]] = [h[p]!, h[i]!]
      i = p
    }
  }

  #pop(): ScheduledEvent | undefined {
    const h = this.#heap
    const top = h[0]
    const last = h.pop()
    if (h.length && last) {
      h[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < h.length && compare(h[l]!, h[m]!) < 0) m = l
        if (r < h.length && compare(h[r]!, h[m]!) < 0) m = r
        if (m === i) break
        ;[h[i], h[m]] = [h[m]!, h[i]!]
        i = m
      }
    }
    return top
  }
}

function compare(a: ScheduledEvent, b: ScheduledEvent): number {
  return a.at - b.at || a.id - b.id
}

function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
