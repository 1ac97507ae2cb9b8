import type { Simulation } from '../../engine/Simulation.ts'
import type { Workload } from '../../engine/load/index.ts'
import { scenarios, type Observation } from '../../quiz/scenarios.ts'
import { loadObservations, loadResults, loadRunning, startLoadScenario, type LoadRunResult } from '../../quiz/loadScenarios.ts'
import { runtimeSimulation } from '../runtime.ts'
import { useSimStore } from '../store/index.ts'

/**
 * "Run it in the simulator": runs a load scenario (src/quiz/loadScenarios.ts) in the app's MAIN simulation,
 * on tables of its own, so the architecture view animates its (sampled) requests and the "Load & capacity"
 * panel can chart it. The learner's tables are never touched: each scenario table gets a free name
 * (`Quiz-10WCU`, else `Quiz-10WCU-2`, …).
 *
 * The load runner schedules the requests on the virtual clock; this drives the clock with `sim.advanceBy`
 * in chunks inside `sim.batch` (one store update per slice), giving the page back between slices of a few
 * tens of wall-clock milliseconds, so a 60-virtual-second scenario completes in a few tenths of a second without
 * freezing the UI. Other clock events (the learner's own load runs, TTL, …) fire as time passes, as they
 * would with the clock playing.
 */

export interface SimulatorRun {
  scenarioId: string
  /** Table names used, in the order of the scenario's runs (one per run). */
  tables: string[]
  /** The workloads as run (with the real table names), in the same order: what "Open the charts" shows. */
  workloads: Workload[]
  results: LoadRunResult[]
  observations: Observation[]
  /** Virtual ms the run took (setup included) and the wall-clock ms it took. */
  virtualMs: number
  wallMs: number
}

export interface RunInSimulatorOptions {
  /** @default runtimeSimulation() */
  sim?: Simulation
  /** Virtual ms per `advanceBy`. @default 1000 */
  chunkMs?: number
  /** Wall-clock ms of work between two yields to the page (the page repaints in between). @default 40 */
  sliceMs?: number
  /** Gives the page a turn (paint, input). @default a macrotask (setTimeout 0) */
  yieldToPage?: () => Promise<void>
  /** Share of the scenario's virtual duration done, 0..1, after each slice. */
  onProgress?: (done: number) => void
}

/** AWS table names: 3–255 characters of [a-zA-Z0-9_.-] (the bases here are short and valid). */
const MAX_TABLE_NAME = 255

/** `base` when no table (in `sim` or in `taken`) has that name, else `base-2`, `base-3`, … */
export function freeTableName(sim: Simulation, base: string, taken: ReadonlySet<string> = new Set()): string {
  const used = (n: string) => sim.dynamodb.tables.has(n) || taken.has(n)
  if (!used(base)) return base
  for (let i = 2; ; i++) {
    const name = `${base.slice(0, MAX_TABLE_NAME - String(i).length - 1)}-${i}`
    if (!used(name)) return name
  }
}

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Runs load scenario `id` in the main simulation and resolves with what it observed.
 * @throws Error (rejects) for an unknown id, a scenario without a load spec, or a setup request that fails
 */
export async function runInSimulator(id: string, options: RunInSimulatorOptions = {}): Promise<SimulatorRun> {
  const scenario = scenarios[id]
  if (!scenario) throw new Error(`Unknown scenario: ${id}`)
  const spec = scenario.load
  if (!spec) throw new Error(`Scenario ${id} does not run in the main simulation`)
  const sim = options.sim ?? runtimeSimulation()
  const chunk = options.chunkMs ?? 1000
  const slice = options.sliceMs ?? 40
  const yieldToPage = options.yieldToPage ?? macrotask
  const wall0 = performance.now()
  const virtual0 = sim.clock.now()

  const names: Record<string, string> = {}
  const taken = new Set<string>()
  for (const t of spec.tables) taken.add((names[t.name] = freeTableName(sim, t.name, taken)))
  const started = startLoadScenario(sim, spec, names)
  const total = Math.max(1, ...spec.runs.map((r) => r.workload.durationSeconds)) * 1000
  const startMs = started.startSecond * 1000

  while (loadRunning(started)) {
    const t0 = performance.now()
    sim.batch(() => {
      do sim.advanceBy(chunk)
      while (loadRunning(started) && performance.now() - t0 < slice)
    })
    options.onProgress?.(Math.min(1, (sim.clock.now() - startMs) / total))
    await yieldToPage()
  }

  const results = loadResults(sim, started)
  return {
    scenarioId: id,
    tables: spec.runs.map((r) => names[r.table]!),
    workloads: started.runs.map((r) => r.workload),
    results,
    observations: loadObservations(results),
    virtualMs: sim.clock.now() - virtual0,
    wallMs: performance.now() - wall0,
  }
}

/**
 * "Open the charts": switches to the "Load & capacity" panel showing `workload` (its table in the partition
 * map and capacity chart) and selects the table. The panel module is loaded on demand (it is a lazy chunk).
 */
export async function openCharts(workload: Workload): Promise<void> {
  const { showWorkloadNext } = await import('../physics/LoadPanel.tsx')
  showWorkloadNext(workload)
  const ui = useSimStore.getState()
  ui.selectTable(workload.tableName)
  ui.setPanel('load')
}
