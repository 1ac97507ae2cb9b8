import { describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { latestStreamArn, readAll, tableWithStream } from './testing.ts'

const put = (sim: Simulation, item: Record<string, unknown>, table = 'Orders') => sim.request('dynamodb', 'PutItem', { TableName: table, Item: item })

describe('DynamoDB Streams records', () => {
  describe('functionality', () => {
    it('records INSERT, MODIFY and REMOVE with both images and AWS SizeBytes (NEW_AND_OLD_IMAGES)', () => {
      const sim = new Simulation()
      const arn = tableWithStream(sim)
      put(sim, { id: { S: 'a' }, n: { N: '1' } })
      put(sim, { id: { S: 'a' }, n: { N: '2' } })
      sim.request('dynamodb', 'DeleteItem', { TableName: 'Orders', Key: { id: { S: 'a' } } })
      const recs = readAll(sim, arn)
      expect(recs.map((r) => r.eventName)).toEqual(['INSERT', 'MODIFY', 'REMOVE'])
      const [ins, mod, rem] = recs
      expect(ins).toMatchObject({
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: 'us-east-1',
        dynamodb: { Keys: { id: { S: 'a' } }, NewImage: { id: { S: 'a' }, n: { N: '1' } }, StreamViewType: 'NEW_AND_OLD_IMAGES', SizeBytes: 3 + 6 },
      })
      expect(ins!.dynamodb).not.toHaveProperty('OldImage')
      expect(ins!.eventID).toMatch(/^[0-9a-f]{32}$/)
      expect(ins!.dynamodb.SequenceNumber).toMatch(/^\d{21,40}$/)
      expect(ins!.dynamodb['ApproximateCreationDateTime']).toBe(Math.floor(sim.clock.epochSeconds()))
      expect(mod!.dynamodb).toMatchObject({ OldImage: { n: { N: '1' } }, NewImage: { n: { N: '2' } }, SizeBytes: 3 + 6 + 6 })
      expect(rem!.dynamodb).toMatchObject({ OldImage: { n: { N: '2' } }, SizeBytes: 3 + 6 })
      expect(rem!.dynamodb).not.toHaveProperty('NewImage')
      expect(rem).not.toHaveProperty('userIdentity')
      expect(BigInt(mod!.dynamodb.SequenceNumber) > BigInt(ins!.dynamodb.SequenceNumber)).toBe(true)
    })

    it('follows the view type: KEYS_ONLY, NEW_IMAGE, OLD_IMAGE', () => {
      for (const [view, newImg, oldImg] of [
        ['KEYS_ONLY', false, false],
        ['NEW_IMAGE', true, false],
        ['OLD_IMAGE', false, true],
      ] as const) {
        const sim = new Simulation()
        const arn = tableWithStream(sim, view)
        put(sim, { id: { S: 'k' }, v: { S: 'one' } })
        put(sim, { id: { S: 'k' }, v: { S: 'two' } })
        const mod = readAll(sim, arn)[1]!
        expect(mod.dynamodb['StreamViewType']).toBe(view)
        expect(mod.dynamodb.Keys).toEqual({ id: { S: 'k' } })
        expect('NewImage' in mod.dynamodb).toBe(newImg)
        expect('OldImage' in mod.dynamodb).toBe(oldImg)
        expect(mod.dynamodb['SizeBytes']).toBe(3 + (newImg ? 7 : 0) + (oldImg ? 7 : 0))
      }
    })

    it('writes no record for a write that leaves the item unchanged', () => {
      const sim = new Simulation()
      const arn = tableWithStream(sim)
      put(sim, { id: { S: 'a' }, s: { SS: ['x', 'y'] }, n: { N: '1.0' } })
      put(sim, { id: { S: 'a' }, s: { SS: ['y', 'x'] }, n: { N: '1' } })
      sim.request('dynamodb', 'UpdateItem', {
        TableName: 'Orders',
        Key: { id: { S: 'a' } },
        UpdateExpression: 'SET n = :n',
        ExpressionAttributeValues: { ':n': { N: '1' } },
      })
      sim.request('dynamodb', 'DeleteItem', { TableName: 'Orders', Key: { id: { S: 'missing' } } })
      expect(readAll(sim, arn).map((r) => r.eventName)).toEqual(['INSERT'])
    })

    it('has no retroactive records: only changes after the stream was enabled', () => {
      const sim = new Simulation()
      tableWithStream(sim, null)
      put(sim, { id: { S: 'before' } })
      sim.request('dynamodb', 'UpdateTable', { TableName: 'Orders', StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } })
      sim.advanceBy(10_000)
      put(sim, { id: { S: 'after' } })
      const recs = readAll(sim, latestStreamArn(sim))
      expect(recs.map((r) => r.dynamodb.Keys)).toEqual([{ id: { S: 'after' } }])
    })

    it('marks TTL deletions as a service delete', () => {
      const sim = new Simulation()
      const arn = tableWithStream(sim)
      sim.dynamodb.ttl.maxDelayMs = 0
      sim.request('dynamodb', 'UpdateTimeToLive', { TableName: 'Orders', TimeToLiveSpecification: { Enabled: true, AttributeName: 'exp' } })
      put(sim, { id: { S: 'e' }, exp: { N: String(Math.floor(sim.clock.epochSeconds()) + 10) } })
      sim.advanceBy(3_600_000)
      const recs = readAll(sim, arn)
      expect(recs.map((r) => r.eventName)).toEqual(['INSERT', 'REMOVE'])
      expect(recs[1]!.userIdentity).toEqual({ PrincipalId: 'dynamodb.amazonaws.com', Type: 'Service' })
    })

    it('keeps the stream in snapshots', () => {
      const sim = new Simulation()
      const arn = tableWithStream(sim)
      put(sim, { id: { S: 'a' } })
      const copy = new Simulation()
      copy.setState(JSON.parse(JSON.stringify(sim.getState())))
      put(copy, { id: { S: 'b' } })
      expect(readAll(copy, arn).map((r) => r.dynamodb.Keys)).toEqual([{ id: { S: 'a' } }, { id: { S: 'b' } }])
    })
  })
})
