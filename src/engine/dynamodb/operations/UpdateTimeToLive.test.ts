import { describe, expect, it } from 'vitest'
import { ttlTable, enableTtl as enable, disableTtl as disable } from '../ttl/testing.ts'

describe('UpdateTimeToLive', () => {
  describe('validations', () => {
    it('returns ValidationException for a missing TableName or TimeToLiveSpecification', () => {
      const sim = ttlTable()
      expect(sim.request('dynamodb', 'UpdateTimeToLive', {}).error?.message).toBe("The parameter 'TableName' is required but was not present in the request")
      const r = sim.request('dynamodb', 'UpdateTimeToLive', { TableName: 'Sessions' })
      expect(r.error?.name).toBe('ValidationException')
      expect(r.error?.message).toBe("1 validation error detected: Value null at 'timeToLiveSpecification' failed to satisfy constraint: Member must not be null")
    })

    it('returns ValidationException for missing or empty members of the specification', () => {
      const sim = ttlTable()
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
      const r = ttlTable().request('dynamodb', 'UpdateTimeToLive', { TableName: 'Sessions', TimeToLiveSpecification: { Enabled: 'yes', AttributeName: 'a' } })
      expect(r.error?.name).toBe('SerializationException')
    })

    it('returns ResourceNotFoundException for a missing table and ResourceInUseException while CREATING', () => {
      const sim = ttlTable()
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
      const sim = ttlTable()
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
    it('echoes the specification, accepts changes while the table is UPDATING, and queues the sweeper', () => {
      const sim = ttlTable()
      sim.request('dynamodb', 'UpdateTable', { TableName: 'Sessions', StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } })
      expect(sim.dynamodb.tables.get('Sessions')!.meta.TableStatus).toBe('UPDATING')
      const pending = sim.clock.pending()
      expect(enable(sim).output).toEqual({ TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true } })
      expect(sim.clock.pending()).toBe(pending + 1)
      expect(sim.dynamodb.tables.get('Sessions')!.meta.timeToLive).toMatchObject({ AttributeName: 'expiresAt', Enabled: true })
    })
  })
})
