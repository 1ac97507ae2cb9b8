import { AwsServiceException } from '../../errors.ts'
import { ValidationException } from '../errors.ts'

/**
 * PartiQL's error texts, as DynamoDB sends them (pinned against real AWS by public conformance suites, and
 * DynamoDB Local's `ValidationExceptionMessages`).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.html
 */

/** Prefix of every syntax error; the detail follows (or nothing, for an unreadable literal or comment). */
export const NOT_WELL_FORMED = "Statement wasn't well formed, can't be processed: "
export const MSG_LEFTOVER = 'Unexpected token after expression'
export const MSG_ALIASING = 'Aliasing is not supported'
export const MSG_INCOMPLETE_KEY = 'Where clause does not contain a mandatory equality on all key attributes'
export const MSG_DUPLICATE_ITEM = 'Duplicate primary key exists in table'
export const MSG_PARAMETER_COUNT = "Number of parameters in request and statement don't match."
export const MSG_NO_INDEX = 'The table does not have the specified index'
export const MSG_PATH_COMPONENTS = 'A path may contain at most 2 components in the FROM clause'
export const MSG_EMPTY_COMPONENT = 'Path component cannot be an empty string'
export const MSG_CONSISTENT_GSI = 'Strongly consistent read is not supported on Global Secondary Indexes'
export const MSG_EMPTY_BAG = 'Empty bags are not supported'
export const MSG_BAG_TYPES = 'Unsupported data type in Bag. DynamoDB only supports either numbers or strings in bags'
/** Middle of `One or more parameter values were invalid: Input collection [x, x] contains duplicates.` */
export const MSG_BAG_DUPLICATES = 'contains duplicates'
export const MSG_STAR_AND_OTHERS = "Other attributes should not be present in the projection when '*' is used."
export const MSG_BATCH_SELECT_KEY = 'Select statements within BatchExecuteStatement must specify the primary key in the where clause.'
export const MSG_TX_SELECT_KEY = 'Select statements within ExecuteTransaction must specify the primary key in the where clause.'
export const MSG_TX_INDEX_READ = 'Reads on indices are not supported within transactions.'
export const MSG_TX_RETURNING = 'RETURNING clause is not supported in ExecuteTransaction.'
export const MSG_TX_MIXED = 'ExecuteTransaction API does not support both read and write operations in the same request.'
export const MSG_EXISTS_OUTSIDE_TX = 'EXISTS can only be used in ExecuteTransaction write requests.'
export const MSG_EXISTS_KEY = 'EXISTS() must contain a single item read with additional condition'
export const MSG_DML_FROM = 'FROM clause may only contain a single table name in data manipulation statements'
export const MSG_INDEX_OPERATION = 'This operation is not supported on an index'
export const MSG_INVALID_NEXT_TOKEN = 'Invalid NextToken'
export const MSG_ORDER_BY_NO_WHERE = 'Must have WHERE clause in the statement when using ORDER BY clause.'
export const MSG_ORDER_BY_NO_HASH = 'Must have at least one non-optional hash key condition in WHERE clause when using ORDER BY clause.'
export const MSG_OVERLAPPING_RANGE = 'Overlapping conditions with range keys are not supported in where clause'

/** `Statement wasn't well formed, can't be processed: <detail>`. */
export function notWellFormed(detail = ''): ValidationException {
  return new ValidationException(NOT_WELL_FORMED + detail)
}

/** `Key attribute should be present in the item: Key <k>` (INSERT without a key attribute). */
export function keyAbsent(name: string): ValidationException {
  return new ValidationException(`Key attribute should be present in the item: Key ${name}`)
}

/** `Key attribute's data type should match its data type in table's schema: Key <k>`. */
export function keyTypeMismatch(name: string): ValidationException {
  return new ValidationException(`Key attribute's data type should match its data type in table's schema: Key ${name}`)
}

/** `Incorrect operand type for operator or function; operator or function: <op>, operand type: <T>`. */
export function incorrectOperand(op: string, type: string): ValidationException {
  return new ValidationException(`Incorrect operand type for operator or function; operator or function: ${op}, operand type: ${type}`)
}

/** An INSERT whose key already exists (HTTP 400). In batches its code is `DuplicateItem`. */
export class DuplicateItemException extends AwsServiceException {
  override readonly name = 'DuplicateItemException'
  constructor(message = MSG_DUPLICATE_ITEM) {
    super(message)
  }
}
