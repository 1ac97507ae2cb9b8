import type { SeededRandom } from '../clock/SeededRandom.ts'

/**
 * The AWS SDK for JavaScript v3 `standard` retry strategy, modeled exactly on the virtual clock so a load
 * workload's clients back off the way real ones do (../../../../shared/AWS-FACTS.md §4.3).
 *
 * Sources: smithy-lang/smithy-typescript `packages/util-retry/src/` (`StandardRetryStrategy.ts`,
 * `DefaultRetryBackoffStrategy.ts`, `constants.ts`, `config.ts`) and
 * `packages/service-error-classification/src/constants.ts`;
 * https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
 *
 * Per client (one per workload run):
 * - at most `maxAttempts` attempts per request (the first try counts);
 * - only throttling and transient errors are retried;
 * - before retry number `retryCount` (0 for the first retry) the client waits
 *   `floor(min(maxDelayMs, random × 2^retryCount × base))` ms ("full jitter"), base = `throttlingBaseMs` for
 *   throttling errors, `baseMs` otherwise;
 * - a retry quota (token bucket, `initialQuota` tokens) pays for retries: `throttlingCost` for a throttling
 *   error, `transientCost` otherwise; no tokens left → no retry (the error goes to the caller). A success
 *   refunds the cost of the retry that succeeded, or `noRetryIncrement` for a first-try success, up to the
 *   initial capacity.
 */
export interface RetryConfig {
  /** Total attempts (1 try + retries). Installed SDK (2026 settings): 4; classic: 3. */
  maxAttempts: number
  /** Delay base for transient/server errors, ms. 2026: 50; classic: 100. */
  baseMs: number
  /** Delay base for throttling errors, ms. 2026: 1,000; classic: 500. */
  throttlingBaseMs: number
  /** Upper bound of one delay, ms. Both: 20,000. */
  maxDelayMs: number
  /** Retry quota capacity and initial tokens. Both: 500. */
  initialQuota: number
  /** Tokens one retry of a throttling error costs. Both: 5. */
  throttlingCost: number
  /** Tokens one retry of a transient (timeout, 5xx) error costs. 2026: 14; classic: 10. */
  transientCost: number
  /** Tokens a success without retry refunds. Both: 1. */
  noRetryIncrement: number
  /**
   * Where the cap applies: `'after-jitter'` = `floor(min(cap, r·2^i·base))` (classic util-retry),
   * `'before-jitter'` = `floor(r·min(cap, base·2^i))` (util-retry with the 2026 settings).
   * 2026: `'before-jitter'`; classic: `'after-jitter'`.
   */
  cap: 'after-jitter' | 'before-jitter'
}

/**
 * The classic `standard` mode settings documented in AWS-FACTS.md §4.3 (util-retry constants before the
 * 2026 settings: 3 attempts, bases 100 / 500 ms, costs 10 / 5, cap after the jitter). Selectable with
 * `LoadRunOptions.retry`, e.g. to show an older SDK.
 */
export const SDK_V3_STANDARD: Readonly<RetryConfig> = Object.freeze({
  maxAttempts: 3,
  baseMs: 100,
  throttlingBaseMs: 500,
  maxDelayMs: 20_000,
  initialQuota: 500,
  throttlingCost: 5,
  transientCost: 10,
  noRetryIncrement: 1,
  cap: 'after-jitter',
})

/**
 * The 2026 standard settings: DynamoDB clients default to 4 attempts, base 50 ms, throttling base 1,000 ms,
 * a retry costs 14 tokens (5 for throttling errors), and the 20 s cap applies before the jitter.
 *
 * The SDK installed in this repository uses them unconditionally (@aws-sdk/client-dynamodb 3.1162.0 with
 * @smithy/core 3.41.0, CHANGELOG 8d835c3: "Enable the 2026 standard retry behavior unconditionally"):
 * `@smithy/core/dist-cjs/submodules/retry/index.js` class `Retry` (`v2026 = true`, `delay()` 50,
 * `throttlingDelay()` 1,000, `cost()` 14, `throttlingCost()` 5), `DefaultRetryBackoffStrategy`
 * (`floor(random × min(base × 2^i, 20,000))`), `INITIAL_RETRY_TOKENS` 500, `NO_RETRY_INCREMENT` 1; and
 * `@aws-sdk/client-dynamodb/dist-cjs/index.js` runtime config (`maxAttempts` default 4 when `Retry.v2026`).
 * sdkRetryDefaults.test.ts checks a real default `DynamoDBClient` against them (4 attempts, 5 tokens per
 * throttling retry). AWS-FACTS.md §4.3 lists these as an opt-in; the installed SDK has them on.
 */
