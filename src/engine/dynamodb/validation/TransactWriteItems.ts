import type { AttributeValue, Item, ReturnConsumedCapacity } from '../types.ts'
import { ValidationException } from '../errors.ts'
import { MSG_NESTING, validateAttributeValue, validateItemValues } from '../attributes/validate.ts'
import { applyUpdate, evaluateCondition, prepareExpressions } from '../expressions/index.ts'
import { itemSize } from '../attributes/size.ts'
import { MAX_ITEM_BYTES, MSG_ITEM_TOO_BIG } from './keys.ts'
import type { ItemExpressions } from './itemExpressions.ts'
import {
  RETURN_CONSUMED_CAPACITY,
  RETURN_ITEM_COLLECTION_METRICS,
  RETURN_VALUES_ON_CONDITION_CHECK_FAILURE,
  checkEnum,
  checkOptionalTypes,
  checkTableName,
  throwConstraintErrors,
  type ConstraintErrors,
} from './common.ts'
import { checkNameMap, javaText, notNull, optionalList, optionalMap, optionalString, optionalStruct, violation } from './requestShapes.ts'

/** Most actions in one transaction (TransactWriteItems or TransactGetItems). @default 100 (AWS-FACTS §7) */
export const MAX_TRANSACT_ITEMS = 100
/** Longest ClientRequestToken. @default 36 */
export const MAX_CLIENT_REQUEST_TOKEN = 36

/** AWS's texts for a TransactWriteItem with several actions / none (moto and DynamoDB Local, recorded against AWS). */
export const MSG_ONE_ACTION = 'TransactItems can only contain one of Check, Put, Update or Delete'
export const MSG_NO_ACTION = 'Invalid Request: TransactWriteRequest should contain Delete or Put or Update request'

/** AWS's text for an item or key with an attribute named `''` (TransactWriteItems, recorded 2026). */
export const MSG_EMPTY_ATTRIBUTE_NAME = 'Empty attribute name'

/** The four action kinds, in the order of the `TransactWriteItem` shape. */
export const WRITE_ACTIONS = ['ConditionCheck', 'Put', 'Delete', 'Update'] as const
export type WriteActionKind = (typeof WRITE_ACTIONS)[number]

/** One validated action of a TransactWriteItems. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItem.html */
export interface TransactWriteAction {
  kind: WriteActionKind
  TableName: string
  /** Put: the whole item; the others: the key. */
  Item?: Item
  Key?: Item
  ConditionExpression?: string
  UpdateExpression?: string
  ExpressionAttributeNames?: Record<string, string>
  ExpressionAttributeValues?: Record<string, AttributeValue>
  ReturnValuesOnConditionCheckFailure?: 'ALL_OLD' | 'NONE'
  expressions: ItemExpressions
}

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html#API_TransactWriteItems_RequestSyntax */
export interface TransactWriteItemsInput {
  TransactItems: TransactWriteAction[]
  ReturnConsumedCapacity?: ReturnConsumedCapacity
  ReturnItemCollectionMetrics?: 'SIZE' | 'NONE'
  ClientRequestToken?: string
}

/** Checks shared with TransactGetItems: `transactItems` not null and 1–100 long; `ClientRequestToken` 1–36 long. */
export function checkTransactItemsLength(errors: ConstraintErrors, items: unknown[] | undefined): void {
  if (!items) errors.push(notNull('transactItems'))
  else if (items.length < 1) errors.push(violation(`'${javaText(items)}'`, 'transactItems', 'Member must have length greater than or equal to 1'))
  else if (items.length > MAX_TRANSACT_ITEMS) {
    errors.push(violation(`'${javaText(items)}'`, 'transactItems', `Member must have length less than or equal to ${MAX_TRANSACT_ITEMS}`))
  }
}

