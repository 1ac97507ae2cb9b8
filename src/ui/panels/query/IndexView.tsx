import { useState } from 'react'
import type { GlobalSecondaryIndexDescription, LocalSecondaryIndexDescription, TableDescription } from '@aws-sdk/client-dynamodb'

type IndexDescription = (GlobalSecondaryIndexDescription | LocalSecondaryIndexDescription) & { kind: 'LSI' | 'GSI' }

/**
 * Index view: pick a secondary index of the table and see its key schema, projection, IndexStatus,
 * ItemCount and size (from DescribeTable), then Query or Scan it.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/SecondaryIndexes.html
 */
export function IndexView({ table, onRefresh, onQuery, onScan }: { table: TableDescription; onRefresh: () => void; onQuery: (indexName: string) => void; onScan: (indexName: string) => void }) {
  const indexes: IndexDescription[] = [
    ...(table.LocalSecondaryIndexes ?? []).map((i) => ({ ...i, kind: 'LSI' as const })),
    ...(table.GlobalSecondaryIndexes ?? []).map((i) => ({ ...i, kind: 'GSI' as const })),
  ]
  const [picked, setPicked] = useState(indexes[0]?.IndexName ?? '')
  const index = indexes.find((i) => i.IndexName === picked) ?? indexes[0]
  if (!index) {
    return (
      <div className="card" data-testid="index-view">
        <p className="muted" style={{ margin: 0 }}>
          {table.TableName} has no secondary indexes. LSIs are created with the table (CreateTable LocalSecondaryIndexes); GSIs can be added later with UpdateTable
          GlobalSecondaryIndexUpdates from the console.
        </p>
      </div>
    )
  }
  const gsi = index.kind === 'GSI' ? (index as GlobalSecondaryIndexDescription) : undefined
  const name = index.IndexName ?? ''
  return (
    <div className="card stack" data-testid="index-view">
      <div className="row">
        <label>
          Index
          <select value={name} onChange={(e) => setPicked(e.target.value)} data-testid="index-view-picker">
            {indexes.map((i) => (
              <option key={i.IndexName} value={i.IndexName}>{`${i.kind} ${i.IndexName}`}</option>
            ))}
          </select>
        </label>
        <button onClick={onRefresh}>Refresh (DescribeTable)</button>
        <button className="primary" onClick={() => onQuery(name)} data-testid="index-view-query">Query this index</button>
        <button onClick={() => onScan(name)} data-testid="index-view-scan">Scan this index</button>
      </div>
      <table className="grid index-facts" aria-label={`Index ${name}`}>
        <tbody>
          <tr>
            <th>Kind</th>
            <td>{index.kind === 'GSI' ? 'Global secondary index: own partition key, eventually consistent only, own throughput' : 'Local secondary index: same partition key as the table, strong or eventual reads'}</td>
          </tr>
          <tr>
            <th>KeySchema</th>
            <td className="mono" data-testid="index-view-keys">{(index.KeySchema ?? []).map((k) => `${k.AttributeName} (${k.KeyType})`).join(', ')}</td>
          </tr>
          <tr>
            <th>Projection</th>
            <td className="mono" data-testid="index-view-projection">
              {index.Projection?.ProjectionType ?? ''}
              {index.Projection?.NonKeyAttributes?.length ? `: ${index.Projection.NonKeyAttributes.join(', ')}` : ''}
            </td>
          </tr>
          <tr>
            <th>IndexStatus</th>
            <td data-testid="index-view-status">{gsi ? (gsi.IndexStatus ?? '') : 'n/a (an LSI has no IndexStatus: it exists as long as its table)'}{gsi?.Backfilling ? ' (backfilling)' : ''}</td>
          </tr>
          <tr>
            <th>ItemCount</th>
            <td data-testid="index-view-item-count">{index.ItemCount ?? 0} <span className="muted">(AWS updates it about every six hours; sparse indexes hold only items that have the index keys)</span></td>
          </tr>
          <tr>
            <th>IndexSizeBytes</th>
            <td>{index.IndexSizeBytes ?? 0}</td>
          </tr>
          {gsi?.ProvisionedThroughput && (
            <tr>
              <th>ProvisionedThroughput</th>
              <td>
                {`${gsi.ProvisionedThroughput.ReadCapacityUnits ?? 0} RCU / ${gsi.ProvisionedThroughput.WriteCapacityUnits ?? 0} WCU`}
                {table.BillingModeSummary?.BillingMode === 'PAY_PER_REQUEST' && <span className="muted"> (on-demand table: the index scales with it)</span>}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
