import { describe, expect, it } from 'vitest'
import { capacityRows } from './capacityRows.ts'

describe('ConsumedCapacity breakdown', () => {
  describe('functionality', () => {
    it('splits an INDEXES answer into total, table, each LSI and each GSI (AWS documentation example)', () => {
      const rows = capacityRows({
        TableName: 'MusicCollection',
        CapacityUnits: 0.5,
        Table: { CapacityUnits: 0 },
        LocalSecondaryIndexes: { AlbumTitleIndex: { CapacityUnits: 0.5 } },
      })
      expect(rows).toEqual([
        { tableName: 'MusicCollection', part: 'total', capacityUnits: 0.5 },
        { tableName: 'MusicCollection', part: 'table', capacityUnits: 0 },
        { tableName: 'MusicCollection', part: 'LSI', name: 'AlbumTitleIndex', capacityUnits: 0.5 },
      ])
    })

    it('keeps read and write units and lists every table of a transaction in order', () => {
      const rows = capacityRows([
        { TableName: 'A', CapacityUnits: 4, WriteCapacityUnits: 4, Table: { CapacityUnits: 2, WriteCapacityUnits: 2 }, GlobalSecondaryIndexes: { G: { CapacityUnits: 2, WriteCapacityUnits: 2 } } },
        { TableName: 'B', CapacityUnits: 2, ReadCapacityUnits: 2 },
      ])
      expect(rows.map((r) => `${r.tableName}/${r.part}/${r.name ?? ''}/${r.capacityUnits}`)).toEqual(['A/total//4', 'A/table//2', 'A/GSI/G/2', 'B/total//2'])
      expect(rows[2]!.writeCapacityUnits).toBe(2)
      expect(rows[3]!.readCapacityUnits).toBe(2)
    })

    it('has no rows without ConsumedCapacity', () => {
      expect(capacityRows(undefined)).toEqual([])
      expect(capacityRows([])).toEqual([])
    })
  })
})
