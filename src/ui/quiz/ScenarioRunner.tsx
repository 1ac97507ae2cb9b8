import { useState } from 'react'
import { runScenario, scenarios, type ScenarioOutcome } from '../../quiz/scenarios.ts'

/** "Run it": executes a predict question's scenario in a fresh simulation and shows the outcome and traces. */
export function ScenarioRunner({ id }: { id: string }) {
  const [outcome, setOutcome] = useState<ScenarioOutcome | { failed: string }>()
  const scenario = scenarios[id]
  if (!scenario) return <p className="quiz-warning">Scenario “{id}” is missing.</p>
  const run = () => {
    try {
      setOutcome(runScenario(id))
    } catch (e) {
      setOutcome({ failed: (e as Error).message })
    }
  }
  return (
    <div className="quiz-scenario">
      <button type="button" className="quiz-button quiz-primary" data-testid="quiz-run-scenario" onClick={run}>
        {outcome ? 'Run it again' : 'Run it'}
      </button>
      {outcome && 'failed' in outcome && <p className="quiz-warning">The scenario could not run: {outcome.failed}</p>}
      {outcome && 'observations' in outcome && (
        <div data-testid="quiz-scenario-outcome">
          <h4>Observed in the simulator ({scenario.title})</h4>
          <dl className="quiz-observations">
            {outcome.observations.map((o) => (
              <div key={o.label}>
                <dt>{o.label}</dt>
                <dd data-testid="quiz-observation">{o.value}</dd>
              </div>
            ))}
          </dl>
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
