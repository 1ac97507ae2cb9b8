import { describe, expect, it } from 'vitest'
import { Simulation } from '../Simulation.ts'
import { getItem, putItem, throttleName } from './embedded.ts'

function simWithTable(billing: { BillingMode: 'PAY_PER_REQUEST' } | { ProvisionedThroughput: { ReadCapacityUnits: number; WriteCapacityUnits: number } }): Simulation {
  const sim = new Simulation({ seed: 1 })
  sim.request('dynamodb', 'CreateTable', {
    TableName: 'Embedded',
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    ...billing,
  })
  for (let i = 0; i < 100 && sim.dynamodb.tables.get('Embedded')?.meta.TableStatus !== 'ACTIVE'; i++) sim.step()
  return sim
}

describe('embedded API', () => {
  describe('functionality', () => {
    it('putItem stores the item and getItem reads it back; a missing key gives no Item', () => {
      const sim = simWithTable({ BillingMode: 'PAY_PER_REQUEST' })
      const db = sim.dynamodb
      const table = db.tables.get('Embedded')!
      expect(putItem(db, table, { pk: { S: 'a' }, n: { N: '1' } })).toBeUndefined()
      expect(getItem(db, table, { pk: { S: 'a' } })).toEqual({ Item: { pk: { S: 'a' }, n: { N: '1' } } })
      expect(getItem(db, table, { pk: { S: 'b' } }, true)).toEqual({})
      expect(sim.request('dynamodb', 'GetItem', { TableName: 'Embedded', Key: { pk: { S: 'a' } } }).output).toEqual({ Item: { pk: { S: 'a' }, n: { N: '1' } } })
    })
  })

  describe('capacity', () => {
    it('meters the same capacity as PutItem/GetItem through sim.request', () => {
      const a = simWithTable({ ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } })
      const b = simWithTable({ ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } })
      const item = { pk: { S: 'k' }, data: { S: 'x'.repeat(3000) } }
      putItem(a.dynamodb, a.dynamodb.tables.get('Embedded')!, structuredClone(item))
      getItem(a.dynamodb, a.dynamodb.tables.get('Embedded')!, { pk: { S: 'k' } }, true)
      b.request('dynamodb', 'PutItem', { TableName: 'Embedded', Item: structuredClone(item) })
      b.request('dynamodb', 'GetItem', { TableName: 'Embedded', Key: { pk: { S: 'k' } }, ConsistentRead: true })
      expect(a.dynamodb.getState().tables).toEqual(b.dynamodb.getState().tables)
    })

    it('returns the throttle as data when the partition has no tokens or burst left, and stores nothing', () => {
      const sim = simWithTable({ ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } })
      const db = sim.dynamodb
      const table = db.tables.get('Embedded')!
      let throttle
      for (let i = 0; i < 400 && !throttle; i++) throttle = putItem(db, table, { pk: { S: `k${i}` } })
      expect(throttle).toMatchObject({ onDemand: false, index: false, write: true })
      expect(throttleName(throttle!)).toBe('ProvisionedThroughputExceededException')
      const count = table.itemCount
      expect(putItem(db, table, { pk: { S: 'late' } })).toBeDefined()
      expect(table.itemCount).toBe(count)
    })
  })
})
