import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb'
import { capacityRows, type CapacityRow } from '../panels/query/capacityRows.ts'

const PART_LABEL: Record<CapacityRow['part'], string> = { total: 'Total', table: 'Table', LSI: 'LSI', GSI: 'GSI' }

const units = (n: number | undefined) => (n === undefined ? '' : String(n))

/**
 * ConsumedCapacity of a response broken down per table: the total, then the table itself and each local
 * and global secondary index (present when the request asked for ReturnConsumedCapacity INDEXES).
 * Renders nothing when the response has no ConsumedCapacity.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConsumedCapacity.html
 */
export function CapacityBreakdown({ consumed }: { consumed: ConsumedCapacity | ConsumedCapacity[] | undefined }) {
  const rows = capacityRows(consumed)
  if (rows.length === 0) return null
  const hasParts = rows.some((r) => r.part !== 'total')
  const hasRead = rows.some((r) => r.readCapacityUnits !== undefined)
  const hasWrite = rows.some((r) => r.writeCapacityUnits !== undefined)
  return (
    <div className="capacity-breakdown" data-testid="capacity-breakdown">
      <table className="grid" aria-label="Consumed capacity by table and index">
        <thead>
          <tr>
            <th>Table</th>
            <th>Part</th>
            <th>Capacity units</th>
            {hasRead && <th>Read units</th>}
            {hasWrite && <th>Write units</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className={r.part === 'total' ? 'capacity-total' : undefined} data-testid={`capacity-${r.part}${r.name ? `-${r.name}` : ''}`}>
              <td>{r.part === 'total' ? r.tableName : ''}</td>
              <td>{r.name ? `${PART_LABEL[r.part]} ${r.name}` : PART_LABEL[r.part]}</td>
              <td className="mono">{units(r.capacityUnits)}</td>
              {hasRead && <td className="mono">{units(r.readCapacityUnits)}</td>}
              {hasWrite && <td className="mono">{units(r.writeCapacityUnits)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {!hasParts && <p className="muted">Only the total was returned. Ask for ReturnConsumedCapacity INDEXES to see the table and each index separately.</p>}
    </div>
  )
}
