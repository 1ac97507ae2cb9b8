import { JsonEditor } from '../../components/JsonEditor.tsx'
import { FILTER_OPERATORS, newFilterRow, type FilterOperator, type FilterRow, type FilterState, type ValueType } from './readRequest.ts'

const TYPES: ValueType[] = ['S', 'N', 'BOOL', 'NULL', 'B']
const NO_VALUE = new Set<FilterOperator>(['attribute_exists', 'attribute_not_exists'])

/**
 * FilterExpression editor: simple rows (attribute, operator, typed value; joined with AND) or JSON with
 * FilterExpression, ExpressionAttributeNames and ExpressionAttributeValues.
 */
export function FilterEditor({ value, onChange, idPrefix }: { value: FilterState; onChange: (f: FilterState) => void; idPrefix: string }) {
  const setRow = (i: number, patch: Partial<FilterRow>) => onChange({ ...value, rows: value.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) })
  return (
    <fieldset className="filter-editor">
      <legend>FilterExpression (optional, applied after the read)</legend>
      <div className="row" role="radiogroup" aria-label="Filter editor mode">
        <label className="inline">
          <input type="radio" checked={value.mode === 'rows'} onChange={() => onChange({ ...value, mode: 'rows' })} data-testid={`${idPrefix}-filter-mode-rows`} />
          Simple rows
        </label>
        <label className="inline">
          <input type="radio" checked={value.mode === 'json'} onChange={() => onChange({ ...value, mode: 'json' })} data-testid={`${idPrefix}-filter-mode-json`} />
          JSON
        </label>
      </div>
      {value.mode === 'rows' ? (
        <div className="stack">
          {value.rows.map((r, i) => (
            <div className="row" key={i} data-testid={`${idPrefix}-filter-row`}>
              <label>
                Attribute
                <input value={r.attribute} onChange={(e) => setRow(i, { attribute: e.target.value })} data-testid={`${idPrefix}-filter-attr-${i}`} />
              </label>
              <label>
                Operator
                <select value={r.operator} onChange={(e) => setRow(i, { operator: e.target.value as FilterOperator })} data-testid={`${idPrefix}-filter-op-${i}`}>
                  {FILTER_OPERATORS.map((op) => (
                    <option key={op} value={op}>{op}</option>
                  ))}
                </select>
              </label>
              {!NO_VALUE.has(r.operator) && (
                <>
                  <label>
                    Type
                    <select value={r.type} onChange={(e) => setRow(i, { type: e.target.value as ValueType })} data-testid={`${idPrefix}-filter-type-${i}`}>
                      {TYPES.map((t) => (
                        <option key={t} value={t}>{t}</option>
                      ))}
                    </select>
                  </label>
                  <label>
                    Value
                    <input value={r.value} onChange={(e) => setRow(i, { value: e.target.value })} data-testid={`${idPrefix}-filter-value-${i}`} />
                  </label>
                  {r.operator === 'BETWEEN' && (
                    <label>
                      and
                      <input value={r.value2} onChange={(e) => setRow(i, { value2: e.target.value })} data-testid={`${idPrefix}-filter-value2-${i}`} />
                    </label>
                  )}
                </>
              )}
              <button onClick={() => onChange({ ...value, rows: value.rows.filter((_, j) => j !== i) })} aria-label={`Remove filter row ${i + 1}`}>
                Remove
              </button>
            </div>
          ))}
          <div className="row">
            <button onClick={() => onChange({ ...value, rows: [...value.rows, newFilterRow()] })} data-testid={`${idPrefix}-filter-add`}>
              Add condition
            </button>
            {value.rows.length > 1 && <span className="muted">Conditions are joined with AND.</span>}
          </div>
        </div>
      ) : (
        <JsonEditor value={value.json} onChange={(json) => onChange({ ...value, json })} label="Filter JSON" testId={`${idPrefix}-filter-json`} minHeight="6rem" />
      )}
    </fieldset>
  )
}
