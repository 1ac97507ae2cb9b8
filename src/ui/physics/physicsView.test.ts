import { describe, expect, it } from 'vitest'
import { Simulation } from '../../engine/Simulation.ts'
import { keysOnPartition, readPhysicsView } from './physicsView.ts'
import { chartScopes, chartSeries } from './chartData.ts'

function tableWithGsi(): Simulation {
  const sim = new Simulation({ seed: 5 })
  sim.request('dynamodb', 'CreateTable', {
    TableName: 'Orders',
    KeySchema: [{ AttributeName: 'OrderId', KeyType: 'HASH' }],
    AttributeDefinitions: [
      { AttributeName: 'OrderId', AttributeType: 'S' },
      { AttributeName: 'Customer', AttributeType: 'S' },
    ],
    BillingMode: 'PROVISIONED',
    ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
    GlobalSecondaryIndexes: [
      {
        IndexName: 'ByCustomer',
        KeySchema: [{ AttributeName: 'Customer', KeyType: 'HASH' }],
        Projection: { ProjectionType: 'ALL' },
        ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
      },
    ],
  })
  for (let i = 0; i < 100 && sim.dynamodb.tables.get('Orders')!.meta.TableStatus !== 'ACTIVE'; i++) sim.step()
  for (let i = 0; i < 12; i++) {
    const item: Record<string, unknown> = { OrderId: { S: `o-${i}` } }
    if (i % 3 !== 0) item['Customer'] = { S: `c-${i % 4}` }
    sim.request('dynamodb', 'PutItem', { TableName: 'Orders', Item: item })
  }
  sim.advanceBy(2000)
  return sim
}

describe('readPhysicsView', () => {
  describe('functionality', () => {
    it('reads the table partitions with every item and its partition key values', () => {
      const sim = tableWithGsi()
      const view = readPhysicsView(sim, 'Orders')!
      expect(view.index).toBe('')
      expect(view.indexes).toEqual(['ByCustomer'])
      expect(view.partitions.reduce((s, p) => s + p.items, 0)).toBe(12)
      expect(keysOnPartition(sim, 'Orders', view.partitions[0]!.id).keys).toHaveLength(12)
      // 300 s × 5 WCU of burst, minus the few units the 12 writes borrowed in one instant.
      expect(view.partitions[0]!.burstWrite).toBeGreaterThan(1490)
      expect(view.partitions[0]!.burstWrite).toBeLessThanOrEqual(1500)
    })

    it('reads a GSI: only items that have its key, and its key values', () => {
      const sim = tableWithGsi()
      const view = readPhysicsView(sim, 'Orders', 60, 'ByCustomer')!
      expect(view.index).toBe('ByCustomer')
      expect([view.rcu, view.wcu]).toEqual([5, 5])
      expect(view.partitions.reduce((s, p) => s + p.items, 0)).toBe(8)
      expect(keysOnPartition(sim, 'Orders', view.partitions[0]!.id, 100, 'ByCustomer').keys).toEqual(['c-0', 'c-1', 'c-2', 'c-3'])
      expect(view.keyTicks).toHaveLength(4)
      const s = chartSeries(view, `partition:${view.partitions[0]!.id}`, 'write')
      expect(s.label).toContain('ByCustomer')
      expect(Math.max(...s.consumed)).toBeGreaterThan(0)
      expect(chartScopes(view).map((x) => x.id)).toContain('index:ByCustomer')
    })

    it('is undefined for a missing table and reads the table for an unknown index', () => {
      const sim = tableWithGsi()
      expect(readPhysicsView(sim, 'Nope')).toBeUndefined()
      expect(readPhysicsView(sim, 'Orders', 60, 'Nope')!.index).toBe('')
    })
  })
})
