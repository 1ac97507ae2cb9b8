/**
 * The load generator (workload designer): a workload model (plain JSON), key distributions, the AWS SDK v3
 * retry model, and the runner that sends a workload through the simulation on the virtual clock.
 * See LoadRun.ts for scheduling and trace sampling.
 */
export type { Workload, KeyDistribution, RatePattern } from './workload.ts'
export { workloadProblems, WORKLOAD_PRESETS, MAX_DURATION_SECONDS, MAX_KEYS, MAX_RATE } from './workload.ts'
export { keySampler, zipfCdf, fnv1a, calculatedSuffix, type ChosenKey, type KeySampler } from './keys.ts'
export { rateAt, peakRate, arrivalsBefore, totalArrivals } from './rate.ts'
export {
  RetryStrategy,
  SDK_V3_DEFAULT,
  SDK_V3_STANDARD,
  SDK_V3_STANDARD_2026,
  classifyError,
  retryDelay,
  THROTTLING_ERROR_CODES,
  TRANSIENT_ERROR_CODES,
  type RetryConfig,
  type RetryErrorType,
} from './retry.ts'
export { LoadRun, startWorkload, registerLoadEvents, LOAD_WAKE, type AttemptRecord, type LoadRunOptions, type LoadRunStatus } from './LoadRun.ts'
export type { LoadCounters, LoadSecond, LatencyPercentiles } from './stats.ts'
