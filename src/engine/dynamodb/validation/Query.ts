import type { ReadInput, ValidatedRead } from './readRequest.ts'
import type { LegacyConditions } from './legacyConditions.ts'
import { ValidationException } from '../errors.ts'
import { RETURN_CONSUMED_CAPACITY, checkEnum, checkTableName, throwConstraintErrors, type ConstraintErrors } from './common.ts'
import { prepareExpressions, validateExpressionParameters } from '../expressions/index.ts'
import { checkConditionConstraints, checkConditionalOperator, checkKeyConditionArguments, validateConditions } from './legacyConditions.ts'
import { keyConditionsFromExpression } from './keyConditions.ts'
import { SELECT_VALUES, checkSelectProjection, checkSelectTarget } from './readSelect.ts'
import {
  checkAttributesToGetDuplicates,
  checkAttributesToGetLength,
  checkIndexName,
  checkInteger,
  checkMemberTypes,
  readShape,
  validateStartKey,
  withIntegers,
} from './readRequest.ts'

/** Query request (SDK v3 `QueryInput`). https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html */
export interface QueryInput extends ReadInput {
  KeyConditionExpression?: string
  /** Legacy key conditions. */
  KeyConditions?: Record<string, unknown>
  /** Legacy filter. */
  QueryFilter?: Record<string, unknown>
  /** @default true (ascending sort key order) */
  ScanIndexForward?: boolean
}

/** A Query after request-level validation. */
export interface ValidatedQuery extends ValidatedRead {
  input: QueryInput
  /** The key conditions, legacy form, one per key attribute. */
  keyConditions: LegacyConditions
}

/**
 * Validates a Query request in AWS's order, before the table is looked up (dynalite `validations/query.js`,
 * diffed against DynamoDB): member types; constraints (limit, returnConsumedCapacity, attributesToGet,
 * queryFilter, select, conditionalOperator, keyConditions, tableName, indexName); Select with a projection;
 * expression/legacy mix; QueryFilter; AttributesToGet duplicates; ExclusiveStartKey values; a key condition
 * present; the expressions; the key condition's shape; the remaining Select rules.
 * @throws ValidationException / SerializationException with AWS's messages
 */
export function validateQuery(request: Record<string, unknown>): ValidatedQuery {
  checkMemberTypes(request, {
    TableName: 'string',
    IndexName: 'string',
    Select: 'string',
    AttributesToGet: 'list',
    Limit: 'integer',
    ConsistentRead: 'boolean',
    KeyConditions: 'object',
    QueryFilter: 'object',
    ConditionalOperator: 'string',
    ScanIndexForward: 'boolean',
    ExclusiveStartKey: 'object',
    ReturnConsumedCapacity: 'string',
    ProjectionExpression: 'string',
    FilterExpression: 'string',
    KeyConditionExpression: 'string',
    ExpressionAttributeNames: 'object',
    ExpressionAttributeValues: 'object',
  })
  const raw = withIntegers(request, ['Limit'])
  const errors: ConstraintErrors = []
  checkInteger(errors, raw['Limit'], 'limit', 1)
  checkEnum(errors, raw['ReturnConsumedCapacity'], 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
  checkAttributesToGetLength(errors, raw['AttributesToGet'])
  checkConditionConstraints(errors, raw['QueryFilter'], 'queryFilter')
  checkEnum(errors, raw['Select'], 'select', SELECT_VALUES)
  checkEnum(errors, raw['ConditionalOperator'], 'conditionalOperator', ['OR', 'AND'])
  checkConditionConstraints(errors, raw['KeyConditions'], 'keyConditions')
  checkTableName(errors, raw['TableName'])
  checkIndexName(errors, raw['IndexName'])
  throwConstraintErrors(errors)
  checkSelectProjection(raw, 'Query')

  validateExpressionParameters(raw, ['ProjectionExpression', 'FilterExpression', 'KeyConditionExpression'], ['AttributesToGet', 'QueryFilter', 'ConditionalOperator', 'KeyConditions'])
  checkConditionalOperator(raw['ConditionalOperator'], raw['QueryFilter'])
  const queryFilter = validateConditions(raw['QueryFilter'])
  checkAttributesToGetDuplicates(raw['AttributesToGet'])
  checkKeyConditionArguments(raw['KeyConditions'])
  const exclusiveStartKey = validateStartKey(raw['ExclusiveStartKey'], 'Query')
  if (raw['KeyConditions'] == null && raw['KeyConditionExpression'] == null) {
    throw new ValidationException('Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.')
  }
  const input = raw as unknown as QueryInput
  const prepared = prepareExpressions({
    KeyConditionExpression: input.KeyConditionExpression,
    FilterExpression: input.FilterExpression,
    ProjectionExpression: input.ProjectionExpression,
    ExpressionAttributeNames: input.ExpressionAttributeNames,
    ExpressionAttributeValues: input.ExpressionAttributeValues,
  })
  const keyConditions = prepared.keyCondition ? keyConditionsFromExpression(prepared.keyCondition) : validateConditions(raw['KeyConditions'])!
  if (prepared.keyCondition) validateConditions(keyConditions)
  const n = Object.keys(keyConditions).length
  if (n !== 1 && n !== 2) throw new ValidationException('Conditions can be of length 1 or 2 only')
  checkSelectTarget(raw)
  return {
    input,
    keyConditions,
    filterLabel: prepared.filter ? 'Filter Expression' : 'QueryFilter',
    ...readShape(prepared.filter, queryFilter, input.ConditionalOperator, prepared.projection, input.AttributesToGet),
    ...(exclusiveStartKey ? { exclusiveStartKey } : {}),
  }
}
