/**
 * Request templates of the operation console, one per operation of the engine's dispatch table
 * (src/engine/dynamodb/operations/index.ts). `{{table}}` is replaced by the selected table's name; `{{arn}}`
 * by its ARN. Keys use the example table GameScores (UserId HASH, GameTitle RANGE). Shapes follow the API reference
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Operations_Amazon_DynamoDB.html).
 */
export const CONSOLE_TEMPLATES: Record<string, unknown> = {
  ListTables: { Limit: 10 },
  DescribeTable: { TableName: '{{table}}' },
  CreateTable: {
    TableName: 'Music',
    KeySchema: [
      { AttributeName: 'Artist', KeyType: 'HASH' },
      { AttributeName: 'SongTitle', KeyType: 'RANGE' },
    ],
    AttributeDefinitions: [
      { AttributeName: 'Artist', AttributeType: 'S' },
      { AttributeName: 'SongTitle', AttributeType: 'S' },
    ],
    BillingMode: 'PROVISIONED',
    ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
  },
  UpdateTable: { TableName: '{{table}}', ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 5 } },
  DeleteTable: { TableName: '{{table}}' },
  PutItem: {
    TableName: '{{table}}',
    Item: { UserId: { S: 'zoe' }, GameTitle: { S: 'Galaxy Invaders' }, TopScore: { N: '4200' } },
    ReturnConsumedCapacity: 'INDEXES',
  },
  GetItem: {
    TableName: '{{table}}',
    Key: { UserId: { S: 'alice' }, GameTitle: { S: 'Galaxy Invaders' } },
    ConsistentRead: false,
    ReturnConsumedCapacity: 'INDEXES',
  },
  UpdateItem: {
    TableName: '{{table}}',
    Key: { UserId: { S: 'alice' }, GameTitle: { S: 'Galaxy Invaders' } },
    UpdateExpression: 'SET TopScore = :s REMOVE Losses',
    ExpressionAttributeValues: { ':s': { N: '9999' } },
    ReturnValues: 'ALL_NEW',
    ReturnConsumedCapacity: 'INDEXES',
  },
  DeleteItem: {
    TableName: '{{table}}',
    Key: { UserId: { S: 'zoe' }, GameTitle: { S: 'Galaxy Invaders' } },
    ReturnValues: 'ALL_OLD',
    ReturnConsumedCapacity: 'INDEXES',
  },
  Scan: { TableName: '{{table}}', Limit: 10, ReturnConsumedCapacity: 'INDEXES' },
  Query: {
    TableName: '{{table}}',
    KeyConditionExpression: 'UserId = :u AND begins_with(GameTitle, :g)',
    FilterExpression: 'TopScore > :min',
    ExpressionAttributeValues: { ':u': { S: 'alice' }, ':g': { S: 'G' }, ':min': { N: '1000' } },
    ScanIndexForward: true,
    Limit: 10,
    ReturnConsumedCapacity: 'INDEXES',
  },
  BatchGetItem: {
    RequestItems: {
      '{{table}}': {
        Keys: [
          { UserId: { S: 'alice' }, GameTitle: { S: 'Galaxy Invaders' } },
          { UserId: { S: 'bob' }, GameTitle: { S: 'Meteor Blasters' } },
        ],
        ProjectionExpression: 'UserId, GameTitle, TopScore',
        ConsistentRead: false,
      },
    },
    ReturnConsumedCapacity: 'INDEXES',
  },
  BatchWriteItem: {
    RequestItems: {
      '{{table}}': [
        { PutRequest: { Item: { UserId: { S: 'zoe' }, GameTitle: { S: 'Starship X' }, TopScore: { N: '1200' } } } },
        { DeleteRequest: { Key: { UserId: { S: 'zoe' }, GameTitle: { S: 'Galaxy Invaders' } } } },
      ],
    },
    ReturnConsumedCapacity: 'INDEXES',
    ReturnItemCollectionMetrics: 'SIZE',
  },
  TransactWriteItems: {
    TransactItems: [
      {
        ConditionCheck: {
          TableName: '{{table}}',
          Key: { UserId: { S: 'alice' }, GameTitle: { S: 'Galaxy Invaders' } },
          ConditionExpression: 'attribute_exists(UserId)',
        },
      },
      {
        Put: {
          TableName: '{{table}}',
          Item: { UserId: { S: 'zoe' }, GameTitle: { S: 'Meteor Blasters' }, TopScore: { N: '300' } },
          ConditionExpression: 'attribute_not_exists(UserId)',
        },
      },
      {
        Update: {
          TableName: '{{table}}',
          Key: { UserId: { S: 'bob' }, GameTitle: { S: 'Starship X' } },
          UpdateExpression: 'ADD Wins :one',
          ExpressionAttributeValues: { ':one': { N: '1' } },
        },
      },
    ],
    ClientRequestToken: 'transfer-0001',
    ReturnConsumedCapacity: 'INDEXES',
  },
  TransactGetItems: {
    TransactItems: [
      { Get: { TableName: '{{table}}', Key: { UserId: { S: 'alice' }, GameTitle: { S: 'Galaxy Invaders' } } } },
      { Get: { TableName: '{{table}}', Key: { UserId: { S: 'bob' }, GameTitle: { S: 'Starship X' } }, ProjectionExpression: 'TopScore' } },
    ],
    ReturnConsumedCapacity: 'INDEXES',
  },
  ExecuteStatement: {
    Statement: 'SELECT * FROM "{{table}}" WHERE UserId = ? AND TopScore > ?',
    Parameters: [{ S: 'alice' }, { N: '1000' }],
    ConsistentRead: false,
    ReturnConsumedCapacity: 'INDEXES',
  },
  BatchExecuteStatement: {
    Statements: [
      { Statement: 'SELECT * FROM "{{table}}" WHERE UserId = ? AND GameTitle = ?', Parameters: [{ S: 'alice' }, { S: 'Galaxy Invaders' }] },
      { Statement: 'SELECT * FROM "{{table}}" WHERE UserId = ? AND GameTitle = ?', Parameters: [{ S: 'bob' }, { S: 'Starship X' }] },
    ],
    ReturnConsumedCapacity: 'INDEXES',
  },
  ExecuteTransaction: {
    TransactStatements: [
      { Statement: `INSERT INTO "{{table}}" VALUE {'UserId': ?, 'GameTitle': ?, 'TopScore': ?}`, Parameters: [{ S: 'zoe' }, { S: 'Starship X' }, { N: '10' }] },
      { Statement: 'UPDATE "{{table}}" SET Wins = Wins + 1 WHERE UserId = ? AND GameTitle = ?', Parameters: [{ S: 'alice' }, { S: 'Galaxy Invaders' }] },
    ],
    ClientRequestToken: 'ptx-0001',
    ReturnConsumedCapacity: 'INDEXES',
  },
  UpdateTimeToLive: { TableName: '{{table}}', TimeToLiveSpecification: { Enabled: true, AttributeName: 'ExpiresAt' } },
  DescribeTimeToLive: { TableName: '{{table}}' },
  TagResource: {
    ResourceArn: '{{arn}}',
    Tags: [
      { Key: 'team', Value: 'games' },
      { Key: 'env', Value: 'dev' },
    ],
  },
  UntagResource: { ResourceArn: '{{arn}}', TagKeys: ['env'] },
  ListTagsOfResource: { ResourceArn: '{{arn}}' },
}

/**
 * ARN of a table in the simulator's account and Region (the engine's defaults).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/access-control-resource-based.html
 */
export function tableArnFor(table: string): string {
  return `arn:aws:dynamodb:us-east-1:123456789012:table/${table}`
}

/** The template for `operation` as pretty JSON, with the table name filled in. */
export function templateFor(operation: string, table: string): string {
  const t = CONSOLE_TEMPLATES[operation] ?? {}
  return JSON.stringify(t, null, 2).replaceAll('{{arn}}', tableArnFor(table)).replaceAll('{{table}}', table)
}
