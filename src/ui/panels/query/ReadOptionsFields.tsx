import type { ReadOptions, ReadTarget } from './readRequest.ts'

/** AWS's message for ConsistentRead on a GSI (Query/Scan with a GSI IndexName). */
export const GSI_CONSISTENT_READ_MESSAGE = 'Consistent reads are not supported on global secondary indexes'

const SELECTS: ReadOptions['select'][] = ['', 'ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES', 'SPECIFIC_ATTRIBUTES', 'COUNT']

/** Index picker: the table, its LSIs and its GSIs (from DescribeTable). */
export function IndexPicker({ targets, value, onChange, testId }: { targets: ReadTarget[]; value: string; onChange: (indexName: string) => void; testId: string }) {
  return (
    <label>
      Table or index
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {targets.map((t) => (
          <option key={t.indexName} value={t.indexName}>
            {t.kind === 'table' ? 'Table (base table)' : `${t.kind} ${t.indexName}`} — {t.keySchema.map((k) => `${k.AttributeName} ${k.KeyType}`).join(', ')}
          </option>
        ))}
      </select>
    </label>
  )
}

/** Limit, ConsistentRead (disabled with AWS's reason on a GSI), Select and ProjectionExpression. */
export function ReadOptionsFields<T extends ReadOptions>({ form, onChange, onGsi, idPrefix }: { form: T; onChange: (f: T) => void; onGsi: boolean; idPrefix: string }) {
  return (
    <div className="row">
      <label>
        Limit
        <input type="number" min={1} value={form.limit} onChange={(e) => onChange({ ...form, limit: e.target.value })} placeholder="none" style={{ width: '7rem' }} data-testid={`${idPrefix}-limit`} />
      </label>
      <label>
        Select
        <select value={form.select} onChange={(e) => onChange({ ...form, select: e.target.value as ReadOptions['select'] })} data-testid={`${idPrefix}-select`}>
          {SELECTS.map((s) => (
            <option key={s} value={s}>{s || '(default)'}</option>
          ))}
        </select>
      </label>
      <label>
        ProjectionExpression
        <input value={form.projection} onChange={(e) => onChange({ ...form, projection: e.target.value })} placeholder="e.g. UserId, TopScore" data-testid={`${idPrefix}-projection`} />
      </label>
      <label className="inline" title={onGsi ? GSI_CONSISTENT_READ_MESSAGE : 'Strongly consistent: costs twice the read units of an eventually consistent read'}>
        <input type="checkbox" checked={form.consistentRead && !onGsi} disabled={onGsi} onChange={(e) => onChange({ ...form, consistentRead: e.target.checked })} data-testid={`${idPrefix}-consistent`} />
        ConsistentRead
      </label>
      {onGsi && <span className="muted" data-testid={`${idPrefix}-consistent-reason`}>{GSI_CONSISTENT_READ_MESSAGE}.</span>}
    </div>
  )
}
