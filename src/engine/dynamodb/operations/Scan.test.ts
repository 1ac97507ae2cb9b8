import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'
import { addMusicTable, putAll, song } from '../indexes/testing.ts'
import type { Item } from '../types.ts'

let sim: Simulation

type ScanOut = { Items?: Item[]; Count: number; ScannedCount: number; LastEvaluatedKey?: Item; ConsumedCapacity?: Record<string, unknown> }

function scan(input: Record<string, unknown>) {
  return sim.request('dynamodb', 'Scan', { TableName: 'Music', ...input })
}

function out(input: Record<string, unknown>): ScanOut {
  const r = scan(input)
  expect(r.error).toBeUndefined()
  return r.output as ScanOut
}

function expectError(input: Record<string, unknown>, message: string, name = 'ValidationException') {
  const r = scan(input)
  expect(r.error?.name).toBe(name)
  expect(r.error?.message).toBe(message)
}

const key = (i: Item) => `${(i['Artist'] as { S: string }).S}/${(i['SongTitle'] as { S: string }).S}`

/** Every page of a Scan, following LastEvaluatedKey. */
function scanAll(input: Record<string, unknown>): { items: Item[]; pages: number } {
  const items: Item[] = []
  let start: Item | undefined
  let pages = 0
  do {
    const r = out({ ...input, ...(start ? { ExclusiveStartKey: start } : {}) })
    items.push(...(r.Items ?? []))
    start = r.LastEvaluatedKey
    pages++
  } while (start)
  return { items, pages }
}

beforeEach(() => {
  sim = new Simulation()
  addMusicTable(sim)
  const items: Item[] = []
  for (let a = 0; a < 20; a++) {
    for (let s = 0; s < 3; s++) items.push(song(`artist${a}`, `s${s}`, s === 0 ? { Genre: a % 2 ? 'Rock' : 'Pop', Year: 1970 + a } : { Price: s }))
  }
  putAll(sim, 'Music', items)
})

