import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { ConsumedCapacity, Item } from '../types.ts'
import type { Table } from '../Table.ts'
import { ValidationException } from '../errors.ts'
import { validateTransactWriteItems, type TransactWriteAction } from '../validation/TransactWriteItems.ts'
import { MAX_ITEM_BYTES, requireItemTable, validateIndexKeys, validateItemKeys, validateKey } from '../validation/keys.ts'
import { INVALID, copyItem, validateItemValues } from '../attributes/validate.ts'
import { itemSize } from '../attributes/size.ts'
import { keyString, pickKey } from '../attributes/keys.ts'
import { readUnits, writeUnits } from '../capacity.ts'
import { recordCapacity, tableOnly, writeCapacity } from '../consumedCapacity.ts'
import { itemCollectionMetricsFor, type ItemCollectionMetrics } from '../itemCollectionMetrics.ts'
import { applyItemChange } from '../writes.ts'
import { TableCapacities, doubled } from '../transactions/capacity.ts'
import { conditionFailedReason, throttledReason, transactionCanceled, type CancellationReason } from '../transactions/cancellation.ts'
import { tryChargeWrite } from '../physics/index.ts'
import type { CapacityBreakdown } from '../consumedCapacity.ts'
import { isRepeat, remember, requestFingerprint } from '../transactions/idempotency.ts'
import { checkTransactUpdateKeys } from '../transactions/updateKeyRules.ts'

/** AWS's text for two actions on the same item (ValidationException, no CancellationReasons; AWS-FACTS §4.2). */
export const MSG_MULTIPLE_OPERATIONS = 'Transaction request cannot include multiple operations on one item'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html#API_TransactWriteItems_ResponseSyntax */
export interface TransactWriteItemsOutput {
  /** One entry per table, for ReturnConsumedCapacity TOTAL or INDEXES (with `WriteCapacityUnits`). */
  ConsumedCapacity?: ConsumedCapacity[]
  /** Per table with LSIs, for ReturnItemCollectionMetrics SIZE. */
  ItemCollectionMetrics?: Record<string, ItemCollectionMetrics[]>
}

/** One action resolved against its table. */
export interface ResolvedAction<A = TransactWriteAction> {
  action: A
  table: Table
  key: Item
  /** Set when the key (or a Put's item) does not fit the table's schema: the action's cancellation reason. */
  keyError?: CancellationReason
}

/**
 * Whether a key-check failure is reported for the whole request rather than as the action's cancellation
 * reason. Recorded on AWS (2026, four regions): empty key values, empty index key values and key sizes fail
 * the request with a ValidationException; wrong or non-scalar key types (and keys not matching the schema)
 * cancel the transaction with a `ValidationError` reason carrying the same text PutItem would send.
 */
function failsRequest(e: ValidationException): boolean {
  return e.message.startsWith('One or more parameter values are not valid.') || /Size of hashkey|Aggregated size of all range keys/.test(e.message)
}

/**
 * Looks up each action's table and checks its key (a Put's item) against the schema, then refuses two actions
 * on one item. Shared by TransactGetItems.
 * @throws ResourceNotFoundException, ValidationException (empty key values, two actions on one item)
 */
export function resolveActions<A extends { TableName: string; Key?: Item; Item?: Item }>(db: DynamoDB, actions: A[]): ResolvedAction<A>[] {
  const resolved = actions.map((action): ResolvedAction<A> => {
    const table = requireItemTable(db.tables, action.TableName)
    const key = action.Item ? pickKey(action.Item, table.hashKey, table.rangeKey) : action.Key!
    try {
      if (action.Item) validateItemKeys(table, action.Item)
      else validateKey(table, key)
    } catch (e) {
      if (!(e instanceof ValidationException) || failsRequest(e)) throw e
      return { action, table, key, keyError: { Code: 'ValidationError', Message: e.message } }
    }
    return { action, table, key }
  })
  const seen = new Set<string>()
  for (const { table, key, keyError } of resolved) {
    if (keyError) continue
    const id = `${table.name}\u0000${keyString(key[table.hashKey]!)}${table.rangeKey ? `\u0000${keyString(key[table.rangeKey]!)}` : ''}`
    if (seen.has(id)) throw new ValidationException(MSG_MULTIPLE_OPERATIONS)
    seen.add(id)
  }
  return resolved
}

