import type { DynamoDB } from '../DynamoDB.ts'
import { DYNAMODB_PRICES_US_EAST_1, type DynamoDBPrices } from './prices.ts'
import { METRICS_WINDOW_SECONDS as W, R_CONSUMED_READ, R_CONSUMED_WRITE } from './metrics.ts'

/**
 * Cost estimate of a workload in both capacity modes (throughput only: storage, backups, Streams reads and
 * data transfer are not included). Prices: ./prices.ts.
 */

/** A workload in capacity units per second (RCU/WCU = RRU/WRU: the same arithmetic, AWS-FACTS §2). */
export interface Workload {
  /** Read units consumed per second, on average. */
  readUnitsPerSecond: number
  /** Write units consumed per second, on average. */
  writeUnitsPerSecond: number
  /** Provisioned RCU/WCU to price; default: what the workload needs at `targetUtilization`. */
  provisionedRcu?: number
  provisionedWcu?: number
  /** Utilization the provisioned capacity is sized for, 0–1. @default 0.7 (auto scaling's default target) */
  targetUtilization?: number
}

export interface CostLine {
  perHour: number
  perMonth: number
}

export interface CostEstimate {
  provisioned: CostLine & { rcu: number; wcu: number }
  onDemand: CostLine
  /** The cheaper mode at this workload. */
  cheaper: 'PROVISIONED' | 'PAY_PER_REQUEST'
  prices: DynamoDBPrices
}

/** $/hour and $/month of `w` in provisioned and on-demand mode. */
export function estimateCost(w: Workload, prices: DynamoDBPrices = DYNAMODB_PRICES_US_EAST_1): CostEstimate {
  const target = w.targetUtilization ?? 0.7
  const rcu = w.provisionedRcu ?? Math.max(1, Math.ceil(w.readUnitsPerSecond / target))
  const wcu = w.provisionedWcu ?? Math.max(1, Math.ceil(w.writeUnitsPerSecond / target))
  const pHour = rcu * prices.provisionedRcuHour + wcu * prices.provisionedWcuHour
  const oHour =
    ((w.readUnitsPerSecond * 3600) / 1e6) * prices.onDemandPerMillionReadRequestUnits +
    ((w.writeUnitsPerSecond * 3600) / 1e6) * prices.onDemandPerMillionWriteRequestUnits
  return {
    provisioned: { rcu, wcu, perHour: pHour, perMonth: pHour * prices.hoursPerMonth },
    onDemand: { perHour: oHour, perMonth: oHour * prices.hoursPerMonth },
    cheaper: pHour <= oHour ? 'PROVISIONED' : 'PAY_PER_REQUEST',
    prices,
  }
}

/**
 * The table's current workload: consumed units per second averaged over the last `seconds` virtual
 * seconds (table and its GSIs), with the table's provisioned values when it is provisioned.
 * @throws ResourceNotFoundException
 */
export function currentWorkload(db: DynamoDB, tableName: string, seconds = 60): Workload {
  const table = db.requireTable(tableName)
  const cap = table.capacity
  cap.clock = db.clock
  cap.advance(table, db.clock.now())
  const n = Math.max(1, Math.min(seconds, cap.count))
  let read = 0
  let write = 0
  let rcu = 0
  let wcu = 0
  for (const r of [cap.table, ...cap.indexes]) {
    for (let t = cap.lastSecond - n + 1; t <= cap.lastSecond; t++) {
      if (t < 0) continue
      read += r.series[R_CONSUMED_READ * W + (t % W)]!
      write += r.series[R_CONSUMED_WRITE * W + (t % W)]!
    }
    rcu += r.state.rcu
    wcu += r.state.wcu
  }
  const w: Workload = { readUnitsPerSecond: read / n, writeUnitsPerSecond: write / n }
  if (table.meta.BillingMode === 'PROVISIONED') {
    w.provisionedRcu = rcu
    w.provisionedWcu = wcu
  }
  return w
}
