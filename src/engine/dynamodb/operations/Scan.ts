import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { ConsumedCapacity, Item } from '../types.ts'
import { ValidationException } from '../errors.ts'
import { validateScan } from '../validation/Scan.ts'
import { requireItemTable } from '../validation/keys.ts'
import { resolveReadTarget } from '../indexes/readTarget.ts'
import { scanCandidates, segmentOf } from '../indexes/scanOrder.ts'
import { readPage } from '../indexes/readPage.ts'
import { MSG_START_KEY_INVALID, checkGsiAllAttributes, checkKeyPaths, checkGsiProjection, checkStartKeyPiece, checkStartKeyTableKey, effectiveSelect, needsTableFetch } from '../indexes/readChecks.ts'
import { consumedCapacityFor, recordCapacity } from '../consumedCapacity.ts'
import { chargeRead } from '../physics/index.ts'
import { chargeFor } from '../indexes/readPage.ts'
import { replicaScanCandidates } from '../replication/readViews.ts'

export type { ScanInput } from '../validation/Scan.ts'
export { PAGE_BYTES as SCAN_PAGE_BYTES } from '../indexes/readPage.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html#API_Scan_ResponseSyntax */
export interface ScanOutput {
  /** Absent for Select COUNT. */
  Items?: Item[]
  /** Items returned (after the filter). */
  Count: number
  /** Items read (before the filter). */
  ScannedCount: number
  LastEvaluatedKey?: Item
  ConsumedCapacity?: ConsumedCapacity
}

/**
 * Scan: reads the table or an index in Scan order (a parallel Scan reads one segment of it), up to `Limit`
 * items or 1 MB of data, then applies the filter and projection; returns a LastEvaluatedKey when it stopped
 * early. Capacity: the sizes of all entries read, summed, rounded up to 4 KB once, halved for eventually
 * consistent reads (AWS-FACTS §2).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html
 * @throws ValidationException, SerializationException, ResourceNotFoundException
 */
export function scan(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): ScanOutput {
  const v = validateScan(raw)
  const input = v.input
  const table = requireItemTable(db.tables, input.TableName)
  ctx.tableName = table.name
  const startKey = v.exclusiveStartKey
  // With a filter, an unknown index is reported as such even with an ExclusiveStartKey (dynalite test/scan.js, recorded).
  const filtered = raw['FilterExpression'] != null || raw['ScanFilter'] != null
  const target = resolveReadTarget(table, input.IndexName, input.ConsistentRead, startKey !== undefined && !filtered)
  if (startKey && Object.keys(startKey).length !== target.startKeyNames.length) {
    throw new ValidationException(target.kind === 'table' ? `${MSG_START_KEY_INVALID}: The provided key element does not match the schema` : MSG_START_KEY_INVALID)
  }
  if (startKey && target.kind !== 'table') {
    for (const k of [...target.keySchema].sort((a, b) => (a.KeyType === b.KeyType ? 0 : a.KeyType === 'HASH' ? -1 : 1))) {
      checkStartKeyPiece(startKey, k.AttributeName, table.attributeType(k.AttributeName) ?? 'S', k.KeyType === 'HASH')
    }
  }
  const select = effectiveSelect(target, v)
  checkGsiAllAttributes(target, select)
  if (startKey) checkStartKeyTableKey(target, startKey)
  const segment = input.TotalSegments !== undefined ? { Segment: input.Segment!, TotalSegments: input.TotalSegments } : undefined
  if (startKey && segment && segment.TotalSegments > 1 && segmentOf(startKey[target.hashKey]!, segment.TotalSegments) !== segment.Segment) {
    throw new ValidationException(
      `${MSG_START_KEY_INVALID}: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. TotalSegments: ${segment.TotalSegments} Segment: ${segment.Segment}`,
    )
  }
  checkKeyPaths(target, v.projectionNestedNames)
  checkKeyPaths(target, v.filterNestedNames)
  checkGsiProjection(target, v)

  const consistent = input.ConsistentRead === true
  const page = readPage(target, replicaScanCandidates(db, target, scanCandidates(target, segment, startKey), consistent, ctx, { segment, startKey }), {
    limit: input.Limit,
    consistent,
    fetch: needsTableFetch(target, v, select),
    select,
    ...(v.filter ? { filter: v.filter } : {}),
    ...(v.project ? { project: v.project } : {}),
  })
  chargeRead(db, table, ctx, chargeFor(target, page.capacity, page.read[0]))
  const partitions = new Set(page.read.map((it) => table.partitionOf(it)))
  ctx.partitions.push(...(partitions.size ? [...partitions].sort((a, b) => a - b) : [0]))
  recordCapacity(ctx, input.TableName, page.capacity)
  Object.assign(ctx.notes, { consistentRead: consistent, bytesRead: page.bytesRead, Count: page.Count, ScannedCount: page.ScannedCount })
  if (target.indexName) ctx.notes['indexName'] = target.indexName

  const out: ScanOutput = { Count: page.Count, ScannedCount: page.ScannedCount }
  if (page.items) out.Items = page.items
  if (page.LastEvaluatedKey) out.LastEvaluatedKey = page.LastEvaluatedKey
  const consumed = consumedCapacityFor(input.ReturnConsumedCapacity, input.TableName, page.capacity)
  if (consumed) out.ConsumedCapacity = consumed
  return out
}
