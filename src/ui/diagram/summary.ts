import type { Trace } from '../../engine/trace.ts'
import type { DaxClusterView, TableView } from '../store/simSlice.ts'
import { formatDuration } from './playback.ts'

/** Texts for screen readers and for the aggregate note. Pure, so they are unit-tested. */

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** One line per table: "Table GameScores: ACTIVE, 36 items, 1 partition" (", stream on" when Streams is enabled). */
export function describeTables(tables: TableView[]): string[] {
  return tables.map(
    (t) => `Table ${t.name}: ${t.status}, ${plural(t.itemCount, 'item')}, ${plural(t.partitionCount, 'partition')}${t.streamViewType !== undefined ? ', stream on' : ''}`,
  )
}

/**
 * One line per DAX cluster: "DAX cluster demo, 3 nodes, in front of DynamoDB, with an item cache and a query
 * cache". No hit counts: they change on every request, and the DAX panel lists them.
 */
export function describeDax(clusters: DaxClusterView[]): string[] {
  return clusters.map((c) => `DAX cluster ${c.name}, ${plural(c.nodes, 'node')}, in front of DynamoDB, with an item cache and a query cache`)
}

/** One line for a request: "t-4 GetItem on GameScores from console: ok in 11.8 ms, partition 0". */
export function describeTrace(t: Trace): string {
  const partitions = Array.isArray(t.detail['partitions']) ? (t.detail['partitions'] as unknown[]) : []
  const where = partitions.length ? `, ${partitions.length === 1 ? 'partition' : 'partitions'} ${partitions.join(', ')}` : ''
  const on = t.resource ? ` on ${t.resource}` : ''
  const outcome = t.error ? `${t.outcome} (${t.error.name})` : t.outcome
  return `${t.id} ${t.operation}${on} from ${t.source}: ${outcome} in ${formatDuration(t.end - t.start)}${where}`
}

/** The SVG's aria-label: what is drawn and the latest request. */
export function architectureSummary(tables: TableView[], traces: Trace[], dax: DaxClusterView[] = []): string {
  const tableText = tables.length
    ? `${plural(tables.length, 'table')}: ${tables.map((t) => `${t.name} (${plural(t.partitionCount, 'partition')})`).join(', ')}`
    : 'no tables yet'
  const last = traces[traces.length - 1]
  const latest = last ? ` Latest request: ${describeTrace(last)}.` : ''
  const daxText = dax.length ? `DAX ${dax.length === 1 ? 'cluster' : 'clusters'} ${dax.map((c) => c.name).join(', ')}, ` : ''
  return `Architecture: client, ${daxText}DynamoDB request router, ${tableText}.${latest}`
}

/** "+120 not animated (100 ok, 20 throttled)" (empty when there are none). */
export function overflowLabel(outcomes: Trace['outcome'][]): string {
  if (!outcomes.length) return ''
  const counts = new Map<string, number>()
  for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1)
  const parts = (['ok', 'error', 'throttled'] as const).filter((o) => counts.has(o)).map((o) => `${counts.get(o)} ${o}`)
  return `+${outcomes.length} not animated (${parts.join(', ')})`
}
