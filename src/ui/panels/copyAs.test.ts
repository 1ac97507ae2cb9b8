import { describe, expect, it } from 'vitest'
import { kebabName, shellQuote, toAwsCli, toSdkV3 } from './copyAs.ts'

describe('copyAs', () => {
  it('names options the way the AWS CLI does', () => {
    expect(kebabName('TableName')).toBe('table-name')
    expect(kebabName('ReturnConsumedCapacity')).toBe('return-consumed-capacity')
    expect(kebabName('SSESpecification')).toBe('sse-specification')
    expect(kebabName('GetItem')).toBe('get-item')
    expect(kebabName('BatchWriteItem')).toBe('batch-write-item')
    expect(kebabName('ExecuteStatement')).toBe('execute-statement')
  })

  it('quotes for a POSIX shell', () => {
    expect(shellQuote('GameScores')).toBe('GameScores')
    expect(shellQuote('a b')).toBe(`'a b'`)
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`)
  })

  it('turns a GetItem into an aws dynamodb get-item command', () => {
    const cli = toAwsCli('GetItem', {
      TableName: 'GameScores',
      Key: { UserId: { S: 'alice' }, GameTitle: { S: 'Galaxy Invaders' } },
      ConsistentRead: false,
      ReturnConsumedCapacity: 'TOTAL',
    })
    expect(cli).toBe(
      [
        'aws dynamodb get-item \\',
        '  --table-name GameScores \\',
        `  --key '{"UserId":{"S":"alice"},"GameTitle":{"S":"Galaxy Invaders"}}' \\`,
        '  --no-consistent-read \\',
        '  --return-consumed-capacity TOTAL',
      ].join('\n'),
    )
  })

  it('keeps Query expressions, lists of strings, numbers and the endpoint', () => {
    const cli = toAwsCli(
      'Query',
      {
        TableName: 'GameScores',
        KeyConditionExpression: 'UserId = :u AND begins_with(GameTitle, :g)',
        ExpressionAttributeValues: { ':u': { S: 'alice' }, ':g': { S: 'G' } },
        AttributesToGet: ['UserId', 'TopScore'],
        ScanIndexForward: true,
        Limit: 5,
      },
      'http://127.0.0.1:8000',
    )
    expect(cli).toContain(`--key-condition-expression 'UserId = :u AND begins_with(GameTitle, :g)'`)
    expect(cli).toContain(`--expression-attribute-values '{":u":{"S":"alice"},":g":{"S":"G"}}'`)
    expect(cli).toContain('--attributes-to-get UserId TopScore')
    expect(cli).toContain('--scan-index-forward')
    expect(cli).toContain('--limit 5')
    expect(cli.endsWith('--endpoint-url http://127.0.0.1:8000')).toBe(true)
  })

  it('writes SDK v3 code with the command class and the same input', () => {
    const code = toSdkV3('PutItem', { TableName: 'T', Item: { pk: { S: 'a' } } })
    expect(code).toContain(`import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb'`)
    expect(code).toContain('await client.send(new PutItemCommand({')
    expect(code).toContain('"TableName": "T"')
  })
})
