import type { BucketState } from './model.ts'

/**
 * Token-bucket arithmetic, lazy: nothing is scheduled per millisecond; each charge first refills the bucket
 * for the virtual time elapsed since its last use.
 *
 * Model (bp-partition-key-design.html "Using burst capacity effectively", AWS-FACTS §3.3): capacity accrues
 * at `rate` units per second into a one-second bucket; what it cannot hold (unused capacity) is saved in a
 * burst bucket of at most `burstMax` (= 300 s × rate for provisioned partitions, 0 on-demand). A request is
 * served from the per-second tokens first, then from burst.
 */

/** A bucket that is full (a new table or partition starts with its burst bucket full). */
export function fullBucket(rate: number, burstMax: number, at = -1): BucketState {
  return { tokens: rate, burst: burstMax, at }
}

/** Brings `b` to virtual time `now` (ms) at `rate` units/s. A never-used bucket (`at` -1) is full. */
export function refill(b: BucketState, rate: number, burstMax: number, now: number): void {
  const dt = now - b.at
  if (b.at < 0) {
    b.tokens = rate
    b.burst = burstMax
    b.at = now
    return
  }
  if (dt <= 0) return
  b.at = now
  let t = b.tokens + (rate * dt) / 1000
  if (t > rate) {
    const burst = b.burst + t - rate
    b.burst = burst > burstMax ? burstMax : burst
    t = rate
  }
  b.tokens = t
}

/**
 * Takes `units` from the bucket: per-second tokens first, then burst. If both run out the debt stays on
 * `tokens` (negative), repaid by later refills. Returns true when burst was used.
 */
export function deduct(b: BucketState, units: number): boolean {
  const t = b.tokens - units
  if (t >= 0) {
    b.tokens = t
    return false
  }
  const burst = b.burst + t
  if (burst >= 0) {
    b.tokens = 0
    b.burst = burst
  } else {
    b.tokens = burst
    b.burst = 0
  }
  return true
}

/** The burst level `b` would have at `now` without traffic (does not change `b`). For idle metric seconds. */
export function burstAt(b: BucketState, rate: number, burstMax: number, now: number): number {
  if (b.at < 0) return burstMax
  const t = b.tokens + (rate * Math.max(0, now - b.at)) / 1000
  return t > rate ? Math.min(burstMax, b.burst + t - rate) : b.burst
}

/** Clamps a bucket after its rate or burst limit changed (no credit above the new limits). */
export function clampBucket(b: BucketState, rate: number, burstMax: number): void {
  if (b.tokens > rate) b.tokens = rate
  if (b.burst > burstMax) b.burst = burstMax
}
