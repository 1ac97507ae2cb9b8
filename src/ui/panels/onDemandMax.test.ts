import { describe, expect, it } from 'vitest'
import { buildCreateTableInput } from './CreateTableForm.tsx'
import { capacityLabel } from './TablesPanel.tsx'

const FORM = { name: 'T', pk: 'pk', pkType: 'S', sk: '', skType: 'S', billing: 'PAY_PER_REQUEST', rcu: 5, wcu: 5 } as const

describe('CreateTableForm', () => {
  describe('functionality', () => {
    it('sends OnDemandThroughput with only the maxima given, for on-demand tables only', () => {
      expect(buildCreateTableInput({ ...FORM, maxWrite: 10 }).OnDemandThroughput).toEqual({ MaxWriteRequestUnits: 10 })
      expect(buildCreateTableInput({ ...FORM, maxRead: 7, maxWrite: 3 }).OnDemandThroughput).toEqual({ MaxReadRequestUnits: 7, MaxWriteRequestUnits: 3 })
      expect(buildCreateTableInput({ ...FORM })).not.toHaveProperty('OnDemandThroughput')
      expect(buildCreateTableInput({ ...FORM, billing: 'PROVISIONED', maxRead: 7 })).not.toHaveProperty('OnDemandThroughput')
    })
  })
})

describe('TablesPanel capacity cell', () => {
  it('shows provisioned units, plain on-demand, or on-demand with its maximum', () => {
    const base = { readCapacityUnits: 5, writeCapacityUnits: 6 }
    expect(capacityLabel({ ...base, billingMode: 'PROVISIONED' })).toBe('5 RCU / 6 WCU')
    expect(capacityLabel({ ...base, billingMode: 'PAY_PER_REQUEST' })).toBe('On-demand')
    expect(capacityLabel({ ...base, billingMode: 'PAY_PER_REQUEST', maxWriteRequestUnits: 10 })).toBe('On-demand (max 10 WRU/s)')
    expect(capacityLabel({ ...base, billingMode: 'PAY_PER_REQUEST', maxReadRequestUnits: 100, maxWriteRequestUnits: 10 })).toBe('On-demand (max 100 RRU/s, 10 WRU/s)')
  })
})
