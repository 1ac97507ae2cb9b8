import { invalidExpression } from './ExpressionErrors.ts'
import { Placeholders } from './Placeholders.ts'
import { parseCondition } from './conditionParser.ts'
import { checkCondition } from './conditionCheck.ts'
import { parseUpdate } from './updateParser.ts'
import { checkUpdate } from './updateCheck.ts'
import { checkProjection, parseProjection } from './projection.ts'
import { utf8Length } from '../attributes/size.ts'
import type { ExpressionKind } from './ExpressionErrors.ts'
import type { Condition } from './conditionCheck.ts'
import type { Update } from './updateCheck.ts'
import type { Projection } from './projection.ts'
import type { AttributeValue } from '../types.ts'

/**
 * DynamoDB expressions: parse, validate and evaluate ConditionExpression, FilterExpression,
 * KeyConditionExpression, UpdateExpression and ProjectionExpression.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.html
 *
 * ```ts
 * validateExpressionParameters(input, ['UpdateExpression', 'ConditionExpression'], ['AttributeUpdates', 'Expected'])
 * const { update, condition } = prepareExpressions(input)        // every ValidationException, in AWS's order
 * if (update) checkUpdateKeys(update, ['pk', 'sk'], indexKeys)   // key attributes can't be updated
 * if (condition && !evaluateCondition(condition, old)) throw new ConditionalCheckFailedException()
 * const { item, updatedPaths } = applyUpdate(update, old, input.Key) // new item; ValidationException at run time
 * const updatedNew = projectItem({ paths: updatedPaths }, item)       // ReturnValues: UPDATED_NEW
 * // Query: resolveKeyCondition(keyCondition, 'pk', 'sk', { pk: 'S', sk: 'N' }) → { hashKey, range? }
 * ```
 * Modules: tokenizer/TokenCursor (lexing, syntax errors), operandParser + conditionParser / updateParser /
 * projection (grammars), conditionCheck / updateCheck (AWS's semantic errors and their priority),
 * conditionEvaluate / updateApply / projection (run time), Placeholders (#names, :values), reservedWords.
 */

export { evaluateCondition } from './conditionEvaluate.ts'
export { applyUpdate } from './updateApply.ts'
export { projectItem } from './projection.ts'
export { resolveKeyCondition } from './keyCondition.ts'
export { formatPath, getPath } from './paths.ts'
export { isReservedWord } from './reservedWords.ts'
export { validateExpressionParameters } from './expressionParameters.ts'
export { checkUpdateKeys } from './updateKeys.ts'
export type { Condition, Operand } from './conditionCheck.ts'
export type { Update, UpdateAction, UpdateOperand } from './updateCheck.ts'
export type { Projection } from './projection.ts'
export type { KeyCondition, RangeOperator } from './keyCondition.ts'
export type { DocumentPath } from './paths.ts'
export type { ExpressionKind } from './ExpressionErrors.ts'

/** The expression parameters of a request, as sent (any subset). */
export interface ExpressionInput {
  ConditionExpression?: string
  UpdateExpression?: string
  ProjectionExpression?: string
  FilterExpression?: string
  KeyConditionExpression?: string
  ExpressionAttributeNames?: Record<string, string>
  ExpressionAttributeValues?: Record<string, AttributeValue>
}

/** Every expression of the request, parsed, checked and with placeholders substituted. */
export interface PreparedExpressions {
  condition?: Condition
  update?: Update
  projection?: Projection
  filter?: Condition
  keyCondition?: Condition
}

/** Maximum length of one expression string, in UTF-8 bytes (AWS-FACTS §1). @default 4096 */
export const MAX_EXPRESSION_BYTES = 4096

/**
 * Parses and validates every expression in `input`, the way DynamoDB does before touching a table:
 * 1. the ExpressionAttributeNames / ExpressionAttributeValues maps (empty, bad keys, bad values);
 * 2. UpdateExpression, ConditionExpression, KeyConditionExpression, FilterExpression, ProjectionExpression,
 *    in that order (`Invalid <kind>: <reason>`, e.g. `The expression can not be empty;`, syntax errors,
 *    reserved words, undefined placeholders, overlapping paths);
 * 3. names, then values, defined but used by no expression.
 * @throws ValidationException with AWS's message for the first problem
 */
export function prepareExpressions(input: ExpressionInput): PreparedExpressions {
  // Fast path: a request without expressions or placeholder maps has nothing to check (most item requests).
  if (
    input.ExpressionAttributeNames == null &&
    input.ExpressionAttributeValues == null &&
    input.UpdateExpression == null &&
    input.ConditionExpression == null &&
    input.KeyConditionExpression == null &&
    input.FilterExpression == null &&
    input.ProjectionExpression == null
  ) {
    return {}
  }
  const placeholders = new Placeholders(input.ExpressionAttributeNames ?? undefined, input.ExpressionAttributeValues ?? undefined)
  placeholders.validate()
  const prepared: PreparedExpressions = {}
  const update = input.UpdateExpression
  if (update != null) {
    prepared.update = prepare('UpdateExpression', update, (t) => parseUpdate(t), (r) => checkUpdate(r, placeholders))
  }
  const condition = (kind: ExpressionKind, text: string): Condition =>
    prepare(kind, text, (t) => parseCondition(t), (r) => checkCondition(r, placeholders))
  if (input.ConditionExpression != null) prepared.condition = condition('ConditionExpression', input.ConditionExpression)
  if (input.KeyConditionExpression != null) prepared.keyCondition = condition('KeyConditionExpression', input.KeyConditionExpression)
  if (input.FilterExpression != null) prepared.filter = condition('FilterExpression', input.FilterExpression)
  const projection = input.ProjectionExpression
  if (projection != null) {
    prepared.projection = prepare('ProjectionExpression', projection, (t) => parseProjection(t), (r) => checkProjection(r, placeholders))
  }
  placeholders.assertAllUsed()
  return prepared
}

type Outcome<T> = { result: T } | { error: string }

function prepare<Raw, Checked>(
  kind: ExpressionKind,
  text: string,
  parse: (text: string) => Outcome<Raw>,
  check: (raw: Raw) => Outcome<Checked>,
): Checked {
  if (text === '') throw invalidExpression(kind, 'The expression can not be empty;')
  const bytes = utf8Length(text)
  if (bytes > MAX_EXPRESSION_BYTES) {
    throw invalidExpression(kind, `Expression size has exceeded the maximum allowed size; expression size: ${bytes}`)
  }
  const parsed = parse(text)
  if ('error' in parsed) throw invalidExpression(kind, parsed.error)
  const checked = check(parsed.result)
  if ('error' in checked) throw invalidExpression(kind, checked.error)
  return checked.result
}
