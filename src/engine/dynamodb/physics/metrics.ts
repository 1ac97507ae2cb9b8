/**
 * CloudWatch-style metrics per virtual second, kept in fixed ring buffers (one Float64Array per table, GSI
 * and partition, no allocation per request). Names are CloudWatch's (AWS/DynamoDB namespace,
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html); values are
 * per-second sums (CloudWatch itself publishes per-minute sums; AWS enforces capacity per second).
 */

/** Series kept per table and per GSI, in this order. */
export const RESOURCE_SERIES = [
  'ConsumedReadCapacityUnits',
  'ConsumedWriteCapacityUnits',
  'ProvisionedReadCapacityUnits',
  'ProvisionedWriteCapacityUnits',
  'ReadThrottleEvents',
  'WriteThrottleEvents',
  'ThrottledRequests',
] as const
export type ResourceSeriesName = (typeof RESOURCE_SERIES)[number]

/** Series kept per partition, in this order. Burst levels are the burst bucket at the end of the second. */
export const PARTITION_SERIES = [
  'ConsumedReadCapacityUnits',
  'ConsumedWriteCapacityUnits',
  'ReadThrottleEvents',
  'WriteThrottleEvents',
  'BurstReadCapacityUnits',
  'BurstWriteCapacityUnits',
] as const
export type PartitionSeriesName = (typeof PARTITION_SERIES)[number]

/** Offsets of the series (multiply by the window width). */
export const R_CONSUMED_READ = 0
export const R_CONSUMED_WRITE = 1
export const R_PROVISIONED_READ = 2
export const R_PROVISIONED_WRITE = 3
export const R_READ_THROTTLES = 4
export const R_WRITE_THROTTLES = 5
export const R_THROTTLED_REQUESTS = 6
export const P_CONSUMED_READ = 0
export const P_CONSUMED_WRITE = 1
export const P_READ_THROTTLES = 2
export const P_WRITE_THROTTLES = 3
export const P_BURST_READ = 4
export const P_BURST_WRITE = 5

/** Seconds of history kept. @default 3600 (the last virtual hour) */
export const METRICS_WINDOW_SECONDS = 3600

/**
 * Seconds of history saved in a snapshot (workspaces are saved to browser storage: an hour of per-partition
 * series would be megabytes). @default 600
 */
export const METRICS_SNAPSHOT_SECONDS = 600

/** A block of `series` ring buffers of `METRICS_WINDOW_SECONDS` slots: value of series s at second t is `[s * W + t % W]`. */
export function newBlock(series: number): Float64Array {
  return new Float64Array(series * METRICS_WINDOW_SECONDS)
}

/** Serialized block: the last `count` seconds ending at `lastSecond`, one array per series (oldest first). */
export type BlockRows = number[][]

/** Rows of `block` for seconds (lastSecond - count, lastSecond]. */
export function blockToRows(block: Float64Array, series: number, lastSecond: number, count: number): BlockRows {
  const W = METRICS_WINDOW_SECONDS
  const rows: BlockRows = []
  for (let s = 0; s < series; s++) {
    const row: number[] = []
    for (let t = lastSecond - count + 1; t <= lastSecond; t++) row.push(Math.round(block[s * W + (t % W)]! * 1000) / 1000)
    rows.push(row)
  }
  return rows
}

/** Inverse of {@link blockToRows}. */
export function blockFromRows(rows: BlockRows, series: number, lastSecond: number): Float64Array {
  const W = METRICS_WINDOW_SECONDS
  const block = newBlock(series)
  for (let s = 0; s < series && s < rows.length; s++) {
    const row = rows[s]!
    for (let i = 0; i < row.length; i++) {
      const t = lastSecond - row.length + 1 + i
      if (t >= 0) block[s * W + (t % W)] = row[i]!
    }
  }
  return block
}

/** Serialized metrics of one table (see TableCapacity.getState). */
export interface MetricsState {
  /** Last second written (virtual seconds), -1 before any. */
  lastSecond: number
  /** Seconds kept (≤ METRICS_WINDOW_SECONDS). */
  count: number
  /** By resource: '' = the table, else the GSI name. */
  resources: Record<string, BlockRows>
  /** By resource, then partition id. */
  partitions: Record<string, Record<string, BlockRows>>
}

/** What {@link getMetrics} returns: one array per series, index i = second `from + i`. */
export interface MetricsWindow {
  /** First second (inclusive, virtual seconds). */
  from: number
  /** Last second (exclusive). */
  to: number
  table: Record<ResourceSeriesName, number[]>
  indexes: Record<string, Record<ResourceSeriesName, number[]>>
  partitions: {
    /** '' for the table, else the GSI name. */
    resource: string
    id: number
    start: number
    end: number
    series: Record<PartitionSeriesName, number[]>
  }[]
}

/** Series `names` of `block` for seconds [from, to); seconds outside the kept window read as 0. */
export function readSeries<N extends string>(block: Float64Array, names: readonly N[], from: number, to: number, oldest: number, newest: number): Record<N, number[]> {
  const W = METRICS_WINDOW_SECONDS
  const out = {} as Record<N, number[]>
  names.forEach((name, s) => {
    const row: number[] = []
    for (let t = from; t < to; t++) row.push(t >= oldest && t <= newest ? block[s * W + (t % W)]! : 0)
    out[name] = row
  })
  return out
}
