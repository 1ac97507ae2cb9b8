import { describe, expect, it } from 'vitest'
import {
  admitTraces,
  FADE_WALL_MS,
  formatDuration,
  MAX_ANIMATED_TOKENS,
  REST_WALL_MS,
  SLOW_MOTION_MIN_WALL_MS,
  slowMotionWallMs,
  tokenFrame,
  tokenLabel,
  type TokenTiming,
} from './playback.ts'
import { getItemTrace } from './testTraces.ts'

describe('playback', () => {
  describe('functionality', () => {
    it('slow motion plays a 10 ms trace over 1.5 s of wall time, linearly, whatever the clock says', () => {
      const t = getItemTrace() // 1000 → 1010 virtual ms
      const timing: TokenTiming = { mode: 'slow', bornWall: 50_000 }
      expect(slowMotionWallMs(t)).toBe(SLOW_MOTION_MIN_WALL_MS)
      expect(tokenFrame(t, timing, 50_000, 0).playhead).toBe(1000)
      expect(tokenFrame(t, timing, 50_750, 0).playhead).toBeCloseTo(1005, 9)
      const mid = tokenFrame(t, timing, 50_300, 99_999)
      expect(mid.playhead).toBeCloseTo(1002, 9)
      expect(mid).toMatchObject({ opacity: 1, moving: true, done: false })
      expect(timing.arrivedWall).toBeUndefined()
    })

    it('slow motion keeps hop fractions proportional: the router hop (3 → 4 ms of 10) plays from 30 % to 40 % of the wall time', () => {
      const t = getItemTrace()
      const timing: TokenTiming = { mode: 'slow', bornWall: 0 }
      expect(tokenFrame(t, timing, 0.3 * SLOW_MOTION_MIN_WALL_MS, 0).playhead).toBeCloseTo(1003, 9)
      expect(tokenFrame(t, timing, 0.4 * SLOW_MOTION_MIN_WALL_MS, 0).playhead).toBeCloseTo(1004, 9)
    })

    it('slow motion never plays a long trace faster than 1×', () => {
      expect(slowMotionWallMs(getItemTrace({ start: 0, end: 4000 }))).toBe(4000)
    })

    it('rests at the end, then fades, then is done', () => {
      const t = getItemTrace()
      const timing: TokenTiming = { mode: 'slow', bornWall: 0 }
      const end = SLOW_MOTION_MIN_WALL_MS
      expect(tokenFrame(t, timing, end + 10, 0)).toMatchObject({ playhead: 1010, opacity: 1, moving: false, done: false })
      expect(timing.arrivedWall).toBe(end)
      const fading = tokenFrame(t, timing, end + REST_WALL_MS + FADE_WALL_MS / 2, 0)
      expect(fading.opacity).toBeCloseTo(0.5, 9)
      expect(fading.done).toBe(false)
      expect(tokenFrame(t, timing, end + REST_WALL_MS + FADE_WALL_MS, 0).done).toBe(true)
    })

    it('virtual mode follows the clock: progress = (now - start) / (end - start), and waits while it is paused', () => {
      const t = getItemTrace()
      const timing: TokenTiming = { mode: 'virtual', bornWall: 0 }
      expect(tokenFrame(t, timing, 5000, 990).playhead).toBe(1000)
      expect(tokenFrame(t, timing, 6000, 1004.5)).toMatchObject({ playhead: 1004.5, moving: true })
      expect(timing.arrivedWall).toBeUndefined()
      expect(tokenFrame(t, timing, 7000, 1020)).toMatchObject({ playhead: 1010, moving: false, opacity: 1 })
      expect(timing.arrivedWall).toBe(7000)
      expect(tokenFrame(t, timing, 7000 + REST_WALL_MS + FADE_WALL_MS, 1020).done).toBe(true)
    })

    it('reduced motion shows the token where the outcome was decided, without travel or fade', () => {
      const t = getItemTrace()
      const timing: TokenTiming = { mode: 'reduced', bornWall: 100 }
      expect(tokenFrame(t, timing, 100, 0)).toMatchObject({ playhead: 1006, opacity: 1, moving: false, done: false })
      expect(tokenFrame(t, timing, 100 + REST_WALL_MS - 1, 0).opacity).toBe(1)
      expect(tokenFrame(t, timing, 100 + REST_WALL_MS, 0)).toMatchObject({ opacity: 0, done: true })
    })

    it('admits the newest traces that fit under the token limit and counts the rest as overflow', () => {
      const fresh = Array.from({ length: 70 }, (_, i) => getItemTrace({ id: `t-${i}`, start: 1000, end: 1010 }))
      const { animate, overflow, evict } = admitTraces(fresh, { total: 0, resting: 0 }, 1010)
      expect(animate).toHaveLength(MAX_ANIMATED_TOKENS)
      expect(animate[0]!.id).toBe('t-20')
      expect(overflow.map((t) => t.id)).toEqual(Array.from({ length: 20 }, (_, i) => `t-${i}`))
      expect(evict).toBe(0)
    })

    it('makes room by removing resting tokens, never moving ones', () => {
      const fresh = Array.from({ length: 5 }, (_, i) => getItemTrace({ id: `t-${i}` }))
      expect(admitTraces(fresh, { total: MAX_ANIMATED_TOKENS, resting: 0 }, 1010)).toEqual({ animate: [], overflow: fresh, evict: 0 })
      expect(admitTraces(fresh, { total: MAX_ANIMATED_TOKENS, resting: 3 }, 1010)).toEqual({ animate: fresh.slice(2), overflow: fresh.slice(0, 2), evict: 3 })
      expect(admitTraces(fresh, { total: MAX_ANIMATED_TOKENS - 2, resting: 40 }, 1010)).toEqual({ animate: fresh, overflow: [], evict: 3 })
      expect(admitTraces(fresh, { total: 10, resting: 10 }, 1010).evict).toBe(0)
    })

    it('does not animate stale traces (e.g. from a restored workspace)', () => {
      const { animate, overflow } = admitTraces([getItemTrace({ start: 0, end: 10 })], { total: 0, resting: 0 }, 60_000)
      expect(animate).toEqual([])
      expect(overflow).toEqual([])
    })

    it('labels a token with its operation and real virtual duration', () => {
      expect(tokenLabel(getItemTrace({ start: 1000, end: 1011.84 }))).toBe('GetItem 11.8 ms')
      expect(formatDuration(0.5)).toBe('0.5 ms')
      expect(formatDuration(250.4)).toBe('250 ms')
      expect(formatDuration(1234)).toBe('1.23 s')
      expect(formatDuration(61_000)).toBe('61.0 s')
    })
  })
})
