import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { AttributeValue, ConsumedCapacity, Item, ReturnConsumedCapacity } from '../types.ts'
import type { Expr, SelectStatement, Statement } from '../partiql/ast.ts'
import type { PreparedWrite, WriteOutcome } from '../partiql/write.ts'
import type { CancellationReason } from '../transactions/cancellation.ts'
import { AwsServiceException } from '../../errors.ts'
import { ResourceNotFoundException, ValidationException } from '../errors.ts'
import { requireItemTable } from '../validation/keys.ts'
import { itemSize } from '../attributes/size.ts'
import { keyString } from '../attributes/keys.ts'
import { readUnits, writeUnits } from '../capacity.ts'
import { recordCapacity, tableOnly, writeCapacity } from '../consumedCapacity.ts'
import { applyItemChange } from '../writes.ts'
import { chargeRead, chargeWrite } from '../physics/index.ts'
import { TableCapacities, doubled } from '../transactions/capacity.ts'
import { conditionFailedReason, transactionCanceled } from '../transactions/cancellation.ts'
import { isRepeat, remember, requestFingerprint } from '../transactions/idempotency.ts'
import { MSG_MULTIPLE_OPERATIONS } from './TransactWriteItems.ts'
import { validateStatementList } from '../partiql/request.ts'
import { isRead, parseWithParameters } from '../partiql/statement.ts'
import { validateParameters } from '../partiql/parameters.ts'
import { checkCondition, evalCondition } from '../partiql/evaluate.ts'
import { requireFullKey } from '../partiql/keys.ts'
import { project } from '../partiql/select.ts'
import { evaluateWrite, prepareWrite } from '../partiql/write.ts'
import { MSG_DUPLICATE_ITEM, MSG_TX_INDEX_READ, MSG_TX_MIXED, MSG_TX_RETURNING, MSG_TX_SELECT_KEY } from '../partiql/errors.ts'

/** Most statements in one ExecuteTransaction. @default 100 */
export const MAX_TRANSACTION_STATEMENTS = 100

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteTransaction.html#API_ExecuteTransaction_ResponseSyntax */
export interface ExecuteTransactionOutput {
  /** Read transactions: one entry per statement, `{Item}` or `{}` when there is no item. Write transactions: `[]`. */
  Responses?: Array<{ Item?: Item }>
  /** One entry per table, with `ReadCapacityUnits` or `WriteCapacityUnits`. */
  ConsumedCapacity?: ConsumedCapacity[]
}

/** A statement resolved to its table and item. */
interface Resolved {
  statement: Statement
  read?: { table: string; key: Item; condition?: Expr }
  write?: PreparedWrite
}

/**
 * ExecuteTransaction: up to 100 PartiQL statements, all reads (SELECT by full key, like TransactGetItems) or all
 * writes (INSERT / UPDATE / DELETE / `EXISTS(SELECT …)` condition checks, like TransactWriteItems), all or nothing.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteTransaction.html
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.multiplestatements.transactions.html
 *
 * Order: request shape; each statement's syntax and checks, reported as `Validation failed in
 * TransactStatements[i]: <message>` (RETURNING, index reads, reads without the full key); a missing table is a
 * plain ResourceNotFoundException; mixing reads and writes; two statements on one item; ClientRequestToken (a
 * repeat within 10 minutes writes nothing and reports read units); then every statement is evaluated and, if any
 * fails, a TransactionCanceledException lists one reason per statement in order (`DuplicateItem` for an INSERT
 * whose key exists, `ConditionalCheckFailed` for an UPDATE of a missing item or a false condition). Capacity:
 * 2× the normal units per item (AWS-FACTS §7).
 * @throws ValidationException, SerializationException, ResourceNotFoundException, TransactionCanceledException,
 *   IdempotentParameterMismatchException
 */
