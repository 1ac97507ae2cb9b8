import { useEffect, useState } from 'react'
import type { Workload } from '../../engine/load/index.ts'
import { useSimStore } from '../store/index.ts'
import { selectTables } from '../store/selectors.ts'
import { runtimeSimulation } from '../runtime.ts'
import type { ChartDimension } from './chartData.ts'
import { CapacityCalculator } from './CapacityCalculator.tsx'
import { CapacityControls } from './CapacityControls.tsx'
import { ConsistencyControls } from './ConsistencyControls.tsx'
import { DaxControls } from './DaxControls.tsx'
import { PhysicsCharts } from './PhysicsCharts.tsx'
import { RunControls } from './RunControls.tsx'
import { WorkloadForm } from './WorkloadForm.tsx'
import { PHYSICS_SCENARIOS, SCENARIO_NOTES, setUpScenario, type PhysicsScenario } from './scenarios.ts'
import { preset } from './workloads.ts'
import './physics.css'

/** Reads `?scenario=` (the physics scenarios: `hot-key`, `hot-partition`, `hot-items`). */
function scenarioFromUrl(): PhysicsScenario | undefined {
  const id = new URLSearchParams(globalThis.location?.search ?? '').get('scenario')
  return PHYSICS_SCENARIOS.find((s) => s === id)
}

/** The workload being edited, kept for the session so leaving the panel and coming back keeps it. */
let draft: Workload | undefined
/** The `?scenario=` of this page load is applied once, not on every visit to the panel. */
let scenarioApplied = false

/**
 * Shows `workload` (its table in the charts) the next time the panel opens: for links from other panels,
 * e.g. the quiz's "Open the charts" after a predict-then-run scenario. Call it before switching to 'load'.
 */
export function showWorkloadNext(workload: Workload): void {
  draft = structuredClone(workload)
}

function initialWorkload(tables: { name: string }[]): Workload {
  if (draft) return draft
  const w = preset('Hot key')!
  if (!tables.some((t) => t.name === w.tableName) && tables[0]) w.tableName = tables[0].name
  return w
}

/**
 * "Load & capacity": the load generator (workload designer + run controls with live counters), the
 * partition map and capacity chart for the workload's table, capacity controls and the calculator.
 * `?panel=load&scenario=hot-key` (or `hot-partition`, `hot-items`) sets up the scenario's table and workload, ready to run.
 */
export function LoadPanel() {
  const tables = useSimStore(selectTables)
  const [workload, setWorkload] = useState<Workload>(() => initialWorkload(tables))
  const [dimension, setDimension] = useState<ChartDimension>(() => (workload.readRatio >= 0.5 ? 'read' : 'write'))
  const [intro, setIntro] = useState<PhysicsScenario>()

  const openScenario = (id: PhysicsScenario) => {
    const w = setUpScenario(runtimeSimulation(), id)
    setWorkload(w)
    setDimension(w.readRatio >= 0.5 ? 'read' : 'write')
    setIntro(id)
  }

  useEffect(() => {
    const id = scenarioFromUrl()
    if (scenarioApplied || !id) return
    scenarioApplied = true
    openScenario(id)
  }, [])

  useEffect(() => {
    draft = workload
  }, [workload])

  const change = (w: Workload) => {
    if (w.readRatio !== workload.readRatio) setDimension(w.readRatio >= 0.5 ? 'read' : 'write')
    setWorkload(w)
  }

  return (
    <div className="physics stack" data-testid="load-panel">
      <div className="row">
        <h2>Load &amp; capacity</h2>
        <div className="row phys-push" role="group" aria-label="Scenarios">
          <button onClick={() => openScenario('hot-key')} data-testid="scenario-hot-key" title="Votes: 4 partitions of 10 RCU; a hot key read 200 times a second">
            Hot key scenario
          </button>
          <button onClick={() => openScenario('hot-partition')} data-testid="scenario-hot-partition" title="Ballots: 4 partitions of 50 WCU; a hot key written 200 times a second">
            Hot partition scenario
          </button>
          <button onClick={() => openScenario('hot-items')} data-testid="scenario-hot-items" title="Polls: two hot items on one partition of 1,000 WCU; adaptive capacity isolates them">
            Hot items scenario
          </button>
        </div>
      </div>
      {intro && (
        <div className="card phys-intro" data-testid="scenario-intro">
          <p>{SCENARIO_NOTES[intro]}</p>
          <button className="phys-push" onClick={() => setIntro(undefined)} aria-label="Close the scenario note">
            ✕
          </button>
        </div>
      )}
      <div className="phys-top">
        <WorkloadForm workload={workload} onChange={change} />
        <RunControls workload={workload} />
      </div>
      <PhysicsCharts tableName={workload.tableName} dimension={dimension} onDimension={setDimension} />
      <div className="phys-top">
        <DaxControls tableName={workload.tableName} />
        <CapacityControls tableName={workload.tableName} />
      </div>
      <div className="phys-top">
        <ConsistencyControls tableName={workload.tableName} />
        <CapacityCalculator />
      </div>
    </div>
  )
}
