import type { BillingMode } from '../types.ts'
import type { MetricsState } from './metrics.ts'

/**
 * Plain-JSON state of DynamoDB's capacity physics for one table: its partitions (and each GSI's), their
 * token buckets, the on-demand peak tracker and auto scaling. Serialized with the table
 * (`Table.getState().capacity`), so a snapshot restores throttling exactly where it was.
 *
 * Units: capacity units (RCU/WCU, or RRU/WRU on-demand) and virtual milliseconds (`clock.now()`).
 * Facts: ../../../../../shared/AWS-FACTS.md §3.
 */

/** Seconds of unused capacity a partition keeps for bursts. @default 300 (bp-partition-key-design.html) */
export const BURST_SECONDS = 300
/** Size of the hash ring (32-bit). */
export const RING_SIZE = 4294967296
/** A new on-demand table's "previous peak": it serves 2× that at once (4,000 WRU / 12,000 RRU). */
export const ON_DEMAND_INITIAL_PEAK = { read: 6000, write: 2000 } as const
/** A peak becomes the on-demand "previous peak" this long after it was reached. @default 1800 s */
export const ON_DEMAND_PEAK_DELAY_S = 1800

/**
 * A token bucket, refilled lazily from elapsed virtual time. `tokens` holds at most one second of the
 * rate; what overflows goes into `burst` (at most {@link BURST_SECONDS} × rate). `tokens` may be negative
 * (debt) after a request larger than what was left: DynamoDB charges the real size after serving it.
 */
export interface BucketState {
  tokens: number
  burst: number
  /** Virtual ms of the last refill; -1 = never used (full at first touch). */
  at: number
}

/** One partition: a range [start, end) of the 32-bit hash ring and its share of throughput. */
export interface PartitionState {
  /** Stable id (children of a split get new ids). */
  id: number
  start: number
  end: number
  /** Per-second read rate of this partition (provisioned share, or the 3,000 RRU ceiling on-demand). */
  rcu: number
  /** Per-second write rate (provisioned share, or the 1,000 WRU ceiling on-demand). */
  wcu: number
  read: BucketState
  write: BucketState
}

/** On-demand "previous peak" tracker for reads or writes. */
export interface PeakState {
  /** Previous peak (units/s) in force now; the table serves up to 2× this. */
  peak: number
  /** Newer, higher peaks waiting {@link ON_DEMAND_PEAK_DELAY_S}: flat [value, second, value, second, …]. */
  pending: number[]
}

/** Capacity state of the table itself or of one GSI. */
export interface ResourceState {
  /** Table name, or the GSI's IndexName. */
  name: string
  /** ARN used in ThrottlingReasons (`…:table/T` or `…:table/T/index/I`). */
  arn: string
  billing: BillingMode
  /** Applied provisioned RCU/WCU (0 on-demand). */
  rcu: number
  wcu: number
  partitions: PartitionState[]
  /** Resource-wide one-second buckets: unused table capacity (adaptive) / on-demand limit. */
  read: BucketState
  write: BucketState
  onDemand: { read: PeakState; write: PeakState }
  /**
   * On-demand maximum (OnDemandThroughput MaxRead/MaxWriteRequestUnits) in force; absent or -1 = none.
   * Absent in older snapshots and on resources that never had one.
   */
  maxRead?: number
  maxWrite?: number
  /** Next partition id. */
  nextId: number
}

/** Target tracking settings for reads or writes. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html */
export interface ScalingPolicy {
  /** Minimum capacity units. */
  min: number
  /** Maximum capacity units. */
  max: number
  /** Target utilization, percent (20–90). @default 70 */
  target: number
}

/** One auto scaling decision, for the UI. */
export interface ScalingActivity {
  /** Virtual ms. */
  at: number
  /** GSI name; absent for the table. */
  index?: string
  dimension: 'read' | 'write'
  from: number
  to: number
  /** 'Successful', or the error name when UpdateTable refused (e.g. LimitExceededException). */
  status: string
  message?: string
}

/** A policy plus its alarm state: consecutive data points above / below the target. */
export type ScalingPolicyState = ScalingPolicy & { above: number; below: number }

export interface AutoScalingState {
  read?: ScalingPolicyState
  write?: ScalingPolicyState
  /** Per GSI name. */
  indexes?: Record<string, { read?: ScalingPolicyState; write?: ScalingPolicyState }>
  /** Virtual ms of the next evaluation tick (-1 = none scheduled). */
  nextTickAt: number
  /** Newest last, at most 50. */
  activities: ScalingActivity[]
}

/** Capacity state of a table (serialized in TableState.capacity). */
export interface CapacityState {
  table: ResourceState
  indexes: ResourceState[]
  autoScaling?: AutoScalingState
  /** Table size at the last size-split check. */
  checkedBytes: number
  metrics?: MetricsState
  /** Adaptive capacity's isolation window (isolation.ts); absent in older snapshots and before any charge with it on. */
  isolation?: IsolationState
}

/** Isolation window in progress: the switch as of the last charge, the window's first second, the traffic per resource key ('' = table). */
export interface IsolationState {
  adaptive: boolean
  from: number
  heat: Record<string, Record<string, { rings: number[]; weights: number[] }>>
}
