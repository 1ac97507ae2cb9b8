import type { Workload } from '../../engine/load/index.ts'
import { startWorkload, type LoadRun } from '../../engine/load/index.ts'
import { runtimeSimulation } from '../runtime.ts'
import { useSimStore } from '../store/index.ts'

/**
 * The load generator's current run in the app. The load generator is a simulated client fleet, not the
 * learner's SDK, so it calls the engine runner directly on the runtime simulation (like the clock driver);
 * panels read its counters through {@link currentRun}. Runs are not part of the saved workspace: a reload
 * ends them.
 */
let current: LoadRun | undefined
const listeners = new Set<() => void>()

/** The latest run (running, finished or stopped), if any. */
export function currentRun(): LoadRun | undefined {
  return current
}

/** Calls `fn` when a run starts or stops. Returns the unsubscribe function. */
export function onRunChange(fn: () => void): () => void {
  listeners.add(fn)
  return () => listeners.delete(fn)
}

function emit(): void {
  for (const l of [...listeners]) l()
}

/**
 * Starts `workload` now (stopping a run still going) and sets the clock playing.
 * @throws Error with a readable sentence when the workload has problems or its table does not exist
 */
export function startRun(workload: Workload): LoadRun {
  if (current?.status === 'running') current.stop()
  current = startWorkload(runtimeSimulation(), workload)
  useSimStore.getState().setPlaying(true)
  emit()
  return current
}

/** Stops the current run (requests waiting for a retry are dropped). */
export function stopRun(): void {
  current?.stop()
  emit()
}
