import { useMemo, useState } from 'react'
import type { TableDescription } from '@aws-sdk/client-dynamodb'
import { FilterEditor } from './FilterEditor.tsx'
import { IndexPicker, ReadOptionsFields } from './ReadOptionsFields.tsx'
import { BuilderResults, RunButton, previewOf } from './ReadRun.tsx'
import { usePagedRead } from './usePagedRead.ts'
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
  const preview = useMemo(() => previewOf(() => buildScanInput(form)), [form])

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
        <RunButton operation="Scan" preview={preview} read={read}>
          A Scan reads every item of the table or index (up to Limit or 1 MB per page) before the filter runs.
        </RunButton>
      </div>
      <BuilderResults operation="Scan" preview={preview} read={read} keys={keys} />
    </div>
  )
}