/** AWS's text when an update would set a secondary index key to an empty value (recorded 2026). */
function emptyIndexKeyUpdate(kind: 'string' | 'binary'): ValidationException {
  return new ValidationException(
    `One or more parameter values are not valid. The update expression attempted to update a secondary index key to a value that is not supported. The AttributeValue for a key attribute cannot contain an empty ${kind} value.`,
  )
}

interface Outcome {
  old: Item | undefined
  /** The item after the action; undefined for a delete; `old` for a ConditionCheck. */
  next: Item | undefined
}

/**
 * TransactWriteItems: up to 100 Put / Update / Delete / ConditionCheck actions on distinct items, all or nothing.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html
 *
 * Order: request validation (validation/TransactWriteItems.ts), each action's table and key, one action per
 * item, each Update's key-attribute rules (UpdateItem's; transactions/updateKeyRules.ts), ClientRequestToken
 * (a repeat within 10 minutes writes nothing), then every action is evaluated; if any condition fails (or an
 * update is invalid for the item), nothing is written and a TransactionCanceledException lists one reason
 * per action in request order. Capacity: 2× each action's normal write units (prepare +
 * commit), per table; a ConditionCheck is charged as a write of the item it checked ([unverified]). An action
 * whose partition is out of capacity (physics/) cancels the transaction with a `ProvisionedThroughputExceeded`
 * (or, on demand, `ThrottlingError`) reason.
 * @throws ValidationException, SerializationException, ResourceNotFoundException, TransactionCanceledException,
 *   IdempotentParameterMismatchException
 */
export function transactWriteItems(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): TransactWriteItemsOutput {
  const input = validateTransactWriteItems(raw)
  checkAggregateSize(input.TransactItems)
  const resolved = resolveActions(db, input.TransactItems)
  for (const { action, table } of resolved) checkTransactUpdateKeys(table, action)
  ctx.tableName = [...new Set(resolved.map((r) => r.table.name))].join(', ')
  for (const r of resolved) if (!r.keyError) ctx.partitions.push(r.table.partitionOf(r.key))

  const fingerprint = requestFingerprint(raw)
  if (isRepeat(db, input.ClientRequestToken, fingerprint)) {
    // A repeat reads the items again instead of writing them (AWS-FACTS §7).
    const reads = new TableCapacities()
    for (const { action, table, key, keyError } of resolved) {
      if (keyError) continue
      const stored = table.get(key)
      reads.add(action.TableName, tableOnly(readUnits(stored ? itemSize(stored) : 0, 'transactional')))
    }
    for (const [name, b] of reads.byTable) recordCapacity(ctx, name, b)
    const consumed = reads.response(input.ReturnConsumedCapacity, 'read')
    return consumed ? { ConsumedCapacity: consumed } : {}
  }

  const outcomes: Outcome[] = []
  const reasons: CancellationReason[] = resolved.map((r) => {
    const { reason, outcome } = evaluate(r)
    outcomes.push(outcome)
    return reason
  })
  if (reasons.some((r) => r.Code !== 'None')) throw transactionCanceled(reasons)

  const costs: CapacityBreakdown[] = resolved.map(({ action, table }, i) => {
    const { old, next } = outcomes[i]!
    return doubled(action.kind === 'ConditionCheck' ? tableOnly(writeUnits(old ? itemSize(old) : 0)) : writeCapacity(table, old, next))
  })
  const throttled = resolved.map(({ table, key }, i) => tryChargeWrite(db, table, ctx, { key, capacity: costs[i]!, item: outcomes[i]!.next ?? outcomes[i]!.old }))
  if (throttled.some(Boolean)) throw transactionCanceled(throttled.map((t) => (t ? throttledReason(t) : NONE)))

  const capacities = new TableCapacities()
  const metrics: Record<string, ItemCollectionMetrics[]> = {}
  resolved.forEach(({ action, table, key }, i) => {
    const { old, next } = outcomes[i]!
    capacities.add(action.TableName, costs[i]!)
    if (action.kind === 'ConditionCheck') return
    if (next || old) applyItemChange(db, table, key, next)
    const m = itemCollectionMetricsFor(input.ReturnItemCollectionMetrics, table, key)
    if (m) (metrics[action.TableName] ??= []).push(m)
  })
  remember(db, input.ClientRequestToken, fingerprint)

  for (const [name, b] of capacities.byTable) recordCapacity(ctx, name, b)
  const out: TransactWriteItemsOutput = {}
  const consumed = capacities.response(input.ReturnConsumedCapacity, 'write')
  if (consumed) out.ConsumedCapacity = consumed
  if (Object.keys(metrics).length) out.ItemCollectionMetrics = metrics
  return out
}

