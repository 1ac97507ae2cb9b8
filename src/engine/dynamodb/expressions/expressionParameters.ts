import { ValidationException } from '../errors.ts'
import type { ExpressionKind } from './ExpressionErrors.ts'

/**
 * Request-level rules on mixing expression parameters with their legacy counterparts and on placeholders
 * without expressions, checked by each item operation before {@link prepareExpressions}
 * (dynalite `validations/index.js` `validateExpressionParams`, diffed against DynamoDB).
 *
 * @param input the request
 * @param expressions the expression parameters the operation accepts, in AWS's order, e.g. UpdateItem:
 *   `['UpdateExpression', 'ConditionExpression']`, Query: `['ProjectionExpression', 'FilterExpression', 'KeyConditionExpression']`
 * @param nonExpressions the legacy parameters, e.g. `['AttributeUpdates', 'Expected']`
 * @throws ValidationException
 * - `Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}`
 * - `ExpressionAttributeNames can only be specified when using expressions`
 * - `ExpressionAttributeValues can only be specified when using expressions: UpdateExpression and ConditionExpression are null`
 */
export function validateExpressionParameters(
  input: Readonly<Record<string, unknown>>,
  expressions: readonly ExpressionKind[],
  nonExpressions: readonly string[],
): void {
  const given = (name: string) => input[name] !== undefined && input[name] !== null
  const used = expressions.filter(given)
  if (used.length > 0) {
    // Query's KeyConditions may be combined with the other expressions when there is no KeyConditionExpression.
    const legacy = nonExpressions.filter((p) => given(p) && !(p === 'KeyConditions' && !given('KeyConditionExpression')))
    if (legacy.length > 0) {
      throw new ValidationException(
        `Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {${legacy.join(', ')}} Expression parameters: {${used.join(', ')}}`,
      )
    }
  }
  if (given('ExpressionAttributeNames') && used.length === 0) {
    throw new ValidationException('ExpressionAttributeNames can only be specified when using expressions')
  }
  const valueExpressions = expressions.filter((e) => e !== 'ProjectionExpression')
  if (valueExpressions.length > 0 && given('ExpressionAttributeValues') && !valueExpressions.some(given)) {
    throw new ValidationException(
      `ExpressionAttributeValues can only be specified when using expressions: ${valueExpressions.join(' and ')} ${valueExpressions.length > 1 ? 'are' : 'is'} null`,
    )
  }
}
