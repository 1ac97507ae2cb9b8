import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Simulation } from '../../../Simulation.ts'
import { AwsServiceException } from '../../../errors.ts'
import { shardsOf, streams, tableWithStream } from '../testing.ts'
import { streamsOperations } from './index.ts'

/**
 * Property: whatever the body, every Streams action (and UpdateTimeToLive/DescribeTimeToLive) answers a
 * success or a named AWS client error, never an InternalServerError. Bodies are random JSON objects and valid
 * requests with one member replaced by random JSON.
 */

function world() {
  const sim = new Simulation()
  const arn = tableWithStream(sim)
  for (let i = 0; i < 3; i++) sim.request('dynamodb', 'PutItem', { TableName: 'Orders', Item: { id: { S: `k${i}` } } })
  const ShardId = shardsOf(sim, arn)[0]!.ShardId
  const ShardIterator = streams<{ ShardIterator: string }>(sim, 'GetShardIterator', { StreamArn: arn, ShardId, ShardIteratorType: 'TRIM_HORIZON' }).ShardIterator
  const seq = (streams<{ Records: { dynamodb: { SequenceNumber: string } }[] }>(sim, 'GetRecords', { ShardIterator }).Records[0]!).dynamodb.SequenceNumber
  const templates: Record<string, Record<string, unknown>> = {
    ListStreams: { TableName: 'Orders', Limit: 1, ExclusiveStartStreamArn: arn },
    DescribeStream: { StreamArn: arn, Limit: 1, ExclusiveStartShardId: ShardId },
    GetShardIterator: { StreamArn: arn, ShardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: seq },
    GetRecords: { ShardIterator, Limit: 2 },
    UpdateTimeToLive: { TableName: 'Orders', TimeToLiveSpecification: { Enabled: true, AttributeName: 'exp' } },
    DescribeTimeToLive: { TableName: 'Orders' },
  }
  return { sim, templates }
}

const json = fc.jsonValue({ maxDepth: 2 })

function outcome(sim: Simulation, service: 'dynamodb' | 'dynamodbstreams', op: string, body: unknown): void {
  const r = sim.request(service, op, body)
  if (r.error) {
    expect(r.error).toBeInstanceOf(AwsServiceException)
    expect(r.error.name).not.toBe('InternalServerError')
  }
}

describe('Streams and TTL actions', () => {
  describe('validations', () => {
    it('answer any body with a success or a named AWS error', () => {
      const { sim, templates } = world()
      const ops = Object.keys(templates)
      fc.assert(
        fc.property(
          fc.constantFrom(...ops),
          fc.oneof(
            fc.dictionary(fc.string({ maxLength: 12 }), json, { maxKeys: 4 }),
            fc.tuple(fc.nat(), json, fc.boolean()).map(([n, v, drop]) => ({ n, v, drop })),
          ),
          (op, body) => {
            const service = op in streamsOperations ? 'dynamodbstreams' : 'dynamodb'
            if ('n' in body && 'drop' in body && typeof body.n === 'number') {
              const template = { ...templates[op]! }
              const keys = Object.keys(template)
              const key = keys[(body.n as number) % keys.length]!
              if (body.drop) delete template[key]
              else template[key] = body.v
              outcome(sim, service, op, template)
            } else {
              outcome(sim, service, op, body)
            }
          },
        ),
        { numRuns: 400, seed: 7 },
      )
    })
  })
})
