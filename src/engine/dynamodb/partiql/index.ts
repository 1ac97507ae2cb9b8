/**
 * PartiQL for DynamoDB: the statements behind ExecuteStatement, BatchExecuteStatement and ExecuteTransaction
 * (operations/ExecuteStatement.ts, BatchExecuteStatement.ts, ExecuteTransaction.ts).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.html
 * Facts: ../../../../../shared/AWS-FACTS.md §8 (PartiQL), §7 (transactions), §2 (capacity).
 *
 * ## Pipeline
 * 1. request.ts: the request shape (Coral constraint messages).
 * 2. parameters.ts: `Parameters` values, numbers read as AWS reads them.
 * 3. tokenizer.ts → parser.ts (keywords.ts): the statement → ast.ts; syntax errors are
 *    `Statement wasn't well formed, can't be processed: <detail>` (errors.ts).
 * 4. evaluate.ts: WHERE checks before the read (`Incorrect operand type…`, functions), and evaluation of
 *    conditions and SET values on an item with ConditionExpression semantics; values.ts for literals.
 * 5. Reads: selectPlan.ts decides GetItem / Query / Scan from the WHERE (keys.ts finds key equalities),
 *    select.ts reads one page (indexes/readPage.ts), nextToken.ts resumes it.
 * 6. Writes: write.ts prepares INSERT / UPDATE / DELETE / EXISTS on one item, evaluates them against the stored
 *    item (updateActions.ts for SET / REMOVE) and stores through writes.ts with the physics charge.
 *
 * ```ts
 * const { statement, params } = prepareStatement(text, rawParameters)
 * if (statement.kind === 'select') runSelect(db, table, planSelect(table, statement, params, consistent), params, opts, ctx)
 * else executeWrite(db, prepareWrite(db, statement, params), params, ctx)
 * ```
 */
export { prepareStatement, parseWithParameters, isRead } from './statement.ts'
export { parseStatement } from './parser.ts'
export { planSelect, type SelectPlan } from './selectPlan.ts'
export { runSelect, readByKey, project, type SelectResult, type SelectOptions } from './select.ts'
export { prepareWrite, evaluateWrite, executeWrite, type PreparedWrite, type WriteOutcome, type WriteResult } from './write.ts'
export { DuplicateItemException } from './errors.ts'
export type { Statement, SelectStatement, InsertStatement, UpdateStatement, DeleteStatement, ExistsStatement, Expr } from './ast.ts'
