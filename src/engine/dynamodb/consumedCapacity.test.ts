import { describe, expect, it } from 'vitest'
import { consumedCapacityFor, failedConditionCapacity, indexWriteUnits, tableOnly, writeCapacity } from './consumedCapacity.ts'
import { Table } from './Table.ts'
import type { Item } from './types.ts'

const table = new Table({
  TableName: 't',
  TableId: 'id',
  TableArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/t',
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'g', AttributeType: 'S' },
  ],
  BillingMode: 'PROVISIONED',
  ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1, NumberOfDecreasesToday: 0 },
  TableStatus: 'ACTIVE',
  CreationDateTime: 0,
  GlobalSecondaryIndexes: [
    { IndexName: 'inc', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['p'] }, IndexStatus: 'ACTIVE' },
  ],
})
const gsi = table.meta.GlobalSecondaryIndexes![0]!

const withG = (g: string, extra: Item = {}): Item => ({ pk: { S: 'k' }, g: { S: g }, ...extra })

describe('consumedCapacity', () => {
  describe('capacity', () => {
    it('shapes TOTAL, INDEXES and NONE', () => {
      expect(consumedCapacityFor('TOTAL', 't', tableOnly(2))).toEqual({ TableName: 't', CapacityUnits: 2 })
      expect(consumedCapacityFor('INDEXES', 't', tableOnly(0.5))).toEqual({ TableName: 't', CapacityUnits: 0.5, Table: { CapacityUnits: 0.5 } })
      expect(consumedCapacityFor('NONE', 't', tableOnly(1))).toBeUndefined()
      expect(consumedCapacityFor(undefined, 't', tableOnly(1))).toBeUndefined()
    })

    it('counts index writes per AWS: put, delete, key change, projected change, untouched', () => {
      expect(indexWriteUnits(table, gsi, undefined, withG('a'))).toBe(1)
      expect(indexWriteUnits(table, gsi, withG('a'), undefined)).toBe(1)
      expect(indexWriteUnits(table, gsi, withG('a'), withG('b'))).toBe(2)
      expect(indexWriteUnits(table, gsi, withG('a', { p: { N: '1' } }), withG('a', { p: { N: '2' } }))).toBe(1)
      // a non-projected attribute changes: the index entry is the same, no index write
      expect(indexWriteUnits(table, gsi, withG('a', { x: { N: '1' } }), withG('a', { x: { N: '2' } }))).toBe(0)
      // sparse: no index key before or after
      expect(indexWriteUnits(table, gsi, { pk: { S: 'k' } }, { pk: { S: 'k' }, p: { N: '1' } })).toBe(0)
    })

    it('sizes index writes on the projected entry, not the whole item', () => {
      const big = withG('a', { x: { S: 'x'.repeat(5000) } })
      const b = writeCapacity(table, undefined, big)
      expect(b.table).toBe(5)
      expect(b.globalSecondaryIndexes).toEqual({ inc: 1 })
      expect(consumedCapacityFor('INDEXES', 't', b)).toEqual({
        TableName: 't',
        CapacityUnits: 6,
        Table: { CapacityUnits: 5 },
        GlobalSecondaryIndexes: { inc: { CapacityUnits: 1 } },
      })
    })

    it('charges a failed condition the existing item size, or 1', () => {
      expect(failedConditionCapacity(undefined).table).toBe(1)
      expect(failedConditionCapacity({ pk: { S: 'k' }, x: { S: 'x'.repeat(2048) } }).table).toBe(3)
    })
  })
})
