import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { DEFAULT_TABLE_TIMINGS as T } from '../tableLifecycle.ts'
import { addMusicTable, putAll, song } from './testing.ts'
import { indexStore, setGsiPropagation } from './maintenance.ts'
import type { Item } from '../types.ts'

let sim: Simulation

const rock = { IndexName: 'GenreIndex', KeyConditionExpression: 'Genre = :g', ExpressionAttributeValues: { ':g': { S: 'Rock' } } }

function items(input: Record<string, unknown>): Item[] {
  const r = sim.request('dynamodb', 'Query', { TableName: 'Music', ...input })
  expect(r.error).toBeUndefined()
  return (r.output as { Items: Item[] }).Items
}

const titles = (list: Item[]) => list.map((i) => `${(i['Artist'] as { S: string }).S}/${(i['SongTitle'] as { S: string }).S}`)

function describeIndexes(name = 'Music'): Record<string, { ItemCount: number; IndexSizeBytes: number; IndexStatus?: string; Backfilling?: boolean }> {
  const t = (sim.request('dynamodb', 'DescribeTable', { TableName: name }).output as { Table: Record<string, { IndexName: string; ItemCount: number; IndexSizeBytes: number }[]> }).Table
  return Object.fromEntries([...(t['LocalSecondaryIndexes'] ?? []), ...(t['GlobalSecondaryIndexes'] ?? [])].map((i) => [i.IndexName, i]))
}

