import type { AttributeValue, Item } from '../types.ts'
import type { PathSteps } from '../attributes/pickPaths.ts'
import { applyUpdate, evaluateCondition, prepareExpressions, projectItem } from '../expressions/index.ts'
import type { UpdateAction } from '../expressions/index.ts'
import type { LegacyWrite } from './legacyWrites.ts'

/**
 * The item actions' view of their expressions, as ready-to-call functions. Parsing, placeholder checks
 * and evaluation belong to ../expressions/ (another module); this adapter is the only place the item
 * operations touch it.
 */
export interface ItemExpressions {
  /** ConditionExpression: true when the write may go ahead (`item` undefined = no existing item). */
  condition?: (item: Item | undefined) => boolean
  /** UpdateExpression applied to the existing item (or undefined): the new item and the paths it updated. */
  update?: (item: Item | undefined, key: Item) => { item: Item; updatedPaths: PathSteps[] }
  /** The UpdateExpression's checked actions, for the rules AWS applies before reading the item. */
  updateActions?: readonly UpdateAction[]
  /** ProjectionExpression applied to a read item. */
  projection?: (item: Item) => Item
}

export interface ItemExpressionInput {
  ConditionExpression?: string
  UpdateExpression?: string
  ProjectionExpression?: string
  ExpressionAttributeNames?: Record<string, string>
  ExpressionAttributeValues?: Record<string, AttributeValue>
  /** Expected / AttributeUpdates (legacy), already validated; used in place of the expressions. */
  legacy?: LegacyWrite
}

/**
 * Parses and validates the request's expressions.
 * @throws ValidationException with AWS's messages for bad expressions or placeholders
 */
export function prepareItemExpressions(input: ItemExpressionInput): ItemExpressions {
  const prepared = prepareExpressions({
    ConditionExpression: input.ConditionExpression,
    UpdateExpression: input.UpdateExpression,
    ProjectionExpression: input.ProjectionExpression,
    ExpressionAttributeNames: input.ExpressionAttributeNames,
    ExpressionAttributeValues: input.ExpressionAttributeValues,
  })
  const out: ItemExpressions = {}
  const { condition, update, projection } = prepared
  if (condition) out.condition = (item) => evaluateCondition(condition, item)
  if (update) {
    out.update = (item, key) => applyUpdate(update, item, key)
    out.updateActions = update.actions
  }
  if (projection) out.projection = (item) => projectItem(projection, item)
  if (input.legacy?.condition) out.condition = input.legacy.condition
  if (input.legacy?.update) out.update = input.legacy.update
  return out
}