const NONE: CancellationReason = { Code: 'None' }

function evaluate({ action, table, key, keyError }: ResolvedAction): { reason: CancellationReason; outcome: Outcome } {
  if (keyError) return { reason: keyError, outcome: { old: undefined, next: undefined } }
  const old = table.get(key)
  const { condition, update } = action.expressions
  let next: Item | undefined = action.kind === 'Delete' ? undefined : action.kind === 'Put' ? action.Item : old
  let updateError: string | undefined
  if (action.kind === 'Update') {
    try {
      const result = update!(old ? copyItem(old) : undefined, copyItem(key))
      const keyNames = new Set(table.meta.KeySchema.map((k) => k.AttributeName))
      for (const path of result.updatedPaths) {
        const head = path[0]
        if (typeof head === 'string' && keyNames.has(head)) {
          throw new ValidationException(`${INVALID}Cannot update attribute ${head}. This attribute is part of the key`)
        }
      }
      next = validateItemValues(result.item)
      try {
        validateIndexKeys(table, next)
      } catch (e) {
        if (e instanceof ValidationException && e.message.includes('A value specified for a secondary index key is not supported')) {
          throw emptyIndexKeyUpdate(e.message.includes('empty binary value') ? 'binary' : 'string')
        }
        throw e
      }
      if (itemSize(next) > MAX_ITEM_BYTES) updateError = 'Item size to update has exceeded the maximum allowed size'
    } catch (e) {
      if (!(e instanceof ValidationException)) throw e
      if (e.message.includes('This attribute is part of the key') || e.message.startsWith('One or more parameter values are not valid.')) throw e
      updateError = e.message
    }
  }
  if (condition && !condition(old)) {
    return { reason: conditionFailedReason(action.ReturnValuesOnConditionCheckFailure, old), outcome: { old, next } }
  }
  if (updateError !== undefined) return { reason: { Code: 'ValidationError', Message: updateError }, outcome: { old, next } }
  return { reason: NONE, outcome: { old, next } }
}

/** Aggregate size limit of a write transaction. @default 4 MB (4,194,304 bytes) */
export const MAX_TRANSACTION_BYTES = 4 * 1024 * 1024

/**
 * "The aggregate size of the items in the transaction cannot exceed 4 MB" (API_TransactWriteItems.html).
 * Measured on what the request carries: Put items, the keys of the other actions and their expression
 * attribute values. Checked before any table, condition or capacity is looked at.
 * @throws ValidationException `Transaction request cannot be larger than 4 MB`
 */
function checkAggregateSize(actions: TransactWriteAction[]): void {
  let bytes = 0
  for (const a of actions) {
    bytes += itemSize(a.Item ?? a.Key ?? {})
    if (a.ExpressionAttributeValues) bytes += itemSize(a.ExpressionAttributeValues)
  }
  if (bytes > MAX_TRANSACTION_BYTES) throw new ValidationException('Transaction request cannot be larger than 4 MB')
}
