import type { DynamoDB } from '../DynamoDB.ts'
import { burstMaxFor } from './partitionLayout.ts'
import { resourceRate } from './TableCapacity.ts'
import { burstAt } from './tokenBucket.ts'

/** One partition as the partition map shows it (burst levels as of the current virtual time). */
export interface PartitionView {
  id: number
  /** Hash ring range [start, end) of 2^32. */
  start: number
  end: number
  /** Per-second rates (provisioned share, or the on-demand ceilings). */
  rcu: number
  wcu: number
  /** Burst bucket levels and maxima (units). */
  burstRead: number
  burstWrite: number
  burstReadMax: number
  burstWriteMax: number
}

/** The table or a GSI with its partitions. */
export interface ResourceView {
  /** '' for the table, else the GSI name. */
  index: string
  arn: string
  billingMode: 'PROVISIONED' | 'PAY_PER_REQUEST'
  /** Resource-wide per-second limit: provisioned RCU/WCU, or on-demand 2 × previous peak. */
  readLimit: number
  writeLimit: number
  partitions: PartitionView[]
}

/**
 * The table's and its GSIs' partitions, for the partition map.
 * @throws ResourceNotFoundException
 */
export function describePartitions(db: DynamoDB, tableName: string): ResourceView[] {
  const table = db.requireTable(tableName)
  const cap = table.capacity
  const now = db.clock.now()
  cap.clock = db.clock
  cap.advance(table, now)
  return [cap.table, ...cap.indexes].map((r) => {
    const s = r.state
    return {
      index: r.key,
      arn: s.arn,
      billingMode: s.billing,
      readLimit: resourceRate(s, false),
      writeLimit: resourceRate(s, true),
      partitions: s.partitions.map((p) => ({
        id: p.id,
        start: p.start,
        end: p.end,
        rcu: p.rcu,
        wcu: p.wcu,
        burstRead: burstAt(p.read, p.rcu, burstMaxFor(s.billing, p.rcu), now),
        burstWrite: burstAt(p.write, p.wcu, burstMaxFor(s.billing, p.wcu), now),
        burstReadMax: burstMaxFor(s.billing, p.rcu),
        burstWriteMax: burstMaxFor(s.billing, p.wcu),
      })),
    }
  })
}
