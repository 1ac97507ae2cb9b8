import { describe, expect, it } from 'vitest'
import { validateExpressionParameters } from './index.ts'
import { validationMessage } from './testing.ts'

describe('validateExpressionParameters', () => {
  describe('validations', () => {
    it('returns ValidationException for expression and legacy parameters together', () => {
      expect(
        validationMessage(() =>
          validateExpressionParameters({ UpdateExpression: 'SET a = :v', Expected: {}, AttributeUpdates: {} }, ['UpdateExpression', 'ConditionExpression'], [
            'AttributeUpdates',
            'Expected',
          ]),
        ),
      ).toBe(
        'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributeUpdates, Expected} Expression parameters: {UpdateExpression}',
      )
    })

    it('returns ValidationException for names without expressions', () => {
      expect(validationMessage(() => validateExpressionParameters({ ExpressionAttributeNames: { '#a': 'a' } }, ['ProjectionExpression'], []))).toBe(
        'ExpressionAttributeNames can only be specified when using expressions',
      )
    })

    it('returns ValidationException for values without value-taking expressions', () => {
      expect(
        validationMessage(() =>
          validateExpressionParameters({ ExpressionAttributeValues: {} }, ['UpdateExpression', 'ConditionExpression'], []),
        ),
      ).toBe('ExpressionAttributeValues can only be specified when using expressions: UpdateExpression and ConditionExpression are null')
      expect(
        validationMessage(() =>
          validateExpressionParameters({ ProjectionExpression: 'a', ExpressionAttributeValues: {} }, ['ConditionExpression', 'ProjectionExpression'], []),
        ),
      ).toBe('ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null')
    })
  })

  describe('functionality', () => {
    it('accepts expressions with placeholders, and Query KeyConditions with a FilterExpression', () => {
      expect(() =>
        validateExpressionParameters({ ConditionExpression: 'a = :v', ExpressionAttributeValues: {} }, ['ConditionExpression'], ['Expected']),
      ).not.toThrow()
      expect(() =>
        validateExpressionParameters({ FilterExpression: 'a = :v', KeyConditions: {} }, ['ProjectionExpression', 'FilterExpression', 'KeyConditionExpression'], [
          'KeyConditions',
        ]),
      ).not.toThrow()
    })
  })
})
