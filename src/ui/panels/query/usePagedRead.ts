import { useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import { QueryCommand, ScanCommand, type QueryCommandInput, type QueryCommandOutput, type ScanCommandInput } from '@aws-sdk/client-dynamodb'
import { dynamodbClient } from '../../queries/dynamodbClient.ts'

export type ReadOperation = 'Query' | 'Scan'
export type ReadInput = QueryCommandInput | ScanCommandInput

/** One page: the exact request sent and DynamoDB's answer (Query and Scan answer with the same fields). */
export interface ReadPage {
  request: ReadInput
  output: Pick<QueryCommandOutput, 'Items' | 'Count' | 'ScannedCount' | 'LastEvaluatedKey' | 'ConsumedCapacity'>
}

/**
 * Page-by-page Query or Scan through the SDK. `run` sends the first page; `next` sends the same request
 * with ExclusiveStartKey = the last page's LastEvaluatedKey (the way AWS documents paging:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Pagination.html).
 */
export function usePagedRead(operation: ReadOperation) {
  const [pages, setPages] = useState<ReadPage[]>([])
  const send = useMutation({
    mutationFn: async (request: ReadInput): Promise<ReadPage> => {
      const client = dynamodbClient('explorer')
      const out = operation === 'Query' ? await client.send(new QueryCommand(request as QueryCommandInput)) : await client.send(new ScanCommand(request))
      const { Items, Count, ScannedCount, LastEvaluatedKey, ConsumedCapacity } = out
      return { request, output: { Items, Count, ScannedCount, LastEvaluatedKey, ConsumedCapacity } }
    },
  })
  const last = pages.at(-1)
  return {
    pages,
    pending: send.isPending,
    error: send.error,
    hasNext: !!last?.output.LastEvaluatedKey,
    run: (request: ReadInput) => {
      setPages([])
      send.mutate(request, { onSuccess: (page) => setPages([page]) })
    },
    next: () => {
      if (!last?.output.LastEvaluatedKey) return
      send.mutate({ ...last.request, ExclusiveStartKey: last.output.LastEvaluatedKey }, { onSuccess: (page) => setPages((ps) => [...ps, page]) })
    },
  }
}
