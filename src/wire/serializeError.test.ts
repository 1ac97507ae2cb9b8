import { describe, expect, it } from 'vitest'
import {
  ConditionalCheckFailedException,
  InternalServerError,
  RequestLimitExceeded,
  ResourceNotFoundException,
  SerializationException,
  UnknownOperationException,
  ValidationException,
} from '../engine/dynamodb/errors.ts'
import { dynamoDBErrorNamespace, serializeDynamoDBError } from './serializeError.ts'

describe('serializeDynamoDBError', () => {
  describe('functionality', () => {
    it('uses AWS namespaces: coral.validate, coral.service, coral.availability, dynamodb.v20120810', () => {
      expect(dynamoDBErrorNamespace('ValidationException')).toBe('com.amazon.coral.validate')
      expect(dynamoDBErrorNamespace('SerializationException')).toBe('com.amazon.coral.service')
      expect(dynamoDBErrorNamespace('UnknownOperationException')).toBe('com.amazon.coral.service')
      expect(dynamoDBErrorNamespace('MissingAuthenticationTokenException')).toBe('com.amazon.coral.service')
      expect(dynamoDBErrorNamespace('ThrottlingException')).toBe('com.amazon.coral.availability')
      expect(dynamoDBErrorNamespace('RequestLimitExceeded')).toBe('com.amazonaws.dynamodb.v20120810')
      expect(dynamoDBErrorNamespace('ResourceNotFoundException')).toBe('com.amazonaws.dynamodb.v20120810')
    })

    it('sends ResourceNotFoundException as 400 with __type and message (AWS-FACTS §4.1)', () => {
      expect(serializeDynamoDBError(new ResourceNotFoundException('Requested resource not found: Table: tablename not found'))).toEqual({
        status: 400,
        body: {
          __type: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException',
          message: 'Requested resource not found: Table: tablename not found',
        },
      })
    })

    it('sends InternalServerError as 500', () => {
      expect(serializeDynamoDBError(new InternalServerError('Internal server error')).status).toBe(500)
    })

    it('sends RequestLimitExceeded as 400', () => {
      expect(serializeDynamoDBError(new RequestLimitExceeded()).status).toBe(400)
    })

    it('leaves message out when AWS sends none', () => {
      expect(serializeDynamoDBError(new UnknownOperationException()).body).toEqual({ __type: 'com.amazon.coral.service#UnknownOperationException' })
      expect(serializeDynamoDBError(new SerializationException('')).body).toEqual({ __type: 'com.amazon.coral.service#SerializationException' })
    })

    it("spells SerializationException's message 'Message', as Coral does", () => {
      expect(serializeDynamoDBError(new SerializationException('Start of list found where not expected')).body).toEqual({
        __type: 'com.amazon.coral.service#SerializationException',
        Message: 'Start of list found where not expected',
      })
    })

    it('adds extra fields such as Item next to message', () => {
      const e = new ConditionalCheckFailedException()
      e.extra = { Item: { pk: { S: '1' } } }
      expect(serializeDynamoDBError(e).body).toEqual({
        __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
        message: 'The conditional request failed',
        Item: { pk: { S: '1' } },
      })
    })

    it('keeps ValidationException messages verbatim', () => {
      const message = 'One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N'
      expect(serializeDynamoDBError(new ValidationException(message)).body.message).toBe(message)
    })
  })
})
