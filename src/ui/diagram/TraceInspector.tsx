import { useSimStore } from '../store/index.ts'
import { selectSelectedTrace } from '../store/selectors.ts'
import type { Trace } from '../../engine/trace.ts'
import { formatConsumedCapacity, formatPartitions, ms, otherDetails, waterfallRows } from './waterfall.ts'
import './diagram.css'

/** Waterfall of the selected trace: summary fields, then one row per hop with bars on the trace's time scale. */
export function TraceInspector() {
  const trace = useSimStore(selectSelectedTrace)
  return (
    <section className="card trace-inspector" data-testid="trace-inspector" aria-label="Trace inspector">
      <h2>Trace</h2>
      {trace ? <TraceBody trace={trace} /> : <p className="muted trace-empty">Send a request to see its trace here.</p>}
    </section>
  )
}

function TraceBody({ trace }: { trace: Trace }) {
  const capacity = formatConsumedCapacity(trace)
  const partitions = formatPartitions(trace)
  const rows = waterfallRows(trace)
  const extra = otherDetails(trace)
  return (
    <div className="stack">
      <dl className="trace-summary">
        <dt>Operation</dt>
        <dd data-testid="trace-operation">{trace.operation}</dd>
        <dt>Outcome</dt>
        <dd className={`trace-outcome trace-outcome--${trace.outcome}`} data-testid="trace-outcome">{trace.outcome}</dd>
        <dt>Table</dt>
        <dd>{trace.resource ?? '—'}</dd>
        <dt>Source</dt>
        <dd>{trace.source}</dd>
        <dt>Duration</dt>
        <dd data-testid="trace-duration">{ms(trace.end - trace.start)} ms <span className="muted">virtual</span></dd>
        <dt>Consumed capacity</dt>
        <dd data-testid="trace-capacity">{capacity ?? <span className="muted">none</span>}</dd>
        <dt>Partition</dt>
        <dd data-testid="trace-partitions">{partitions ?? <span className="muted">not reached</span>}</dd>
        <dt>Trace id</dt>
        <dd className="mono">{trace.id}</dd>
      </dl>
      {trace.error && (
        <div className="error-box" role="status" data-testid="trace-error">
          <div className="name">{trace.error.name}</div>
          <div>{trace.error.message}</div>
        </div>
      )}
      {extra.length > 0 && (
        <dl className="trace-detail">
          {extra.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      <ol className="trace-waterfall" aria-label={`Hops of ${trace.id}, ${ms(trace.end - trace.start)} ms in all`}>
        {rows.map((r) => (
          <li key={r.key} className="trace-hop" data-testid="trace-hop">
            <div className="trace-hop-head">
              <span className="trace-hop-name">
                {r.hop.service !== r.hop.component && <span className="muted">{r.hop.service} · </span>}
                {r.hop.component}
                <span className="muted"> · {r.hop.operation}</span>
              </span>
              <span className={`trace-hop-outcome trace-outcome--${r.hop.outcome}`}>{r.hop.outcome}</span>
            </div>
            <div className="trace-bar-track" aria-hidden="true">
              <div className={`trace-bar trace-bar--${r.hop.outcome}`} style={{ left: `${r.leftPct}%`, width: `${r.widthPct}%` }} />
            </div>
            <div className="trace-hop-times muted">
              +{ms(r.offsetMs)} ms · {ms(r.durationMs)} ms
            </div>
            {r.detail.length > 0 && (
              <dl className="trace-detail">
                {r.detail.map(([k, v]) => (
                  <div key={k}>
                    <dt>{k}</dt>
                    <dd>{v}</dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ol>
    </div>
  )
}
