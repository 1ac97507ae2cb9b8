import type { Trace } from '../../engine/trace.ts'
import { decisiveTime } from './tokenPath.ts'

/**
 * How a token's virtual playhead moves, and when it fades. Pure: wall and virtual times are arguments.
 *
 * - `virtual`: the playhead is the simulation clock (`now`), so a ~10 ms DynamoDB request crosses the view
 *   in ~10 ms of wall time at 1× (and waits while the clock is paused).
 * - `slow`: slow motion. Each new token plays its whole trace over at least {@link SLOW_MOTION_MIN_WALL_MS}
 *   of wall time, hop durations in proportion to their virtual durations, whatever the clock does.
 * - `reduced`: prefers-reduced-motion. No travel: the token is shown where the outcome was decided.
 *
 * After its journey a token rests where it ended for {@link REST_WALL_MS} (so it can be clicked), then fades
 * out over {@link FADE_WALL_MS} (reduced motion: it disappears without fading) and is removed.
 */
export type PlaybackMode = 'virtual' | 'slow' | 'reduced'

/** @default 1500 wall ms: the shortest slow-motion journey. */
export const SLOW_MOTION_MIN_WALL_MS = 1500
/** @default 1200 wall ms */
export const REST_WALL_MS = 1200
/** @default 600 wall ms */
export const FADE_WALL_MS = 600
/** At most this many tokens move at once; more requests are counted in an aggregate instead. */
export const MAX_ANIMATED_TOKENS = 50
/** New traces that ended longer ago than this (virtual ms) are not animated (e.g. a restored workspace). */
export const STALE_TRACE_MS = 5000

export interface TokenTiming {
  mode: PlaybackMode
  /** Wall ms when the token was created. */
  bornWall: number
  /** Wall ms when its journey ended (set once, by {@link tokenFrame}). */
  arrivedWall?: number
}

export interface TokenFrame {
  /** Virtual ms to draw the token at. */
  playhead: number
  /** 0..1 */
  opacity: number
  /** True once the token has rested and faded: remove it. */
  done: boolean
  /** True while it is still travelling. */
  moving: boolean
}

/** Wall ms a slow-motion journey lasts: ≥ 1.5 s, and never faster than the virtual clock at 1×. */
export function slowMotionWallMs(trace: Trace): number {
  return Math.max(SLOW_MOTION_MIN_WALL_MS, trace.end - trace.start)
}

/**
 * The frame of one token at wall time `wall` with the simulation at virtual `now`. Records the arrival
 * wall time in `timing` the first time the journey is over.
 */
export function tokenFrame(trace: Trace, timing: TokenTiming, wall: number, now: number): TokenFrame {
  let playhead: number
  let arrived: boolean
  if (timing.mode === 'slow') {
    const duration = slowMotionWallMs(trace)
    const f = Math.min(1, Math.max(0, (wall - timing.bornWall) / duration))
    playhead = trace.start + f * (trace.end - trace.start)
    arrived = f >= 1
    if (arrived && timing.arrivedWall === undefined) timing.arrivedWall = timing.bornWall + duration
  } else if (timing.mode === 'virtual') {
    playhead = Math.min(trace.end, Math.max(trace.start, now))
    arrived = now >= trace.end
  } else {
    playhead = decisiveTime(trace)
    arrived = true
    timing.arrivedWall ??= timing.bornWall
  }
  if (arrived && timing.arrivedWall === undefined) timing.arrivedWall = wall
  if (!arrived || timing.arrivedWall === undefined) return { playhead, opacity: 1, done: false, moving: true }
  const since = wall - timing.arrivedWall
  if (since < REST_WALL_MS) return { playhead, opacity: 1, done: false, moving: false }
  if (timing.mode === 'reduced') return { playhead, opacity: 0, done: true, moving: false }
  const fade = (since - REST_WALL_MS) / FADE_WALL_MS
  return fade >= 1 ? { playhead, opacity: 0, done: true, moving: false } : { playhead, opacity: 1 - fade, done: false, moving: false }
}

/**
 * Which of the traces first seen in this update get a token: the newest ones that are not stale, as many
 * as fit. To make room, tokens already resting at the end of their journey may be removed (`evict` of them,
 * oldest first), so under load the view shows the latest requests; tokens still moving are never cut
 * short. The traces that do not fit are returned as `overflow` (counted in the aggregate note).
 */
export function admitTraces(
  fresh: Trace[],
  live: { total: number; resting: number },
  now: number,
): { animate: Trace[]; overflow: Trace[]; evict: number } {
  const recent = fresh.filter((t) => t.end >= now - STALE_TRACE_MS)
  const free = Math.max(0, MAX_ANIMATED_TOKENS - live.total)
  const evict = Math.min(live.resting, Math.max(0, recent.length - free))
  const cut = Math.max(0, recent.length - free - evict)
  return { animate: recent.slice(cut), overflow: recent.slice(0, cut), evict }
}

/** "GetItem 11.8 ms": the label of a token and of a recent-requests row. */
export function formatDuration(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 10_000 ? 1 : 2)} s`
  return `${ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)} ms`
}

/**
 * How a token is coloured: the request's outcome, or `hit` for a successful request DAX answered from its
 * cache (the trace's `detail.cacheResult`, src/engine/dax/trace.ts).
 */
export function tokenOutcome(trace: Trace): Trace['outcome'] | 'hit' {
  return trace.outcome === 'ok' && trace.service === 'dax' && trace.detail['cacheResult'] === 'hit' ? 'hit' : trace.outcome
}

export function tokenLabel(trace: Trace): string {
  return `${trace.operation} ${formatDuration(trace.end - trace.start)}`
}
