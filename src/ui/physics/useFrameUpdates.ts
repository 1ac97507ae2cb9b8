import { useEffect, useRef } from 'react'
import { useSimStore } from '../store/index.ts'
import { onRunChange } from './loadController.ts'

/**
 * Calls `draw` once now and then at most once per animation frame after the store changes (the engine
 * moved) or a load run starts/stops, and at most every `minWallMs` of wall time; at once when one of
 * `redrawOn` changes. Keeps live charts off
 * React's render path: clock ticks never re-render the caller.
 */
export function useFrameUpdates(draw: () => void, minWallMs = 0, redrawOn: readonly unknown[] = []): void {
  const drawRef = useRef(draw)
  useEffect(() => {
    drawRef.current = draw
  })
  // Inputs of the drawing (a selection, a scope…) redraw at once, even while the clock is paused.
  useEffect(() => {
    drawRef.current()
  }, redrawOn)
  useEffect(() => {
    let handle = 0
    let last = -Infinity
    const frame = (t: number) => {
      handle = 0
      if (t - last < minWallMs) {
        handle = requestAnimationFrame(frame)
        return
      }
      last = t
      drawRef.current()
    }
    const request = () => {
      if (!handle) handle = requestAnimationFrame(frame)
    }
    drawRef.current()
    const unsubscribe = useSimStore.subscribe(request)
    const offRun = onRunChange(request)
    return () => {
      unsubscribe()
      offRun()
      if (handle) cancelAnimationFrame(handle)
    }
  }, [minWallMs])
}