describe('secondary index maintenance', () => {
  beforeEach(() => {
    sim = new Simulation()
    addMusicTable(sim)
    putAll(sim, 'Music', [song('A', 's1', { Genre: 'Rock', Year: 1990 }), song('B', 's1', { Genre: 'Rock', Year: 1970 }), song('C', 's1')])
  })

  describe('functionality', () => {
    it('adds an entry on PutItem and leaves items without the index key out (sparse index)', () => {
      expect(titles(items(rock))).toEqual(['B/s1', 'A/s1'])
      putAll(sim, 'Music', [song('D', 's1', { Genre: 'Rock', Year: 1980 }), song('E', 's1', { Genre: 'Rock' })])
      expect(titles(items(rock))).toEqual(['B/s1', 'D/s1', 'A/s1']) // E lacks Year, the index sort key
    })

    it('moves the entry when UpdateItem changes an index key, and removes it when the key is removed', () => {
      sim.request('dynamodb', 'UpdateItem', { TableName: 'Music', Key: song('A', 's1'), UpdateExpression: 'SET #y = :y', ExpressionAttributeNames: { '#y': 'Year' }, ExpressionAttributeValues: { ':y': { N: '1960' } } })
      expect(titles(items(rock))).toEqual(['A/s1', 'B/s1'])
      sim.request('dynamodb', 'UpdateItem', { TableName: 'Music', Key: song('A', 's1'), UpdateExpression: 'SET Genre = :g', ExpressionAttributeValues: { ':g': { S: 'Pop' } } })
      expect(titles(items(rock))).toEqual(['B/s1'])
      expect(titles(items({ ...rock, ExpressionAttributeValues: { ':g': { S: 'Pop' } } }))).toEqual(['A/s1'])
      sim.request('dynamodb', 'UpdateItem', { TableName: 'Music', Key: song('A', 's1'), UpdateExpression: 'REMOVE Genre' })
      expect(items({ ...rock, ExpressionAttributeValues: { ':g': { S: 'Pop' } } })).toEqual([])
    })

    it('removes the entry on DeleteItem and replaces it on an overwriting PutItem', () => {
      sim.request('dynamodb', 'DeleteItem', { TableName: 'Music', Key: song('B', 's1') })
      expect(titles(items(rock))).toEqual(['A/s1'])
      putAll(sim, 'Music', [song('A', 's1', { Genre: 'Rock', Year: 2000, Price: 5 })])
      expect(items({ ...rock, IndexName: 'AllIndex', KeyConditionExpression: 'Genre = :g' })).toEqual([song('A', 's1', { Genre: 'Rock', Year: 2000, Price: 5 })])
      expect(indexStore(sim.dynamodb.tables.get('Music')!, 'GenreIndex')!.count).toBe(1)
    })

    it('keeps projected values current (INCLUDE) and reports ItemCount and IndexSizeBytes in DescribeTable', () => {
      putAll(sim, 'Music', [song('A', 's2', { Genre: 'Rock', Price: 4, AlbumTitle: 'first', Other: 'not projected' })])
      sim.request('dynamodb', 'UpdateItem', { TableName: 'Music', Key: song('A', 's2'), UpdateExpression: 'SET AlbumTitle = :t', ExpressionAttributeValues: { ':t': { S: 'second' } } })
      const q = { IndexName: 'PriceIndex', KeyConditionExpression: 'Genre = :g', ExpressionAttributeValues: { ':g': { S: 'Rock' } } }
      expect(items(q)).toEqual([{ Artist: { S: 'A' }, SongTitle: { S: 's2' }, Genre: { S: 'Rock' }, Price: { N: '4' }, AlbumTitle: { S: 'second' } }])
      const d = describeIndexes()
      expect(d['PriceIndex']).toMatchObject({ ItemCount: 1, IndexSizeBytes: 50 }) // Artist 7 + SongTitle 11 + Genre 9 + Price 7 + AlbumTitle 16
      expect(d['GenreIndex']!.ItemCount).toBe(2)
      expect(d['AllIndex']!.ItemCount).toBe(3)
      expect(d['AlbumIndex']!.ItemCount).toBe(1)
    })

    it('rebuilds indexes from the items after a snapshot restore', () => {
      const state = sim.getState()
      const restored = new Simulation()
      restored.setState(state)
      sim = restored
      expect(titles(items(rock))).toEqual(['B/s1', 'A/s1'])
    })
  })

  describe('GSI propagation seam', () => {
    it('sends every GSI change through the propagation model, also the first write before any read', () => {
      const pending: (() => void)[] = []
      const previous = setGsiPropagation((_db, _table, apply) => pending.push(apply))
      try {
        sim = new Simulation()
        addMusicTable(sim)
        putAll(sim, 'Music', [song('A', 's1', { Genre: 'Rock', Year: 1990 })])
        expect(items(rock)).toEqual([])
        expect(items({ IndexName: 'AlbumIndex', KeyConditionExpression: 'Artist = :a', ExpressionAttributeValues: { ':a': { S: 'A' } } })).toEqual([]) // no AlbumTitle
        expect(pending.length).toBe(3) // one per GSI
        pending.splice(0).forEach((apply) => apply())
        expect(titles(items(rock))).toEqual(['A/s1'])
      } finally {
        setGsiPropagation(previous)
      }
    })
  })

  describe('GSI created by UpdateTable', () => {
    it('is CREATING until backfilled, then ACTIVE with the existing items, and maintained afterwards', () => {
      sim = new Simulation()
      sim.request('dynamodb', 'CreateTable', {
        TableName: 'Music',
        AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      })
      sim.advanceBy(T.createTableMs)
      for (const [artist, genre] of [['A', 'Rock'], ['B', 'Pop'], ['C', 'Rock'], ['D', undefined]] as const) {
        sim.request('dynamodb', 'PutItem', { TableName: 'Music', Item: { Artist: { S: artist }, ...(genre ? { Genre: { S: genre } } : {}) } })
      }
      const r = sim.request('dynamodb', 'UpdateTable', {
        TableName: 'Music',
        AttributeDefinitions: [{ AttributeName: 'Genre', AttributeType: 'S' }],
        GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'GenreIdx', KeySchema: [{ AttributeName: 'Genre', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } } }],
      })
      expect(r.error?.message).toBeUndefined()
      const q = { IndexName: 'GenreIdx', KeyConditionExpression: 'Genre = :g', ExpressionAttributeValues: { ':g': { S: 'Rock' } } }
      const early = sim.request('dynamodb', 'Query', { TableName: 'Music', ...q })
      expect(early.error?.message).toBe('Cannot read from backfilling global secondary index: GenreIdx')

      sim.advanceBy(T.indexAllocationMs)
      expect(describeIndexes()['GenreIdx']).toMatchObject({ IndexStatus: 'CREATING', Backfilling: true, ItemCount: 3 })
      sim.request('dynamodb', 'PutItem', { TableName: 'Music', Item: { Artist: { S: 'E' }, Genre: { S: 'Rock' } } })
      sim.advanceBy(T.indexBackfillMs)
      expect(describeIndexes()['GenreIdx']).toMatchObject({ IndexStatus: 'ACTIVE', ItemCount: 4 })
      expect(items(q).map((i) => (i['Artist'] as { S: string }).S).sort()).toEqual(['A', 'C', 'E'])
      sim.request('dynamodb', 'DeleteItem', { TableName: 'Music', Key: { Artist: { S: 'C' } } })
      expect(items(q).map((i) => (i['Artist'] as { S: string }).S).sort()).toEqual(['A', 'E'])
    })
  })
})
