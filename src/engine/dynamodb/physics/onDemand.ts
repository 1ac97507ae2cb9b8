import type { PeakState, ResourceState } from './model.ts'
import { ON_DEMAND_PEAK_DELAY_S } from './model.ts'
import { METRICS_WINDOW_SECONDS, R_CONSUMED_READ, R_CONSUMED_WRITE } from './metrics.ts'

/**
 * On-demand scaling model (AWS-FACTS §3.5; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html):
 * a table instantly serves up to 2× its "previous peak"; a new table's previous peak is 6,000 RRU /
 * 2,000 WRU (so 12,000 / 4,000 at once), a table switched from provisioned keeps half its provisioned
 * throughput if higher. "Throttling can occur if you exceed double your previous peak within 30 minutes":
 * we model that as a new per-second peak becoming the previous peak 30 virtual minutes after it was
 * served, so traffic can double at most once per 30 minutes. Partition ceilings (3,000 RRU / 1,000 WRU
 * per partition per second) apply on top; partitions split as the previous peak grows.
 */

function record(p: PeakState, served: number, second: number): void {
  const last = p.pending.length ? p.pending[p.pending.length - 2]! : p.peak
  if (served > last && served > p.peak) p.pending.push(served, second)
}

/** Notes the units served in a finished second (a candidate new peak). */
export function recordServed(s: ResourceState, series: Float64Array, second: number): void {
  const W = METRICS_WINDOW_SECONDS
  const slot = second % W
  record(s.onDemand.read, series[R_CONSUMED_READ * W + slot]!, second)
  record(s.onDemand.write, series[R_CONSUMED_WRITE * W + slot]!, second)
}

function promote(p: PeakState, now: number): boolean {
  let changed = false
  while (p.pending.length && p.pending[1]! <= now - ON_DEMAND_PEAK_DELAY_S) {
    if (p.pending[0]! > p.peak) {
      p.peak = p.pending[0]!
      changed = true
    }
    p.pending.splice(0, 2)
  }
  return changed
}

/** Promotes peaks reached at least 30 minutes before second `now`. True when the previous peak rose. */
export function promotePeaks(s: ResourceState, now: number): boolean {
  const r = promote(s.onDemand.read, now)
  const w = promote(s.onDemand.write, now)
  return r || w
}
