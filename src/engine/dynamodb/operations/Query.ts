import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { AttributeValue, ConsumedCapacity, Item } from '../types.ts'
import type { Table } from '../Table.ts'
import type { ValidatedQuery } from '../validation/Query.ts'
import type { ReadTarget } from '../indexes/readTarget.ts'
import { ValidationException } from '../errors.ts'
import { validateQuery } from '../validation/Query.ts'
import { requireItemTable } from '../validation/keys.ts'
import { checkKeyConditions } from '../validation/keyConditions.ts'
import { matchesCondition } from '../validation/legacyConditions.ts'
import { equalValues } from '../expressions/values.ts'
import { resolveReadTarget } from '../indexes/readTarget.ts'
import { queryCandidates } from '../indexes/queryRange.ts'
import { readPage } from '../indexes/readPage.ts'
import { MSG_START_KEY_INVALID, checkGsiAllAttributes, checkKeyPaths, checkGsiProjection, checkStartKeyPiece, checkStartKeyTableKey, effectiveSelect, needsTableFetch } from '../indexes/readChecks.ts'
import { consumedCapacityFor, recordCapacity } from '../consumedCapacity.ts'
import { chargeRead } from '../physics/index.ts'
import { chargeFor } from '../indexes/readPage.ts'
import { keyString } from '../attributes/keys.ts'
import { hashKey } from '../partitions.ts'
import { replicaQueryCandidates } from '../replication/readViews.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html#API_Query_ResponseSyntax */
export interface QueryOutput {
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
 * Query: reads one item collection of the table, an LSI or a GSI in sort key order (ScanIndexForward),
 * limited by the key condition, `Limit` and 1 MB of data read, then applies the filter and projection.
 * Capacity: the entries read (before the filter) summed, rounded up to 4 KB once, halved for eventually
 * consistent reads; charged to the table, the LSI (plus table fetches) or the GSI (AWS-FACTS §2).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html
 * @throws ValidationException, SerializationException, ResourceNotFoundException
 */
export function query(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): QueryOutput {
  const v = validateQuery(raw)
  const input = v.input
  const table = requireItemTable(db.tables, input.TableName)
  ctx.tableName = table.name
  const target = resolveReadTarget(table, input.IndexName, input.ConsistentRead)
  const startKey = v.exclusiveStartKey
  if (startKey && Object.keys(startKey).length !== target.startKeyNames.length) throw new ValidationException(MSG_START_KEY_INVALID)
  const typeOfKey = (name: string): string => table.attributeType(name) ?? 'S'
  checkKeyConditions(v.keyConditions, target.keySchema, typeOfKey, startKey ? (name, type, isHash) => checkStartKeyPiece(startKey, name, type, isHash) : undefined)
  if (startKey) checkStartKeyBounds(target, v, startKey)
  checkKeyPaths(target, v.projectionNestedNames)
  for (const name of [target.hashKey, target.rangeKey]) {
    if (name !== undefined && v.filterNames.includes(name)) {
      throw new ValidationException(`${v.filterLabel} can only contain non-primary key attributes: Primary key attribute: ${name}`)
    }
  }
  const select = effectiveSelect(target, v)
  checkGsiAllAttributes(target, select)
  checkKeyPaths(target, v.filterNestedNames)
  checkGsiProjection(target, v)

  const consistent = input.ConsistentRead === true
  const hashValue = v.keyConditions[target.hashKey]!.AttributeValueList[0]!
  ctx.partitions.push(queryPartition(table, target, hashValue))
  const forward = input.ScanIndexForward !== false
  const candidates = replicaQueryCandidates(db, target, queryCandidates(target, v.keyConditions, forward, startKey), consistent, ctx, { keyConditions: v.keyConditions, forward, startKey })
  const page = readPage(target, candidates, {
    limit: input.Limit,
    consistent,
    fetch: needsTableFetch(target, v, select),
    select,
    ...(v.filter ? { filter: v.filter } : {}),
    ...(v.project ? { project: v.project } : {}),
  })
  chargeRead(db, table, ctx, chargeFor(target, page.capacity, { [target.hashKey]: hashValue }))
  recordCapacity(ctx, input.TableName, page.capacity)
  Object.assign(ctx.notes, { consistentRead: consistent, bytesRead: page.bytesRead, Count: page.Count, ScannedCount: page.ScannedCount })
  if (target.indexName) {
    ctx.notes['indexName'] = target.indexName
    // A GSI's partitions are its own (the trace's partition is the GSI's, not one of the table's).
    ctx.notes['indexKind'] = target.kind
  }

  const out: QueryOutput = { Count: page.Count, ScannedCount: page.ScannedCount }
  if (page.items) out.Items = page.items
  if (page.LastEvaluatedKey) out.LastEvaluatedKey = page.LastEvaluatedKey
  const consumed = consumedCapacityFor(input.ReturnConsumedCapacity, input.TableName, page.capacity)
  if (consumed) out.ConsumedCapacity = consumed
  return out
}

/**
 * The ExclusiveStartKey must be a key of the table and lie inside the key condition.
 * @throws ValidationException `The provided starting key is invalid: …`, `The provided starting key is outside
 *   query boundaries based on provided conditions`, `The provided starting key does not match the range key
 *   predicate`, `The query can return at most one row and cannot be restarted`
 */
function checkStartKeyBounds(target: ReadTarget, v: ValidatedQuery, startKey: Item): void {
  checkStartKeyTableKey(target, startKey)
  const hashValue = v.keyConditions[target.hashKey]!.AttributeValueList[0]!
  const sameHash = equalValues(startKey[target.hashKey]!, hashValue)
  const rangeCondition = target.rangeKey === undefined ? undefined : v.keyConditions[target.rangeKey]
  if (!rangeCondition) {
    if (!sameHash) throw new ValidationException('The provided starting key is outside query boundaries based on provided conditions')
    return
  }
  if (!matchesCondition(startKey[target.rangeKey!], rangeCondition)) throw new ValidationException('The provided starting key does not match the range key predicate')
  if (!sameHash) throw new ValidationException('The query can return at most one row and cannot be restarted')
}

/**
 * Partition a Query reads (for the trace): the table partition of the partition key value for the table or
 * an LSI (same item collection), the GSI's own partition of the index key for a GSI — as the capacity
 * physics places the read, after any splits (partitions are not all the same width).
 */
function queryPartition(table: Table, target: ReadTarget, hashValue: AttributeValue): number {
  if (target.kind !== 'GSI') return table.partitionOf({ [table.hashKey]: hashValue })
  const cap = table.capacity
  cap.sync(table, cap.now())
  const g = cap.index(target.indexName!)
  return g ? cap.partitionIndex(g, hashKey(keyString(hashValue))) : 0
}
