/**
 * Capacity unit arithmetic, exactly as DynamoDB bills it.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html
 * (../../../../shared/AWS-FACTS.md §2). 1 KB = 1024 bytes.
 *
 * The quiz's generated questions call these same functions, so the quiz and the simulator agree.
 */

/** Bytes per read capacity unit (4 KB). */
export const READ_UNIT_BYTES = 4096
/** Bytes per write capacity unit (1 KB). */
export const WRITE_UNIT_BYTES = 1024

/**
 * RCU for reading `bytes` in one request unit: ceil(bytes / 4 KB), halved for an eventually consistent
 * read, doubled for a transactional read. A read of nothing (item not found) still costs one unit.
 */
export function readUnits(bytes: number, consistency: 'eventual' | 'strong' | 'transactional' = 'eventual'): number {
  const units = Math.max(1, Math.ceil(bytes / READ_UNIT_BYTES))
  return consistency === 'eventual' ? units / 2 : consistency === 'transactional' ? units * 2 : units
}

/** WCU for writing `bytes`: ceil(bytes / 1 KB), at least 1; doubled for a transactional write. */
export function writeUnits(bytes: number, transactional = false): number {
  const units = Math.max(1, Math.ceil(bytes / WRITE_UNIT_BYTES))
  return transactional ? units * 2 : units
}
