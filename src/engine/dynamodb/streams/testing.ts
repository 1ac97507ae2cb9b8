import type { Simulation } from '../../Simulation.ts'
import type { StreamViewType } from './model.ts'
import type { Item } from '../types.ts'
import { shardIndexFor } from './lifecycle.ts'

/** Test helpers: a table with a stream, and short Streams calls. */

/** Creates an on-demand table `name` (hash key `id`, S) with a stream of `view` and lets it become ACTIVE. */
export function tableWithStream(sim: Simulation, view: StreamViewType | null = 'NEW_AND_OLD_IMAGES', name = 'Orders'): string {
  sim.request('dynamodb', 'CreateTable', {
    TableName: name,
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
    ...(view ? { StreamSpecification: { StreamEnabled: true, StreamViewType: view } } : {}),
  })
  sim.advanceBy(60_000)
  return latestStreamArn(sim, name)
}

export function latestStreamArn(sim: Simulation, name = 'Orders'): string {
  return sim.dynamodb.tables.get(name)?.meta.LatestStreamArn ?? ''
}

/** Calls a Streams action and returns its output (throws the AWS error when there is one). */
export function streams<T = Record<string, unknown>>(sim: Simulation, op: string, input: Record<string, unknown>): T {
  const r = sim.request('dynamodbstreams', op, input)
  if (r.error) throw r.error
  return r.output as T
}

export interface ShardOut {
  ShardId: string
  ParentShardId?: string
  SequenceNumberRange: { StartingSequenceNumber: string; EndingSequenceNumber?: string }
}

export function shardsOf(sim: Simulation, arn: string): ShardOut[] {
  return streams<{ StreamDescription: { Shards: ShardOut[] } }>(sim, 'DescribeStream', { StreamArn: arn }).StreamDescription.Shards
}

export interface RecordOut {
  eventName: string
  eventID: string
  dynamodb: Record<string, unknown> & { SequenceNumber: string; Keys: Record<string, unknown> }
  userIdentity?: unknown
  [k: string]: unknown
}

/** Every record of every shard of the stream, read from TRIM_HORIZON, in sequence order. */
export function readAll(sim: Simulation, arn: string): RecordOut[] {
  const out: RecordOut[] = []
  for (const shard of shardsOf(sim, arn)) {
    let it: string | undefined = streams<{ ShardIterator: string }>(sim, 'GetShardIterator', { StreamArn: arn, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' }).ShardIterator
    for (let guard = 0; it && guard < 100; guard++) {
      const page: { Records: RecordOut[]; NextShardIterator?: string } = streams(sim, 'GetRecords', { ShardIterator: it })
      out.push(...page.Records)
      if (page.Records.length === 0) break
      it = page.NextShardIterator
    }
  }
  return out.sort((a, b) => (BigInt(a.dynamodb.SequenceNumber) < BigInt(b.dynamodb.SequenceNumber) ? -1 : 1))
}

/** The open shard that records changes of `key` in table `name`. */
export function openShardIdFor(sim: Simulation, arn: string, key: Item, name = 'Orders'): string {
  const open = shardsOf(sim, arn).filter((s) => s.SequenceNumberRange.EndingSequenceNumber === undefined)
  return open[shardIndexFor(sim.dynamodb, sim.dynamodb.tables.get(name)!, key)]!.ShardId
}
