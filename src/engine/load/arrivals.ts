import type { RatePattern } from './rate.ts'
import { arrivalsBefore, totalArrivals } from './rate.ts'

/**
 * When a run's first attempts are due. Request n (0-based) is sent at the first virtual millisecond (since
 * the run started) where the cumulative arrivals reach n, so request 0 goes at once and a constant rate r
 * sends request n at n/r s. Deterministic and evenly spread (see `arrivalsBefore` in rate.ts).
 */
export class Arrivals {
  /** First attempts of the whole run. */
  readonly total: number
  /** Length of the run, virtual ms (first attempts happen in [0, durationMs)). */
  readonly durationMs: number
  #rate: RatePattern
  #seconds: number
  /** {@link dueBy} at the run's last millisecond: first attempts ever due. */
  #atEnd: number
  /** The last millisecond {@link next} found and its `dueBy` (the run asks for it again when it gets there). */
  #ms = -1
  #due = 0

  constructor(rate: RatePattern, durationSeconds: number) {
    this.#rate = rate
    this.#seconds = durationSeconds
    this.durationMs = durationSeconds * 1000
    this.total = totalArrivals(rate, durationSeconds)
    this.#atEnd = this.#dueBy(this.durationMs - 1)
  }

  /** First attempts due by `ms` into the run (at most {@link total}). */
  dueBy(ms: number): number {
    return ms === this.#ms ? this.#due : Math.min(this.total, this.#dueBy(ms))
  }

  /**
   * The first millisecond ≥ `from` at which more than `started` first attempts are due (binary search on the
   * cumulative arrivals), or undefined when no more are due in the run.
   */
  next(started: number, from: number): number | undefined {
    if (started >= this.total) return undefined
    let lo = from
    let hi = this.durationMs - 1
    if (lo > hi || this.#atEnd <= started) return undefined
    const due = this.#dueBy(lo)
    if (due > started) {
      this.#ms = lo
      this.#due = Math.min(this.total, due)
      return lo
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.#dueBy(mid) > started) hi = mid
      else lo = mid + 1
    }
    return lo
  }

  #dueBy(ms: number): number {
    return Math.floor(arrivalsBefore(this.#rate, ms / 1000, this.#seconds) + 1e-9) + 1
  }
}
