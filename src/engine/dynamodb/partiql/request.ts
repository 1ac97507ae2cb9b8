import type { ReturnConsumedCapacity } from '../types.ts'
import type { ConstraintErrors } from '../validation/common.ts'
import { SerializationException } from '../errors.ts'
import { RETURN_CONSUMED_CAPACITY, RETURN_VALUES_ON_CONDITION_CHECK_FAILURE, checkEnum, checkOptionalTypes, throwConstraintErrors } from '../validation/common.ts'
import { optionalList, optionalStruct, violation } from '../validation/requestShapes.ts'

/**
 * Request shapes of ExecuteStatement, BatchExecuteStatement and ExecuteTransaction, checked the Coral way:
 * member JSON types first (SerializationException), then constraints listed together
 * (`1 validation error detected: Value '' at 'statement' failed to satisfy constraint: Member must have length
 * greater than or equal to 1`), then the parameter values.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteStatement.html#API_ExecuteStatement_RequestSyntax
 */

/** Statement length limits. @default 1–8192 characters */
export const MAX_STATEMENT_LENGTH = 8192

/** One statement with its parameters (ExecuteStatement's own fields, or a BatchStatementRequest / ParameterizedStatement). */
export interface StatementInput {
  Statement: string
  /** As sent: checked per statement by parameters.ts (a batch reports a bad one in that statement's slot). */
  Parameters: unknown[]
  ConsistentRead?: boolean
  ReturnValuesOnConditionCheckFailure?: 'ALL_OLD' | 'NONE'
}

export interface ExecuteStatementInput extends StatementInput {
  Limit?: number
  NextToken?: string
  ReturnConsumedCapacity?: ReturnConsumedCapacity
}

/** Type checks of one statement's members. @throws SerializationException */
function statementTypes(raw: Record<string, unknown>): void {
  checkOptionalTypes(raw, { Statement: 'string', ConsistentRead: 'boolean', ReturnValuesOnConditionCheckFailure: 'string' })
  optionalList(raw.Parameters, 'Parameters')
}

/** Constraint checks of one statement, field names under `prefix` (`statements.1.member.`). */
function statementConstraints(errors: ConstraintErrors, raw: Record<string, unknown>, prefix: string): void {
  const statement = raw.Statement as string | undefined | null
  if (statement == null) errors.push(violation('null', `${prefix}statement`, 'Member must not be null'))
  else if (statement.length < 1) errors.push(violation(`'${statement}'`, `${prefix}statement`, 'Member must have length greater than or equal to 1'))
  else if (statement.length > MAX_STATEMENT_LENGTH) {
    errors.push(violation(`'${statement}'`, `${prefix}statement`, `Member must have length less than or equal to ${MAX_STATEMENT_LENGTH}`))
  }
  const params = raw.Parameters as unknown[] | undefined | null
  if (params != null && params.length < 1) errors.push(violation("'[]'", `${prefix}parameters`, 'Member must have length greater than or equal to 1'))
  checkEnum(errors, raw.ReturnValuesOnConditionCheckFailure, `${prefix}returnValuesOnConditionCheckFailure`, RETURN_VALUES_ON_CONDITION_CHECK_FAILURE)
}

function statementInput(raw: Record<string, unknown>): StatementInput {
  const out: StatementInput = { Statement: raw.Statement as string, Parameters: (raw.Parameters as unknown[] | null) ?? [] }
  if (raw.ConsistentRead != null) out.ConsistentRead = raw.ConsistentRead as boolean
  if (raw.ReturnValuesOnConditionCheckFailure != null) out.ReturnValuesOnConditionCheckFailure = raw.ReturnValuesOnConditionCheckFailure as 'ALL_OLD' | 'NONE'
  return out
}

/**
 * @throws SerializationException, ValidationException (statement 1–8192 long, parameters ≥ 1, limit ≥ 1,
 *   nextToken 1–32768, enums; then invalid parameter values)
 */
