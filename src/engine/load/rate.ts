/**
 * Request rate over a workload's virtual time, in requests per virtual second.
 * - `constant`: `perSecond` throughout.
 * - `ramp`: linear from `from` at t = 0 to `to` at the end of the workload.
 * - `spike`: `base` throughout, plus `spike` extra requests/s from `startSecond` for `durationSeconds`.
 */
export type RatePattern =
  | { kind: 'constant'; perSecond: number }
  | { kind: 'ramp'; from: number; to: number }
  | { kind: 'spike'; base: number; spike: number; startSecond: number; durationSeconds: number }

/** Requests per second at `t` seconds into a workload lasting `duration` seconds. */
export function rateAt(p: RatePattern, t: number, duration: number): number {
  switch (p.kind) {
    case 'constant':
      return p.perSecond
    case 'ramp':
      return p.from + ((p.to - p.from) * t) / duration
    case 'spike':
      return p.base + (t >= p.startSecond && t < p.startSecond + p.durationSeconds ? p.spike : 0)
  }
}

/** Highest rate of the pattern (for sizing trace sampling and charts). */
export function peakRate(p: RatePattern): number {
  switch (p.kind) {
    case 'constant':
      return p.perSecond
    case 'ramp':
      return Math.max(p.from, p.to)
    case 'spike':
      return p.base + p.spike
  }
}

/**
 * Expected number of requests sent in [0, t) seconds (the integral of the rate), for t in [0, duration].
 * The runner sends request n (0-based) at the first virtual millisecond where this reaches n, so
 * arrivals are evenly spread and deterministic.
 */
export function arrivalsBefore(p: RatePattern, t: number, duration: number): number {
  const x = Math.min(Math.max(t, 0), duration)
  switch (p.kind) {
    case 'constant':
      return p.perSecond * x
    case 'ramp':
      return p.from * x + ((p.to - p.from) * x * x) / (2 * duration)
    case 'spike': {
      const overlap = Math.max(0, Math.min(x, p.startSecond + p.durationSeconds) - p.startSecond)
      return p.base * x + p.spike * overlap
    }
  }
}

/** Total requests a workload sends (first attempts). */
export function totalArrivals(p: RatePattern, duration: number): number {
  return Math.floor(arrivalsBefore(p, duration, duration) + 1e-9)
}
