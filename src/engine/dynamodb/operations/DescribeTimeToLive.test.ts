import { describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { ttlTable, enableTtl as enable, disableTtl as disable, describeTtl, HOUR } from '../ttl/testing.ts'

describe('DescribeTimeToLive', () => {
  describe('validations', () => {
    it('returns ValidationException while the table is CREATING, ResourceNotFoundException for a missing table', () => {
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

  })

  describe('functionality', () => {
    it('reports DISABLED without an attribute, then ENABLED with it', () => {
      const sim = ttlTable()
      expect(describeTtl(sim).output).toEqual({ TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } })
      enable(sim)
      expect(describeTtl(sim).output).toEqual({ TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' } })
      sim.advanceBy(HOUR)
      disable(sim)
      expect(describeTtl(sim).output).toEqual({ TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } })
    })

    it('models ENABLING/DISABLING when a transition time is set', () => {
      const sim = ttlTable()
      sim.dynamodb.ttl.transitionMs = 10_000
      enable(sim)
      expect(describeTtl(sim).output).toEqual({ TimeToLiveDescription: { TimeToLiveStatus: 'ENABLING', AttributeName: 'expiresAt' } })
      sim.advanceBy(10_000)
      expect((describeTtl(sim).output as { TimeToLiveDescription: { TimeToLiveStatus: string } }).TimeToLiveDescription.TimeToLiveStatus).toBe('ENABLED')
    })

  })
})
