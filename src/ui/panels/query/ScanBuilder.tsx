import { useMemo, useState } from 'react'
import type { TableDescription } from '@aws-sdk/client-dynamodb'
import { FilterEditor } from './FilterEditor.tsx'
import { IndexPicker, ReadOptionsFields } from './ReadOptionsFields.tsx'
import { ReadResults } from './ReadResults.tsx'
import { usePagedRead, type ReadInput } from './usePagedRead.ts'
import { EMPTY_FILTER, buildScanInput, keyInfo, readTargets, type ScanForm } from './readRequest.ts'

/**
 * Scan with a filter, on the table or one of its indexes, page by page.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html
 */
export function ScanBuilder({ table, initialIndex = '' }: { table: TableDescription; initialIndex?: string }) {
  const [form, setForm] = useState<ScanForm>({
    tableName: table.TableName ?? '',
    indexName: initialIndex,
    filter: EMPTY_FILTER,
    limit: '',
    consistentRead: false,
    select: '',
    projection: '',
    segment: '',
    totalSegments: '',
  })
  const read = usePagedRead('Scan')
  const targets = readTargets(table)
  const keys = keyInfo(table, form.indexName)
  const preview = useMemo((): { request?: ReadInput; error?: Error } => {
    try {
      return { request: buildScanInput(form) }
    } catch (e) {
      return { error: e as Error }
    }
  }, [form])

  return (
    <div className="stack">
      <div className="card stack">
        <div className="row">
          <IndexPicker targets={targets} value={form.indexName} onChange={(indexName) => setForm({ ...form, indexName })} testId="scan-index" />
        </div>
        <FilterEditor value={form.filter} onChange={(filter) => setForm({ ...form, filter })} idPrefix="scan" />
        <ReadOptionsFields form={form} onChange={setForm} onGsi={targets.find((t) => t.indexName === form.indexName)?.kind === 'GSI'} idPrefix="scan" />
        <div className="row">
          <label>
            Segment
            <input type="number" min={0} value={form.segment} onChange={(e) => setForm({ ...form, segment: e.target.value })} style={{ width: '6rem' }} data-testid="scan-segment" />
          </label>
          <label>
            TotalSegments
            <input type="number" min={1} value={form.totalSegments} onChange={(e) => setForm({ ...form, totalSegments: e.target.value })} placeholder="none" style={{ width: '7rem' }} data-testid="scan-total-segments" />
          </label>
          <span className="muted">Parallel scan: each worker scans its own segment of the partition key space.</span>
        </div>
        <div className="row">
          <button className="primary" onClick={() => preview.request && read.run(preview.request)} disabled={!preview.request || read.pending} data-testid="scan-run">
            Run Scan
          </button>
          <span className="muted">A Scan reads every item of the table or index (up to Limit or 1 MB per page) before the filter runs.</span>
        </div>
      </div>
      <ReadResults
        operation="Scan"
        preview={preview}
        pages={read.pages}
        pending={read.pending}
        error={read.error}
        hasNext={read.hasNext}
        onNext={read.next}
        keyNames={[keys.hash?.name, keys.range?.name].filter((n): n is string => !!n)}
        idPrefix="scan"
      />
    </div>
  )
}
