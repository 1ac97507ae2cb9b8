import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { ConsumedCapacity, Item, ReturnConsumedCapacity } from '../types.ts'
import { ValidationException } from '../errors.ts'
import { checkEnum, checkTableName, throwConstraintErrors, RETURN_CONSUMED_CAPACITY, type ConstraintErrors } from '../validation/common.ts'
import { requireItemTable, validateKey } from '../validation/keys.ts'
import { itemSize } from '../attributes/size.ts'
import { readUnits } from '../capacity.ts'
import { compareScanOrder, itemsInScanOrder } from '../keyOrder.ts'
import { pickKey } from '../attributes/keys.ts'
import { partitionOfHash } from '../partitions.ts'

/** Scan input (subset implemented in this slice). https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html */
export interface ScanInput {
  TableName: string
  Limit?: number
  ExclusiveStartKey?: Item
  ConsistentRead?: boolean
  Select?: 'ALL_ATTRIBUTES' | 'COUNT'
  Segment?: number
  TotalSegments?: number
  ReturnConsumedCapacity?: ReturnConsumedCapacity
}

export interface ScanOutput {
  Items?: Item[]
  Count: number
  ScannedCount: number
  LastEvaluatedKey?: Item
  ConsumedCapacity?: ConsumedCapacity
}

/** Data read per Scan call before it stops with LastEvaluatedKey. @default 1 MB (1,048,576 bytes) */
export const SCAN_PAGE_BYTES = 1024 * 1024

function validate(input: Record<string, unknown>): void {
  const errors: ConstraintErrors = []
  checkTableName(errors, input['TableName'])
  checkEnum(errors, input['Select'], 'select', ['SPECIFIC_ATTRIBUTES', 'COUNT', 'ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES'])
  checkEnum(errors, input['ReturnConsumedCapacity'], 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
  const limit = input['Limit']
  if (limit !== undefined && (typeof limit !== 'number' || limit < 1)) {
    errors.push(`Value '${String(limit)}' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1`)
  }
  const total = input['TotalSegments']
  if (total !== undefined && typeof total === 'number' && total > 1_000_000) {
    errors.push(`Value '${total}' at 'totalSegments' failed to satisfy constraint: Member must have value less than or equal to 1000000`)
  }
  if (total !== undefined && typeof total === 'number' && total < 1) {
    errors.push(`Value '${total}' at 'totalSegments' failed to satisfy constraint: Member must have value greater than or equal to 1`)
  }
  const segment = input['Segment']
  if (segment !== undefined && typeof segment === 'number' && segment < 0) {
    errors.push(`Value '${segment}' at 'segment' failed to satisfy constraint: Member must have value greater than or equal to 0`)
  }
  throwConstraintErrors(errors)
  if (segment !== undefined && total === undefined) {
    throw new ValidationException('The TotalSegments parameter is required but was not present in the request when Segment parameter is present')
  }
  if (total !== undefined && segment === undefined) {
    throw new ValidationException('The Segment parameter is required but was not present in the request when parameter TotalSegments is present')
  }
  if (typeof segment === 'number' && typeof total === 'number' && segment >= total) {
    throw new ValidationException(`The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: ${segment} is not less than TotalSegments: ${total}`)
  }
}

/**
 * Scan: reads items in partition order, up to `Limit` items or 1 MB of data, and returns a
 * LastEvaluatedKey when it stopped early. Capacity: the sizes of all items read, summed, rounded up to
 * 4 KB once, halved for eventually consistent reads.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html
 * @throws ValidationException, ResourceNotFoundException
 */
export function scan(db: DynamoDB, input: ScanInput, ctx: OperationContext): ScanOutput {
  validate(input as unknown as Record<string, unknown>)
  const table = requireItemTable(db.tables, input.TableName)
  ctx.tableName = table.name
  if (input.ExclusiveStartKey) {
    try {
      validateKey(table, input.ExclusiveStartKey)
    } catch (e) {
      throw new ValidationException(`The provided starting key is invalid: ${(e as Error).message}`, { cause: e })
    }
  }
  let rows = itemsInScanOrder(table)
  if (input.TotalSegments !== undefined) {
    rows = rows.filter((it) => partitionOfHash(table.ringPosition(it), input.TotalSegments!) === input.Segment)
  }
  let start = 0
  if (input.ExclusiveStartKey) {
    const startKey = input.ExclusiveStartKey
    const idx = rows.findIndex((it) => compareScanOrder(table, it, startKey) > 0)
    start = idx >= 0 ? idx : rows.length
  }
  const limit = input.Limit ?? Infinity
  const items: Item[] = []
  let bytes = 0
  let i = start
  for (; i < rows.length && items.length < limit && bytes < SCAN_PAGE_BYTES; i++) {
    const item = rows[i]!
    bytes += itemSize(item)
    items.push(item)
  }
  const partitions = new Set(items.map((it) => table.partitionOf(it)))
  ctx.partitions.push(...(partitions.size ? [...partitions].sort((a, b) => a - b) : [0]))
  const consistent = input.ConsistentRead === true
  ctx.notes['consistentRead'] = consistent
  const units = readUnits(bytes, consistent ? 'strong' : 'eventual')
  const consumed: ConsumedCapacity = { TableName: table.name, CapacityUnits: units }
  ctx.consumed.push(consumed)
  const out: ScanOutput = { Count: items.length, ScannedCount: items.length }
  if (input.Select !== 'COUNT') out.Items = items.map((it) => structuredCopy(it))
  if (i < rows.length) out.LastEvaluatedKey = pickKey(items[items.length - 1]!, table.hashKey, table.rangeKey)
  if (input.ReturnConsumedCapacity === 'TOTAL') out.ConsumedCapacity = consumed
  if (input.ReturnConsumedCapacity === 'INDEXES') out.ConsumedCapacity = { ...consumed, Table: { CapacityUnits: units } }
  return out
}

function structuredCopy<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T
}
