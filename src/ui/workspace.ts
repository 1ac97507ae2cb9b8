import { Simulation, type SimulationState } from '../engine/Simulation.ts'
import { seedDefaultWorkspace } from './seed.ts'

/** localStorage key of the saved workspace (engine state). */
export const WORKSPACE_KEY = 'serverless-sim.workspace.v1'

export interface LoadedWorkspace {
  sim: Simulation
  /** Set when a saved workspace existed but could not be loaded (it is kept under a backup key). */
  warning?: string
}

/**
 * Opens the saved workspace, or the default one (example table and items) on first open. A damaged saved
 * workspace is never lost: it is moved to `<key>.damaged` and the default opens with a warning.
 */
export function openWorkspace(storage: Storage | undefined = globalThis.localStorage): LoadedWorkspace {
  const sim = new Simulation({ seed: 20260101 })
  const saved = storage?.getItem(WORKSPACE_KEY)
  if (saved) {
    try {
      sim.setState(JSON.parse(saved) as SimulationState)
      return { sim }
    } catch (e) {
      storage?.setItem(`${WORKSPACE_KEY}.damaged`, saved)
      storage?.removeItem(WORKSPACE_KEY)
      seedDefaultWorkspace(sim)
      return { sim, warning: `Your saved workspace could not be opened (${(e as Error).message}). It was kept as a backup; the default workspace opened instead.` }
    }
  }
  seedDefaultWorkspace(sim)
  return { sim }
}

/** Set by {@link resetWorkspace}: nothing is saved any more until the page reloads. */
let savingSuspended = false

/** Saves the workspace at most once per `delayMs` of wall time after changes. Returns a stop function. */
export function autoSave(sim: Simulation, storage: Storage | undefined = globalThis.localStorage, delayMs = 1000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastSavedVersion = sim.version
  const save = () => {
    timer = undefined
    if (savingSuspended || sim.version === lastSavedVersion) return
    lastSavedVersion = sim.version
    try {
      storage?.setItem(WORKSPACE_KEY, JSON.stringify(sim.getState()))
    } catch {
      // Quota exceeded: keep running; the next change tries again.
    }
  }
  const unsubscribe = sim.subscribe(() => {
    timer ??= setTimeout(save, delayMs)
  })
  const onHide = () => save()
  globalThis.addEventListener?.('pagehide', onHide)
  return () => {
    unsubscribe()
    globalThis.removeEventListener?.('pagehide', onHide)
    if (timer) clearTimeout(timer)
  }
}

/** Forgets the saved workspace and stops autosaving (the caller reloads the page to open the default one). */
export function resetWorkspace(storage: Storage | undefined = globalThis.localStorage): void {
  savingSuspended = true
  storage?.removeItem(WORKSPACE_KEY)
}
