/**
 * Request templates of the operation console, one per implemented operation. `{{table}}` is replaced by
 * the selected table's name. Shapes follow the API reference
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
    ReturnConsumedCapacity: 'TOTAL',
  },
  GetItem: {
    TableName: '{{table}}',
    Key: { UserId: { S: 'alice' }, GameTitle: { S: 'Galaxy Invaders' } },
    ConsistentRead: false,
    ReturnConsumedCapacity: 'TOTAL',
  },
  UpdateItem: {
    TableName: '{{table}}',
    Key: { UserId: { S: 'alice' }, GameTitle: { S: 'Galaxy Invaders' } },
    UpdateExpression: 'SET TopScore = :s REMOVE Losses',
    ExpressionAttributeValues: { ':s': { N: '9999' } },
    ReturnValues: 'ALL_NEW',
    ReturnConsumedCapacity: 'TOTAL',
  },
  DeleteItem: {
    TableName: '{{table}}',
    Key: { UserId: { S: 'zoe' }, GameTitle: { S: 'Galaxy Invaders' } },
    ReturnValues: 'ALL_OLD',
    ReturnConsumedCapacity: 'TOTAL',
  },
  Scan: { TableName: '{{table}}', Limit: 10, ReturnConsumedCapacity: 'TOTAL' },
}

/** The template for `operation` as pretty JSON, with the table name filled in. */
export function templateFor(operation: string, table: string): string {
  const t = CONSOLE_TEMPLATES[operation] ?? {}
  return JSON.stringify(t, null, 2).replaceAll('{{table}}', table)
}
