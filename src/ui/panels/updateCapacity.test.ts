import { describe, expect, it } from 'vitest'
import { buildUpdateTableInput, currentCapacity, initialFormState, type CurrentCapacity } from './updateCapacity.ts'

const PROVISIONED: CurrentCapacity = { billingMode: 'PROVISIONED', readCapacityUnits: 5, writeCapacityUnits: 5 }
const ON_DEMAND: CurrentCapacity = { billingMode: 'PAY_PER_REQUEST', readCapacityUnits: 0, writeCapacityUnits: 0, maxWriteRequestUnits: 10 }

describe('UpdateCapacityForm', () => {
  describe('currentCapacity', () => {
    it('reads provisioned units, or on-demand mode with its maxima, from DescribeTable', () => {
      expect(currentCapacity({ ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 7 } })).toEqual({
        billingMode: 'PROVISIONED',
        readCapacityUnits: 5,
        writeCapacityUnits: 7,
        maxReadRequestUnits: undefined,
        maxWriteRequestUnits: undefined,
      })
      expect(
        currentCapacity({
          BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
          ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 0 },
          OnDemandThroughput: { MaxWriteRequestUnits: 10 },
        }),
      ).toMatchObject({ billingMode: 'PAY_PER_REQUEST', maxReadRequestUnits: undefined, maxWriteRequestUnits: 10 })
      expect(currentCapacity({ BillingModeSummary: { BillingMode: 'PROVISIONED' }, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 2 } }).billingMode).toBe('PROVISIONED')
    })
  })

  describe('initialFormState', () => {
    it('prefills the current units, and 5/5 for a table that never had provisioned units', () => {
      expect(initialFormState({ ...PROVISIONED, writeCapacityUnits: 9 })).toMatchObject({ billingMode: 'PROVISIONED', readCapacityUnits: '5', writeCapacityUnits: '9', maxReadRequestUnits: '', maxWriteRequestUnits: '' })
      expect(initialFormState(ON_DEMAND)).toMatchObject({ billingMode: 'PAY_PER_REQUEST', readCapacityUnits: '5', writeCapacityUnits: '5' })
    })
  })

  describe('buildUpdateTableInput', () => {
    it('sends both provisioned units, and no BillingMode when the mode does not change', () => {
      const f = { ...initialFormState(PROVISIONED), writeCapacityUnits: '50' }
      expect(buildUpdateTableInput('GameScores', PROVISIONED, f)).toEqual({ TableName: 'GameScores', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 50 } })
    })

    it('sends an unchanged provisioned pair as is (DynamoDB answers it with a ValidationException)', () => {
      expect(buildUpdateTableInput('T', PROVISIONED, initialFormState(PROVISIONED)).ProvisionedThroughput).toEqual({ ReadCapacityUnits: 5, WriteCapacityUnits: 5 })
    })

    it('switches provisioned to on-demand with BillingMode only, plus the maxima typed', () => {
      const f = { ...initialFormState(PROVISIONED), billingMode: 'PAY_PER_REQUEST' as const }
      expect(buildUpdateTableInput('T', PROVISIONED, f)).toEqual({ TableName: 'T', BillingMode: 'PAY_PER_REQUEST' })
      expect(buildUpdateTableInput('T', PROVISIONED, { ...f, maxReadRequestUnits: ' 100 ' })).toEqual({ TableName: 'T', BillingMode: 'PAY_PER_REQUEST', OnDemandThroughput: { MaxReadRequestUnits: 100 } })
    })

    it('switches on-demand to provisioned with BillingMode and the units AWS requires', () => {
      const f = { ...initialFormState(ON_DEMAND), billingMode: 'PROVISIONED' as const, readCapacityUnits: '10' }
      expect(buildUpdateTableInput('T', ON_DEMAND, f)).toEqual({ TableName: 'T', BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 5 } })
    })

    it('sends only the on-demand maxima given, and -1 to remove an existing maximum', () => {
      const f = initialFormState(ON_DEMAND)
      expect(buildUpdateTableInput('T', ON_DEMAND, f)).toEqual({ TableName: 'T' })
      expect(buildUpdateTableInput('T', ON_DEMAND, { ...f, maxWriteRequestUnits: '20' })).toEqual({ TableName: 'T', OnDemandThroughput: { MaxWriteRequestUnits: 20 } })
      expect(buildUpdateTableInput('T', ON_DEMAND, { ...f, removeMaxWrite: true, maxWriteRequestUnits: '20', maxReadRequestUnits: '7' })).toEqual({
        TableName: 'T',
        OnDemandThroughput: { MaxReadRequestUnits: 7, MaxWriteRequestUnits: -1 },
      })
    })

    it('does not send -1 for a maximum the table does not have', () => {
      const f = { ...initialFormState(ON_DEMAND), removeMaxRead: true }
      expect(buildUpdateTableInput('T', ON_DEMAND, f)).toEqual({ TableName: 'T' })
    })

    it('never sends provisioned units to an on-demand target', () => {
      const f = { ...initialFormState(ON_DEMAND), readCapacityUnits: '99' }
      expect(buildUpdateTableInput('T', ON_DEMAND, f)).not.toHaveProperty('ProvisionedThroughput')
    })
  })
})
