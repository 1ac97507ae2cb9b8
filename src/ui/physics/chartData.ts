import type { PhysicsView } from './physicsView.ts'

/** What the capacity chart shows: the table, one GSI (`index:<name>`) or one partition (`partition:<id>`). */
export type ChartScope = string
export type ChartDimension = 'read' | 'write'

/** Series of one chart, index i = virtual second `from + i`. */
export interface ChartSeries {
  from: number
  consumed: number[]
  provisioned: number[]
  throttles: number[]
  /** Burst bucket levels (units), one line per partition (the table's or GSI's partitions, or the one chosen). */
  burst: { label: string; values: number[] }[]
  label: string
}

/**
 * Picks the series of `scope` and `dimension` out of the view's metrics. Provisioned for a partition is its
 * share of the table's throughput. Unknown scopes fall back to the table.
 */
export function chartSeries(view: PhysicsView, scope: ChartScope, dimension: ChartDimension): ChartSeries {
  const m = view.metrics
  const n = m.to - m.from
  const read = dimension === 'read'
  if (scope.startsWith('partition:')) {
    const id = Number(scope.slice('partition:'.length))
    const p = m.partitions.find((x) => x.resource === view.index && x.id === id)
    const pv = view.partitions.find((x) => x.id === id)
    if (p && pv) {
      const s = p.series
      return {
        from: m.from,
        consumed: [...(read ? s.ConsumedReadCapacityUnits : s.ConsumedWriteCapacityUnits)],
        provisioned: new Array<number>(n).fill(read ? pv.rcu : pv.wcu),
        throttles: [...(read ? s.ReadThrottleEvents : s.WriteThrottleEvents)],
        burst: [{ label: `P${id}`, values: [...(read ? s.BurstReadCapacityUnits : s.BurstWriteCapacityUnits)] }],
        label: view.index ? `partition ${id} of ${view.index}` : `partition ${id}`,
      }
    }
  }
  const index = scope.startsWith('index:') ? scope.slice('index:'.length) : ''
  const r = index && m.indexes[index] ? m.indexes[index] : m.table
  const resource = index && m.indexes[index] ? index : ''
  const burst = m.partitions
    .filter((p) => p.resource === resource)
    .map((p) => ({ label: `P${p.id}`, values: [...(read ? p.series.BurstReadCapacityUnits : p.series.BurstWriteCapacityUnits)] }))
  return {
    from: m.from,
    consumed: [...(read ? r.ConsumedReadCapacityUnits : r.ConsumedWriteCapacityUnits)],
    provisioned: [...(read ? r.ProvisionedReadCapacityUnits : r.ProvisionedWriteCapacityUnits)],
    throttles: [...(read ? r.ReadThrottleEvents : r.WriteThrottleEvents)],
    burst,
    label: resource ? `index ${resource}` : `table ${view.tableName}`,
  }
}

/** The scopes a table offers: the table, its GSIs, and the partitions the map shows (the table's or a GSI's). */
export function chartScopes(view: PhysicsView): { id: ChartScope; label: string }[] {
  return [
    { id: 'table', label: `Table ${view.tableName}` },
    ...Object.keys(view.metrics.indexes).map((name) => ({ id: `index:${name}`, label: `GSI ${name}` })),
    ...view.partitions.map((p) => ({ id: `partition:${p.id}`, label: view.index ? `Partition ${p.id} of ${view.index}` : `Partition ${p.id}` })),
  ]
}

/** Total of a series. */
export const total = (a: readonly number[]): number => a.reduce((s, v) => s + v, 0)

/** Moves label positions apart (keeping their order) so no two are closer than `gap` px. */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i)
  const out = new Array<number>(ys.length)
  let prev = -Infinity
  for (const o of order) {
    const y = Math.max(o.y, prev + gap)
    out[o.i] = y
    prev = y
  }
  return out
}
