import type { DynamoDB } from '../DynamoDB.ts'
import type { Table } from '../Table.ts'

/**
 * Time to Live: per-table state and the modeled timings.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TTL.html
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html
 * ../../../../../shared/AWS-FACTS.md §6
 */

/** A table's TTL setting, stored in `TableMeta.timeToLive` (plain JSON, so it survives snapshots). */
export interface TimeToLiveState {
  /** The TTL attribute (top-level, Number holding Unix epoch seconds). */
  AttributeName: string
  Enabled: boolean
  /** Virtual ms of the last successful UpdateTimeToLive (starts the status transition and the cooldown). */
  changedAt: number
}

/** DescribeTimeToLive's TimeToLiveStatus. */
export type TimeToLiveStatus = 'ENABLING' | 'ENABLED' | 'DISABLING' | 'DISABLED'

/**
 * Modeled TTL timings, in virtual ms (`db.ttl`). The local endpoint and tests may shorten them.
 */
export interface TtlSettings {
  /**
   * How often the background sweeper looks for expired items. AWS gives no figure.
   * @default 900000 (15 minutes)
   */
  sweepIntervalMs: number
  /**
   * Longest delay between expiry and deletion. Each item gets a fixed delay in [0, maxDelayMs] derived from
   * its key (deterministic), and is deleted by the first sweep after expiry + delay. AWS: "typically within
   * a few days of their expiration" (developer guide), "within two days" (API reference).
   * @default 172800000 (48 hours)
   */
  maxDelayMs: number
  /**
   * ENABLING/DISABLING duration after UpdateTimeToLive. AWS says it "can take up to one hour"; probes in 2026
   * saw the settled status within 2 s and never observed ENABLING/DISABLING at 1 s polling.
   * @default 0
   */
  transitionMs: number
  /**
   * After a successful UpdateTimeToLive, another one for the table is rejected for this long ("Time to live
   * has been modified multiple times within a fixed interval"). AWS documents one hour (AWS-FACTS §6); a 2026
   * probe measured ~31 min (1,872 s; public ack-api-quirks DDB-TABLE-143), so set 1860000 to match that.
   * @default 3600000 (1 hour, as documented)
   */
  cooldownMs: number
}

/** Defaults (see {@link TtlSettings}). */
export const DEFAULT_TTL_SETTINGS: Readonly<TtlSettings> = Object.freeze({
  sweepIntervalMs: 15 * 60_000,
  maxDelayMs: 48 * 3_600_000,
  transitionMs: 0,
  cooldownMs: 3_600_000,
})

/** Items whose TTL value is more than five years in the past are never deleted (AWS's guard against bad values). */
export const TTL_MAX_PAST_SECONDS = 5 * 365 * 86_400

/** The table's TTL setting, if UpdateTimeToLive was ever called. */
export function ttlState(table: Table): TimeToLiveState | undefined {
  return table.meta.timeToLive
}

/** TimeToLiveStatus at the current virtual time. */
export function ttlStatus(db: DynamoDB, table: Table): TimeToLiveStatus {
  const s = ttlState(table)
  if (!s) return 'DISABLED'
  const settling = db.clock.now() < s.changedAt + db.ttl.transitionMs
  if (s.Enabled) return settling ? 'ENABLING' : 'ENABLED'
  return settling ? 'DISABLING' : 'DISABLED'
}

/**
 * The item's expiry in epoch seconds when TTL applies to it: a top-level Number attribute, not more than
 * five years before `nowS`. Undefined for absent, non-Number or unparsable values (AWS ignores them).
 */
export function expiryOf(item: Record<string, unknown>, attributeName: string, nowS: number): number | undefined {
  const v = item[attributeName] as { N?: unknown } | undefined
  if (!v || typeof v !== 'object' || typeof v.N !== 'string') return undefined
  const n = Number(v.N)
  if (!Number.isFinite(n)) return undefined
  if (n < nowS - TTL_MAX_PAST_SECONDS) return undefined
  return n
}
