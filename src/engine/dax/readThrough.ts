import type { DynamoDB } from '../dynamodb/DynamoDB.ts'
import type { OperationContext } from '../dynamodb/OperationContext.ts'
import type { ConsumedCapacity, Item } from '../dynamodb/types.ts'
import type { DaxCluster } from './DaxCluster.ts'
import { validateGetItem } from '../dynamodb/validation/GetItem.ts'
import { requireItemTable, validateKey } from '../dynamodb/validation/keys.ts'
import { prepareItemExpressions } from '../dynamodb/validation/itemExpressions.ts'
import { copyItem } from '../dynamodb/attributes/validate.ts'
import { itemCacheKey } from './DaxService.ts'

/** How a request went through DAX (shown in the trace and counted). */
export type DaxPath = 'hit' | 'miss' | 'pass-through' | 'write-through' | 'not cached'

/** What a DAX handler returns: the response and how it was served. */
export interface DaxOutcome {
  output: unknown
  path: DaxPath
  /** Which cache was consulted or updated. */
  cache?: 'item cache' | 'query cache'
}

/** Calls into DynamoDB; `forward` marks the moment the request leaves DAX (for the trace). */
export interface DaxEnv {
  db: DynamoDB
  cluster: DaxCluster
  ctx: OperationContext
  now: number
  forward(operation: string, input: unknown): unknown
}

type Projector = (item: Item) => Item

function projector(input: { ProjectionExpression?: string; ExpressionAttributeNames?: Record<string, string>; AttributesToGet?: string[] }): Projector {
  const expressions = prepareItemExpressions({ ProjectionExpression: input.ProjectionExpression, ExpressionAttributeNames: input.ExpressionAttributeNames })
  if (expressions.projection) return expressions.projection
  const names = input.AttributesToGet
  if (names) return (item) => Object.fromEntries(names.filter((n) => Object.hasOwn(item, n)).map((n) => [n, item[n]!]))
  return (item) => item
}

/**
 * GetItem through DAX: a strongly consistent read passes through uncached; otherwise the item cache answers
 * (a cached "not found" too: negative caching), and a miss reads DynamoDB (eventually consistent), caches the
 * whole item (or "not found") for the item TTL and returns the projected item.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.html#DAX.concepts.item-cache
 * A hit returns no ConsumedCapacity: it consumed none (DynamoDB was not called). [unverified: DAX's exact field]
 */
export function getItemThroughDax(env: DaxEnv, raw: Record<string, unknown>): DaxOutcome {
  const input = validateGetItem(raw)
  if (input.ConsistentRead === true) return { output: env.forward('GetItem', raw), path: 'pass-through' }
  const project = projector(input)
  const table = requireItemTable(env.db.tables, input.TableName)
  validateKey(table, input.Key)
  const { cluster, now } = env
  const key = itemCacheKey({ table, key: input.Key })
  const hit = cluster.itemCache.get(key, now)
  let item: Item | null
  let consumed: ConsumedCapacity | undefined
  if (hit) {
    cluster.counters.ItemCacheHits++
    item = hit.value
  } else {
    cluster.counters.ItemCacheMisses++
    const fwd = { TableName: input.TableName, Key: input.Key, ...(input.ReturnConsumedCapacity ? { ReturnConsumedCapacity: input.ReturnConsumedCapacity } : {}) }
    const res = env.forward('GetItem', fwd) as { Item?: Item; ConsumedCapacity?: ConsumedCapacity }
    item = res.Item ?? null
    consumed = res.ConsumedCapacity
    cluster.itemCache.set(key, item ? copyItem(item) : null, now, cluster.config.itemTtlMs)
  }
  const output: { Item?: Item; ConsumedCapacity?: ConsumedCapacity } = {}
  if (item) output.Item = project(copyItem(item))
  if (consumed) output.ConsumedCapacity = consumed
  return { output, path: hit ? 'hit' : 'miss', cache: 'item cache' }
}

/** Deterministic JSON with sorted object keys: the query cache key is the whole request's parameter values. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined)
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`
  }
  return JSON.stringify(v) ?? 'null'
}

/**
 * Query or Scan through DAX: a strongly consistent request passes through; otherwise the query cache, keyed by
 * the whole request, answers until its TTL (writes never update or invalidate it, so a repeated Query after a
 * PutItem returns the old result until the entry expires). A query TTL of 0 disables the query cache.
 * Results never populate the item cache.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.html#DAX.concepts.query-cache
 */
export function queryThroughDax(env: DaxEnv, operation: 'Query' | 'Scan', raw: Record<string, unknown>): DaxOutcome {
  if (raw['ConsistentRead'] === true) return { output: env.forward(operation, raw), path: 'pass-through' }
  const { cluster, now } = env
  const c = cluster.counters
  if (cluster.config.queryTtlMs === 0) {
    if (operation === 'Query') c.QueryCacheMisses++
    else c.ScanCacheMisses++
    return { output: env.forward(operation, raw), path: 'not cached', cache: 'query cache' }
  }
  const key = `${operation}\u0001${canonicalJson(raw)}`
  const hit = cluster.queryCache.get(key, now)
  if (hit) {
    if (operation === 'Query') c.QueryCacheHits++
    else c.ScanCacheHits++
    return { output: JSON.parse(JSON.stringify(hit.value)) as unknown, path: 'hit', cache: 'query cache' }
  }
  if (operation === 'Query') c.QueryCacheMisses++
  else c.ScanCacheMisses++
  const out = env.forward(operation, raw) as Record<string, unknown>
  const cached: Record<string, unknown> = JSON.parse(JSON.stringify(out)) as Record<string, unknown>
  delete cached['ConsumedCapacity']
  cluster.queryCache.set(key, cached, now, cluster.config.queryTtlMs)
  return { output: out, path: 'miss', cache: 'query cache' }
}
