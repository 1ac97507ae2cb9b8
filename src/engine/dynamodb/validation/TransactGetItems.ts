import type { Item, ReturnConsumedCapacity } from '../types.ts'
import { validateItemValues } from '../attributes/validate.ts'
import { prepareItemExpressions, type ItemExpressions } from './itemExpressions.ts'
import { RETURN_CONSUMED_CAPACITY, checkEnum, checkOptionalTypes, checkTableName, throwConstraintErrors, type ConstraintErrors } from './common.ts'
import { checkNameMap, notNull, optionalList, optionalMap, optionalString, optionalStruct } from './requestShapes.ts'
import { checkTransactItemsLength } from './TransactWriteItems.ts'

/** One validated `Get` of a TransactGetItems. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Get.html */
export interface TransactGetAction {
  TableName: string
  Key: Item
  ProjectionExpression?: string
  ExpressionAttributeNames?: Record<string, string>
  expressions: ItemExpressions
}

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html#API_TransactGetItems_RequestSyntax */
export interface TransactGetItemsInput {
  TransactItems: TransactGetAction[]
  ReturnConsumedCapacity?: ReturnConsumedCapacity
}

/**
 * Validates a TransactGetItems request: member types, constraints (returnConsumedCapacity, transactItems 1–100,
 * each item's get / get.key / get.tableName), then per Get: key values and ProjectionExpression.
 * @throws ValidationException / SerializationException with AWS's messages
 */
export function validateTransactGetItems(raw: Record<string, unknown>): TransactGetItemsInput {
  checkOptionalTypes(raw, { ReturnConsumedCapacity: 'string' })
  const items = optionalList(raw.TransactItems, 'TransactItems')
  for (const entry of items ?? []) {
    const get = optionalStruct(optionalStruct(entry, 'TransactGetItem')?.Get, 'Get')
    if (!get) continue
    optionalString(get.TableName)
    optionalMap(get.Key)
    optionalString(get.ProjectionExpression)
    checkNameMap(get.ExpressionAttributeNames)
  }

  const errors: ConstraintErrors = []
  checkEnum(errors, raw.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
  checkTransactItemsLength(errors, items)
  ;(items ?? []).forEach((entry, i) => {
    const at = `transactItems.${i + 1}.member.get`
    const get = (entry as Record<string, Record<string, unknown> | undefined> | null)?.Get
    if (get == null) {
      errors.push(notNull(at))
      return
    }
    if (get.Key == null) errors.push(notNull(`${at}.key`))
    checkTableName(errors, get.TableName, `${at}.tableName`)
  })
  throwConstraintErrors(errors)

  const actions = items!.map((entry) => {
    const get = (entry as Record<string, Record<string, unknown>>).Get!
    const action: TransactGetAction = { TableName: get.TableName as string, Key: validateItemValues(get.Key), expressions: {} }
    if (get.ProjectionExpression != null) action.ProjectionExpression = get.ProjectionExpression as string
    if (get.ExpressionAttributeNames != null) action.ExpressionAttributeNames = get.ExpressionAttributeNames as Record<string, string>
    action.expressions = prepareItemExpressions({
      ProjectionExpression: action.ProjectionExpression,
      ExpressionAttributeNames: action.ExpressionAttributeNames,
    })
    return action
  })
  const out: TransactGetItemsInput = { TransactItems: actions }
  if (raw.ReturnConsumedCapacity != null) out.ReturnConsumedCapacity = raw.ReturnConsumedCapacity as ReturnConsumedCapacity
  return out
}
