import { AwsServiceException } from '../errors.ts'

/**
 * DynamoDB's errors, one class each. Names and default messages are AWS's
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html,
 * ../../../../shared/AWS-FACTS.md §4). The wire layer sends every client error as HTTP 400 with
 * `__type: com.amazonaws.dynamodb.v20120810#<name>` (ValidationException: `com.amazon.coral.validate#…`).
 */

/** Invalid input. Message varies: always pass AWS's exact text. */
export class ValidationException extends AwsServiceException {
  override readonly name = 'ValidationException'
}

/** The request body is not valid JSON or does not match the operation's shape. */
export class SerializationException extends AwsServiceException {
  override readonly name = 'SerializationException'
}

/** The X-Amz-Target names no DynamoDB operation. */
export class UnknownOperationException extends AwsServiceException {
  override readonly name = 'UnknownOperationException'
  constructor(message = '') {
    super(message)
  }
}

export class ResourceNotFoundException extends AwsServiceException {
  override readonly name = 'ResourceNotFoundException'
  constructor(message = 'Requested resource not found') {
    super(message)
  }
}

/** e.g. `Table already exists: <name>`, `Attempt to change a resource which is still in use: Table is being created: <name>`. */
export class ResourceInUseException extends AwsServiceException {
  override readonly name = 'ResourceInUseException'
}

export class LimitExceededException extends AwsServiceException {
  override readonly name = 'LimitExceededException'
  constructor(message = 'Too many operations for a given subscriber.') {
    super(message)
  }
}

export class ConditionalCheckFailedException extends AwsServiceException {
  override readonly name = 'ConditionalCheckFailedException'
  constructor(message = 'The conditional request failed') {
    super(message)
  }
}

/** Request rate too high for the table's (or a GSI's) provisioned RCU/WCU. */
export class ProvisionedThroughputExceededException extends AwsServiceException {
  override readonly name = 'ProvisionedThroughputExceededException'
  constructor(
    message = 'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
  ) {
    super(message)
  }
}

export class ThrottlingException extends AwsServiceException {
  override readonly name = 'ThrottlingException'
  constructor(message = 'Rate of requests exceeds the allowed throughput.') {
    super(message)
  }
}

export class RequestLimitExceeded extends AwsServiceException {
  override readonly name = 'RequestLimitExceeded'
  constructor(
    message = 'Throughput exceeds the current throughput limit for your account. To request a limit increase, contact AWS Support at https://aws.amazon.com/support',
  ) {
    super(message)
  }
}

export class ItemCollectionSizeLimitExceededException extends AwsServiceException {
  override readonly name = 'ItemCollectionSizeLimitExceededException'
  constructor(message = 'Collection size exceeded.') {
    super(message)
  }
}

export class TransactionCanceledException extends AwsServiceException {
  override readonly name = 'TransactionCanceledException'
}

export class TransactionConflictException extends AwsServiceException {
  override readonly name = 'TransactionConflictException'
}

export class IdempotentParameterMismatchException extends AwsServiceException {
  override readonly name = 'IdempotentParameterMismatchException'
}

/** Coral's authorization error (`com.amazon.coral.service#AccessDeniedException`), e.g. a malformed ResourceArn on the tag actions. */
export class AccessDeniedException extends AwsServiceException {
  override readonly name = 'AccessDeniedException'
}

/** HTTP 500. Also used when the simulator itself hits a bug, so the client sees an AWS-shaped error. */
export class InternalServerError extends AwsServiceException {
  override readonly name = 'InternalServerError'
  override readonly $fault = 'server' as const
}
