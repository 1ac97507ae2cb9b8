import type { ReadInput, ValidatedRead } from './readRequest.ts'
import { ValidationException } from '../errors.ts'
import { RETURN_CONSUMED_CAPACITY, checkEnum, checkTableName, throwConstraintErrors, type ConstraintErrors } from './common.ts'
import { prepareExpressions, validateExpressionParameters } from '../expressions/index.ts'
import { checkConditionConstraints, checkConditionalOperator, validateConditions } from './legacyConditions.ts'
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

/** Scan request (SDK v3 `ScanInput`). https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html */
export interface ScanInput extends ReadInput {
  /** Legacy filter. */
  ScanFilter?: Record<string, unknown>
  /** Parallel scan: this worker's segment, 0-based. */
  Segment?: number
  /** Parallel scan: number of segments. */
  TotalSegments?: number
}

/** A Scan after request-level validation. */
export interface ValidatedScan extends ValidatedRead {
  input: ScanInput
}

/** Most segments a parallel Scan may use. @default 1000000 */
export const MAX_TOTAL_SEGMENTS = 1_000_000

/**
 * Validates a Scan request in AWS's order, before the table is looked up (dynalite `validations/scan.js`,
 * diffed against DynamoDB): member types; constraints (select, indexName, totalSegments,
 * returnConsumedCapacity, tableName, conditionalOperator, scanFilter, segment, attributesToGet, limit);
 * expression/legacy mix; AttributesToGet duplicates; ScanFilter; ExclusiveStartKey values; Segment and
 * TotalSegments together; the expressions; Select rules.
 * @throws ValidationException / SerializationException with AWS's messages
 */
export function validateScan(request: Record<string, unknown>): ValidatedScan {
  checkMemberTypes(request, {
    TableName: 'string',
    IndexName: 'string',
    Select: 'string',
    AttributesToGet: 'list',
    Limit: 'integer',
    ConsistentRead: 'boolean',
    ScanFilter: 'object',
    ConditionalOperator: 'string',
    ExclusiveStartKey: 'object',
    ReturnConsumedCapacity: 'string',
    Segment: 'integer',
    TotalSegments: 'integer',
    ProjectionExpression: 'string',
    FilterExpression: 'string',
    ExpressionAttributeNames: 'object',
    ExpressionAttributeValues: 'object',
  })
  const raw = withIntegers(request, ['Limit', 'Segment', 'TotalSegments'])
  const errors: ConstraintErrors = []
  checkEnum(errors, raw['Select'], 'select', SELECT_VALUES)
  checkIndexName(errors, raw['IndexName'])
  checkInteger(errors, raw['TotalSegments'], 'totalSegments', 1, MAX_TOTAL_SEGMENTS)
  checkEnum(errors, raw['ReturnConsumedCapacity'], 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
  checkTableName(errors, raw['TableName'])
  checkEnum(errors, raw['ConditionalOperator'], 'conditionalOperator', ['OR', 'AND'])
  checkConditionConstraints(errors, raw['ScanFilter'], 'scanFilter')
  checkInteger(errors, raw['Segment'], 'segment', 0, MAX_TOTAL_SEGMENTS - 1)
  checkAttributesToGetLength(errors, raw['AttributesToGet'])
  // After attributesToGet: with 11 violations AWS lists attributesToGet and drops limit (dynalite test/scan.js, recorded).
  checkInteger(errors, raw['Limit'], 'limit', 1)
  throwConstraintErrors(errors)

  validateExpressionParameters(raw, ['ProjectionExpression', 'FilterExpression'], ['AttributesToGet', 'ScanFilter', 'ConditionalOperator'])
  checkConditionalOperator(raw['ConditionalOperator'], raw['ScanFilter'])
  checkAttributesToGetDuplicates(raw['AttributesToGet'])
  const scanFilter = validateConditions(raw['ScanFilter'])
  const exclusiveStartKey = validateStartKey(raw['ExclusiveStartKey'], 'Scan')
  const segment = raw['Segment'] as number | undefined
  const total = raw['TotalSegments'] as number | undefined
  if (segment != null && total == null) {
    throw new ValidationException('The TotalSegments parameter is required but was not present in the request when Segment parameter is present')
  }
  if (total != null) {
    if (segment == null) throw new ValidationException('The Segment parameter is required but was not present in the request when parameter TotalSegments is present')
    if (segment >= total) {
      throw new ValidationException(`The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: ${segment} is not less than TotalSegments: ${total}`)
    }
  }
  const input = raw as unknown as ScanInput
  const prepared = prepareExpressions({
    FilterExpression: input.FilterExpression,
    ProjectionExpression: input.ProjectionExpression,
    ExpressionAttributeNames: input.ExpressionAttributeNames,
    ExpressionAttributeValues: input.ExpressionAttributeValues,
  })
  checkSelectProjection(raw, 'Scan')
  checkSelectTarget(raw)
  return {
    input,
    filterLabel: prepared.filter ? 'Filter Expression' : 'ScanFilter',
    ...readShape(prepared.filter, scanFilter, input.ConditionalOperator, prepared.projection, input.AttributesToGet),
    ...(exclusiveStartKey ? { exclusiveStartKey } : {}),
  }
}