export const SDK_V3_STANDARD_2026: Readonly<RetryConfig> = Object.freeze({
  maxAttempts: 4,
  baseMs: 50,
  throttlingBaseMs: 1_000,
  maxDelayMs: 20_000,
  initialQuota: 500,
  throttlingCost: 5,
  transientCost: 14,
  noRetryIncrement: 1,
  cap: 'before-jitter',
})

/** LoadRun's default: what the installed SDK does (see {@link SDK_V3_STANDARD_2026}). */
export const SDK_V3_DEFAULT: Readonly<RetryConfig> = SDK_V3_STANDARD_2026

/** How the SDK classifies an error for retries. */
export type RetryErrorType = 'THROTTLING' | 'TRANSIENT' | 'CLIENT_ERROR'

/** Error codes the SDK always treats as throttling (service-error-classification THROTTLING_ERROR_CODES). */
export const THROTTLING_ERROR_CODES: ReadonlySet<string> = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException',
])

/** Transient error codes (TRANSIENT_ERROR_CODES); server faults (HTTP 5xx) are transient too. */
export const TRANSIENT_ERROR_CODES: ReadonlySet<string> = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException'])

/** Classifies an error by its AWS code and fault, as the SDK's retry middleware does. */
export function classifyError(name: string, fault: 'client' | 'server' = 'client'): RetryErrorType {
  if (THROTTLING_ERROR_CODES.has(name)) return 'THROTTLING'
  if (TRANSIENT_ERROR_CODES.has(name) || fault === 'server') return 'TRANSIENT'
  return 'CLIENT_ERROR'
}

/**
 * Delay before retry number `retryCount` (0 = first retry), ms.
 * `floor(min(maxDelayMs, random × 2^retryCount × base))` (or with the cap before the jitter, see {@link RetryConfig.cap}).
 */
export function retryDelay(config: RetryConfig, type: RetryErrorType, retryCount: number, random: SeededRandom): number {
  const base = type === 'THROTTLING' ? config.throttlingBaseMs : config.baseMs
  const r = random.next()
  if (config.cap === 'before-jitter') return Math.floor(r * Math.min(config.maxDelayMs, base * 2 ** retryCount))
  return Math.floor(Math.min(config.maxDelayMs, r * 2 ** retryCount * base))
}

/**
 * One SDK client's retry state: the retry quota. Decides whether a failed attempt is retried and how long
 * the client waits first.
 */
export class RetryStrategy {
  readonly config: RetryConfig
  #capacity: number

  constructor(config: RetryConfig = SDK_V3_DEFAULT, capacity = config.initialQuota) {
    this.config = config
    this.#capacity = capacity
  }

  /** Tokens left in the retry quota. */
  get capacity(): number {
    return this.#capacity
  }

  /** Tokens a retry of this kind of error costs. */
  cost(type: RetryErrorType): number {
    return type === 'THROTTLING' ? this.config.throttlingCost : this.config.transientCost
  }

  /**
   * Called after attempt number `attempt` (1-based) failed with an error of `type`. Returns the delay in ms
   * before the next attempt and the tokens that retry took, or undefined when the SDK gives up (not
   * retryable, attempts used up, or the quota cannot pay for it).
   */
  retry(type: RetryErrorType, attempt: number, random: SeededRandom): { delayMs: number; cost: number } | undefined {
    if (type === 'CLIENT_ERROR' || attempt >= this.config.maxAttempts) return undefined
    const cost = this.cost(type)
    if (this.#capacity < cost) return undefined
    this.#capacity -= cost
    return { delayMs: retryDelay(this.config, type, attempt - 1, random), cost }
  }

  /** A request succeeded; `retryCost` is what its last retry took (undefined when it succeeded first time). */
  recordSuccess(retryCost: number | undefined): void {
    this.#capacity = Math.min(this.config.initialQuota, this.#capacity + (retryCost ?? this.config.noRetryIncrement))
  }
}
