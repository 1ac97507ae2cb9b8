import { useState, type FormEvent } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { DescribeTableCommand, UpdateTableCommand, type UpdateTableCommandInput } from '@aws-sdk/client-dynamodb'
import { dynamodbClient } from '../queries/dynamodbClient.ts'
import { ErrorBox } from '../components/ErrorBox.tsx'
import { buildUpdateTableInput, currentCapacity, initialFormState, type CapacityFormState, type CapacityMode, type CurrentCapacity } from './updateCapacity.ts'

/**
 * The selected table's Capacity form: capacity mode, provisioned RCU/WCU (prefilled from DescribeTable) or
 * the optional on-demand maxima (OnDemandThroughput; "remove maximum" sends -1). Sends UpdateTable through
 * the SDK and shows AWS's error, or the table status while the update runs.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html
 */
export function UpdateCapacityForm({ tableName, status }: { tableName: string; status: string }) {
  const describe = useQuery({
    queryKey: ['dynamodb', 'DescribeTable', tableName, status],
    queryFn: () => dynamodbClient('explorer').send(new DescribeTableCommand({ TableName: tableName })),
    // Keep the form (and its last result) on screen while a status change refetches the description.
    placeholderData: (previous) => previous,
  })
  const table = describe.data?.Table
  if (!table) {
    return (
      <section className="card stack" aria-label="Capacity">
        <h3>Capacity</h3>
        {describe.isPending ? <p className="muted">Loading…</p> : null}
        <ErrorBox error={describe.error} />
      </section>
    )
  }
  return <CapacityFields tableName={tableName} status={status} current={currentCapacity(table)} />
}

function CapacityFields({ tableName, status, current }: { tableName: string; status: string; current: CurrentCapacity }) {
  const queryClient = useQueryClient()
  const [form, setForm] = useState<CapacityFormState>(() => initialFormState(current))
  // When the table's capacity changes (an update completed, or the console changed it), show the new values.
  const fingerprint = JSON.stringify(current)
  const [shown, setShown] = useState(fingerprint)
  if (shown !== fingerprint) {
    setShown(fingerprint)
    setForm(initialFormState(current))
  }
  const update = useMutation({
    mutationFn: (input: UpdateTableCommandInput) => dynamodbClient('explorer').send(new UpdateTableCommand(input)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['dynamodb'] }),
  })
  const set = (patch: Partial<CapacityFormState>) => setForm((f) => ({ ...f, ...patch }))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    update.mutate(buildUpdateTableInput(tableName, current, form))
  }
  const switching = form.billingMode !== current.billingMode
  const maximumField = (which: 'Read' | 'Write') => {
    const value = which === 'Read' ? form.maxReadRequestUnits : form.maxWriteRequestUnits
    const remove = which === 'Read' ? form.removeMaxRead : form.removeMaxWrite
    const now = which === 'Read' ? current.maxReadRequestUnits : current.maxWriteRequestUnits
    return (
      <div className="stack capacity-max">
        <label>
          Maximum {which.toLowerCase()} request units
          <input
            type="number"
            min={1}
            value={value}
            disabled={remove}
            onChange={(e) => set(which === 'Read' ? { maxReadRequestUnits: e.target.value } : { maxWriteRequestUnits: e.target.value })}
            placeholder={now === undefined ? 'no maximum' : `now ${now}`}
            data-testid={`capacity-max-${which.toLowerCase()}`}
          />
        </label>
        {now !== undefined && (
          <label className="check-label">
            <input
              type="checkbox"
              checked={remove}
              onChange={(e) => set(which === 'Read' ? { removeMaxRead: e.target.checked } : { removeMaxWrite: e.target.checked })}
              data-testid={`capacity-remove-max-${which.toLowerCase()}`}
            />
            Remove maximum (sends -1)
          </label>
        )}
      </div>
    )
  }
  return (
    <form className="card stack" onSubmit={submit} aria-label="Capacity" data-testid="capacity-form">
      <h3>Capacity</h3>
      <div className="row capacity-fields">
        <label>
          Capacity mode
          <select value={form.billingMode} onChange={(e) => set({ billingMode: e.target.value as CapacityMode })} data-testid="capacity-mode">
            <option value="PROVISIONED">Provisioned</option>
            <option value="PAY_PER_REQUEST">On-demand (PAY_PER_REQUEST)</option>
          </select>
        </label>
        {form.billingMode === 'PROVISIONED' ? (
          <>
            <label>
              Read capacity units
              <input type="number" min={1} value={form.readCapacityUnits} onChange={(e) => set({ readCapacityUnits: e.target.value })} data-testid="capacity-rcu" />
            </label>
            <label>
              Write capacity units
              <input type="number" min={1} value={form.writeCapacityUnits} onChange={(e) => set({ writeCapacityUnits: e.target.value })} data-testid="capacity-wcu" />
            </label>
          </>
        ) : (
          <>
            {maximumField('Read')}
            {maximumField('Write')}
          </>
        )}
        <button type="submit" className="primary" disabled={update.isPending} data-testid="capacity-submit">
          Update capacity
        </button>
      </div>
      {switching && (
        <p className="muted capacity-note">
          {form.billingMode === 'PAY_PER_REQUEST'
            ? 'Provisioned → on-demand: at most 4 switches in a rolling 24 hours. The table keeps its current throughput until the switch completes.'
            : 'On-demand → provisioned: allowed at any time; any on-demand maximum is dropped.'}
        </p>
      )}
      <p className="capacity-status" aria-live="polite">
        Table status: <span className={status === 'ACTIVE' ? 'ok' : 'warn'} data-testid="capacity-status">{status}</span>
        {update.isSuccess ? (
          <span className="muted">
            {status === 'ACTIVE' ? ' · UpdateTable applied.' : ' · UpdateTable accepted; the new capacity applies when the table is ACTIVE again.'}
          </span>
        ) : null}
      </p>
      <ErrorBox error={update.error} />
    </form>
  )
}
