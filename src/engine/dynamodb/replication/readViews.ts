import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { Item } from '../types.ts'
import type { ReadTarget } from '../indexes/readTarget.ts'
import type { LegacyConditions } from '../validation/legacyConditions.ts'
import { matchesLegacyFilter } from '../validation/legacyConditions.ts'
import { compareInScanOrder, segmentOf } from '../indexes/scanOrder.ts'
import { compareKeyValues } from '../keyOrder.ts'
import { replicationOf } from './register.ts'
import { replicaRows } from './replicaRows.ts'

/**
 * Query candidates as the replica serving an eventually consistent Query has them (replicaRows.ts). Only
 * table reads lag this way: LSIs are read with their table's entries as stored, GSIs lag through `gsiLagMs`.
 * Returns `candidates` itself (lazy, unchanged) whenever nothing lags.
 */
export function replicaQueryCandidates(
  db: DynamoDB,
  target: ReadTarget,
  candidates: Iterable<Item>,
  consistent: boolean,
  ctx: OperationContext,
  q: { keyConditions: LegacyConditions; forward: boolean; startKey: Item | undefined },
): Iterable<Item> {
  const model = replicationOf(db)
  if (!model || target.kind !== 'table') return candidates
  const range = target.rangeKey
  const order = (x: Item, y: Item): number => (range === undefined ? 0 : compareKeyValues(x[range]!, y[range]!))
  const compare = q.forward ? order : (x: Item, y: Item) => order(y, x)
  const start = q.startKey
  const include = (item: Item): boolean => matchesLegacyFilter(item, q.keyConditions) && (start === undefined || compare(item, start) > 0)
  return replicaRows(model, target.table, candidates, consistent, ctx, compare, include)
}

/** Scan candidates as the replica serving an eventually consistent Scan has them (table reads only). */
export function replicaScanCandidates(
  db: DynamoDB,
  target: ReadTarget,
  candidates: Iterable<Item>,
  consistent: boolean,
  ctx: OperationContext,
  s: { segment: { Segment: number; TotalSegments: number } | undefined; startKey: Item | undefined },
): Iterable<Item> {
  const model = replicationOf(db)
  if (!model || target.kind !== 'table') return candidates
  const compare = (x: Item, y: Item): number => compareInScanOrder(target, x, y)
  const { segment, startKey } = s
  const include = (item: Item): boolean =>
    (!segment || segment.TotalSegments <= 1 || segmentOf(item[target.hashKey]!, segment.TotalSegments) === segment.Segment) &&
    (startKey === undefined || compare(item, startKey) > 0)
  return replicaRows(model, target.table, candidates, consistent, ctx, compare, include)
}
