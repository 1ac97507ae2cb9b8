import type { Item } from '../dynamodb/types.ts'
import type { DaxEnv, DaxOutcome } from './readThrough.ts'
import { requireItemTable, validateKey } from '../dynamodb/validation/keys.ts'
import { prepareItemExpressions } from '../dynamodb/validation/itemExpressions.ts'
import { copyItem } from '../dynamodb/attributes/validate.ts'
import { itemCacheKey } from './DaxService.ts'

interface KeysAndAttributes {
  Keys: Item[]
  ConsistentRead?: boolean
  ProjectionExpression?: string
  ExpressionAttributeNames?: Record<string, string>
  AttributesToGet?: string[]
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v)
}

/**
 * BatchGetItem through DAX = N GetItems against the item cache: each key of an eventually consistent table
 * is answered by the item cache when it can be; the misses go to DynamoDB in one BatchGetItem (whole items, so
 * they can be cached; projection applied on the way back); keys DynamoDB did not return and did not leave
 * unprocessed are cached as "not found". Tables read with ConsistentRead pass through uncached. A request DAX
 * cannot read (bad shape, unknown table, bad key) goes to DynamoDB as it is, for DynamoDB's own error.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.html#DAX.concepts.item-cache
 */
export function batchGetThroughDax(env: DaxEnv, raw: Record<string, unknown>): DaxOutcome {
  const requestItems = raw['RequestItems']
  const asIs = (): DaxOutcome => ({ output: env.forward('BatchGetItem', raw), path: 'miss', cache: 'item cache' })
  if (!isObject(requestItems)) return asIs()
  const { cluster, now, db } = env
  const responses: Record<string, Item[]> = {}
  const forward: Record<string, unknown> = {}
  /** Per cached table: projection and the keys sent to DynamoDB (cache key → key). */
  const cached = new Map<string, { name: string; project: (i: Item) => Item; missed: Map<string, Item>; original: KeysAndAttributes }>()
  let passThrough = false
  try {
    for (const [name, kaaRaw] of Object.entries(requestItems)) {
      const kaa = kaaRaw as KeysAndAttributes
      if (!isObject(kaaRaw) || !Array.isArray(kaa.Keys)) return asIs()
      if (kaa.ConsistentRead === true || !cluster.serves(name)) {
        forward[name] = kaaRaw
        passThrough = true
        continue
      }
      const table = requireItemTable(db.tables, name)
      const e = prepareItemExpressions({ ProjectionExpression: kaa.ProjectionExpression, ExpressionAttributeNames: kaa.ExpressionAttributeNames })
      const names = kaa.AttributesToGet
      const project = e.projection ?? (names ? (it: Item) => Object.fromEntries(names.filter((n) => Object.hasOwn(it, n)).map((n) => [n, it[n]!])) : (it: Item) => it)
      const missed = new Map<string, Item>()
      for (const key of kaa.Keys) {
        validateKey(table, key)
        const ck = itemCacheKey({ table, key })
        const hit = cluster.itemCache.get(ck, now)
        if (hit) {
          cluster.counters.ItemCacheHits++
          if (hit.value) (responses[name] ??= []).push(project(copyItem(hit.value)))
        } else {
          cluster.counters.ItemCacheMisses++
          missed.set(ck, key)
        }
      }
      cached.set(name, { name, project, missed, original: kaa })
      if (missed.size) forward[name] = { Keys: [...missed.values()] }
    }
  } catch {
    return asIs()
  }
  const output: Record<string, unknown> = { Responses: responses, UnprocessedKeys: {} }
  if (Object.keys(forward).length === 0) return { output, path: 'hit', cache: 'item cache' }
  const fwd = { RequestItems: forward, ...(raw['ReturnConsumedCapacity'] ? { ReturnConsumedCapacity: raw['ReturnConsumedCapacity'] } : {}) }
  const res = env.forward('BatchGetItem', fwd) as { Responses?: Record<string, Item[]>; UnprocessedKeys?: Record<string, KeysAndAttributes>; ConsumedCapacity?: unknown }
  const unprocessed: Record<string, KeysAndAttributes> = {}
  for (const [name, items] of Object.entries(res.Responses ?? {})) {
    const c = cached.get(name)
    if (!c) {
      ;(responses[name] ??= []).push(...items)
      continue
    }
    const table = requireItemTable(db.tables, name)
    for (const item of items) {
      const ck = itemCacheKey({ table, key: item })
      c.missed.delete(ck)
      cluster.itemCache.set(ck, copyItem(item), now, cluster.config.itemTtlMs)
      ;(responses[name] ??= []).push(c.project(copyItem(item)))
    }
  }
  for (const [name, kaa] of Object.entries(res.UnprocessedKeys ?? {})) {
    const c = cached.get(name)
    if (!c) {
      unprocessed[name] = kaa
      continue
    }
    const table = requireItemTable(db.tables, name)
    for (const key of kaa.Keys) c.missed.delete(itemCacheKey({ table, key }))
    unprocessed[name] = { ...c.original, Keys: kaa.Keys }
  }
  for (const c of cached.values()) for (const ck of c.missed.keys()) cluster.itemCache.set(ck, null, now, cluster.config.itemTtlMs)
  output['UnprocessedKeys'] = unprocessed
  if (res.ConsumedCapacity) output['ConsumedCapacity'] = res.ConsumedCapacity
  return { output, path: passThrough && cached.size === 0 ? 'pass-through' : 'miss', cache: 'item cache' }
}
