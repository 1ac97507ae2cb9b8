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

/**
 * Ring position of a partition key: 32-bit FNV-1a of the string (UTF-16 code units) followed by MurmurHash3's
 * fmix32 finalizer, as an unsigned integer. FNV-1a alone leaves keys that differ only in their last character
 * (`Candidate_A.0` … `Candidate_A.9`, the guide's write-sharding suffixes) within a few percent of the ring, so
 * they would all land on one partition; the finalizer spreads every input bit over the high bits that pick the
 * partition, as DynamoDB's internal hash function does
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-sharding.html).
 */
export function hashKey(key: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Index of the partition (0-based) that owns `hash` when the ring is split evenly into `count` ranges. */
export function partitionOfHash(hash: number, count: number): number {
  return Math.min(count - 1, Math.floor((hash / 4294967296) * count))
}
