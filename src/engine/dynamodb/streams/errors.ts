import { AwsServiceException } from '../../errors.ts'

/**
 * DynamoDB Streams' own errors. Default messages are the ones AWS's API reference gives
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetRecords.html#API_streams_GetRecords_Errors).
 */

/** A shard iterator used more than 15 minutes after it was handed out. */
export class ExpiredIteratorException extends AwsServiceException {
  override readonly name = 'ExpiredIteratorException'
  constructor(message = 'The provided iterator exceeds the maximum age allowed.') {
    super(message)
  }
}

/** A read of stream records older than the 24-hour retention (already trimmed). */
export class TrimmedDataAccessException extends AwsServiceException {
  override readonly name = 'TrimmedDataAccessException'
  constructor(message = 'The data you are trying to access has been trimmed.') {
    super(message)
  }
}
