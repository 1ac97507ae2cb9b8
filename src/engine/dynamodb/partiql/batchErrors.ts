import { AwsServiceException } from '../../errors.ts'

/**
 * Exceptions → `BatchStatementError.Code` of BatchExecuteStatement, where each statement fails on its own.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchStatementError.html
 */
const CODES: Record<string, string> = {
  ValidationException: 'ValidationError',
  SerializationException: 'ValidationError',
  ResourceNotFoundException: 'ResourceNotFound',
  ConditionalCheckFailedException: 'ConditionalCheckFailed',
  DuplicateItemException: 'DuplicateItem',
  ProvisionedThroughputExceededException: 'ProvisionedThroughputExceeded',
  ThrottlingException: 'ThrottlingError',
  TransactionConflictException: 'TransactionConflict',
  ItemCollectionSizeLimitExceededException: 'ItemCollectionSizeLimitExceeded',
  RequestLimitExceeded: 'RequestLimitExceeded',
  AccessDeniedException: 'AccessDenied',
  InternalServerError: 'InternalServerError',
}

/** One statement's error in a BatchExecuteStatement response. */
export interface BatchStatementError {
  Code: string
  Message: string
}

/** The batch error for an exception, or undefined for an unexpected (non-AWS) error that must propagate. */
export function batchStatementError(e: unknown): BatchStatementError | undefined {
  if (!(e instanceof AwsServiceException)) return undefined
  return { Code: CODES[e.name] ?? e.name.replace(/Exception$/, ''), Message: e.message }
}
