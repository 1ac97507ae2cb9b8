import type { Item } from '../dynamodb/types.ts'
import type { ItemChange } from '../dynamodb/writes.ts'
import type { DaxEnv, DaxOutcome } from './readThrough.ts'
import type { DaxService } from './DaxService.ts'
import { AwsServiceException } from '../errors.ts'
import { copyItem } from '../dynamodb/attributes/validate.ts'
import { newOperationContext } from '../dynamodb/OperationContext.ts'
import { itemCacheKey } from './DaxService.ts'

/**
 * TransactWriteItems through DAX: passed to DynamoDB; once it succeeds DAX returns, and in the background
 * issues a TransactGetItems for the written items to fill its item cache, which consumes extra read capacity
 * (2 × strongly consistent units per item) on the table. If that read fails (e.g. throttled), the cache is
 * simply not filled. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html
 * (section "Using transactional APIs with DAX"; AWS-FACTS §10). The background read is reported in the
 * trace detail (`backgroundTransactGetItems`), not as hops: the client does not wait for it.
 */
export function transactWriteThroughDax(env: DaxEnv, service: DaxService, raw: Record<string, unknown>): DaxOutcome {
  const changes: ItemChange[] = []
  env.cluster.counters.writeCount++
  const output = service.writingThrough(env.cluster, () => env.forward('TransactWriteItems', raw), changes)
  if (changes.length === 0) return { output, path: 'write-through', cache: 'item cache' }
  const { cluster, now, db } = env
  const bg = newOperationContext(now)
  try {
    const res = db.execute('TransactGetItems', { TransactItems: changes.map((c) => ({ Get: { TableName: c.table.name, Key: c.key } })) }, bg) as { Responses: { Item?: Item }[] }
    res.Responses.forEach((r, i) => cluster.itemCache.set(itemCacheKey(changes[i]!), r.Item ? copyItem(r.Item) : null, now, cluster.config.itemTtlMs))
    env.ctx.notes['backgroundTransactGetItems'] = { items: changes.length, consumedCapacity: bg.consumed }
  } catch (e) {
    env.ctx.notes['backgroundTransactGetItems'] = { items: changes.length, error: e instanceof AwsServiceException ? e.name : String(e) }
  }
  return { output, path: 'write-through', cache: 'item cache' }
}
