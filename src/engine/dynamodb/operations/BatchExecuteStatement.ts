import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { AttributeValue, ConsumedCapacity, Item } from '../types.ts'
import type { Statement } from '../partiql/ast.ts'
import type { StatementInput } from '../partiql/request.ts'
import type { TableCapacities as Capacities } from '../transactions/capacity.ts'
import { ValidationException } from '../errors.ts'
import { requireItemTable } from '../validation/keys.ts'
import { recordCapacity } from '../consumedCapacity.ts'
import { TableCapacities } from '../transactions/capacity.ts'
import { validateStatementList } from '../partiql/request.ts'
import { isRead, prepareStatement } from '../partiql/statement.ts'
import { checkCondition, evalCondition } from '../partiql/evaluate.ts'
import { requireFullKey } from '../partiql/keys.ts'
import { project, readByKey } from '../partiql/select.ts'
import { executeWrite, prepareWrite } from '../partiql/write.ts'
import { batchStatementError, type BatchStatementError } from '../partiql/batchErrors.ts'
import { MSG_BATCH_SELECT_KEY, MSG_EXISTS_OUTSIDE_TX } from '../partiql/errors.ts'

/** Most statements in one BatchExecuteStatement. @default 25 */
export const MAX_BATCH_STATEMENTS = 25

/**
 * Message for a batch mixing reads and writes (the developer guide: "The entire batch must consist of either
 * read statements or write statements"). Text from DynamoDB Local's `BatchExecuteStatementFunction`; not
 * confirmed against AWS.
 */
export const MSG_BATCH_MIXED = 'Read and write requests together in the same batch is not supported.'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchStatementResponse.html */
export interface BatchStatementResponse {
  Error?: BatchStatementError
  /** The statement's table, when the statement ran (absent when it was refused before reaching its table). */
  TableName?: string
  /** SELECT's item (absent when there is none), or a write's RETURNING item. */
  Item?: Item
}

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchExecuteStatement.html#API_BatchExecuteStatement_ResponseSyntax */
export interface BatchExecuteStatementOutput {
  Responses: BatchStatementResponse[]
  /** One entry per table. */
  ConsumedCapacity?: ConsumedCapacity[]
}

/**
 * BatchExecuteStatement: up to 25 statements, all reads or all writes, each run on its own. A statement that
 * fails gets an `Error {Code, Message}` in its response slot (`ValidationError`, `ResourceNotFound`,
 * `ConditionalCheckFailed`, `DuplicateItem`, ...) and the others still run; the call itself succeeds.
 * Each SELECT must name its table's full primary key with `=` (`Select statements within BatchExecuteStatement
 * must specify the primary key in the where clause.`) and reads one item, charged like GetItem with the
 * member's own ConsistentRead. Writes are charged like the single-item writes.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchExecuteStatement.html
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.multiplestatements.batching.html
 * @throws ValidationException (request shape, 1–25 statements, mixed reads and writes), SerializationException
 */
export function batchExecuteStatement(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): BatchExecuteStatementOutput {
  const input = validateStatementList(raw, 'Statements', 'statements', MAX_BATCH_STATEMENTS, 'BatchStatementRequest')
  const parsed = input.statements.map((st): { statement: Statement; params: AttributeValue[] } | { error: unknown } => {
    try {
      return prepareStatement(st.Statement, st.Parameters)
    } catch (error) {
      return { error }
    }
  })
  const kinds = new Set(parsed.flatMap((p) => ('statement' in p ? [isRead(p.statement)] : [])))
  if (kinds.size > 1) throw new ValidationException(MSG_BATCH_MIXED)

  const capacities = new TableCapacities()
  const tables = new Set<string>()
  const responses = parsed.map((p, i): BatchStatementResponse => {
    if ('error' in p) return failed(p.error, undefined)
    const state: { ran?: string } = {}
    try {
      return runOne(db, p.statement, p.params, input.statements[i]!, ctx, capacities, state, tables)
    } catch (e) {
      return failed(e, state.ran)
    }
  })
  ctx.tableName = [...tables].join(', ')
  for (const [name, b] of capacities.byTable) recordCapacity(ctx, name, b)
  const out: BatchExecuteStatementOutput = { Responses: responses }
  const consumed = capacities.response(input.ReturnConsumedCapacity)
  if (consumed) out.ConsumedCapacity = consumed
  return out
}

function failed(e: unknown, tableName: string | undefined): BatchStatementResponse {
  const error = batchStatementError(e)
  if (!error) throw e
  return tableName === undefined ? { Error: error } : { Error: error, TableName: tableName }
}

function runOne(
  db: DynamoDB,
  s: Statement,
  params: AttributeValue[],
  st: StatementInput,
  ctx: OperationContext,
  capacities: Capacities,
  state: { ran?: string },
  tables: Set<string>,
): BatchStatementResponse {
  if (s.kind === 'exists') throw new ValidationException(MSG_EXISTS_OUTSIDE_TX)
  if (s.kind === 'select') {
    if (s.where) checkCondition(s.where, params)
    const table = requireItemTable(db.tables, s.source.table)
    if (s.source.index !== undefined) throw new ValidationException(MSG_BATCH_SELECT_KEY)
    const { key, condition } = requireFullKey(table, s.where, params, MSG_BATCH_SELECT_KEY)
    state.ran = table.name
    tables.add(table.name)
    const { item, capacity } = readByKey(db, table, key, st.ConsistentRead === true, ctx)
    capacities.add(table.name, capacity)
    const out: BatchStatementResponse = { TableName: table.name }
    if (item && (!condition || evalCondition(condition, item, params))) out.Item = project(item, s.projection)
    return out
  }
  const write = prepareWrite(db, s, params)
  state.ran = write.table.name
  tables.add(write.table.name)
  const result = executeWrite(db, write, params, ctx, undefined, (b) => capacities.add(write.table.name, b))
  const out: BatchStatementResponse = { TableName: write.table.name }
  if (result.item && Object.keys(result.item).length > 0) out.Item = result.item
  return out
}