/**
 * Validates a TransactWriteItems request (dynalite validations/transactWriteItems.js; limits from AWS-FACTS §7):
 * member types, constraints (clientRequestToken length, returnConsumedCapacity, returnItemCollectionMetrics,
 * transactItems 1–100, each action's key/item, tableName, expressions required by the kind, enum), then per
 * action in order (the first action's problem wins, whatever a later one's): exactly one kind, empty attribute
 * names, attribute values, item size, expressions. Table and key-schema checks, duplicates and conditions are
 * the operation's.
 * @throws ValidationException / SerializationException with AWS's messages
 */
export function validateTransactWriteItems(raw: Record<string, unknown>): TransactWriteItemsInput {
  checkOptionalTypes(raw, { ReturnConsumedCapacity: 'string', ReturnItemCollectionMetrics: 'string', ClientRequestToken: 'string' })
  const items = optionalList(raw.TransactItems, 'TransactItems')
  for (const entry of items ?? []) {
    const e = optionalStruct(entry, 'TransactWriteItem')
    for (const kind of WRITE_ACTIONS) {
      const a = optionalStruct(e?.[kind], kind)
      if (!a) continue
      optionalString(a.TableName)
      optionalMap(kind === 'Put' ? a.Item : a.Key)
      optionalString(a.ConditionExpression)
      optionalString(a.UpdateExpression)
      optionalString(a.ReturnValuesOnConditionCheckFailure)
      checkNameMap(a.ExpressionAttributeNames)
      optionalMap(a.ExpressionAttributeValues)
    }
  }

  const errors: ConstraintErrors = []
  // AWS lists a too-long ClientRequestToken first, then the enums (recorded us-east-1, 2026).
  const token = raw.ClientRequestToken as string | undefined
  if (token != null && token.length < 1) errors.push(violation(`'${token}'`, 'clientRequestToken', 'Member must have length greater than or equal to 1'))
  if (token != null && token.length > MAX_CLIENT_REQUEST_TOKEN) {
    errors.push(violation(`'${token}'`, 'clientRequestToken', `Member must have length less than or equal to ${MAX_CLIENT_REQUEST_TOKEN}`))
  }
  checkEnum(errors, raw.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
  checkEnum(errors, raw.ReturnItemCollectionMetrics, 'returnItemCollectionMetrics', RETURN_ITEM_COLLECTION_METRICS)
  checkTransactItemsLength(errors, items)
  ;(items ?? []).forEach((entry, i) => {
    const e = (entry ?? {}) as Record<string, Record<string, unknown> | undefined>
    for (const kind of WRITE_ACTIONS) {
      const a = e[kind]
      if (a == null) continue
      const at = `transactItems.${i + 1}.member.${kind === 'ConditionCheck' ? 'conditionCheck' : kind.toLowerCase()}`
      if ((kind === 'Put' ? a.Item : a.Key) == null) errors.push(notNull(`${at}.${kind === 'Put' ? 'item' : 'key'}`))
      checkTableName(errors, a.TableName, `${at}.tableName`)
      if (kind === 'ConditionCheck' && a.ConditionExpression == null) errors.push(notNull(`${at}.conditionExpression`))
      if (kind === 'Update' && a.UpdateExpression == null) errors.push(notNull(`${at}.updateExpression`))
      checkEnum(errors, a.ReturnValuesOnConditionCheckFailure, `${at}.returnValuesOnConditionCheckFailure`, RETURN_VALUES_ON_CONDITION_CHECK_FAILURE)
    }
  })
  throwConstraintErrors(errors)

  const actions = items!.map((entry) => writeAction(entry as Record<string, Record<string, unknown> | undefined>))
  const out: TransactWriteItemsInput = { TransactItems: actions }
  if (raw.ReturnConsumedCapacity != null) out.ReturnConsumedCapacity = raw.ReturnConsumedCapacity as ReturnConsumedCapacity
  if (raw.ReturnItemCollectionMetrics != null) out.ReturnItemCollectionMetrics = raw.ReturnItemCollectionMetrics as 'SIZE' | 'NONE'
  if (token != null) out.ClientRequestToken = token
  return out
}

function writeAction(entry: Record<string, Record<string, unknown> | undefined> | null): TransactWriteAction {
  const kinds = WRITE_ACTIONS.filter((k) => entry?.[k] != null)
  if (kinds.length > 1) throw new ValidationException(MSG_ONE_ACTION)
  if (kinds.length === 0) throw new ValidationException(MSG_NO_ACTION)
  const kind = kinds[0]!
  const a = entry![kind]!
  const action: TransactWriteAction = { kind, TableName: a.TableName as string, expressions: {} }
  // A top-level empty attribute name is reported before any of the item's values (recorded on AWS, 2026).
  if (Object.hasOwn((kind === 'Put' ? a.Item : a.Key) as object, '')) throw new ValidationException(MSG_EMPTY_ATTRIBUTE_NAME)
  if (kind === 'Put') {
    action.Item = validateItemValues(a.Item)
    if (itemSize(action.Item) > MAX_ITEM_BYTES) throw new ValidationException(MSG_ITEM_TOO_BIG)
  } else action.Key = validateItemValues(a.Key)
  for (const f of ['ConditionExpression', 'UpdateExpression', 'ExpressionAttributeNames', 'ExpressionAttributeValues', 'ReturnValuesOnConditionCheckFailure'] as const) {
    if (a[f] != null) (action as unknown as Record<string, unknown>)[f] = a[f]
  }
  if (kind !== 'Update' && a.UpdateExpression != null) {
    // Only Update has an UpdateExpression; AWS's deserializer drops unknown members of the other shapes.
    delete action.UpdateExpression
  }
  action.expressions = actionExpressions(action)
  return action
}

/**
 * The action's condition and update. Unlike the single-item actions, a transaction does not refuse an
 * ExpressionAttributeValue nested past 32 levels up front (recorded on AWS in 30 of 33 regions, 2026): the
 * condition is evaluated with it, and an update that writes it into the item cancels the transaction with a
 * `ValidationError` reason. Such values stand in as placeholders while the expressions are checked.
 */
function actionExpressions(action: TransactWriteAction): ItemExpressions {
  const deep = new Map<string, AttributeValue>()
  let values = action.ExpressionAttributeValues
  if (values && typeof values === 'object') {
    values = { ...values }
    for (const [k, v] of Object.entries(values)) {
      try {
        validateAttributeValue(v)
      } catch (e) {
        if (!(e instanceof ValidationException) || e.message !== MSG_NESTING) continue
        const stand = `\u0000transact-deep-value-${deep.size}`
        deep.set(stand, validateAttributeValue(v, 1 - Number.MAX_SAFE_INTEGER))
        values[k] = { S: stand }
      }
    }
  }
  const prepared = prepareExpressions({
    ConditionExpression: action.ConditionExpression,
    UpdateExpression: action.UpdateExpression,
    ExpressionAttributeNames: action.ExpressionAttributeNames,
    ExpressionAttributeValues: values,
  })
  if (deep.size) restoreDeepValues(prepared, deep)
  const out: ItemExpressions = {}
  const { condition, update } = prepared
  if (condition) out.condition = (item) => evaluateCondition(condition, item)
  if (update) {
    out.update = (item, key) => applyUpdate(update, item, key)
    out.updateActions = update.actions
  }
  return out
}

/** Puts the real values back where their stand-ins were substituted into the parsed expressions. */
function restoreDeepValues(node: unknown, deep: Map<string, AttributeValue>): void {
  if (!node || typeof node !== 'object') return
  const entries = Array.isArray(node) ? node.entries() : Object.entries(node as Record<string, unknown>)
  for (const [k, v] of entries) {
    const stand = v && typeof v === 'object' && !Array.isArray(v) ? (v as { S?: unknown }).S : undefined
    if (typeof stand === 'string' && deep.has(stand) && Object.keys(v as object).length === 1) {
      ;(node as Record<string | number, unknown>)[k] = deep.get(stand)
    } else restoreDeepValues(v, deep)
  }
}
