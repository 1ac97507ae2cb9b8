import type { Simulation } from '../engine/Simulation.ts'
import { useSimStore } from './store/index.ts'

/** Wall ms of virtual time advanced at most per animation frame (keeps a slow frame from jumping far). */
const MAX_FRAME_WALL_MS = 100
/** "As fast as possible" processes up to this many scheduled events per frame. */
const MAX_EVENTS_PER_FRAME = 1000

/**
 * Drives the virtual clock from requestAnimationFrame: each frame advances it by the wall time elapsed ×
 * the chosen speed while playing. Speed 0 means as fast as possible: jump from event to event.
 * Returns a stop function.
 */
export function startClockDriver(sim: Simulation): () => void {
  let last = performance.now()
  let handle = 0
  const frame = (t: number) => {
    const wall = Math.min(MAX_FRAME_WALL_MS, t - last)
    last = t
    const { playing, speed } = useSimStore.getState()
    if (playing) {
      if (speed === 0) {
        sim.batch(() => {
          for (let i = 0; i < MAX_EVENTS_PER_FRAME && sim.step(); i++);
        })
      } else if (wall > 0) {
        sim.advanceBy(wall * speed)
      }
    }
    handle = requestAnimationFrame(frame)
  }
  handle = requestAnimationFrame(frame)
  return () => cancelAnimationFrame(handle)
}

/** Step button: jump to the next scheduled event, or 1 virtual second when nothing is scheduled. */
export function stepClock(sim: Simulation): void {
  if (!sim.step()) sim.advanceBy(1000)
}
