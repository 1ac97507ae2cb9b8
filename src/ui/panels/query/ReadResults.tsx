import { useEffect, useMemo, useRef } from 'react'
import type { AttributeValue } from '@aws-sdk/client-dynamodb'
import { ErrorBox } from '../../components/ErrorBox.tsx'
import { CapacityBreakdown } from '../../components/CapacityBreakdown.tsx'
import { CopyAs } from '../CopyAs.tsx'
import { cellText } from '../../itemFormat.ts'
import { CountSummary } from './CountSummary.tsx'
import { requestJson } from './readRequest.ts'
import type { ReadInput, ReadOperation, ReadPage } from './usePagedRead.ts'

type Item = Record<string, AttributeValue>

function withoutStartKey(r: ReadInput): ReadInput {
  const { ExclusiveStartKey: _omit, ...rest } = r
  return rest
}

export interface ReadResultsProps {
  operation: ReadOperation
  /** What the form would send now (or why it cannot build it). */
  preview: { request?: ReadInput; error?: Error }
  pages: ReadPage[]
  pending: boolean
  error: unknown
  hasNext: boolean
  onNext: () => void
  /** Key attribute names, shown first in the grid. */
  keyNames: string[]
  idPrefix: string
}

/**
 * The last page (Count vs ScannedCount, the ConsumedCapacity breakdown, LastEvaluatedKey with a "Next
 * page" button, its items), then the request exactly as sent (or as it will be sent) with "Copy as".
 */
export function ReadResults({ operation, preview, pages, pending, error, hasNext, onNext, keyNames, idPrefix }: ReadResultsProps) {
  const last = pages.at(-1)
  const responseRef = useRef<HTMLDivElement>(null)
  // Bring each new page into view: Count vs ScannedCount is the point of the answer.
  useEffect(() => {
    if (pages.length > 0) responseRef.current?.scrollIntoView({ block: 'start', behavior: 'instant' })
  }, [pages.length, last])
  const sentMatchesForm = !!last && !!preview.request && requestJson(withoutStartKey(last.request)) === requestJson(preview.request)
  const shown = sentMatchesForm ? last.request : preview.request
  const items: Item[] = useMemo(() => (last?.output.Items ?? []) as Item[], [last])
  const columns = useMemo(() => {
    const names = new Set<string>(keyNames)
    for (const it of items) for (const k of Object.keys(it)) names.add(k)
    return [...names]
  }, [items, keyNames])

  return (
    <div className="stack">
      <ErrorBox error={error} />
      {last && (
        <div className="card stack" data-testid={`${idPrefix}-response`} ref={responseRef}>
          <div className="row">
            <h3 style={{ margin: 0 }}>Page {pages.length}</h3>
            {pending && <span className="muted">Sending…</span>}
          </div>
          <CountSummary pages={pages} />
          <CapacityBreakdown consumed={last.output.ConsumedCapacity} />
          <div className="stack">
            <strong>LastEvaluatedKey</strong>
            {last.output.LastEvaluatedKey ? (
              <pre data-testid={`${idPrefix}-last-evaluated-key`}>{JSON.stringify(last.output.LastEvaluatedKey, null, 2)}</pre>
            ) : (
              <span className="muted" data-testid={`${idPrefix}-last-evaluated-key`}>
                None: this is the last page.
              </span>
            )}
            {hasNext && (
              <div className="row">
                <button className="primary" onClick={onNext} disabled={pending} data-testid={`${idPrefix}-next-page`}>
                  Next page
                </button>
                <span className="muted">Sends the same request with ExclusiveStartKey = this LastEvaluatedKey.</span>
              </div>
            )}
          </div>
          <div style={{ maxHeight: '22rem', overflow: 'auto' }}>
            <table className="grid" aria-label={`${operation} results`} data-testid={`${idPrefix}-results-grid`}>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c}>{c}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {items.map((it, i) => (
                  <tr key={i}>
                    {columns.map((c) => (
                      <td key={c} className="mono">{cellText(it[c])}</td>
                    ))}
                  </tr>
                ))}
                {items.length === 0 && (
                  <tr>
                    <td colSpan={Math.max(1, columns.length)} className="muted">No items on this page.</td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <div className="card stack">
        <h3 style={{ margin: 0 }}>{sentMatchesForm ? `${operation} request sent for page ${pages.length}` : `${operation} request to send`}</h3>
        {preview.error ? <ErrorBox error={preview.error} /> : <pre data-testid={`${idPrefix}-request`}>{requestJson(shown)}</pre>}
        {shown && <CopyAs operation={operation} input={JSON.parse(requestJson(shown)) as Record<string, unknown>} />}
      </div>
    </div>
  )
}
