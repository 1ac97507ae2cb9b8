/**
 * Settings of the consistency model (how long replicas and global secondary indexes lag behind the leader).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadConsistency.html
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.Writes
 * (../../../../../shared/AWS-FACTS.md §2, §5).
 *
 * DynamoDB keeps three copies of every partition, one per Availability Zone. A write is acknowledged by the
 * leader; the two other replicas apply it a little later. AWS documents no figure beyond "usually within a
 * second" (reads) and "within a fraction of a second" (GSIs), so the lag is a model, not a measurement.
 *
 * All three figures default to 0 (no stale reads): the virtual clock does not move between back-to-back
 * requests, so any positive default would make a read sent "right after" a write (same virtual instant) stale,
 * which a real client almost never sees because the lag is shorter than its request round trip. The UI
 * widens the lag (e.g. to seconds) to make stale reads easy to show; {@link TYPICAL_REPLICATION} is a
 * realistic setting for load runs, whose requests are spread over virtual time.
 */
export interface ReplicationSettings {
  /** Base delay, virtual ms, before each follower replica applies a write. @default 0 */
  lagMs: number
  /** Extra seeded random delay per follower per write, uniform in [0, jitterMs) virtual ms. @default 0 */
  jitterMs: number
  /** Delay, virtual ms, before a change shows in the table's GSIs (LSIs are always synchronous). @default 0 */
  gsiLagMs: number
}

/** The defaults: replicas and GSIs in step with the leader (see {@link ReplicationSettings}). */
export const DEFAULT_REPLICATION: Readonly<ReplicationSettings> = { lagMs: 0, jitterMs: 0, gsiLagMs: 0 }

/** A realistic setting (a few ms of replica lag, tens of ms for GSIs) for load runs. A teaching model. */
export const TYPICAL_REPLICATION: Readonly<ReplicationSettings> = { lagMs: 3, jitterMs: 4, gsiLagMs: 50 }

/** Replica names, index = replica number: 0 is the leader (the one strongly consistent reads use). */
export const REPLICA_NAMES = ['leader (AZ a)', 'replica (AZ b)', 'replica (AZ c)'] as const

/** Checks a settings patch; returns the error text, or undefined when valid. */
export function checkReplicationSettings(s: Partial<ReplicationSettings>): string | undefined {
  for (const [k, v] of Object.entries(s)) {
    if (!['lagMs', 'jitterMs', 'gsiLagMs'].includes(k)) return `Unknown replication setting ${k}`
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return `${k} must be a number >= 0 (virtual ms)`
  }
  return undefined
}
