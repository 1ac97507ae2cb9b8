import { describe, expect, it } from 'vitest'
import { Simulation } from '../Simulation.ts'
import { createDaxCluster } from './index.ts'

/**
 * DAX absorbs a hot key (AWS-FACTS §10, §3.2): 50 eventually consistent reads per second of one item
 * (25 RCU/s) against a 1 RCU table drain its 300 RCU burst in about 12 s and then throttle; through DAX
 * only the first read (and one per item TTL) reaches DynamoDB, so nothing throttles.
 */
function hotKeyRun(throughDax: boolean): { throttled: number; ok: number; dynamoReads: number } {
  const sim = new Simulation({ seed: 5 })
  const created = sim.request('dynamodb', 'CreateTable', {
    TableName: 'Votes',
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
  })
  expect(created.error).toBeUndefined()
  sim.advanceBy(60_000) // CREATING → ACTIVE
  expect(sim.request('dynamodb', 'PutItem', { TableName: 'Votes', Item: { pk: { S: 'Candidate_A' }, votes: { N: '1' } } }).error).toBeUndefined()
  if (throughDax) createDaxCluster(sim, { name: 'votes-dax', nodes: 3 })
  let throttled = 0
  let ok = 0
  let dynamoReads = 0
  for (let i = 0; i < 50 * 120; i++) {
    sim.advanceBy(20)
    const r = sim.request(throughDax ? 'dax' : 'dynamodb', 'GetItem', { TableName: 'Votes', Key: { pk: { S: 'Candidate_A' } } }, { source: 'load' })
    if (r.trace.hops.some((h) => h.service === 'dynamodb')) dynamoReads++
    if (r.error?.name === 'ProvisionedThroughputExceededException') throttled++
    else if (!r.error) ok++
  }
  return { throttled, ok, dynamoReads }
}

describe('DAX', () => {
  describe('capacity', () => {
    it('a hot key throttles a 1 RCU table without DAX', () => {
      const run = hotKeyRun(false)
      expect(run.throttled).toBeGreaterThan(1000)
      expect(run.dynamoReads).toBe(6000)
    })

    it('the same hot key does not throttle through DAX (hits consume no DynamoDB capacity)', () => {
      const run = hotKeyRun(true)
      expect(run.throttled).toBe(0)
      expect(run.ok).toBe(6000)
      expect(run.dynamoReads).toBe(1) // one miss; the 5-minute TTL outlasts the 2-minute run
    })
  })
})
