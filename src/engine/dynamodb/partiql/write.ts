import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { Table } from '../Table.ts'
import type { AttributeValue, Item } from '../types.ts'
import type { PathSteps } from '../attributes/pickPaths.ts'
import type { CapacityBreakdown } from '../consumedCapacity.ts'
import type { Expr, Returning, Statement, UpdateAction } from './ast.ts'
import { ValidationException } from '../errors.ts'
import { MAX_ITEM_BYTES, MSG_ITEM_TOO_BIG, requireItemTable, validateIndexKeys, validateItemKeys } from '../validation/keys.ts'
import { INVALID, copyItem, validateItemValues } from '../attributes/validate.ts'
import { itemSize } from '../attributes/size.ts'
import { pickKey } from '../attributes/keys.ts'
import { pickPaths } from '../attributes/pickPaths.ts'
import { conditionalCheckFailed } from '../validation/conditionCheck.ts'
import { failedConditionCapacity, recordCapacity, writeCapacity } from '../consumedCapacity.ts'
import { applyItemChange } from '../writes.ts'
import { chargeWrite } from '../physics/index.ts'
import { checkCondition, checkSetValue, evalCondition } from './evaluate.ts'
import { applyActions } from './updateActions.ts'
import { constantValue } from './values.ts'
import { checkKeyValue, requireFullKey } from './keys.ts'
import { DuplicateItemException, MSG_EXISTS_KEY, MSG_INDEX_OPERATION, keyAbsent } from './errors.ts'

/**
 * INSERT, UPDATE, DELETE and `EXISTS(…)` checks, each on exactly one item. Prepared first (table, key,
 * values: everything that does not depend on the stored item), then evaluated against the stored item, so a
 * transaction can evaluate every statement before writing any.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.insert.html (…update, …delete)
 *
 * - INSERT fails with DuplicateItemException (`Duplicate primary key exists in table`) when the key exists.
 * - UPDATE fails with ConditionalCheckFailedException when the item does not exist or the rest of the WHERE
 *   (beyond the key) is false.
 * - DELETE of an absent item succeeds; with extra WHERE terms that are false, ConditionalCheckFailedException.
 */
export interface PreparedWrite {
  kind: 'insert' | 'update' | 'delete' | 'check'
  table: Table
  /** The table name as written in the statement. */
  tableName: string
  key: Item
  /** INSERT's item. */
  item?: Item
  actions?: UpdateAction[]
  /** WHERE terms beyond the key. */
  condition?: Expr
  returning?: Returning
}

export type WriteOutcome = { ok: true; next: Item | undefined; paths: PathSteps[] } | { ok: false; code: 'DuplicateItem' | 'ConditionalCheckFailed' }

/**
 * Resolves a write statement's table and item key.
 * @throws ResourceNotFoundException, ValidationException (key, values, RETURNING on DELETE)
 */
export function prepareWrite(db: DynamoDB, s: Statement, params: readonly AttributeValue[]): PreparedWrite {
  if (s.kind === 'select') throw new Error('prepareWrite: SELECT')
  if (s.kind === 'delete' && s.returning && s.returning !== 'ALL OLD') {
    throw new ValidationException(`Invalid returning clause: RETURNING ${s.returning} *. Only RETURNING ALL OLD * is allowed in DELETE statements.`)
  }
  const source = s.kind === 'exists' ? s.select.source : s.source
  if (s.kind !== 'exists' && source.index !== undefined) throw new ValidationException(MSG_INDEX_OPERATION)
  if (s.kind === 'insert') {
    if (s.value.kind !== 'struct') {
      throw new ValidationException('Unsupported format in item expression. Please use struct format {...} to express item values for insert statement.')
    }
    const value = constantValue(s.value, params, '') as { M: Item }
    const table = requireItemTable(db.tables, source.table)
    // Nesting depth and the other AttributeValue rules, as for PutItem's Item.
    const item = validateItemValues(value.M)
    for (const { AttributeName: name } of table.meta.KeySchema) {
      if (item[name] === undefined) throw keyAbsent(name)
      checkKeyValue(table, name, item[name])
    }
    validateItemKeys(table, item)
    validateIndexKeys(table, item)
    if (itemSize(item) > MAX_ITEM_BYTES) throw new ValidationException(MSG_ITEM_TOO_BIG)
    return { kind: 'insert', table, tableName: source.table, key: pickKey(item, table.hashKey, table.rangeKey), item }
  }
  const where = s.kind === 'exists' ? s.select.where : s.where
  if (where) checkCondition(where, params)
  const table = requireItemTable(db.tables, source.table)
  if (s.kind === 'exists' && source.index !== undefined) throw new ValidationException('Operations on indices are not supported in transactions')
  const { key, condition } = requireFullKey(table, where, params, s.kind === 'exists' ? MSG_EXISTS_KEY : undefined)
  if (s.kind === 'exists' && !condition) throw new ValidationException(MSG_EXISTS_KEY)
  const out: PreparedWrite = { kind: s.kind === 'exists' ? 'check' : s.kind, table, tableName: source.table, key }
  if (condition) out.condition = condition
  if (s.kind === 'update') {
    out.actions = s.actions
    for (const a of s.actions) {
      const head = a.path.steps[0]
      if (typeof head === 'string' && key[head] !== undefined) {
        throw new ValidationException(`${INVALID}Cannot update attribute ${head}. This attribute is part of the key`)
      }
      if (a.kind === 'set') checkSetValue(a.path.steps, a.value, params)
    }
  }
  if ((s.kind === 'update' || s.kind === 'delete') && s.returning) out.returning = s.returning
  return out
}

