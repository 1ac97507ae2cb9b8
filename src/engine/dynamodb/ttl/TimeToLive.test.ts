import { describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'

const HOUR = 3_600_000

function setup(name = 'Sessions'): Simulation {
  const sim = new Simulation()
  sim.request('dynamodb', 'CreateTable', {
    TableName: name,
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  })
  sim.advanceBy(60_000)
  return sim
}

const enable = (sim: Simulation, attr = 'expiresAt', table = 'Sessions') =>
  sim.request('dynamodb', 'UpdateTimeToLive', { TableName: table, TimeToLiveSpecification: { Enabled: true, AttributeName: attr } })
const disable = (sim: Simulation, attr = 'expiresAt', table = 'Sessions') =>
  sim.request('dynamodb', 'UpdateTimeToLive', { TableName: table, TimeToLiveSpecification: { Enabled: false, AttributeName: attr } })
const describeTtl = (sim: Simulation, table = 'Sessions') => sim.request('dynamodb', 'DescribeTimeToLive', { TableName: table })
const nowS = (sim: Simulation) => Math.floor(sim.clock.epochSeconds())

describe('UpdateTimeToLive', () => {
  describe('validations', () => {
    it('returns ValidationException for a missing TableName or TimeToLiveSpecification', () => {
      const sim = setup()
      expect(sim.request('dynamodb', 'UpdateTimeToLive', {}).error?.message).toBe("The parameter 'TableName' is required but was not present in the request")
      const r = sim.request('dynamodb', 'UpdateTimeToLive', { TableName: 'Sessions' })
      expect(r.error?.name).toBe('ValidationException')
      expect(r.error?.message).toBe("1 validation error detected: Value null at 'timeToLiveSpecification' failed to satisfy constraint: Member must not be null")
    })

    it('returns ValidationException for missing or empty members of the specification', () => {
      const sim = setup()
      const r = sim.request('dynamodb', 'UpdateTimeToLive', { TableName: 'Sessions', TimeToLiveSpecification: {} })
      expect(r.error?.message).toBe(
        "2 validation errors detected: Value null at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must not be null; " +
          "Value null at 'timeToLiveSpecification.enabled' failed to satisfy constraint: Member must not be null",
      )
      const e = sim.request('dynamodb', 'UpdateTimeToLive', { TableName: 'Sessions', TimeToLiveSpecification: { Enabled: true, AttributeName: '' } })
      expect(e.error?.message).toBe(
        "1 validation error detected: Value '' at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length greater than or equal to 1",
      )
    })

    it('returns SerializationException for a wrongly typed member', () => {
      const r = setup().request('dynamodb', 'UpdateTimeToLive', { TableName: 'Sessions', TimeToLiveSpecification: { Enabled: 'yes', AttributeName: 'a' } })
      expect(r.error?.name).toBe('SerializationException')
    })

    it('returns ResourceNotFoundException for a missing table and ResourceInUseException while CREATING', () => {
      const sim = setup()
      expect(enable(sim, 'a', 'Nope').error?.message).toBe('Requested resource not found: Table: Nope not found')
      sim.request('dynamodb', 'CreateTable', {
        TableName: 'Fresh',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      })
      const r = enable(sim, 'a', 'Fresh')
      expect(r.error?.name).toBe('ResourceInUseException')
      expect(r.error?.message).toBe('Attempt to change a resource which is still in use: Table Fresh is being created')
    })

    it('returns ValidationException for enabling twice, disabling when disabled, another attribute, and the cooldown', () => {
      const sim = setup()
      expect(disable(sim).error?.message).toBe('TimeToLive is already disabled')
      expect(enable(sim).output).toEqual({ TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true } })
      // content checks come before the cooldown check
      expect(enable(sim).error?.message).toBe('TimeToLive is already enabled')
      expect(enable(sim, 'other').error?.message).toBe('TimeToLive is active on a different AttributeName: current AttributeName is expiresAt')
      expect(disable(sim, 'other').error?.message).toBe('TimeToLive is active on a different AttributeName: current AttributeName is expiresAt')
      const r = disable(sim)
      expect(r.error?.name).toBe('ValidationException')
      expect(r.error?.message).toBe('Time to live has been modified multiple times within a fixed interval')
      sim.advanceBy(sim.dynamodb.ttl.cooldownMs)
      expect(disable(sim).output).toEqual({ TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: false } })
      expect(enable(sim, 'other').error?.message).toBe('Time to live has been modified multiple times within a fixed interval')
    })
  })

  describe('functionality', () => {
    it('DescribeTimeToLive reports DISABLED without an attribute, then ENABLED with it', () => {
      const sim = setup()
      expect(describeTtl(sim).output).toEqual({ TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } })
      enable(sim)
      expect(describeTtl(sim).output).toEqual({ TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' } })
      sim.advanceBy(HOUR)
      disable(sim)
      expect(describeTtl(sim).output).toEqual({ TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } })
    })

    it('models ENABLING/DISABLING when a transition time is set', () => {
      const sim = setup()
      sim.dynamodb.ttl.transitionMs = 10_000
      enable(sim)
      expect(describeTtl(sim).output).toEqual({ TimeToLiveDescription: { TimeToLiveStatus: 'ENABLING', AttributeName: 'expiresAt' } })
      sim.advanceBy(10_000)
      expect((describeTtl(sim).output as { TimeToLiveDescription: { TimeToLiveStatus: string } }).TimeToLiveDescription.TimeToLiveStatus).toBe('ENABLED')
    })

    it('DescribeTimeToLive returns ValidationException while the table is CREATING', () => {
      const sim = new Simulation()
      sim.request('dynamodb', 'CreateTable', {
        TableName: 'Fresh',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      })
      expect(describeTtl(sim, 'Fresh').error?.message).toBe('Cannot describe time to live while table is in CREATING state: Current table state is CREATING')
      expect(describeTtl(sim, 'Nope').error?.message).toBe('Requested resource not found: Table: Nope not found')
    })

    it('deletes expired items later, keeps them readable until then, and ignores non-numbers and very old values', () => {
      const sim = setup()
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
      const sim = setup()
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
      const sim = setup()
      sim.dynamodb.ttl.maxDelayMs = 0
      enable(sim)
      sim.advanceBy(HOUR)
      disable(sim)
      sim.request('dynamodb', 'PutItem', { TableName: 'Sessions', Item: { id: { S: 'x' }, expiresAt: { N: String(nowS(sim) - 100) } } })
      sim.advanceBy(HOUR)
      expect(sim.request('dynamodb', 'GetItem', { TableName: 'Sessions', Key: { id: { S: 'x' } } }).output).toHaveProperty('Item')
    })

    it('survives a snapshot restore (setting and pending sweep)', () => {
      const sim = setup()
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
