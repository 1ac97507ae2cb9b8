import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { Table } from '../Table.ts'
import type { AttributeValue, Item } from '../types.ts'
import type { CapacityBreakdown } from '../consumedCapacity.ts'
import type { PathExpr } from './ast.ts'
import type { SelectPlan } from './selectPlan.ts'
import { ValidationException } from '../errors.ts'
import { getPath } from '../expressions/paths.ts'
import { itemSize } from '../attributes/size.ts'
import { copyItem } from '../attributes/validate.ts'
import { readUnits } from '../capacity.ts'
import { tableOnly } from '../consumedCapacity.ts'
import { queryCandidates } from '../indexes/queryRange.ts'
import { scanCandidates } from '../indexes/scanOrder.ts'
import { readPage } from '../indexes/readPage.ts'
import { readReplica } from '../replication/readReplica.ts'
import { chargeRead } from '../physics/index.ts'
import { equalValues } from '../expressions/values.ts'
import { evalCondition } from './evaluate.ts'
import { keyConditionsFor } from './selectPlan.ts'
import { decodeNextToken, encodeNextToken } from './nextToken.ts'
import { MSG_INVALID_NEXT_TOKEN } from './errors.ts'

/**
 * Runs a planned SELECT: one page of items (up to `Limit` items evaluated or 1 MB read), the WHERE applied to
 * each item read, then the projection. Capacity as for the GetItem / Query / Scan it stands for (AWS-FACTS §2):
 * a full-key read rounds the item up to 4 KB (an absent item still costs one unit); a Query or Scan sums the
 * sizes read before the filter and rounds once; eventually consistent reads cost half.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteStatement.html
 */
export interface SelectResult {
  items: Item[]
  capacity: CapacityBreakdown
  /** Where the next page starts (absent on the last page). */
  lastEvaluatedKey?: Item
  nextToken?: string
}

export interface SelectOptions {
  consistent: boolean
  limit?: number
  nextToken?: string
  /** Identifies the statement in NextToken (a token from another statement is refused). */
  statementText: string
}

/** @throws ValidationException `Invalid NextToken`; throttling errors from the capacity charge */
export function runSelect(db: DynamoDB, table: Table, plan: SelectPlan, params: readonly AttributeValue[], opts: SelectOptions, ctx: OperationContext): SelectResult {
  const filter = plan.where ? (item: Item): boolean => evalCondition(plan.where!, item, params) : undefined
  if (plan.mode === 'get') {
    if (opts.nextToken !== undefined) throw new ValidationException(MSG_INVALID_NEXT_TOKEN)
    const { item, capacity } = readByKey(db, table, plan.key!, opts.consistent, ctx)
    const items = item && (!filter || filter(item)) ? [project(item, plan.projection)] : []
    return { items, capacity }
  }
  let start: { partition: number; key?: Item } = { partition: 0 }
  const target = plan.target
  const partitions = plan.partitions
  if (opts.nextToken !== undefined) {
    start = decodeNextToken(opts.nextToken, opts.statementText)
    const keyOk = target.startKeyNames.every((n) => {
      const v = start.key?.[n] as Record<string, unknown> | undefined
      return !!v && typeof v === 'object' && ['S', 'N', 'B'].some((t) => typeof v[t] === 'string')
    })
    const partitionOk = Number.isInteger(start.partition) && start.partition >= 0 && (plan.mode === 'scan' || start.partition < partitions.length)
    if (!keyOk || !partitionOk) throw new ValidationException(MSG_INVALID_NEXT_TOKEN)
  }
  const forward = plan.forward
  function* candidates(): IterableIterator<Item> {
    if (plan.mode === 'scan') {
      yield* scanCandidates(target, undefined, start.key)
      return
    }
    for (let i = start.partition; i < partitions.length; i++) {
      yield* queryCandidates(target, keyConditionsFor(plan, partitions[i]!), forward, i === start.partition ? start.key : undefined)
    }
  }
  const needed = plan.projection === '*' ? undefined : new Set(plan.projection.map((p) => String(p.steps[0])))
  const fetch = target.kind === 'LSI' && target.projected !== undefined && needed !== undefined && [...needed].some((n) => !target.projected!.has(n))
  const page = readPage(target, candidates(), {
    limit: opts.limit,
    consistent: opts.consistent,
    fetch,
    select: plan.projection === '*' && target.kind !== 'table' ? 'ALL_PROJECTED_ATTRIBUTES' : 'SPECIFIC_ATTRIBUTES',
    ...(filter ? { filter } : {}),
    project: (item) => project(item, plan.projection),
  })
  const first = page.read[0] ?? (plan.mode === 'query' && partitions[start.partition] ? { [target.hashKey]: partitions[start.partition]! } : undefined)
  const units = page.capacity.table + Object.values(page.capacity.localSecondaryIndexes).reduce((a, b) => a + b, 0)
  const gsiUnits = Object.values(page.capacity.globalSecondaryIndexes).reduce((a, b) => a + b, 0)
  if (target.kind === 'GSI') chargeRead(db, table, ctx, { ...(first ? { key: first } : {}), units: gsiUnits, index: target.indexName! })
  else chargeRead(db, table, ctx, { ...(first ? { key: first } : {}), units })
  for (const it of page.read.slice(0, 1)) ctx.partitions.push(table.partitionOf(it))
  ctx.notes['ScannedCount'] = page.ScannedCount
  ctx.notes['Count'] = page.Count
  ctx.notes['partiqlMode'] = plan.mode === 'query' ? 'Query' : 'Scan'
  const result: SelectResult = { items: page.items ?? [], capacity: page.capacity }
  if (page.LastEvaluatedKey) {
    const last = page.read[page.read.length - 1]!
    const partition = plan.mode === 'query' ? Math.max(0, partitions.findIndex((v) => equalValues(v, last[target.hashKey]!))) : 0
    result.lastEvaluatedKey = page.LastEvaluatedKey
    result.nextToken = encodeNextToken(opts.statementText, partition, page.LastEvaluatedKey)
  }
  return result
}

/**
 * A read of one item by its full key, charged like GetItem.
 * @param consistency `transactional` for ExecuteTransaction reads (2 units per 4 KB)
 */
export function readByKey(
  db: DynamoDB,
  table: Table,
  key: Item,
  consistent: boolean,
  ctx: OperationContext,
  consistency: 'eventual' | 'strong' | 'transactional' = consistent ? 'strong' : 'eventual',
): { item: Item | undefined; capacity: CapacityBreakdown } {
  ctx.partitions.push(table.partitionOf(key))
  const item = consistency === 'eventual' ? readReplica(db, table, key, false, ctx) : table.get(key)
  const capacity = tableOnly(readUnits(item ? itemSize(item) : 0, consistency))
  chargeRead(db, table, ctx, { key, units: capacity.table })
  ctx.notes['partiqlMode'] = 'GetItem'
  return { item, capacity }
}

/**
 * The projection of a SELECT: `*` keeps the item; each path gives one attribute named after the path's last
 * name (`SELECT a.b` → `{b: …}`), absent when the path is missing.
 */
export function project(item: Item, projection: '*' | PathExpr[]): Item {
  if (projection === '*') return copyItem(item)
  const out: Item = {}
  for (const p of projection) {
    const v = getPath(item, p.steps)
    if (v === undefined) continue
    const name = [...p.steps].reverse().find((s): s is string => typeof s === 'string')!
    out[name] = JSON.parse(JSON.stringify(v)) as AttributeValue
  }
  return out
}
