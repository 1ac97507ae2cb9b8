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

/**
 * The context `Simulation.request` gives an operation. Same members as a plain {@link OperationContext}, but
 * the commonest records (one partition, one table-only ConsumedCapacity) are kept as plain fields until
 * someone reads `partitions` / `consumed` (the trace, when built): no arrays or capacity objects per request
 * for the trace log to keep alive. Record through {@link touchPartition} and {@link recordTableUnits}; pushing
 * onto `partitions` / `consumed` directly works too (the kept record comes first, in order).
 */
export class RequestContext implements OperationContext {
  readonly now: number
  tableName: string | undefined = undefined
  notes: Record<string, unknown> = {}
  #partitions: number[] | undefined = undefined
  /** The first partition touched while `#partitions` is not built (-1: none). */
  #partition = -1
  #consumed: ConsumedCapacity[] | undefined = undefined
  /** Table and units of a table-only capacity recorded while `#consumed` is not built (undefined: none). */
  #unitsTable: string | undefined = undefined
  /** Twice the units: an integer for read and write units (whole or half), kept unboxed. */
  #doubleUnits = 0

  constructor(now: number) {
    this.now = now
  }

  get partitions(): number[] {
    return (this.#partitions ??= this.#partition < 0 ? [] : [this.#partition])
  }

  set partitions(value: number[]) {
    this.#partitions = value
  }

  /** `partitions.length`, without building the array. */
  get partitionCount(): number {
    return this.#partitions !== undefined ? this.#partitions.length : this.#partition < 0 ? 0 : 1
  }

  get consumed(): ConsumedCapacity[] {
    if (this.#consumed === undefined) {
      this.#consumed = this.#unitsTable === undefined ? [] : [tableConsumedCapacity(this.#unitsTable, this.#doubleUnits / 2)]
    }
    return this.#consumed
  }

  set consumed(value: ConsumedCapacity[]) {
    this.#consumed = value
  }

  /** `partitions.push(p)`. */
  touchPartition(p: number): void {
    if (this.#partitions === undefined && this.#partition < 0) this.#partition = p
    else this.partitions.push(p)
  }

  /** `consumed.push(<table-only ConsumedCapacity>)`. */
  recordTableUnits(tableName: string, units: number): void {
    if (this.#consumed === undefined && this.#unitsTable === undefined) {
      this.#unitsTable = tableName
      this.#doubleUnits = units * 2
    } else this.consumed.push(tableConsumedCapacity(tableName, units))
  }
}

/** The full ConsumedCapacity of a request that touched no index (as `fullConsumedCapacity(tableName, tableOnly(units))`). */
function tableConsumedCapacity(tableName: string, units: number): ConsumedCapacity {
  return { TableName: tableName, CapacityUnits: units, Table: { CapacityUnits: units } }
}

/** Records a partition the operation touched (`ctx.partitions.push(p)`). */
export function touchPartition(ctx: OperationContext, p: number): void {
  if (ctx instanceof RequestContext) ctx.touchPartition(p)
  else ctx.partitions.push(p)
}

/**
 * Records the consumed capacity of a request that touched no index: the same entry as
 * `recordCapacity(ctx, tableName, tableOnly(units))` (consumedCapacity.ts).
 */
export function recordTableUnits(ctx: OperationContext, tableName: string, units: number): void {
  if (ctx instanceof RequestContext) ctx.recordTableUnits(tableName, units)
  else ctx.consumed.push(tableConsumedCapacity(tableName, units))
}