/**
 * What the write does to the item stored under its key.
 * @throws ValidationException for an update that cannot apply to this item (type errors, item too large)
 */
export function evaluateWrite(w: PreparedWrite, old: Item | undefined, params: readonly AttributeValue[]): WriteOutcome {
  switch (w.kind) {
    case 'insert':
      return old ? { ok: false, code: 'DuplicateItem' } : { ok: true, next: w.item, paths: [] }
    case 'delete':
      if (w.condition && !evalCondition(w.condition, old, params)) return { ok: false, code: 'ConditionalCheckFailed' }
      return { ok: true, next: undefined, paths: [] }
    case 'check':
      if (!old || (w.condition && !evalCondition(w.condition, old, params))) return { ok: false, code: 'ConditionalCheckFailed' }
      return { ok: true, next: old, paths: [] }
    case 'update': {
      if (!old || (w.condition && !evalCondition(w.condition, old, params))) return { ok: false, code: 'ConditionalCheckFailed' }
      const applied = applyActions(old, w.actions ?? [], params)
      const item = validateItemValues(applied.item)
      const paths = applied.paths
      validateIndexKeys(w.table, item)
      if (itemSize(item) > MAX_ITEM_BYTES) throw new ValidationException('Item size to update has exceeded the maximum allowed size')
      return { ok: true, next: item, paths }
    }
  }
}

/** The result of one write statement run on its own (ExecuteStatement, BatchExecuteStatement). */
export interface WriteResult {
  /** RETURNING's item, if any. */
  item?: Item
  capacity: CapacityBreakdown
}

/**
 * Runs a prepared write: evaluates it, charges capacity (a failed condition or duplicate still consumes write
 * units, as for conditional writes), then stores the change.
 * @throws DuplicateItemException, ConditionalCheckFailedException (with `Item` for
 *   ReturnValuesOnConditionCheckFailure ALL_OLD), ValidationException, throttling errors
 */
export function executeWrite(
  db: DynamoDB,
  w: PreparedWrite,
  params: readonly AttributeValue[],
  ctx: OperationContext,
  returnValuesOnFailure?: string,
  /** Told the capacity consumed, also when the write fails its condition. */
  sink?: (capacity: CapacityBreakdown) => void,
): WriteResult {
  const { table, key } = w
  ctx.partitions.push(table.partitionOf(key))
  const old = table.get(key)
  const outcome = evaluateWrite(w, old, params)
  if (!outcome.ok) {
    const failed = failedConditionCapacity(old)
    chargeWrite(db, table, ctx, { key, capacity: failed, item: old ?? key })
    recordCapacity(ctx, w.tableName, failed)
    sink?.(failed)
    throw outcome.code === 'DuplicateItem' ? new DuplicateItemException() : conditionalCheckFailed(returnValuesOnFailure, old)
  }
  const capacity = writeCapacity(table, old, outcome.next)
  chargeWrite(db, table, ctx, { key, capacity, item: outcome.next ?? old ?? key })
  if (outcome.next || old) applyItemChange(db, table, key, outcome.next)
  recordCapacity(ctx, w.tableName, capacity)
  sink?.(capacity)
  ctx.notes['itemSizeBytes'] = outcome.next ? itemSize(outcome.next) : old ? itemSize(old) : 0
  const result: WriteResult = { capacity }
  const returned = returningItem(w.returning, old, outcome.next, outcome.paths)
  if (returned && Object.keys(returned).length > 0) result.item = returned
  return result
}

function returningItem(returning: Returning | undefined, old: Item | undefined, next: Item | undefined, paths: PathSteps[]): Item | undefined {
  switch (returning) {
    case 'ALL OLD':
      return old ? copyItem(old) : undefined
    case 'ALL NEW':
      return next ? copyItem(next) : undefined
    case 'MODIFIED OLD':
      return old ? pickPaths(old, paths) : undefined
    case 'MODIFIED NEW':
      return next ? pickPaths(next, paths) : undefined
    default:
      return undefined
  }
}
