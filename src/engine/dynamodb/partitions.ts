/**
 * Partition placement. DynamoDB hashes the partition key value and each partition owns a contiguous
 * range of the hash space; we model the hash space as 32-bit integers on a ring, split evenly.
 * The hash function (FNV-1a over the key's canonical string) is our model, not AWS's internal hash.
 *
 * Partition count follows the classic published rule (../../../../shared/AWS-FACTS.md §3.1):
 * one partition per 3,000 RCU + 1,000 WCU (summed) and per 10 GB, at least 1.
 */

/** Per-partition ceilings. @default 3000 RCU, 1000 WCU, 10 GB */
export const PARTITION_MAX_RCU = 3000
export const PARTITION_MAX_WCU = 1000
export const PARTITION_MAX_BYTES = 10 * 1024 * 1024 * 1024

/** ceil(max(RCU/3000 + WCU/1000, bytes/10 GB)), at least 1. */
export function partitionCountFor(rcu: number, wcu: number, bytes: number): number {
  return Math.max(1, Math.ceil(Math.max(rcu / PARTITION_MAX_RCU + wcu / PARTITION_MAX_WCU, bytes / PARTITION_MAX_BYTES)))
}

/** 32-bit FNV-1a hash of a string (UTF-16 code units), as an unsigned integer. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Index of the partition (0-based) that owns `hash` when the ring is split evenly into `count` ranges. */
export function partitionOfHash(hash: number, count: number): number {
  return Math.min(count - 1, Math.floor((hash / 4294967296) * count))
}