export function executeTransaction(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): ExecuteTransactionOutput {
  const input = validateStatementList(raw, 'TransactStatements', 'transactStatements', MAX_TRANSACTION_STATEMENTS, 'ParameterizedStatement')
  // Parameter values are checked first, and their errors are not wrapped with the statement's position.
  const params = input.statements.map((st) => validateParameters(st.Parameters))
  let first: Statement | undefined
  const wrapped = <T>(i: number, run: () => T): T => {
    try {
      return run()
    } catch (e) {
      if (e instanceof ResourceNotFoundException || !(e instanceof AwsServiceException)) throw e
      throw new ValidationException(`Validation failed in TransactStatements[${i}]: ${e.message}`)
    }
  }
  // Parsed in order; a statement of the other kind than the first (reads vs writes) stops the request.
  const statements = input.statements.map((st, i) => {
    const statement = wrapped(i, () => parseWithParameters(st.Statement, params[i]!))
    if (i > 0 && isRead(statement) !== isRead(first!)) throw new ValidationException(MSG_TX_MIXED)
    first ??= statement
    return statement
  })
  const resolved = statements.map((statement, i): Resolved => wrapped(i, () => resolve(db, statement, params[i]!)))
  const seen = new Set<string>()
  for (const r of resolved) {
    const table = r.write?.table ?? requireItemTable(db.tables, r.read!.table)
    const key = r.write?.key ?? r.read!.key
    const id = `${table.name}\u0000${table.meta.KeySchema.map((k) => keyString(key[k.AttributeName]!)).join('\u0000')}`
    if (seen.has(id)) throw new ValidationException(MSG_MULTIPLE_OPERATIONS)
    seen.add(id)
    ctx.partitions.push(table.partitionOf(key))
  }
  ctx.tableName = [...new Set(resolved.map((r) => r.write?.table.name ?? r.read!.table))].join(', ')
  if (resolved.every((r) => r.read)) return readTransaction(db, resolved, params, input.ReturnConsumedCapacity, ctx)

  const fingerprint = requestFingerprint(raw)
  if (isRepeat(db, input.ClientRequestToken, fingerprint)) {
    const reads = new TableCapacities()
    for (const { write } of resolved) {
      const stored = write!.table.get(write!.key)
      reads.add(write!.table.name, tableOnly(readUnits(stored ? itemSize(stored) : 0, 'transactional')))
    }
    for (const [name, b] of reads.byTable) recordCapacity(ctx, name, b)
    const consumed = reads.response(input.ReturnConsumedCapacity, 'read')
    return consumed ? { Responses: [], ConsumedCapacity: consumed } : { Responses: [] }
  }

  const olds = resolved.map((r) => r.write!.table.get(r.write!.key))
  const outcomes: WriteOutcome[] = []
  const reasons = resolved.map((r, i): CancellationReason => {
    const outcome = evaluateOrReason(r.write!, olds[i], params[i]!)
    if ('Code' in outcome) {
      outcomes.push({ ok: false, code: 'ConditionalCheckFailed' })
      return outcome
    }
    outcomes.push(outcome)
    if (outcome.ok) return { Code: 'None' }
    if (outcome.code === 'DuplicateItem') return { Code: 'DuplicateItem', Message: MSG_DUPLICATE_ITEM }
    return conditionFailedReason(input.statements[i]!.ReturnValuesOnConditionCheckFailure, olds[i])
  })
  if (reasons.some((r) => r.Code !== 'None')) throw transactionCanceled(reasons)

  const capacities = new TableCapacities()
  resolved.forEach(({ write }, i) => {
    const w = write!
    const old = olds[i]
    const outcome = outcomes[i] as { ok: true; next: Item | undefined }
    if (w.kind === 'check') {
      const b = doubled(tableOnly(writeUnits(old ? itemSize(old) : 0)))
      chargeWrite(db, w.table, ctx, { key: w.key, capacity: b, item: old ?? w.key })
      capacities.add(w.table.name, b)
      return
    }
    const b = doubled(writeCapacity(w.table, old, outcome.next))
    chargeWrite(db, w.table, ctx, { key: w.key, capacity: b, item: outcome.next ?? old ?? w.key })
    capacities.add(w.table.name, b)
    if (outcome.next || old) applyItemChange(db, w.table, w.key, outcome.next)
  })
  remember(db, input.ClientRequestToken, fingerprint)
  for (const [name, b] of capacities.byTable) recordCapacity(ctx, name, b)
  const consumed = capacities.response(input.ReturnConsumedCapacity, 'write')
  return consumed ? { Responses: [], ConsumedCapacity: consumed } : { Responses: [] }
}

/** Parses one statement into a read or a write, with the transaction's own restrictions. */
function resolve(db: DynamoDB, s: Statement, params: AttributeValue[]): Resolved {
  if ((s.kind === 'update' || s.kind === 'delete') && s.returning) throw new ValidationException(MSG_TX_RETURNING)
  if (s.kind === 'select') {
    if (s.source.index !== undefined) throw new ValidationException(MSG_TX_INDEX_READ)
    if (s.where) checkCondition(s.where, params)
    const table = requireItemTable(db.tables, s.source.table)
    const { key, condition } = requireFullKey(table, s.where, params, MSG_TX_SELECT_KEY)
    return { statement: s, read: { table: table.name, key, ...(condition ? { condition } : {}) } }
  }
  return { statement: s, write: prepareWrite(db, s, params) }
}

/** A write's outcome, or a ValidationError reason when the statement cannot apply to the stored item. */
function evaluateOrReason(w: PreparedWrite, old: Item | undefined, params: AttributeValue[]): WriteOutcome | CancellationReason {
  try {
    return evaluateWrite(w, old, params)
  } catch (e) {
    if (e instanceof ValidationException) return { Code: 'ValidationError', Message: e.message }
    throw e
  }
}

function readTransaction(
  db: DynamoDB,
  resolved: Resolved[],
  params: AttributeValue[][],
  mode: ReturnConsumedCapacity | undefined,
  ctx: OperationContext,
): ExecuteTransactionOutput {
  const capacities = new TableCapacities()
  const responses = resolved.map((r, i): { Item?: Item } => {
    const table = requireItemTable(db.tables, r.read!.table)
    const item = table.get(r.read!.key)
    const b = tableOnly(readUnits(item ? itemSize(item) : 0, 'transactional'))
    chargeRead(db, table, ctx, { key: r.read!.key, units: b.table })
    capacities.add(table.name, b)
    const s = r.statement as SelectStatement
    if (!item || (r.read!.condition && !evalCondition(r.read!.condition, item, params[i]!))) return {}
    return { Item: project(item, s.projection) }
  })
  for (const [name, b] of capacities.byTable) recordCapacity(ctx, name, b)
  const out: ExecuteTransactionOutput = { Responses: responses }
  const consumed = capacities.response(mode, 'read')
  if (consumed) out.ConsumedCapacity = consumed
  return out
}
