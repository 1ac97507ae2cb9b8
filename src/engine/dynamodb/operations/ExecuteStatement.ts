import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { ConsumedCapacity, Item } from '../types.ts'
import { ValidationException } from '../errors.ts'
import { requireItemTable } from '../validation/keys.ts'
import { consumedCapacityFor, recordCapacity } from '../consumedCapacity.ts'
import { validateExecuteStatement } from '../partiql/request.ts'
import { prepareStatement } from '../partiql/statement.ts'
import { checkCondition } from '../partiql/evaluate.ts'
import { planSelect } from '../partiql/selectPlan.ts'
import { runSelect } from '../partiql/select.ts'
import { executeWrite, prepareWrite } from '../partiql/write.ts'
import { MSG_EXISTS_OUTSIDE_TX } from '../partiql/errors.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteStatement.html#API_ExecuteStatement_ResponseSyntax */
export interface ExecuteStatementOutput {
  /** SELECT: the page's items. Writes: `[]`, or the RETURNING item. */
  Items: Item[]
  /** Present when a SELECT stopped early (Limit or 1 MB); send it back to read on. */
  NextToken?: string
  LastEvaluatedKey?: Item
  ConsumedCapacity?: ConsumedCapacity
}

/**
 * ExecuteStatement: one PartiQL statement (SELECT, INSERT, UPDATE or DELETE) with `?` Parameters.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteStatement.html
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.html
 *
 * Order: request shape, syntax, parameter count, WHERE literals, table (`Requested resource not found`), index
 * and key checks, then the read or write. A SELECT runs as GetItem / Query / Scan (selectPlan.ts) and is charged
 * like them; writes are charged like PutItem / UpdateItem / DeleteItem (a failed condition or a duplicate INSERT
 * still consumes write units).
 * @throws ValidationException, SerializationException, ResourceNotFoundException, ConditionalCheckFailedException,
 *   DuplicateItemException, ProvisionedThroughputExceededException / ThrottlingException
 */
export function executeStatement(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): ExecuteStatementOutput {
  const input = validateExecuteStatement(raw)
  const { statement: s, params } = prepareStatement(input.Statement, input.Parameters)
  if (s.kind === 'exists') throw new ValidationException(MSG_EXISTS_OUTSIDE_TX)
  ctx.notes['statementKind'] = s.kind.toUpperCase()
  if (s.kind === 'select') {
    if (s.where) checkCondition(s.where, params)
    const table = requireItemTable(db.tables, s.source.table)
    ctx.tableName = table.name
    const consistent = input.ConsistentRead === true
    ctx.notes['consistentRead'] = consistent
    const plan = planSelect(table, s, params, consistent)
    const result = runSelect(db, table, plan, params, {
      consistent,
      ...(input.Limit !== undefined ? { limit: input.Limit } : {}),
      ...(input.NextToken !== undefined ? { nextToken: input.NextToken } : {}),
      statementText: input.Statement,
    }, ctx)
    recordCapacity(ctx, table.name, result.capacity)
    const out: ExecuteStatementOutput = { Items: result.items }
    if (result.nextToken) out.NextToken = result.nextToken
    if (result.lastEvaluatedKey) out.LastEvaluatedKey = result.lastEvaluatedKey
    const consumed = consumedCapacityFor(input.ReturnConsumedCapacity, table.name, result.capacity)
    if (consumed) out.ConsumedCapacity = consumed
    return out
  }
  const write = prepareWrite(db, s, params)
  ctx.tableName = write.table.name
  const result = executeWrite(db, write, params, ctx, input.ReturnValuesOnConditionCheckFailure)
  const out: ExecuteStatementOutput = { Items: result.item ? [result.item] : [] }
  const consumed = consumedCapacityFor(input.ReturnConsumedCapacity, write.table.name, result.capacity)
  if (consumed) out.ConsumedCapacity = consumed
  return out
}
