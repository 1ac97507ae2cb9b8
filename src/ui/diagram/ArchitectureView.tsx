import { useEffect, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useSimStore } from '../store/index.ts'
import { selectRecentTraces, selectSelectedTraceId } from '../store/selectors.ts'
import type { AppState } from '../store/index.ts'
import { createFlowDiagram, type FlowModel } from './createFlowDiagram.ts'
import { formatDuration, SLOW_MOTION_MIN_WALL_MS } from './playback.ts'
import { describeDax, describeTables, describeTrace } from './summary.ts'
import './diagram.css'

const selectTableLines = (s: AppState) => describeTables(s.tables)
const selectDaxLines = (s: AppState) => describeDax(s.daxClusters)
const selectHasDax = (s: AppState) => s.daxClusters.length > 0
const SLOW_MOTION_HINT =
  `DynamoDB answers in about 10 virtual ms, too fast to see at 1×. In slow motion each new request plays over ` +
  `at least ${SLOW_MOTION_MIN_WALL_MS / 1000} s, hops in proportion to their virtual durations, and its label shows ` +
  `the real virtual duration. Off: tokens move on the virtual clock (use a slow speed or Step).`

function modelOf(s: AppState, slowMotion: boolean): FlowModel {
  return { tables: s.tables, daxClusters: s.daxClusters, traces: s.traces, now: s.now, selectedTraceId: s.selectedTraceId, slowMotion }
}

/**
 * The architecture view: the d3 flow diagram (drawn by {@link createFlowDiagram}, outside React's render),
 * a legend with the slow-motion switch, and a keyboard-accessible list of recent requests.
 */
export function ArchitectureView() {
  const svgRef = useRef<SVGSVGElement>(null)
  const [slowMotion, setSlowMotion] = useState(true)
  const slowRef = useRef(slowMotion)
  const pushRef = useRef<() => void>(() => {})
  const hasDax = useSimStore(selectHasDax)

  useEffect(() => {
    const svg = svgRef.current
    if (!svg) return
    const diagram = createFlowDiagram(svg, { onSelectTrace: (id) => useSimStore.getState().selectTrace(id) })
    const push = () => diagram.update(modelOf(useSimStore.getState(), slowRef.current))
    pushRef.current = push
    push()
    // The diagram follows the store directly, so clock ticks never re-render React.
    const unsubscribe = useSimStore.subscribe(push)
    return () => {
      unsubscribe()
      pushRef.current = () => {}
      diagram.destroy()
    }
  }, [])

  useEffect(() => {
    slowRef.current = slowMotion
    pushRef.current()
  }, [slowMotion])

  return (
    <section className="card arch-view" aria-label="Architecture view">
      <div className="arch-toolbar">
        <h2>Architecture</h2>
        <label className="arch-slow" title={SLOW_MOTION_HINT}>
          <input type="checkbox" checked={slowMotion} onChange={(e) => setSlowMotion(e.target.checked)} data-testid="slow-motion" />
          Slow motion
        </label>
      </div>
      <ul className="arch-legend" aria-label="Legend">
        <li><span className="arch-dot arch-dot--ok" /> ok</li>
        <li><span className="arch-dot arch-dot--error" /> error</li>
        <li><span className="arch-dot arch-dot--throttled" /> throttled</li>
        {hasDax && (
          <li title="A read DAX answered from its item or query cache, without going to DynamoDB">
            <span className="arch-dot arch-dot--hit" /> DAX cache hit
          </li>
        )}
        <li className="muted">{slowMotion ? 'slow motion: ≥ 1.5 s per request' : 'virtual time'}</li>
      </ul>
      <svg ref={svgRef} className="arch-svg" data-testid="architecture-view" />
      <ArchitectureText />
      <RecentRequests />
    </section>
  )
}

/** The diagram as text for screen readers (the SVG itself is one image with a summary label). */
function ArchitectureText() {
  const lines = useSimStore(useShallow(selectTableLines))
  const daxLines = useSimStore(useShallow(selectDaxLines))
  return (
    <ul className="sr-only" aria-label="Architecture as text">
      <li>Client, sending requests with the AWS SDK, the console or the CLI</li>
      {daxLines.map((l) => (
        <li key={l}>{l}</li>
      ))}
      <li>DynamoDB endpoint: the request router</li>
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  )
}

/** The last requests, newest first; each row selects its trace (Enter or click). */
function RecentRequests() {
  const traces = useSimStore(useShallow(selectRecentTraces))
  const selectedId = useSimStore(selectSelectedTraceId)
  const selectTrace = useSimStore((s) => s.selectTrace)
  return (
    <div className="arch-recent">
      <h3 id="arch-recent-title">Recent requests</h3>
      {traces.length === 0 ? (
        <p className="muted">No requests yet. Send one from the Tables panel or the Console.</p>
      ) : (
        <ul aria-labelledby="arch-recent-title">
          {traces.map((t) => (
            <li key={t.id}>
              <button
                type="button"
                className={`arch-row arch-row--${t.outcome}`}
                data-testid="trace-row"
                data-trace-id={t.id}
                aria-pressed={t.id === selectedId}
                title={describeTrace(t)}
                onClick={() => selectTrace(t.id)}
              >
                <span className={`arch-dot arch-dot--${t.outcome}`} aria-hidden="true" />
                <span className="sr-only">{t.error ? `${t.outcome} ${t.error.name}` : t.outcome}</span>
                <span className="arch-row-op">{t.operation}</span>
                <span className="arch-row-res">{t.resource ?? ''}</span>
                <span className="arch-row-ms">{formatDuration(t.end - t.start)}</span>
                <span className="arch-row-src muted">{t.source}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
