import { useQuery } from '@tanstack/react-query'
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb'
import { dynamodbClient } from '../../queries/dynamodbClient.ts'

/**
 * DescribeTable of `tableName` through the SDK (so the learner sees where the key schema and indexes
 * come from). Refetched when the table's status or item count changes; `refetch` for index status.
 */
export function useTableDescription(tableName: string, status: string, itemCount: number) {
  return useQuery({
    queryKey: ['dynamodb', 'DescribeTable', tableName, status, itemCount],
    queryFn: () => dynamodbClient('explorer').send(new DescribeTableCommand({ TableName: tableName })),
    select: (out) => out.Table,
  })
}
