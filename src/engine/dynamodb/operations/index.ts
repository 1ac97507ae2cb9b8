/**
 * Dispatch table: X-Amz-Target action name → operation. One file per action, named after it.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Operations_Amazon_DynamoDB.html
 */
import { createTable } from './CreateTable.ts'
import { describeTable } from './DescribeTable.ts'
import { listTables } from './ListTables.ts'
import { deleteTable } from './DeleteTable.ts'
import { updateTable } from './UpdateTable.ts'
import { putItem } from './PutItem.ts'
import { getItem } from './GetItem.ts'
import { deleteItem } from './DeleteItem.ts'
import { updateItem } from './UpdateItem.ts'
import { scan } from './Scan.ts'
import { query } from './Query.ts'
import { batchGetItem } from './BatchGetItem.ts'
import { batchWriteItem } from './BatchWriteItem.ts'
import { transactWriteItems } from './TransactWriteItems.ts'
import { transactGetItems } from './TransactGetItems.ts'
import { tagResource } from './TagResource.ts'
import { untagResource } from './UntagResource.ts'
import { listTagsOfResource } from './ListTagsOfResource.ts'
import { updateTimeToLive } from './UpdateTimeToLive.ts'
import { describeTimeToLive } from './DescribeTimeToLive.ts'
import { executeStatement } from './ExecuteStatement.ts'
import { batchExecuteStatement } from './BatchExecuteStatement.ts'
import { executeTransaction } from './ExecuteTransaction.ts'

export const operations = {
  CreateTable: createTable,
  DescribeTable: describeTable,
  ListTables: listTables,
  DeleteTable: deleteTable,
  UpdateTable: updateTable,
  PutItem: putItem,
  GetItem: getItem,
  DeleteItem: deleteItem,
  UpdateItem: updateItem,
  Scan: scan,
  Query: query,
  BatchGetItem: batchGetItem,
  BatchWriteItem: batchWriteItem,
  TransactWriteItems: transactWriteItems,
  TransactGetItems: transactGetItems,
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTagsOfResource: listTagsOfResource,
  UpdateTimeToLive: updateTimeToLive,
  DescribeTimeToLive: describeTimeToLive,
  ExecuteStatement: executeStatement,
  BatchExecuteStatement: batchExecuteStatement,
  ExecuteTransaction: executeTransaction,
} as const

export type DynamoDBOperation = keyof typeof operations
