import { useSimStore } from './store/index.ts'
import { selectNow, selectPlaying, selectSpeed } from './store/selectors.ts'
import { SPEEDS } from './store/uiSlice.ts'
import { stepClock } from './clockDriver.ts'
import { runtimeSimulation } from './runtime.ts'

/** Formats virtual ms as h:mm:ss.mmm. */
export function formatVirtualTime(ms: number): string {
  const total = Math.floor(ms)
  const h = Math.floor(total / 3_600_000)
  const m = Math.floor((total % 3_600_000) / 60_000)
  const s = Math.floor((total % 60_000) / 1000)
  const milli = total % 1000
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(milli).padStart(3, '0')}`
}

/** Header clock: virtual time, play/pause, speed, step to the next event. */
export function ClockControls() {
  const now = useSimStore(selectNow)
  const playing = useSimStore(selectPlaying)
  const speed = useSimStore(selectSpeed)
  const setPlaying = useSimStore((s) => s.setPlaying)
  const setSpeed = useSimStore((s) => s.setSpeed)
  return (
    <div className="clock" role="group" aria-label="Virtual clock">
      <span className="muted">virtual time</span>
      <span className="time" data-testid="virtual-time" aria-live="off">{formatVirtualTime(now)}</span>
      <button onClick={() => setPlaying(!playing)} aria-pressed={playing} data-testid="play-pause">
        {playing ? 'Pause' : 'Play'}
      </button>
      <label className="sr-only" htmlFor="clock-speed">Speed</label>
      <select id="clock-speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))} aria-label="Clock speed">
        {SPEEDS.map((s) => (
          <option key={s} value={s}>{s}×</option>
        ))}
        <option value={0}>max</option>
      </select>
      <button onClick={() => stepClock(runtimeSimulation())} disabled={playing} title="Jump to the next scheduled event">
        Step
      </button>
    </div>
  )
}