export function validateExecuteStatement(raw: Record<string, unknown>): ExecuteStatementInput {
  statementTypes(raw)
  checkOptionalTypes(raw, { NextToken: 'string', ReturnConsumedCapacity: 'string' })
  if (raw.Limit != null && typeof raw.Limit !== 'number') throw serialization(raw.Limit, 'Integer')
  const errors: ConstraintErrors = []
  statementConstraints(errors, raw, '')
  const limit = raw.Limit as number | undefined | null
  if (limit != null && limit < 1) errors.push(violation(`'${limit}'`, 'limit', 'Member must have value greater than or equal to 1'))
  const token = raw.NextToken as string | undefined | null
  if (token != null && token.length < 1) errors.push(violation(`'${token}'`, 'nextToken', 'Member must have length greater than or equal to 1'))
  if (token != null && token.length > 32768) errors.push(violation(`'${token}'`, 'nextToken', 'Member must have length less than or equal to 32768'))
  checkEnum(errors, raw.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
  throwConstraintErrors(errors)
  const out: ExecuteStatementInput = statementInput(raw)
  if (limit != null) out.Limit = limit
  if (token != null) out.NextToken = token
  if (raw.ReturnConsumedCapacity != null) out.ReturnConsumedCapacity = raw.ReturnConsumedCapacity as ReturnConsumedCapacity
  return out
}

/** A list of statements (`Statements` 1–25, `TransactStatements` 1–100). */
export interface StatementListInput {
  statements: StatementInput[]
  ReturnConsumedCapacity?: ReturnConsumedCapacity
  ClientRequestToken?: string
}

/**
 * @param field request member (`Statements` / `TransactStatements`), its wire name in messages, and its maximum
 * @throws SerializationException, ValidationException
 */
export function validateStatementList(raw: Record<string, unknown>, field: string, wireName: string, max: number, memberType: string): StatementListInput {
  checkOptionalTypes(raw, { ReturnConsumedCapacity: 'string', ClientRequestToken: 'string' })
  const list = optionalList(raw[field], field)
  for (const entry of list ?? []) {
    const s = optionalStruct(entry, memberType)
    if (s) statementTypes(s)
  }
  const errors: ConstraintErrors = []
  if (list == null) errors.push(violation('null', wireName, 'Member must not be null'))
  else {
    list.forEach((entry, i) => {
      if (entry == null) errors.push(violation('null', `${wireName}.${i + 1}.member`, 'Member must not be null'))
      else statementConstraints(errors, entry as Record<string, unknown>, `${wireName}.${i + 1}.member.`)
    })
    if (list.length < 1) errors.push(violation("'[]'", wireName, 'Member must have length greater than or equal to 1'))
    if (list.length > max) errors.push(violation(`'[${list.map(() => 'ParameterizedStatement').join(', ')}]'`, wireName, `Member must have length less than or equal to ${max}`))
  }
  checkEnum(errors, raw.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
  const token = raw.ClientRequestToken as string | undefined | null
  if (token != null && (token.length < 1 || token.length > 36)) {
    errors.push(violation(`'${token}'`, 'clientRequestToken', token.length < 1 ? 'Member must have length greater than or equal to 1' : 'Member must have length less than or equal to 36'))
  }
  throwConstraintErrors(errors)
  const out: StatementListInput = { statements: list!.map((e) => statementInput(e as Record<string, unknown>)) }
  if (raw.ReturnConsumedCapacity != null) out.ReturnConsumedCapacity = raw.ReturnConsumedCapacity as ReturnConsumedCapacity
  if (token != null) out.ClientRequestToken = token
  return out
}

function serialization(value: unknown, type: string): Error {
  const kind = typeof value === 'string' ? 'STRING_VALUE' : typeof value === 'boolean' ? (value ? 'TRUE_VALUE' : 'FALSE_VALUE') : Array.isArray(value) ? 'Start of list' : 'Start of structure or map'
  return new SerializationException(`${kind} cannot be converted to ${type}`)
}
