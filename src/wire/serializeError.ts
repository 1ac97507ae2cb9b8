import type { AwsServiceException } from '../engine/errors.ts'

/**
 * DynamoDB's error shape on the wire (AWS JSON 1.0,
 * https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html#operation-error-serialization).
 *
 * Every client error is HTTP 400 and every server error (`InternalServerError`) HTTP 500; the body is
 * `{"__type": "<namespace>#<Name>", "message": "..."}` plus the error's `extra` fields (`Item` on a
 * ConditionalCheckFailedException with ReturnValuesOnConditionCheckFailure, `CancellationReasons`...).
 *
 * The namespace is not always DynamoDB's: AWS's request framework ("Coral") answers some errors itself.
 * Recorded against real AWS (dynalite `test/connection.js`, `test/helpers.js`, `db/index.js`;
 * ../../../shared/AWS-FACTS.md §4.1):
 * - `com.amazon.coral.validate#ValidationException`
 * - `com.amazon.coral.service#SerializationException`, `#UnknownOperationException` and the signature
 *   errors (`MissingAuthenticationTokenException`...). These come without `message` when AWS sends none,
 *   and SerializationException spells it `Message` (e.g. `Start of list found where not expected`).
 * - `com.amazon.coral.availability#ThrottlingException`
 * - everything else: `com.amazonaws.dynamodb.v20120810#<Name>`
 *
 * DynamoDB does not send an `x-amzn-ErrorType` header; the SDK reads the code from `__type`.
 */
export interface SerializedError {
  status: number
  body: Record<string, unknown>
}

const CORAL_SERVICE = new Set([
  'SerializationException',
  'UnknownOperationException',
  'MissingAuthenticationTokenException',
  'IncompleteSignatureException',
  'InvalidSignatureException',
  'UnrecognizedClientException',
  'AccessDeniedException',
])

/** `__type` namespace for a DynamoDB error name. */
export function dynamoDBErrorNamespace(name: string): string {
  if (name === 'ValidationException') return 'com.amazon.coral.validate'
  if (name === 'ThrottlingException') return 'com.amazon.coral.availability'
  if (CORAL_SERVICE.has(name)) return 'com.amazon.coral.service'
  return 'com.amazonaws.dynamodb.v20120810'
}

/** HTTP status and JSON body DynamoDB sends for `error`. */
export function serializeDynamoDBError(error: AwsServiceException): SerializedError {
  const status = error.$fault === 'server' ? 500 : 400
  const body: Record<string, unknown> = { __type: `${dynamoDBErrorNamespace(error.name)}#${error.name}` }
  if (error.message) body[error.name === 'SerializationException' ? 'Message' : 'message'] = error.message
  if (error.extra) {
    for (const [k, v] of Object.entries(error.extra)) {
      if (k !== '__type' && k !== 'message' && v !== undefined) body[k] = v
    }
  }
  return { status, body }
}
