/**
 * Lambda on-demand pricing (x86, us-east-1), as data with its source, and the monthly bill arithmetic.
 * https://aws.amazon.com/lambda/pricing/ (../../../../shared/AWS-FACTS.md §11).
 *
 * Billed duration is rounded up to the nearest 1 ms; GB-seconds = billed seconds × memory (MB) / 1024.
 * The monthly free tier (1M requests and 400,000 GB-seconds) is subtracted before pricing.
 */

/** Prices and free tier used by {@link lambdaMonthlyCost}. */
export interface LambdaPrices {
  /** USD per 1,000,000 requests. @default 0.20 */
  perMillionRequestsUsd: number
  /** USD per GB-second of compute. @default 0.0000166667 */
  perGbSecondUsd: number
  /** Free requests per month. @default 1,000,000 */
  freeRequests: number
  /** Free GB-seconds per month. @default 400,000 */
  freeGbSeconds: number
  /** Where these numbers come from. */
  source: string
}

/** AWS's published x86 prices (us-east-1) and the always-free monthly tier. */
export const LAMBDA_PRICES: LambdaPrices = {
  perMillionRequestsUsd: 0.2,
  perGbSecondUsd: 0.0000166667,
  freeRequests: 1_000_000,
  freeGbSeconds: 400_000,
  source: 'https://aws.amazon.com/lambda/pricing/',
}

/** Usage of one function over a month. */
export interface LambdaUsage {
  requests: number
  /** Average duration per invocation, ms (rounded up to whole ms for billing). */
  durationMs: number
  /** Configured memory, MB (128–10,240). */
  memoryMb: number
}

/** Breakdown of a monthly Lambda bill. All money in USD, unrounded. */
export interface LambdaCost {
  gbSeconds: number
  billableRequests: number
  billableGbSeconds: number
  requestCostUsd: number
  computeCostUsd: number
  totalUsd: number
}

/** GB-seconds of compute: requests × ceil(duration ms) / 1000 × memory MB / 1024. */
export function lambdaGbSeconds(usage: LambdaUsage): number {
  return (usage.requests * Math.ceil(usage.durationMs) * usage.memoryMb) / (1000 * 1024)
}

/**
 * The month's bill: (requests − free) × price per request + (GB-s − free GB-s) × price per GB-s.
 * @param applyFreeTier subtract the monthly free tier first. @default true
 */
export function lambdaMonthlyCost(usage: LambdaUsage, applyFreeTier = true, prices: LambdaPrices = LAMBDA_PRICES): LambdaCost {
  const gbSeconds = lambdaGbSeconds(usage)
  const billableRequests = Math.max(0, usage.requests - (applyFreeTier ? prices.freeRequests : 0))
  const billableGbSeconds = Math.max(0, gbSeconds - (applyFreeTier ? prices.freeGbSeconds : 0))
  const requestCostUsd = (billableRequests / 1_000_000) * prices.perMillionRequestsUsd
  const computeCostUsd = billableGbSeconds * prices.perGbSecondUsd
  return { gbSeconds, billableRequests, billableGbSeconds, requestCostUsd, computeCostUsd, totalUsd: requestCostUsd + computeCostUsd }
}
