import { useState } from 'react'
import { useQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { DeleteTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb'
import { useSimStore } from '../store/index.ts'
import { selectSelectedTable, selectTables } from '../store/selectors.ts'
import type { TableView } from '../store/simSlice.ts'
import { dynamodbClient } from '../queries/dynamodbClient.ts'
import { CreateTableForm } from './CreateTableForm.tsx'
import { DataPlaneTabs } from './query/DataPlaneTabs.tsx'
import { ErrorBox } from '../components/ErrorBox.tsx'
import { UpdateCapacityForm } from './UpdateCapacityForm.tsx'

/** Tables panel: the list of tables, create/describe/delete, and the item explorer of the selected one. */
export function TablesPanel() {
  const tables = useSimStore(selectTables)
  const selected = useSimStore(selectSelectedTable)
  const selectTable = useSimStore((s) => s.selectTable)
  const [creating, setCreating] = useState(false)
  const current = selected ?? tables[0]

  return (
    <div className="stack">
      <div className="row">
        <h2 style={{ margin: 0 }}>Tables</h2>
        <button onClick={() => setCreating((c) => !c)} aria-expanded={creating} data-testid="toggle-create-table">
          {creating ? 'Close form' : 'Create table'}
        </button>
      </div>
      {creating && (
        <CreateTableForm
          onCreated={(name) => {
            setCreating(false)
            selectTable(name)
          }}
        />
      )}
      <table className="grid" aria-label="Tables" data-testid="tables-list">
        <thead>
          <tr>
            <th>Name</th>
            <th>Status</th>
            <th>Keys</th>
            <th>Capacity</th>
            <th>Items</th>
            <th>Size</th>
            <th>Partitions</th>
          </tr>
        </thead>
        <tbody>
          {tables.map((t) => (
            <tr
              key={t.name}
              className={t.name === current?.name ? 'selected' : undefined}
              onClick={() => selectTable(t.name)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && selectTable(t.name)}
              tabIndex={0}
              aria-selected={t.name === current?.name}
              data-testid={`table-row-${t.name}`}
            >
              <td>{t.name}</td>
              <td className={t.status === 'ACTIVE' ? 'ok' : 'warn'} data-testid="table-status">{t.status}</td>
              <td className="mono">{t.keySchema.map((k) => `${k.AttributeName} (${k.KeyType})`).join(', ')}</td>
              <td data-testid="table-capacity">{capacityLabel(t)}</td>
              <td>{t.itemCount}</td>
              <td>{t.sizeBytes} B</td>
              <td>{t.partitionCount}</td>
            </tr>
          ))}
          {tables.length === 0 && (
            <tr>
              <td colSpan={7} className="muted">No tables yet. Create one.</td>
            </tr>
          )}
        </tbody>
      </table>
      {current && <TableDetails key={current.name} tableName={current.name} status={current.status} itemCount={current.itemCount} />}
    </div>
  )
}

/** The Capacity cell: provisioned RCU/WCU, or on-demand with its maximum (OnDemandThroughput) when one is set. */
export function capacityLabel(t: Pick<TableView, 'billingMode' | 'readCapacityUnits' | 'writeCapacityUnits' | 'maxReadRequestUnits' | 'maxWriteRequestUnits'>): string {
  if (t.billingMode !== 'PAY_PER_REQUEST') return `${t.readCapacityUnits} RCU / ${t.writeCapacityUnits} WCU`
  const max: string[] = []
  if (t.maxReadRequestUnits !== undefined) max.push(`${t.maxReadRequestUnits} RRU/s`)
  if (t.maxWriteRequestUnits !== undefined) max.push(`${t.maxWriteRequestUnits} WRU/s`)
  return max.length ? `On-demand (max ${max.join(', ')})` : 'On-demand'
}

function TableDetails({ tableName, status, itemCount }: { tableName: string; status: string; itemCount: number }) {
  const queryClient = useQueryClient()
  const selectTable = useSimStore((s) => s.selectTable)
  const [showDescribe, setShowDescribe] = useState(false)
  const describe = useQuery({
    queryKey: ['dynamodb', 'DescribeTable', tableName, status],
    queryFn: () => dynamodbClient('explorer').send(new DescribeTableCommand({ TableName: tableName })),
    enabled: showDescribe,
  })
  const del = useMutation({
    mutationFn: () => dynamodbClient('explorer').send(new DeleteTableCommand({ TableName: tableName })),
    onSuccess: () => {
      selectTable(undefined)
      void queryClient.invalidateQueries({ queryKey: ['dynamodb'] })
    },
  })
  return (
    <section className="stack" aria-label={`Table ${tableName}`}>
      <div className="row">
        <h2 style={{ margin: 0 }}>{tableName}</h2>
        <button onClick={() => setShowDescribe((s) => !s)} aria-expanded={showDescribe}>
          {showDescribe ? 'Hide description' : 'Describe'}
        </button>
        <button
          className="danger"
          onClick={() => {
            if (globalThis.confirm?.(`Delete table ${tableName} and all its items?`) ?? true) del.mutate()
          }}
          disabled={del.isPending}
        >
          Delete table
        </button>
      </div>
      <ErrorBox error={del.error} />
      {showDescribe && (
        <div className="card" data-testid="describe-table">
          {describe.isPending ? <p className="muted">Loading…</p> : null}
          <ErrorBox error={describe.error} />
          {describe.data ? <pre>{JSON.stringify(describe.data.Table, null, 2)}</pre> : null}
        </div>
      )}
      <UpdateCapacityForm tableName={tableName} status={status} />
      <DataPlaneTabs tableName={tableName} tableStatus={status} itemCount={itemCount} />
    </section>
  )
}
