import type { RetryConfig } from './retry.ts'

/** Options of a load run (see LoadRun.ts). */
export interface LoadRunOptions {
  /**
   * The simulated SDK's retry settings. @default SDK_V3_DEFAULT: the installed SDK's 2026 standard settings
   * (4 attempts, throttling base 1 s, costs 14 / 5; see retry.ts). `SDK_V3_STANDARD` selects the classic ones.
   */
  retry?: RetryConfig
  /**
   * Trace sampling: every attempt of one request in `traceEvery` (by request sequence: 0, N, 2N…) is sent
   * with a trace; the others are sent with `trace: false`, so a heavy run does not flood the 2,000-entry
   * trace log or build trace objects nobody keeps. @default ceil(peak rate / 10): about 10 traced requests
   * per virtual second at the peak rate, at least every request for rates ≤ 10/s.
   */
  traceEvery?: number
  /** Keep a log of every attempt (for tests and the inspector), up to this many entries. @default 0 (none) */
  recordAttempts?: number
  /**
   * Send untraced attempts through the embedded API (dynamodb/embedded.ts) instead of `sim.request`: the
   * generated requests are valid by construction, so validation, trace building and exception objects are
   * skipped; storage, capacity, metrics, indexes, streams and replication see exactly the same calls
   * (LoadRun.test.ts checks counters, per-second series and items against the full path). Traced (sampled)
   * attempts, runs through DAX, and tables whose key types the fast path does not generate canonically
   * (a B or N partition key) always use `sim.request`; so does any attempt the key checks would refuse.
   * @default true
   */
  fastPath?: boolean
}

/** One attempt of one request, when {@link LoadRunOptions.recordAttempts} is on. */
export interface AttemptRecord {
  /** Request sequence number (0-based). */
  seq: number
  /** 1 = first try, 2 = first retry… */
  attempt: number
  /** Virtual ms at which it was sent. */
  at: number
  /** Modeled round trip, ms. */
  latencyMs: number
  /** AWS error name, when it failed. */
  error?: string
  /** SDK backoff before the next attempt, when the SDK retries it. */
  delayMs?: number
  /** Retry quota after this attempt's outcome. */
  quota: number
}
