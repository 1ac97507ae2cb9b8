import { describe, expect, it } from 'vitest'
import { DYNAMODB_URL_PATTERN } from './handlers.ts'

describe('createHandlers', () => {
  describe('functionality', () => {
    it.each([
      'https://dynamodb.us-east-1.amazonaws.com/',
      'https://dynamodb.eu-central-2.amazonaws.com/',
      'https://dynamodb-fips.us-east-1.amazonaws.com/',
      'https://dynamodb.us-east-1.api.aws/',
      'https://dynamodb.cn-northwest-1.amazonaws.com.cn/',
      'https://111122223333.ddb.us-west-2.amazonaws.com/',
      'https://streams.dynamodb.us-east-1.amazonaws.com/',
    ])('matches %s', (url) => {
      expect(DYNAMODB_URL_PATTERN.test(url)).toBe(true)
    })

    it.each([
      'https://lambda.us-east-1.amazonaws.com/',
      'https://dynamodb.us-east-1.amazonaws.com.evil.example/',
      'https://evil.example/dynamodb.us-east-1.amazonaws.com/',
      'http://127.0.0.1:5173/',
    ])('leaves %s alone', (url) => {
      expect(DYNAMODB_URL_PATTERN.test(url)).toBe(false)
    })
  })
})
