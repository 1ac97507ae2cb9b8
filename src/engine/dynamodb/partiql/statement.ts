import type { AttributeValue } from '../types.ts'
import type { Statement } from './ast.ts'
import { ValidationException } from '../errors.ts'
import { parseStatement } from './parser.ts'
import { MSG_PARAMETER_COUNT } from './errors.ts'
import { validateParameters } from './parameters.ts'

/**
 * Parses a statement and binds its `?` parameters: fewer Parameters than `?` is refused; extra ones are
 * ignored (as DynamoDB does).
 * @throws ValidationException syntax errors, `Number of parameters in request and statement don't match.`
 */
export function parseWithParameters(text: string, params: readonly AttributeValue[]): Statement {
  const { statement, parameterCount } = parseStatement(text)
  if (params.length < parameterCount) throw new ValidationException(MSG_PARAMETER_COUNT)
  return statement
}

/**
 * Validates a statement's parameters, then parses it.
 * @throws ValidationException parameter values (numbers, nesting), syntax, parameter count
 */
export function prepareStatement(text: string, rawParams: readonly unknown[]): { statement: Statement; params: AttributeValue[] } {
  const params = validateParameters(rawParams)
  return { statement: parseWithParameters(text, params), params }
}

/** True for SELECT (a read); INSERT / UPDATE / DELETE / EXISTS are writes. */
export function isRead(s: Statement): boolean {
  return s.kind === 'select'
}
