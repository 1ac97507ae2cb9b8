import type { ConsumedCapacity } from './types.ts'

/**
 * What an operation reports about itself while it runs, for the trace (not the response): the table it
 * addressed, the partition(s) it touched and the capacity it consumed (even when the caller did not ask
 * for ReturnConsumedCapacity).
 */
export interface OperationContext {
  /** Virtual ms at which the request reached DynamoDB. */
  readonly now: number
  tableName?: string
  /** Partitions touched, by index, in order. */
  partitions: number[]
  /** Total consumed capacity, by table. */
  consumed: ConsumedCapacity[]
  /** Free-form learner-facing facts (e.g. `{ itemSizeBytes: 812 }`). */
  notes: Record<string, unknown>
}

export function newOperationContext(now: number): OperationContext {
  return { now, partitions: [], consumed: [], notes: {} }
}
