import type { DynamoDB } from '../../DynamoDB.ts'
import type { OperationContext } from '../../OperationContext.ts'
import { Violations } from '../../validation/tableConstraints.ts'
import { syncStreams } from '../lifecycle.ts'
import { streamsOf } from '../model.ts'
import { expectMemberTypes } from './common.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Stream.html */
export interface StreamSummary {
  StreamArn: string
  TableName: string
  StreamLabel: string
}

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_ListStreams.html#API_streams_ListStreams_ResponseSyntax */
export interface ListStreamsOutput {
  Streams: StreamSummary[]
  LastEvaluatedStreamArn?: string
}

/** Most streams one ListStreams returns ("The upper limit is 100"). */
export const LIST_STREAMS_MAX = 100

/**
 * ListStreams: the account's streams (enabled, and disabled ones still within their 24-hour retention), newest
 * first (as in the API reference's example), optionally for one table; `Limit` (1–100) with
 * LastEvaluatedStreamArn paging.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_ListStreams.html
 * @throws ValidationException for member constraints (TableName 3–255 `[a-zA-Z0-9_.-]+`, Limit ≥ 1,
 *   ExclusiveStartStreamArn 37–1024 characters)
 */
export function listStreams(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): ListStreamsOutput {
  expectMemberTypes(raw, { TableName: 'string', Limit: 'number', ExclusiveStartStreamArn: 'string' })
  const v = new Violations()
  v.namePattern('tableName', raw['TableName'])
  v.minLength('tableName', raw['TableName'], 3)
  v.maxLength('tableName', raw['TableName'], 255)
  v.minValue('limit', raw['Limit'], 1)
  v.minLength('exclusiveStartStreamArn', raw['ExclusiveStartStreamArn'], 37)
  v.maxLength('exclusiveStartStreamArn', raw['ExclusiveStartStreamArn'], 1024)
  v.throwIfAny()
  const tableName = raw['TableName'] as string | undefined
  if (tableName) ctx.tableName = tableName
  const limit = Math.min((raw['Limit'] as number | undefined) ?? LIST_STREAMS_MAX, LIST_STREAMS_MAX)
  const start = raw['ExclusiveStartStreamArn'] as string | undefined

  syncStreams(db)
  let all = streamsOf(db)
    .streams.filter((s) => tableName === undefined || s.TableName === tableName)
    .reverse()
  if (start !== undefined) {
    const i = all.findIndex((s) => s.StreamArn === start)
    all = i >= 0 ? all.slice(i + 1) : all
  }
  const page = all.slice(0, limit)
  const out: ListStreamsOutput = { Streams: page.map((s) => ({ StreamArn: s.StreamArn, TableName: s.TableName, StreamLabel: s.StreamLabel })) }
  if (all.length > limit) out.LastEvaluatedStreamArn = page[page.length - 1]!.StreamArn
  return out
}
