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
import { setUpHotKeyScenario } from './scenarios.ts'
import { preset, SCENARIO_TABLE } from './workloads.ts'
import './physics.css'

/** Reads `?scenario=` (the physics scenarios: `hot-key`). */
function scenarioFromUrl(): string | null {
  return new URLSearchParams(globalThis.location?.search ?? '').get('scenario')
}

/** The workload being edited, kept for the session so leaving the panel and coming back keeps it. */
let draft: Workload | undefined
/** The `?scenario=` of this page load is applied once, not on every visit to the panel. */
let scenarioApplied = false

function initialWorkload(tables: { name: string }[]): Workload {
  if (draft) return draft
  const w = preset('Hot key')!
  if (!tables.some((t) => t.name === w.tableName) && tables[0]) w.tableName = tables[0].name
  return w
}

/**
 * "Load & capacity": the load generator (workload designer + run controls with live counters), the
 * partition map and capacity chart for the workload's table, capacity controls and the calculator.
 * `?panel=load&scenario=hot-key` sets up the hot-key table and preset, ready to run.
 */
export function LoadPanel() {
  const tables = useSimStore(selectTables)
  const [workload, setWorkload] = useState<Workload>(() => initialWorkload(tables))
  const [dimension, setDimension] = useState<ChartDimension>(() => (workload.readRatio >= 0.5 ? 'read' : 'write'))
  const hasScenarioTable = tables.some((t) => t.name === SCENARIO_TABLE)
  const [intro, setIntro] = useState(false)

  const setUpScenario = () => {
    setUpHotKeyScenario(runtimeSimulation())
    setWorkload(preset('Hot key')!)
    setDimension('read')
    setIntro(true)
  }

  useEffect(() => {
    if (scenarioApplied || scenarioFromUrl() !== 'hot-key') return
    scenarioApplied = true
    setUpScenario()
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
        {!hasScenarioTable && (
          <button className="phys-push" onClick={setUpScenario} data-testid="setup-hot-key" title="Creates the Votes table: 4 partitions of 10 RCU / 10 WCU">
            Set up the hot-key table
          </button>
        )}
      </div>
      {intro && (
        <div className="card phys-intro" data-testid="scenario-intro">
          <strong>Hot key.</strong> Votes was created at 9,000 RCU (4 partitions) and lowered to 40 RCU: partitions never merge, so each keeps
          10 RCU. The workload reads Candidate_A 200 times a second (100 RCU), all on one partition. Press Run (speed max): its burst credit drains,
          then it throttles while the other partitions idle. Then create a DAX cluster, tick Through DAX and run again.
          <button className="phys-push" onClick={() => setIntro(false)} aria-label="Close the scenario note">
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