describe('Scan', () => {
  describe('validations', () => {
    it('returns ValidationException for Segment without TotalSegments', () => {
      expectError({ Segment: 1 }, 'The TotalSegments parameter is required but was not present in the request when Segment parameter is present')
    })

    it('returns ValidationException for TotalSegments without Segment', () => {
      expectError({ TotalSegments: 2 }, 'The Segment parameter is required but was not present in the request when parameter TotalSegments is present')
    })

    it('returns ValidationException for Segment not less than TotalSegments', () => {
      expectError({ Segment: 2, TotalSegments: 2 }, 'The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 2 is not less than TotalSegments: 2')
    })

    it('returns ValidationException for out-of-range Segment and TotalSegments, listed together', () => {
      expectError(
        { Segment: -1, TotalSegments: 1_000_001 },
        "2 validation errors detected: Value '1000001' at 'totalSegments' failed to satisfy constraint: Member must have value less than or equal to 1000000; " +
          "Value '-1' at 'segment' failed to satisfy constraint: Member must have value greater than or equal to 0",
      )
    })

    it('returns ValidationException for Limit 0', () => {
      expectError({ Limit: 0 }, "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1")
    })

    it('returns ValidationException for Select COUNT with a ProjectionExpression (no constraint prefix on Scan)', () => {
      expectError({ Select: 'COUNT', ProjectionExpression: 'Genre' }, 'Cannot specify the ProjectionExpression when choosing to get only the Count')
    })

    it('returns ValidationException for ALL_PROJECTED_ATTRIBUTES without an index', () => {
      expectError({ Select: 'ALL_PROJECTED_ATTRIBUTES' }, 'ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName')
    })

    it('returns ValidationException for mixing FilterExpression and ScanFilter', () => {
      expectError(
        { FilterExpression: 'attribute_exists(Genre)', ScanFilter: { Genre: { ComparisonOperator: 'NULL' } } },
        'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {ScanFilter} Expression parameters: {FilterExpression}',
      )
    })

    it('returns ValidationException for ConditionalOperator without a ScanFilter of two or more conditions', () => {
      expectError({ ConditionalOperator: 'AND' }, 'ConditionalOperator cannot be used without Filter or Expected')
      expectError({ ConditionalOperator: 'OR', ScanFilter: {} }, 'ConditionalOperator cannot be used without Filter or Expected')
      expectError({ ConditionalOperator: 'OR', ScanFilter: { Genre: { ComparisonOperator: 'NULL' } } }, 'ConditionalOperator can only be used when Filter or Expected has two or more elements')
      expectError(
        { ConditionalOperator: 'AND', FilterExpression: 'Genre = :v', ExpressionAttributeValues: { ':v': { S: 'x' }, ':unused': { S: 'y' } } },
        'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {ConditionalOperator} Expression parameters: {FilterExpression}',
      )
    })

    it('returns ValidationException for a bad ScanFilter operator', () => {
      expectError(
        { ScanFilter: { Genre: { ComparisonOperator: 'LIKE' } } },
        "1 validation error detected: Value 'LIKE' at 'scanFilter.Genre.member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]",
      )
    })

    it('returns ValidationException for BETWEEN bounds in the wrong order', () => {
      expectError(
        { ScanFilter: { Price: { ComparisonOperator: 'BETWEEN', AttributeValueList: [{ N: '5' }, { N: '1' }] } } },
        'The BETWEEN condition was provided a range where the lower bound is greater than the upper bound',
      )
    })

    it('returns ValidationException for duplicate AttributesToGet', () => {
      expectError({ AttributesToGet: ['a', 'a'] }, 'One or more parameter values were invalid: Duplicate value in attribute name: a')
    })

    it('returns ResourceNotFoundException for an unknown table', () => {
      expectError({ TableName: 'Nope' }, 'Requested resource not found', 'ResourceNotFoundException')
    })

    it('returns ValidationException for an unknown index', () => {
      expectError({ IndexName: 'nope' }, 'The table does not have the specified index: nope')
    })

    it('returns ValidationException for ConsistentRead on a GSI', () => {
      expectError({ IndexName: 'AllIndex', ConsistentRead: true }, 'Consistent reads are not supported on global secondary indexes')
    })

    it('returns ValidationException for Select ALL_ATTRIBUTES on a KEYS_ONLY GSI', () => {
      expectError(
        { IndexName: 'GenreIndex', Select: 'ALL_ATTRIBUTES' },
        'One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index GenreIndex because its projection type is not ALL',
      )
    })

    it('returns ValidationException for an ExclusiveStartKey that does not match the schema', () => {
      expectError({ ExclusiveStartKey: { Artist: { S: 'a' } } }, 'The provided starting key is invalid: The provided key element does not match the schema')
      expectError({ ExclusiveStartKey: { Artist: { S: 'a' }, SongTitle: { N: '1' } } }, 'The provided starting key is invalid: The provided key element does not match the schema')
    })

    it('returns ValidationException for a filter reading into an index key attribute', () => {
      expectError(
        { FilterExpression: 'Price.cents = :c', ExpressionAttributeValues: { ':c': { N: '1' } } },
        "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: Price",
      )
    })

    it('returns ValidationException for an ExclusiveStartKey from another segment', () => {
      const first = out({ Segment: 0, TotalSegments: 2, Limit: 1 })
      expectError(
        { Segment: 1, TotalSegments: 2, ExclusiveStartKey: first.LastEvaluatedKey },
        'The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. TotalSegments: 2 Segment: 1',
      )
    })
  })

  describe('capacity', () => {
    it('sums the items evaluated and rounds up to 4 KB once, whatever the filter keeps', () => {
      addTestTable(sim, 'Sized', { hash: ['pk', 'S'] })
      // Item {pk: 'kN', d: 'x' * n}: (2 + 2) + (1 + n) bytes.
      putAll(sim, 'Sized', Array.from({ length: 5 }, (_, i) => ({ pk: { S: `k${i}` }, d: { S: 'x'.repeat(1995) } }))) // 5 × 2,000 B
      const r = sim.request('dynamodb', 'Scan', { TableName: 'Sized', FilterExpression: 'd = :n', ExpressionAttributeValues: { ':n': { S: 'n' } }, ReturnConsumedCapacity: 'INDEXES' })
      const o = r.output as ScanOut
      expect([o.Count, o.ScannedCount]).toEqual([0, 5])
      expect(o.ConsumedCapacity).toEqual({ TableName: 'Sized', CapacityUnits: 1.5, Table: { CapacityUnits: 1.5 } }) // 10,000 B → 12 KB
      const strong = sim.request('dynamodb', 'Scan', { TableName: 'Sized', ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' }).output as ScanOut
      expect(strong.ConsumedCapacity).toEqual({ TableName: 'Sized', CapacityUnits: 3 })
    })

    it('charges a GSI scan to the GSI on its projected entry sizes', () => {
      const r = out({ IndexName: 'GenreIndex', ReturnConsumedCapacity: 'INDEXES' })
      expect(r.Count).toBe(20)
      expect(r.ConsumedCapacity).toEqual({ TableName: 'Music', CapacityUnits: 0.5, Table: { CapacityUnits: 0 }, GlobalSecondaryIndexes: { GenreIndex: { CapacityUnits: 0.5 } } })
    })
  })

  describe('functionality', () => {
    it('reads every item once across pages, in a stable order', () => {
      const { items, pages } = scanAll({ Limit: 7 })
      expect(pages).toBe(9) // 60 items: 8 pages of 7, then 4
      expect(new Set(items.map(key)).size).toBe(60)
      expect(items.map(key)).toEqual(out({}).Items!.map(key))
    })

    it('keeps an item collection together, in sort key order', () => {
      const keys = out({}).Items!.map(key)
      const a3 = keys.filter((k) => k.startsWith('artist3/'))
      const at = keys.indexOf(a3[0]!)
      expect(keys.slice(at, at + 3)).toEqual(['artist3/s0', 'artist3/s1', 'artist3/s2'])
    })

    it('splits the table into disjoint parallel-scan segments that cover it', () => {
      const seen: string[] = []
      for (let segment = 0; segment < 4; segment++) {
        seen.push(...scanAll({ Segment: segment, TotalSegments: 4, Limit: 5 }).items.map(key))
      }
      expect(seen.length).toBe(60)
      expect(new Set(seen).size).toBe(60)
    })

    it('filters with FilterExpression and ScanFilter: Count vs ScannedCount', () => {
      const expr = out({ FilterExpression: 'Price > :p', ExpressionAttributeValues: { ':p': { N: '1' } } })
      expect([expr.Count, expr.ScannedCount]).toEqual([20, 60])
      const legacy = out({ ScanFilter: { Price: { ComparisonOperator: 'IN', AttributeValueList: [{ N: '1' }, { N: '2' }] }, Genre: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'Rock' }] } }, ConditionalOperator: 'OR' })
      expect(legacy.Count).toBe(50)
      const and = out({ ScanFilter: { Price: { ComparisonOperator: 'GE', AttributeValueList: [{ N: '2' }] }, Artist: { ComparisonOperator: 'BEGINS_WITH', AttributeValueList: [{ S: 'artist1' }] } } })
      expect(and.Count).toBe(11) // artist1, artist10..19
    })

    it('returns Count only for Select COUNT and projects with AttributesToGet', () => {
      const count = out({ Select: 'COUNT' })
      expect(count.Items).toBeUndefined()
      expect(count.Count).toBe(60)
      const projected = out({ AttributesToGet: ['Year'], ScanFilter: { Year: { ComparisonOperator: 'EQ', AttributeValueList: [{ N: '1975' }] } } })
      expect(projected.Items).toEqual([{ Year: { N: '1975' } }])
    })

    it('scans a sparse GSI: only items with the index key, with index keys in LastEvaluatedKey', () => {
      const first = out({ IndexName: 'GenreIndex', Limit: 1 })
      expect(Object.keys(first.LastEvaluatedKey!).sort()).toEqual(['Artist', 'Genre', 'SongTitle', 'Year'])
      const { items } = scanAll({ IndexName: 'GenreIndex', Limit: 6 })
      expect(items.length).toBe(20)
      expect(Object.keys(items[0]!).sort()).toEqual(['Artist', 'Genre', 'SongTitle', 'Year'])
    })

    it('scans an LSI and fetches non-projected attributes from the table for ALL_ATTRIBUTES', () => {
      putAll(sim, 'Music', [song('x', 't', { AlbumTitle: 'al', Price: 9, Genre: 'Jazz' })])
      const projected = out({ IndexName: 'AlbumIndex' })
      expect(projected.Items).toEqual([{ Artist: { S: 'x' }, SongTitle: { S: 't' }, AlbumTitle: { S: 'al' }, Price: { N: '9' } }])
      const all = out({ IndexName: 'AlbumIndex', Select: 'ALL_ATTRIBUTES', ReturnConsumedCapacity: 'INDEXES' })
      expect(all.Items![0]).toHaveProperty('Genre')
      expect(all.ConsumedCapacity).toEqual({ TableName: 'Music', CapacityUnits: 1, Table: { CapacityUnits: 0.5 }, LocalSecondaryIndexes: { AlbumIndex: { CapacityUnits: 0.5 } } })
    })
  })
})
