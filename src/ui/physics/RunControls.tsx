import { useState } from 'react'
import type { LoadCounters, LatencyPercentiles, Workload } from '../../engine/load/index.ts'
import { workloadProblems } from '../../engine/load/index.ts'
import { useSimStore } from '../store/index.ts'
import { selectPlaying, selectSpeed } from '../store/selectors.ts'
import { SPEEDS } from '../store/uiSlice.ts'
import { stepClock } from '../clockDriver.ts'
import { runtimeSimulation } from '../runtime.ts'
import { currentRun, startRun, stopRun } from './loadController.ts'
import { useFrameUpdates } from './useFrameUpdates.ts'
import { daxClusterFor } from './DaxControls.tsx'

interface RunSnapshot {
  status: string
  progress: number
  counters: LoadCounters
  latency: LatencyPercentiles
  name: string
  throughDax: boolean
}

function snapshot(): RunSnapshot | undefined {
  const run = currentRun()
  if (!run) return undefined
  return { status: run.status, progress: run.progress(), counters: run.counters(), latency: run.latency(), name: run.workload.name, throughDax: run.workload.throughDax }
}

const COUNTERS: { key: keyof LoadCounters; label: string }[] = [
  { key: 'started', label: 'started' },
  { key: 'sent', label: 'attempts sent' },
  { key: 'succeeded', label: 'succeeded' },
  { key: 'throttled', label: 'throttled attempts' },
  { key: 'retried', label: 'retries' },
  { key: 'failed', label: 'failed' },
  { key: 'inFlight', label: 'waiting to retry' },
  { key: 'retryQuota', label: 'SDK retry quota' },
]

/**
 * Run / Stop, Pause / Step and speed (the header clock's own store state), and the run's live counters,
 * refreshed at most ten times a second of wall time.
 */
export function RunControls({ workload }: { workload: Workload }) {
  const playing = useSimStore(selectPlaying)
  const speed = useSimStore(selectSpeed)
  const setPlaying = useSimStore((s) => s.setPlaying)
  const setSpeed = useSimStore((s) => s.setSpeed)
  const [snap, setSnap] = useState<RunSnapshot | undefined>(snapshot)
  const [error, setError] = useState<string>()
  useFrameUpdates(() => setSnap(snapshot()), 100)
  const problems = workloadProblems(workload)
  if (workload.throughDax && !daxClusterFor(workload.tableName)) problems.push(`No DAX cluster serves ${workload.tableName}: create one below, or untick Through DAX.`)
  const run = () => {
    try {
      setError(undefined)
      startRun(workload)
      setSnap(snapshot())
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <section className="card stack" aria-label="Run">
      <h3>Run</h3>
      <div className="row">
        <button className="primary" onClick={run} disabled={problems.length > 0} data-testid="load-run">
          Run
        </button>
        <button onClick={() => stopRun()} disabled={snap?.status !== 'running'} data-testid="load-stop">
          Stop
        </button>
        <button onClick={() => setPlaying(!playing)} aria-pressed={!playing} data-testid="load-pause">
          {playing ? 'Pause' : 'Resume'}
        </button>
        <button onClick={() => stepClock(runtimeSimulation())} disabled={playing} data-testid="load-step">
          Step
        </button>
        <label className="phys-inline">
          Speed
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))} data-testid="load-speed">
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
            <option value={0}>max</option>
          </select>
        </label>
      </div>
      {problems.length > 0 && <p className="err">{problems.join(' ')}</p>}
      {error && (
        <p className="err" role="alert">
          {error}
        </p>
      )}
      {snap ? (
        <div data-testid="load-status" data-status={snap.status}>
          <p>
            <strong>{snap.name}</strong>
            {snap.throughDax ? ' through DAX' : ''}: {snap.status}, {Math.round(snap.progress * 100)}%
          </p>
          <progress max={1} value={snap.progress} aria-label="Run progress" />
          <dl className="phys-counters">
            {COUNTERS.map((c) => (
              <div key={c.key} className={c.key === 'throttled' && snap.counters.throttled > 0 ? 'phys-counter--bad' : undefined}>
                <dt>{c.label}</dt>
                <dd data-testid={`counter-${c.key}`}>{snap.counters[c.key]}</dd>
              </div>
            ))}
            <div>
              <dt>latency p50 / p99</dt>
              <dd>
                {snap.latency.p50} / {snap.latency.p99} ms
              </dd>
            </div>
          </dl>
        </div>
      ) : (
        <p className="muted">No run yet. Choose a workload and press Run; Max speed runs it in a moment.</p>
      )}
    </section>
  )
}
