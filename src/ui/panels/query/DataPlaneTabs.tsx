import { useState } from 'react'
import { ErrorBox } from '../../components/ErrorBox.tsx'
import { ItemExplorer } from '../ItemExplorer.tsx'
import { IndexView } from './IndexView.tsx'
import { QueryBuilder } from './QueryBuilder.tsx'
import { ScanBuilder } from './ScanBuilder.tsx'
import { useTableDescription } from './useTableDescription.ts'
import './query.css'

type Tab = 'items' | 'query' | 'scan' | 'indexes'

const TABS: { id: Tab; label: string }[] = [
  { id: 'items', label: 'Items' },
  { id: 'query', label: 'Query' },
  { id: 'scan', label: 'Scan with filter' },
  { id: 'indexes', label: 'Indexes' },
]

/** The data plane of one table: the item explorer, the Query builder, Scan with filter and the index view. */
export function DataPlaneTabs({ tableName, tableStatus, itemCount }: { tableName: string; tableStatus: string; itemCount: number }) {
  const [tab, setTab] = useState<Tab>('items')
  // Changing `target` remounts the builders with the index picked in the index view.
  const [target, setTarget] = useState({ index: '', seq: 0 })
  const describe = useTableDescription(tableName, tableStatus, itemCount)
  const open = (t: Tab, index: string) => {
    setTarget((s) => ({ index, seq: s.seq + 1 }))
    setTab(t)
  }
  return (
    <div className="stack">
      <div className="tabs" role="tablist" aria-label={`Data plane of ${tableName}`}>
        {TABS.map((t) => (
          <button key={t.id} role="tab" aria-selected={tab === t.id} onClick={() => setTab(t.id)} data-testid={`tab-${t.id}`}>
            {t.label}
          </button>
        ))}
      </div>
      {tab === 'items' && <ItemExplorer tableName={tableName} tableStatus={tableStatus} itemCount={itemCount} />}
      {tab !== 'items' && (
        <div role="tabpanel" className="stack">
          <ErrorBox error={describe.error} />
          {describe.isPending && <p className="muted">DescribeTable…</p>}
          {describe.data && tab === 'query' && <QueryBuilder key={`q${target.seq}`} table={describe.data} initialIndex={target.index} />}
          {describe.data && tab === 'scan' && <ScanBuilder key={`s${target.seq}`} table={describe.data} initialIndex={target.index} />}
          {describe.data && tab === 'indexes' && (
            <IndexView table={describe.data} onRefresh={() => void describe.refetch()} onQuery={(i) => open('query', i)} onScan={(i) => open('scan', i)} />
          )}
        </div>
      )}
    </div>
  )
}
