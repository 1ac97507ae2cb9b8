import { useEffect, useRef, useState } from 'react'
import { runScenario, scenarios, type Observation, type ScenarioOutcome } from '../../quiz/scenarios.ts'
import { openCharts, runInSimulator, type SimulatorRun } from './runInSimulator.ts'

type SimState = { running: number } | { run: SimulatorRun } | { failed: string }

/**
 * "Run it": executes a predict question's scenario in a fresh simulation and shows the outcome and traces.
 * Load scenarios (throttling, burst, hot keys, write sharding) also offer "Run it in the simulator": the same
 * setup on tables of its own in the app's main simulation (the architecture view animates it), then the
 * observed outcome and "Open the charts" (the Load & capacity panel with that table).
 */
export function ScenarioRunner({ id }: { id: string }) {
  const [outcome, setOutcome] = useState<ScenarioOutcome | { failed: string }>()
  const [sim, setSim] = useState<SimState>()
  const alive = useRef(true)
  useEffect(() => {
    alive.current = true
    return () => {
      alive.current = false
    }
  }, [])
  const scenario = scenarios[id]
  if (!scenario) return <p className="quiz-warning">Scenario “{id}” is missing.</p>
  const run = () => {
    try {
      setOutcome(runScenario(id))
    } catch (e) {
      setOutcome({ failed: (e as Error).message })
    }
  }
  const runInSim = () => {
    setSim({ running: 0 })
    runInSimulator(id, { onProgress: (done) => alive.current && setSim({ running: done }) }).then(
      (r) => alive.current && setSim({ run: r }),
      (e: unknown) => alive.current && setSim({ failed: (e as Error).message }),
    )
  }
  const simRunning = sim !== undefined && 'running' in sim
  return (
    <div className="quiz-scenario">
      {scenario.load && (
        <div className="quiz-sim-run">
          <button type="button" className="quiz-button quiz-primary" data-testid="quiz-run-in-simulator" onClick={runInSim} disabled={simRunning}>
            {sim && !simRunning ? 'Run it in the simulator again' : 'Run it in the simulator'}
          </button>
          {simRunning && (
            <span data-testid="quiz-sim-progress">
              {' '}
              Running… {Math.round(sim.running * 100)} %
            </span>
          )}
          {sim && 'failed' in sim && <p className="quiz-warning">The scenario could not run in the simulator: {sim.failed}</p>}
          {sim && 'run' in sim && <SimulatorOutcome run={sim.run} />}
        </div>
      )}
      <button type="button" className={`quiz-button${scenario.load ? '' : ' quiz-primary'}`} data-testid="quiz-run-scenario" onClick={run}>
        {outcome ? 'Run it again' : scenario.load ? 'Run it here (fresh simulation)' : 'Run it'}
      </button>
      {outcome && 'failed' in outcome && <p className="quiz-warning">The scenario could not run: {outcome.failed}</p>}
      {outcome && 'observations' in outcome && (
        <div data-testid="quiz-scenario-outcome">
          <h4>Observed in the simulator ({scenario.title})</h4>
          <Observations list={outcome.observations} />
          <h4>Traces</h4>
          <ol className="quiz-traces">
            {outcome.traces.map((t) => (
              <li key={t.id} data-testid="quiz-trace">
                <span className={`quiz-outcome-${t.outcome}`}>
                  {t.operation} → {t.outcome}
                  {t.error ? ` (${t.error.name})` : ''}
                </span>
                <ol className="quiz-hops">
                  {t.hops.map((h, i) => (
                    <li key={i}>
                      {h.service} · {h.component} · {h.operation} · {(h.end - h.start).toFixed(1)} ms · {h.outcome}
                      {Object.keys(h.detail).length > 0 && <code> {JSON.stringify(h.detail)}</code>}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  )
}

function Observations({ list, testId = 'quiz-observation' }: { list: Observation[]; testId?: string }) {
  return (
    <dl className="quiz-observations">
      {list.map((o) => (
        <div key={o.label}>
          <dt>{o.label}</dt>
          <dd data-testid={testId}>{o.value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** What the main-simulation run observed, and one "Open the charts" per table. */
function SimulatorOutcome({ run }: { run: SimulatorRun }) {
  return (
    <div data-testid="quiz-sim-outcome">
      <h4>
        Observed in the app&apos;s simulation on {run.tables.join(' and ')} ({(run.virtualMs / 1000).toFixed(0)} virtual s in {run.wallMs.toFixed(0)} ms)
      </h4>
      <Observations list={run.observations} testId="quiz-sim-observation" />
      <div className="row">
        {run.workloads.map((w, i) => (
          <button key={w.tableName} type="button" className="quiz-button" data-testid="quiz-open-charts" onClick={() => void openCharts(w)}>
            Open the charts{run.workloads.length > 1 ? ` (${run.results[i]?.label ?? w.tableName}: ${w.tableName})` : ` (${w.tableName})`}
          </button>
        ))}
      </div>
    </div>
  )
}
