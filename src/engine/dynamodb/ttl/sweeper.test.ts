import { describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { ttlTable, enableTtl as enable, disableTtl as disable, describeTtl, HOUR } from './testing.ts'

const nowS = (sim: Simulation) => Math.floor(sim.clock.epochSeconds())

describe('TTL sweeper', () => {
  describe('functionality', () => {
    it('deletes expired items later, keeps them readable until then, and ignores non-numbers and very old values', () => {
      const sim = ttlTable()
      sim.dynamodb.ttl.maxDelayMs = 0
      enable(sim)
      const t = nowS(sim)
      const put = (id: string, v: Record<string, unknown> | undefined) =>
        sim.request('dynamodb', 'PutItem', { TableName: 'Sessions', Item: { id: { S: id }, ...(v ? { expiresAt: v } : {}) } })
      put('soon', { N: String(t + 60) })
      put('later', { N: String(t + 10 * 86_400) })
      put('string', { S: String(t - 10) })
      put('none', undefined)
      put('ancient', { N: String(t - 6 * 365 * 86_400) })
      put('millis', { N: String((t + 60) * 1000) })
      sim.advanceBy(120_000)
      // expired but not yet swept: still readable
      expect(sim.request('dynamodb', 'GetItem', { TableName: 'Sessions', Key: { id: { S: 'soon' } } }).output).toHaveProperty('Item')
      sim.advanceBy(sim.dynamodb.ttl.sweepIntervalMs)
      const ids = (sim.request('dynamodb', 'Scan', { TableName: 'Sessions' }).output as { Items: { id: { S: string } }[] }).Items.map((i) => i.id.S).sort()
      expect(ids).toEqual(['ancient', 'later', 'millis', 'none', 'string'])
    })

    it('waits the modeled delay (at most maxDelayMs) before deleting', () => {
      const sim = ttlTable()
      enable(sim)
      const t = nowS(sim)
      for (let i = 0; i < 20; i++) sim.request('dynamodb', 'PutItem', { TableName: 'Sessions', Item: { id: { S: `k${i}` }, expiresAt: { N: String(t + 1) } } })
      const count = () => (sim.request('dynamodb', 'Scan', { TableName: 'Sessions', Select: 'COUNT' }).output as { Count: number }).Count
      sim.advanceBy(2 * sim.dynamodb.ttl.sweepIntervalMs)
      const early = count()
      expect(early).toBeGreaterThan(0)
      sim.advanceBy(sim.dynamodb.ttl.maxDelayMs + sim.dynamodb.ttl.sweepIntervalMs)
      expect(count()).toBe(0)
    })

    it('stops deleting once TTL is disabled', () => {
      const sim = ttlTable()
      sim.dynamodb.ttl.maxDelayMs = 0
      enable(sim)
      sim.advanceBy(HOUR)
      disable(sim)
      sim.request('dynamodb', 'PutItem', { TableName: 'Sessions', Item: { id: { S: 'x' }, expiresAt: { N: String(nowS(sim) - 100) } } })
      sim.advanceBy(HOUR)
      expect(sim.request('dynamodb', 'GetItem', { TableName: 'Sessions', Key: { id: { S: 'x' } } }).output).toHaveProperty('Item')
    })

    it('survives a snapshot restore (setting and pending sweep)', () => {
      const sim = ttlTable()
      sim.dynamodb.ttl.maxDelayMs = 0
      enable(sim)
      sim.request('dynamodb', 'PutItem', { TableName: 'Sessions', Item: { id: { S: 'x' }, expiresAt: { N: String(nowS(sim) + 5) } } })
      const copy = new Simulation()
      copy.setState(JSON.parse(JSON.stringify(sim.getState())))
      copy.dynamodb.ttl.maxDelayMs = 0
      expect(describeTtl(copy).output).toEqual({ TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' } })
      copy.advanceBy(HOUR)
      expect(copy.request('dynamodb', 'GetItem', { TableName: 'Sessions', Key: { id: { S: 'x' } } }).output).toEqual({})
    })
  })
})
