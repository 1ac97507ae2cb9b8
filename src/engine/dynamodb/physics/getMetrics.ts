import type { DynamoDB } from '../DynamoDB.ts'
import { PARTITION_SERIES, RESOURCE_SERIES, readSeries, type MetricsWindow } from './metrics.ts'

/**
 * Per-second metrics of a table, its GSIs and every partition for virtual seconds [from, to) (default: the
 * whole kept window, up to the current second). Seconds outside the kept window (the last 3,600) read as 0.
 * Brings the metrics up to the current virtual time first, so idle seconds appear.
 * @throws ResourceNotFoundException when the table does not exist
 */
export function getMetrics(db: DynamoDB, tableName: string, range: { from?: number; to?: number } = {}): MetricsWindow {
  const table = db.requireTable(tableName)
  const cap = table.capacity
  cap.clock = db.clock
  cap.advance(table, db.clock.now())
  const newest = cap.lastSecond
  const oldest = newest - cap.count + 1
  const from = Math.floor(range.from ?? oldest)
  const to = Math.max(from, Math.floor(range.to ?? newest + 1))
  const out: MetricsWindow = {
    from,
    to,
    table: readSeries(cap.table.series, RESOURCE_SERIES, from, to, oldest, newest),
    indexes: {},
    partitions: [],
  }
  for (const r of cap.indexes) out.indexes[r.key] = readSeries(r.series, RESOURCE_SERIES, from, to, oldest, newest)
  for (const r of [cap.table, ...cap.indexes]) {
    for (const p of r.state.partitions) {
      out.partitions.push({ resource: r.key, id: p.id, start: p.start, end: p.end, series: readSeries(r.pseries.get(p.id)!, PARTITION_SERIES, from, to, oldest, newest) })
    }
  }
  return out
}
