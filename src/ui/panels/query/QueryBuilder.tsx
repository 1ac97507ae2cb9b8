import { useMemo, useState } from 'react'
import type { TableDescription } from '@aws-sdk/client-dynamodb'
import { FilterEditor } from './FilterEditor.tsx'
import { IndexPicker, ReadOptionsFields } from './ReadOptionsFields.tsx'
import { BuilderResults, RunButton, previewOf } from './ReadRun.tsx'
import { usePagedRead } from './usePagedRead.ts'
import { EMPTY_FILTER, SORT_KEY_OPERATORS, buildQueryInput, keyInfo, readTargets, type QueryForm, type SortKeyOperator } from './readRequest.ts'

/**
 * Query builder of one table: index picker, partition key value, sort key condition, filter, direction,
 * Limit, ConsistentRead, Select; page by page with LastEvaluatedKey; the exact request and its capacity.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html
 */
export function QueryBuilder({ table, initialIndex = '' }: { table: TableDescription; initialIndex?: string }) {
  const [form, setForm] = useState<QueryForm>({
    tableName: table.TableName ?? '',
    indexName: initialIndex,
    filter: EMPTY_FILTER,
    limit: '',
    consistentRead: false,
    select: '',
    projection: '',
    partitionKeyValue: '',
    sortKeyOperator: '',
    sortKeyValue: '',
    sortKeyValue2: '',
    scanIndexForward: true,
  })
  const read = usePagedRead('Query')
  const targets = readTargets(table)
  const target = targets.find((t) => t.indexName === form.indexName)
  const keys = keyInfo(table, form.indexName)
  const preview = useMemo(() => previewOf(() => buildQueryInput(form, keyInfo(table, form.indexName))), [form, table])
  const onGsi = target?.kind === 'GSI'

  return (
    <div className="stack">
      <div className="card stack query-form">
        <div className="row">
          <IndexPicker targets={targets} value={form.indexName} onChange={(indexName) => setForm({ ...form, indexName })} testId="query-index" />
        </div>
        <div className="row">
          <label>
            {keys.hash ? `${keys.hash.name} (${keys.hash.type}) =` : 'Partition key'}
            <input value={form.partitionKeyValue} onChange={(e) => setForm({ ...form, partitionKeyValue: e.target.value })} placeholder="partition key value" data-testid="query-pk" />
          </label>
          {keys.range ? (
            <>
              <label>
                Sort key {keys.range.name} ({keys.range.type})
                <select value={form.sortKeyOperator} onChange={(e) => setForm({ ...form, sortKeyOperator: e.target.value as '' | SortKeyOperator })} data-testid="query-sk-op">
                  <option value="">(any)</option>
                  {SORT_KEY_OPERATORS.map((op) => (
                    <option key={op} value={op}>{op}</option>
                  ))}
                </select>
              </label>
              {form.sortKeyOperator && (
                <label>
                  Value
                  <input value={form.sortKeyValue} onChange={(e) => setForm({ ...form, sortKeyValue: e.target.value })} data-testid="query-sk-value" />
                </label>
              )}
              {form.sortKeyOperator === 'BETWEEN' && (
                <label>
                  and
                  <input value={form.sortKeyValue2} onChange={(e) => setForm({ ...form, sortKeyValue2: e.target.value })} data-testid="query-sk-value2" />
                </label>
              )}
            </>
          ) : (
            <span className="muted">This {target?.kind === 'table' ? 'table' : 'index'} has no sort key: a Query returns the one item collection of the partition key.</span>
          )}
          <label className="inline" title="ScanIndexForward: false reads the item collection in descending sort key order">
            <input type="checkbox" checked={form.scanIndexForward} onChange={(e) => setForm({ ...form, scanIndexForward: e.target.checked })} data-testid="query-forward" />
            ScanIndexForward (ascending)
          </label>
        </div>
        <FilterEditor value={form.filter} onChange={(filter) => setForm({ ...form, filter })} idPrefix="query" />
        <ReadOptionsFields form={form} onChange={setForm} onGsi={onGsi} idPrefix="query" />
        <RunButton operation="Query" preview={preview} read={read}>
          Asks for ReturnConsumedCapacity INDEXES, so the table and each index are charged separately.
        </RunButton>
      </div>
      <BuilderResults operation="Query" preview={preview} read={read} keys={keys} />
    </div>
  )
}
