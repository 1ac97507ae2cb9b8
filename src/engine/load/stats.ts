/**
 * Live counters of a load run, for the UI's counters and charts. Cheap to update per request (integer adds
 * and one histogram slot); percentiles are read from a fixed histogram, not a sorted list.
 */
export interface LoadCounters {
  /** Requests started (first attempts). */
  started: number
  /** Attempts sent to the service (first attempts + retries). */
  sent: number
  /** Requests that eventually succeeded (possibly after retries). */
  succeeded: number
  /** Attempts that came back with a throttling error. */
  throttled: number
  /** Retries the SDK model made (attempts after the first). */
  retried: number
  /** Requests that ended in an error: a throttle or transient error the SDK gave up on, or a non-retryable error. */
  failed: number
  /** Of `failed`: requests whose last error was a throttle (retries or quota used up). */
  failedAfterRetries: number
  /** Requests waiting for a retry right now. */
  inFlight: number
  /** Retry quota tokens left in the simulated client. */
  retryQuota: number
}

/** One virtual second of a run, for time-series charts. */
export interface LoadSecond {
  /** Seconds since the run started. */
  second: number
  sent: number
  succeeded: number
  throttled: number
  retried: number
  failed: number
}

/**
 * A run's per virtual second counters: series indexed by seconds since the start, all grown together when
 * an attempt is sent in a later second (so every series has an entry for every second with an attempt).
 */
export class SecondSeries {
  readonly sent: number[] = []
  readonly succeeded: number[] = []
  readonly throttled: number[] = []
  readonly retried: number[] = []
  readonly failed: number[] = []

  /** Grows the series to hold `second` (call before counting in it). */
  reach(second: number): void {
    while (this.sent.length <= second) {
      this.sent.push(0)
      this.succeeded.push(0)
      this.throttled.push(0)
      this.retried.push(0)
      this.failed.push(0)
    }
  }

  /** The seconds from `from` on, as records. */
  list(from: number): LoadSecond[] {
    const out: LoadSecond[] = []
    for (let i = from; i < this.sent.length; i++) {
      out.push({ second: i, sent: this.sent[i] ?? 0, succeeded: this.succeeded[i] ?? 0, throttled: this.throttled[i] ?? 0, retried: this.retried[i] ?? 0, failed: this.failed[i] ?? 0 })
    }
    return out
  }
}

/** Client-observed latency percentiles (from the first attempt until the final response, backoff included), ms. */
export interface LatencyPercentiles {
  p50: number
  p90: number
  p99: number
  max: number
}

/** Histogram resolution: 0.1 ms up to 100 ms, then 10 ms up to 60 s (beyond: the last slot). */
const FINE_MS = 0.1
const FINE_SLOTS = 1000
const COARSE_MS = 10
const COARSE_SLOTS = 6000

/** Latency histogram with bounded memory (7,000 slots) and percentile lookup. */
export class LatencyHistogram {
  #slots = new Uint32Array(FINE_SLOTS + COARSE_SLOTS)
  #count = 0
  #max = 0

  add(ms: number): void {
    const i = ms < FINE_SLOTS * FINE_MS ? Math.floor(ms / FINE_MS) : FINE_SLOTS + Math.min(COARSE_SLOTS - 1, Math.floor((ms - FINE_SLOTS * FINE_MS) / COARSE_MS))
    this.#slots[i]!++
    this.#count++
    if (ms > this.#max) this.#max = ms
  }

  get count(): number {
    return this.#count
  }

  /** Upper edge of the slot holding the `q` quantile (0 < q ≤ 1), ms; 0 when empty. */
  quantile(q: number): number {
    if (this.#count === 0) return 0
    const target = Math.ceil(q * this.#count)
    let seen = 0
    for (let i = 0; i < this.#slots.length; i++) {
      seen += this.#slots[i]!
      if (seen >= target) {
        const edge = i < FINE_SLOTS ? (i + 1) * FINE_MS : FINE_SLOTS * FINE_MS + (i - FINE_SLOTS + 1) * COARSE_MS
        return Math.min(Math.round(edge * 10) / 10, this.#max)
      }
    }
    return this.#max
  }

  percentiles(): LatencyPercentiles {
    return { p50: this.quantile(0.5), p90: this.quantile(0.9), p99: this.quantile(0.99), max: this.#max }
  }
}
