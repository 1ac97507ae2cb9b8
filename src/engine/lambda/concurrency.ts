/**
 * Lambda concurrency arithmetic. Each execution environment serves one request at a time, so the
 * steady-state concurrency is the request rate times the average duration (Little's law).
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html
 * (../../../../shared/AWS-FACTS.md §11.1–11.2).
 */

/** Default Regional concurrency quota (soft). @default 1000 */
export const DEFAULT_ACCOUNT_CONCURRENCY = 1000
/** Concurrency that always stays unreserved for functions without a reservation. @default 100 */
export const UNRESERVED_CONCURRENCY_MINIMUM = 100
/** New execution environments a function may add every 10 seconds. @default 1000 */
export const SCALING_ENVIRONMENTS_PER_10_SECONDS = 1000

/**
 * Concurrent executions needed for `requestsPerSecond` requests that each run `durationSeconds`:
 * ceil(rate × duration) (a partly busy environment is still one environment).
 */
export function requiredConcurrency(requestsPerSecond: number, durationSeconds: number): number {
  // Round away float noise (e.g. 0.1 × 30) before ceil.
  return Math.ceil(Math.round(requestsPerSecond * durationSeconds * 1e9) / 1e9)
}

/** Requests per second that `concurrency` environments sustain at `durationSeconds` each. */
export function sustainableRate(concurrency: number, durationSeconds: number): number {
  return concurrency / durationSeconds
}

/**
 * Largest reserved concurrency a function may get: account quota − reserved by others − 100.
 * @default accountConcurrency 1000
 */
export function maxReservableConcurrency(reservedByOthers: number, accountConcurrency = DEFAULT_ACCOUNT_CONCURRENCY): number {
  return Math.max(0, accountConcurrency - reservedByOthers - UNRESERVED_CONCURRENCY_MINIMUM)
}
