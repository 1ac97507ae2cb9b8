import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'
import { addMusicTable, putAll, song } from '../indexes/testing.ts'
import type { Item } from '../types.ts'
import { splitPartition } from '../physics/partitionLayout.ts'

let sim: Simulation

function query(input: Record<string, unknown>) {
  return sim.request('dynamodb', 'Query', { TableName: 'Music', ...input })
}

function out(input: Record<string, unknown>): { Items?: Item[]; Count: number; ScannedCount: number; LastEvaluatedKey?: Item; ConsumedCapacity?: Record<string, unknown> } {
  const r = query(input)
  expect(r.error).toBeUndefined()
  return r.output as never
}

function expectError(input: Record<string, unknown>, message: string, name = 'ValidationException') {
  const r = query(input)
  expect(r.error?.name).toBe(name)
  expect(r.error?.message).toBe(message)
}

const byArtist = (a: string, extra: Record<string, unknown> = {}) => ({
  KeyConditionExpression: 'Artist = :a',
  ExpressionAttributeValues: { ':a': { S: a } },
  ...extra,
})
const titles = (items: Item[] | undefined) => (items ?? []).map((i) => (i['SongTitle'] as { S: string }).S)

beforeEach(() => {
  sim = new Simulation()
  addMusicTable(sim)
  putAll(sim, 'Music', [
    song('A', 's1', { Genre: 'Rock', Year: 1990, Price: 3, AlbumTitle: 'x' }),
    song('A', 's2', { Genre: 'Pop', Year: 1980, AlbumTitle: 'y' }),
    song('A', 's3', { Other: 'o' }),
    song('A', 's10', { Genre: 'Rock', Year: 1990, Price: 1 }),
    song('B', 's1', { Genre: 'Rock', Year: 1970, Price: 2 }),
  ])
})

describe('Query', () => {
  describe('validations', () => {
    it('returns ValidationException for a missing key condition', () => {
      expectError({}, 'Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.')
    })

    it('returns ValidationException for Limit 0 and a short TableName, listed together', () => {
      const r = sim.request('dynamodb', 'Query', { TableName: 'ab', Limit: 0, ...byArtist('A') })
      expect(r.error?.message).toBe(
        "2 validation errors detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
          "Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
      )
    })

    it('returns ValidationException for an unknown Select', () => {
      expectError(
        byArtist('A', { Select: 'SOME' }),
        "1 validation error detected: Value 'SOME' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]",
      )
    })

    it('returns ValidationException for Select COUNT with a ProjectionExpression', () => {
      expectError(byArtist('A', { Select: 'COUNT', ProjectionExpression: 'Genre' }), '1 validation error detected: Cannot specify the ProjectionExpression when choosing to get only the Count')
    })

    it('returns ValidationException for Select ALL_ATTRIBUTES with AttributesToGet', () => {
      expectError(
        { KeyConditions: { Artist: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'A' }] } }, Select: 'ALL_ATTRIBUTES', AttributesToGet: ['Genre'] },
        '1 validation error detected: Cannot specify the AttributesToGet when choosing to get ALL_ATTRIBUTES',
      )
    })

    it('returns ValidationException for SPECIFIC_ATTRIBUTES without a projection', () => {
      expectError(byArtist('A', { Select: 'SPECIFIC_ATTRIBUTES' }), 'Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES')
    })

    it('returns ValidationException for ALL_PROJECTED_ATTRIBUTES on the table', () => {
      expectError(byArtist('A', { Select: 'ALL_PROJECTED_ATTRIBUTES' }), 'ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName')
    })

    it('returns ValidationException for mixing KeyConditionExpression and QueryFilter', () => {
      expectError(
        byArtist('A', { QueryFilter: { Genre: { ComparisonOperator: 'NOT_NULL' } } }),
        'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {QueryFilter} Expression parameters: {KeyConditionExpression}',
      )
    })

    it('returns ValidationException for ConditionalOperator without a QueryFilter of two conditions, before a missing key condition', () => {
      expectError({ ConditionalOperator: 'AND' }, 'ConditionalOperator cannot be used without Filter or Expected')
      expectError(
        { KeyConditions: { Artist: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'A' }] } }, QueryFilter: { Genre: { ComparisonOperator: 'NULL' } }, ConditionalOperator: 'AND' },
        'ConditionalOperator can only be used when Filter or Expected has two or more elements',
      )
    })

    it('accepts legacy KeyConditions with a ProjectionExpression', () => {
      const r = out({ KeyConditions: { Artist: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'B' }] } }, ProjectionExpression: 'Genre' })
      expect(r.Items).toEqual([{ Genre: { S: 'Rock' } }])
    })

    it('returns ResourceNotFoundException for an unknown table', () => {
      expectError(byArtist('A', { TableName: 'Nope' }), 'Requested resource not found', 'ResourceNotFoundException')
    })

    it('returns ValidationException for an unknown index', () => {
      expectError(byArtist('A', { IndexName: 'nope' }), 'The table does not have the specified index: nope')
    })

    it('returns ValidationException for ConsistentRead on a GSI', () => {
      expectError(
        { IndexName: 'GenreIndex', KeyConditionExpression: 'Genre = :g', ExpressionAttributeValues: { ':g': { S: 'Rock' } }, ConsistentRead: true },
        'Consistent reads are not supported on global secondary indexes',
      )
    })

    it('returns ValidationException for Select ALL_ATTRIBUTES on a GSI that does not project ALL', () => {
      expectError(
        { IndexName: 'GenreIndex', KeyConditionExpression: 'Genre = :g', ExpressionAttributeValues: { ':g': { S: 'Rock' } }, Select: 'ALL_ATTRIBUTES' },
        'One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index GenreIndex because its projection type is not ALL',
      )
    })

    it('returns ValidationException for projecting attributes a GSI does not project', () => {
      expectError(
        { IndexName: 'GenreIndex', KeyConditionExpression: 'Genre = :g', ExpressionAttributeValues: { ':g': { S: 'Rock' } }, ProjectionExpression: 'Artist, Price, Foo' },
        'One or more parameter values were invalid: Global secondary index GenreIndex does not project [Price, Foo]',
      )
    })

    it('returns ValidationException for a key condition without the partition key', () => {
      expectError({ KeyConditionExpression: 'SongTitle = :s', ExpressionAttributeValues: { ':s': { S: 's1' } } }, 'Query condition missed key schema element: Artist')
    })

    it('returns ValidationException for a range condition on the partition key', () => {
      expectError({ KeyConditionExpression: 'Artist > :a', ExpressionAttributeValues: { ':a': { S: 'A' } } }, 'Query key condition not supported')
    })

    it('returns ValidationException for a key value of the wrong type', () => {
      expectError(
        { KeyConditionExpression: 'Artist = :a', ExpressionAttributeValues: { ':a': { N: '1' } } },
        'One or more parameter values were invalid: Condition parameter type does not match schema type',
      )
    })

    it('returns ValidationException for an empty string key value', () => {
      expectError(
        { KeyConditionExpression: 'Artist = :a', ExpressionAttributeValues: { ':a': { S: '' } } },
        'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: Artist',
      )
    })

    it('returns ValidationException for OR in a key condition', () => {
      expectError(
        { KeyConditionExpression: 'Artist = :a OR SongTitle = :s', ExpressionAttributeValues: { ':a': { S: 'A' }, ':s': { S: 's' } } },
        'Invalid operator used in KeyConditionExpression: OR',
      )
    })

    it('returns ValidationException for begins_with on a number (expression)', () => {
      expectError(
        { KeyConditionExpression: 'Artist = :a AND begins_with(SongTitle, :s)', ExpressionAttributeValues: { ':a': { S: 'A' }, ':s': { N: '1' } } },
        'Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N',
      )
    })

    it('returns ValidationException for three key conditions', () => {
      expectError(
        { KeyConditionExpression: 'Artist = :a AND SongTitle = :s AND Genre = :s', ExpressionAttributeValues: { ':a': { S: 'A' }, ':s': { S: 's' } } },
        'Conditions can be of length 1 or 2 only',
      )
    })

    it('returns ValidationException for a filter on a key attribute', () => {
      expectError(byArtist('A', { FilterExpression: 'SongTitle = :a' }), 'Filter Expression can only contain non-primary key attributes: Primary key attribute: SongTitle')
    })

    it('returns ValidationException for a projection into a key attribute', () => {
      expectError(byArtist('A', { ProjectionExpression: 'SongTitle.part' }), "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: SongTitle")
      expectError(byArtist('A', { ProjectionExpression: 'Genre[0]' }), "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: Genre")
    })

    it('returns ValidationException for a QueryFilter on an index key attribute', () => {
      expectError(
        {
          IndexName: 'GenreIndex',
          KeyConditions: { Genre: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'Rock' }] } },
          QueryFilter: { Year: { ComparisonOperator: 'GT', AttributeValueList: [{ N: '1' }] } },
        },
        'QueryFilter can only contain non-primary key attributes: Primary key attribute: Year',
      )
    })

    it('returns ValidationException for a legacy condition with the wrong number of values', () => {
      // KeyConditions has its own message (dynalite test/query.js, recorded); QueryFilter says "Invalid number of argument(s)".
      expectError(
        { KeyConditions: { Artist: { ComparisonOperator: 'BETWEEN', AttributeValueList: [{ S: 'A' }] } } },
        'The attempted filter operation is not supported for the provided filter argument count',
      )
    })

    it('returns ValidationException for a non-indexable legacy key operator', () => {
      expectError(
        { KeyConditions: { Artist: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'A' }] }, SongTitle: { ComparisonOperator: 'NE', AttributeValueList: [{ S: 'x' }] } } },
        'Attempted conditional constraint is not an indexable operation',
      )
    })

    it('returns ValidationException for an ExclusiveStartKey missing a key attribute', () => {
      expectError(byArtist('A', { ExclusiveStartKey: { Artist: { S: 'A' } } }), 'The provided starting key is invalid')
    })

    it('returns ValidationException for an ExclusiveStartKey outside the key condition', () => {
      expectError(
        { KeyConditionExpression: 'Artist = :a', ExpressionAttributeValues: { ':a': { S: 'A' } }, ExclusiveStartKey: { Artist: { S: 'B' }, SongTitle: { S: 's1' } } },
        'The provided starting key is outside query boundaries based on provided conditions',
      )
    })

    it('returns ValidationException for an ExclusiveStartKey outside the sort key condition', () => {
      expectError(
        {
          KeyConditionExpression: 'Artist = :a AND SongTitle > :s',
          ExpressionAttributeValues: { ':a': { S: 'A' }, ':s': { S: 's5' } },
          ExclusiveStartKey: { Artist: { S: 'A' }, SongTitle: { S: 's1' } },
        },
        'The provided starting key does not match the range key predicate',
      )
    })

    it('returns ValidationException for reading a GSI that is still backfilling', () => {
      sim.dynamodb.tables.get('Music')!.meta.GlobalSecondaryIndexes![0]!.IndexStatus = 'CREATING'
      expectError(
        { IndexName: 'GenreIndex', KeyConditionExpression: 'Genre = :g', ExpressionAttributeValues: { ':g': { S: 'Rock' } } },
        'Cannot read from backfilling global secondary index: GenreIndex',
      )
    })
  })

  describe('capacity', () => {
    beforeEach(() => {
      addTestTable(sim, 'Sized', { hash: ['pk', 'S'], range: ['sk', 'N'] })
    })

    // Item {pk: 'p', sk: N 1..9, d: 'x' * n}: (2 + 1) + (2 + 2) + (1 + n) bytes.
    function putSized(sk: number, bytes: number): void {
      putAll(sim, 'Sized', [{ pk: { S: 'p' }, sk: { N: String(sk) }, d: { S: 'x'.repeat(bytes - 8) } }])
    }

    it('sums the items read and rounds up to 4 KB once: 10 items of 40.8 KB in total cost 44 KB = 5.5 RCU', () => {
      for (let i = 1; i <= 10; i++) putSized(i, 4178) // 9 × 4178 B + 4179 B (sk 10) = 41,781 B ≈ 40.8 KB
      const eventual = out({ TableName: 'Sized', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } }, ReturnConsumedCapacity: 'TOTAL' })
      expect(eventual.ConsumedCapacity).toEqual({ TableName: 'Sized', CapacityUnits: 5.5 })
      const strong = out({ TableName: 'Sized', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } }, ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' })
      expect(strong.ConsumedCapacity).toEqual({ TableName: 'Sized', CapacityUnits: 11 })
    })

    it('charges exactly 4 KB read as 0.5 RCU and a few bytes more as 1 RCU (eventual)', () => {
      putSized(1, 4096)
      const one = out({ TableName: 'Sized', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } }, ReturnConsumedCapacity: 'TOTAL' })
      expect(one.ConsumedCapacity!['CapacityUnits']).toBe(0.5)
      putSized(2, 9) // 4,105 B in all
      const two = out({ TableName: 'Sized', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } }, ReturnConsumedCapacity: 'TOTAL' })
      expect(two.ConsumedCapacity!['CapacityUnits']).toBe(1)
    })

    it('charges what was read, not what the filter returned', () => {
      for (let i = 1; i <= 3; i++) putSized(i, 3000)
      const r = out({
        TableName: 'Sized',
        KeyConditionExpression: 'pk = :p',
        FilterExpression: 'd = :none',
        ExpressionAttributeValues: { ':p': { S: 'p' }, ':none': { S: 'none' } },
        ReturnConsumedCapacity: 'TOTAL',
      })
      expect(r.Count).toBe(0)
      expect(r.ScannedCount).toBe(3)
      expect(r.ConsumedCapacity!['CapacityUnits']).toBe(1.5) // 9,000 B → 12 KB → 3 × 0.5
    })

    it('charges 0.5 RCU for a Query that reads nothing', () => {
      const r = out({ TableName: 'Sized', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'none' } }, ReturnConsumedCapacity: 'TOTAL' })
      expect(r.Count).toBe(0)
      expect(r.ConsumedCapacity).toEqual({ TableName: 'Sized', CapacityUnits: 0.5 })
    })

    it('reports an LSI read under LocalSecondaryIndexes with 0 for the table (INDEXES)', () => {
      const r = out({ IndexName: 'AlbumIndex', ...byArtist('A'), ReturnConsumedCapacity: 'INDEXES' })
      expect(r.ConsumedCapacity).toEqual({ TableName: 'Music', CapacityUnits: 0.5, Table: { CapacityUnits: 0 }, LocalSecondaryIndexes: { AlbumIndex: { CapacityUnits: 0.5 } } })
    })

    it('reports a GSI read under GlobalSecondaryIndexes (INDEXES)', () => {
      const r = out({ IndexName: 'GenreIndex', KeyConditionExpression: 'Genre = :g', ExpressionAttributeValues: { ':g': { S: 'Rock' } }, ReturnConsumedCapacity: 'INDEXES' })
      expect(r.ConsumedCapacity).toEqual({ TableName: 'Music', CapacityUnits: 0.5, Table: { CapacityUnits: 0 }, GlobalSecondaryIndexes: { GenreIndex: { CapacityUnits: 0.5 } } })
    })

    it('charges each table fetch of an LSI query separately, rounded to 4 KB (4 KB + 2 × 4 KB, strongly consistent)', () => {
      const r = out({ IndexName: 'AlbumIndex', ...byArtist('A'), Select: 'ALL_ATTRIBUTES', ConsistentRead: true, ReturnConsumedCapacity: 'INDEXES' })
      expect(r.Count).toBe(2) // s1 and s2 have AlbumTitle
      expect(r.ConsumedCapacity).toEqual({ TableName: 'Music', CapacityUnits: 3, Table: { CapacityUnits: 2 }, LocalSecondaryIndexes: { AlbumIndex: { CapacityUnits: 1 } } })
      expect(r.Items![0]).toHaveProperty('Genre')
    })
  })

  describe('functionality', () => {
    it('returns the item collection in sort key order (string order: s1, s10, s2, s3)', () => {
      const r = out(byArtist('A'))
      expect(titles(r.Items)).toEqual(['s1', 's10', 's2', 's3'])
      expect(r.Count).toBe(4)
      expect(r.ScannedCount).toBe(4)
      expect(r.LastEvaluatedKey).toBeUndefined()
    })

    it('returns descending order with ScanIndexForward false', () => {
      expect(titles(out(byArtist('A', { ScanIndexForward: false })).Items)).toEqual(['s3', 's2', 's10', 's1'])
    })

    it.each([
      ['SongTitle = :s', { ':s': { S: 's2' } }, ['s2']],
      ['SongTitle < :s', { ':s': { S: 's2' } }, ['s1', 's10']],
      ['SongTitle <= :s', { ':s': { S: 's2' } }, ['s1', 's10', 's2']],
      ['SongTitle > :s', { ':s': { S: 's10' } }, ['s2', 's3']],
      ['SongTitle >= :s', { ':s': { S: 's10' } }, ['s10', 's2', 's3']],
      ['SongTitle BETWEEN :s AND :t', { ':s': { S: 's10' }, ':t': { S: 's2' } }, ['s10', 's2']],
      ['begins_with(SongTitle, :s)', { ':s': { S: 's1' } }, ['s1', 's10']],
      [':s < SongTitle', { ':s': { S: 's2' } }, ['s3']],
    ])('applies the sort key condition %s', (cond, values, expected) => {
      const input = { KeyConditionExpression: `Artist = :a AND ${cond}`, ExpressionAttributeValues: { ':a': { S: 'A' }, ...values } }
      expect(titles(out(input).Items)).toEqual(expected)
      expect(titles(out({ ...input, ScanIndexForward: false }).Items)).toEqual([...expected].reverse())
    })

    it('accepts the legacy KeyConditions', () => {
      const r = out({
        KeyConditions: {
          Artist: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'A' }] },
          SongTitle: { ComparisonOperator: 'BEGINS_WITH', AttributeValueList: [{ S: 's1' }] },
        },
      })
      expect(titles(r.Items)).toEqual(['s1', 's10'])
    })

    it('pages with Limit and LastEvaluatedKey, forwards and backwards', () => {
      for (const forward of [true, false]) {
        const seen: string[] = []
        let start: Item | undefined
        let pages = 0
        do {
          const r = out(byArtist('A', { Limit: 3, ScanIndexForward: forward, ...(start ? { ExclusiveStartKey: start } : {}) }))
          seen.push(...titles(r.Items))
          start = r.LastEvaluatedKey
          pages++
        } while (start)
        expect(seen).toEqual(forward ? ['s1', 's10', 's2', 's3'] : ['s3', 's2', 's10', 's1'])
        expect(pages).toBe(2)
      }
    })

    it('returns a LastEvaluatedKey when Limit items were read, even if none remain', () => {
      const r = out(byArtist('A', { Limit: 4 }))
      expect(r.LastEvaluatedKey).toEqual({ Artist: { S: 'A' }, SongTitle: { S: 's3' } })
      const next = out(byArtist('A', { Limit: 4, ExclusiveStartKey: r.LastEvaluatedKey }))
      expect(next.Count).toBe(0)
      expect(next.LastEvaluatedKey).toBeUndefined()
    })

    it('filters after reading: Count vs ScannedCount, and Limit counts items read', () => {
      const r = out(byArtist('A', { FilterExpression: 'Genre = :g', ExpressionAttributeValues: { ':a': { S: 'A' }, ':g': { S: 'Rock' } } }))
      expect(titles(r.Items)).toEqual(['s1', 's10'])
      expect([r.Count, r.ScannedCount]).toEqual([2, 4])
      const limited = out(byArtist('A', { Limit: 2, FilterExpression: 'Genre = :g', ExpressionAttributeValues: { ':a': { S: 'A' }, ':g': { S: 'Pop' } } }))
      expect([limited.Count, limited.ScannedCount]).toEqual([0, 2])
      expect(limited.LastEvaluatedKey).toEqual({ Artist: { S: 'A' }, SongTitle: { S: 's10' } })
    })

    it('applies a legacy QueryFilter with ConditionalOperator OR', () => {
      const r = out({
        KeyConditions: { Artist: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'A' }] } },
        QueryFilter: { Genre: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'Pop' }] }, Other: { ComparisonOperator: 'NOT_NULL' } },
        ConditionalOperator: 'OR',
      })
      expect(titles(r.Items)).toEqual(['s2', 's3'])
    })

    it('projects with ProjectionExpression and AttributesToGet; Select COUNT returns no Items', () => {
      expect(out(byArtist('A', { ProjectionExpression: 'Genre', Limit: 1 })).Items).toEqual([{ Genre: { S: 'Rock' } }])
      expect(
        out({ KeyConditions: { Artist: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'B' }] } }, AttributesToGet: ['Year', 'Nope'] }).Items,
      ).toEqual([{ Year: { N: '1970' } }])
      const count = out(byArtist('A', { Select: 'COUNT' }))
      expect(count.Items).toBeUndefined()
      expect(count.Count).toBe(4)
    })

    it('queries a GSI in index order with KEYS_ONLY entries and an index LastEvaluatedKey', () => {
      const q = { IndexName: 'GenreIndex', KeyConditionExpression: 'Genre = :g', ExpressionAttributeValues: { ':g': { S: 'Rock' } } }
      const all = out(q)
      expect(all.Items).toEqual([
        { Artist: { S: 'B' }, SongTitle: { S: 's1' }, Genre: { S: 'Rock' }, Year: { N: '1970' } },
        { Artist: { S: 'A' }, SongTitle: { S: 's1' }, Genre: { S: 'Rock' }, Year: { N: '1990' } },
        { Artist: { S: 'A' }, SongTitle: { S: 's10' }, Genre: { S: 'Rock' }, Year: { N: '1990' } },
      ])
      const first = out({ ...q, Limit: 2 })
      expect(first.LastEvaluatedKey).toEqual({ Artist: { S: 'A' }, SongTitle: { S: 's1' }, Genre: { S: 'Rock' }, Year: { N: '1990' } })
      const second = out({ ...q, Limit: 2, ExclusiveStartKey: first.LastEvaluatedKey })
      expect(titles(second.Items)).toEqual(['s10'])
    })

    it('queries an LSI: sparse (items without the index key are absent), INCLUDE projection', () => {
      const r = out({ IndexName: 'AlbumIndex', ...byArtist('A') })
      expect(r.Items).toEqual([
        { Artist: { S: 'A' }, SongTitle: { S: 's1' }, AlbumTitle: { S: 'x' }, Price: { N: '3' } },
        { Artist: { S: 'A' }, SongTitle: { S: 's2' }, AlbumTitle: { S: 'y' } },
      ])
    })

    it('stops a page after 1 MB of data read and continues from LastEvaluatedKey', () => {
      addTestTable(sim, 'Big', { hash: ['pk', 'S'], range: ['sk', 'N'] })
      const blob = 'x'.repeat(100 * 1024)
      // 1.5 MB written in one virtual instant is over the partition's 1,000 WCU per second: no throttling for the setup
      sim.dynamodb.physics.throttling = false
      putAll(sim, 'Big', Array.from({ length: 15 }, (_, i) => ({ pk: { S: 'p' }, sk: { N: String(i) }, d: { S: blob } })))
      sim.dynamodb.physics.throttling = true
      const first = out({ TableName: 'Big', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } }, Select: 'COUNT' })
      expect(first.ScannedCount).toBe(11) // 10 items < 1 MB, the 11th crosses it
      expect(first.LastEvaluatedKey).toEqual({ pk: { S: 'p' }, sk: { N: '10' } })
      const second = out({ TableName: 'Big', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } }, Select: 'COUNT', ExclusiveStartKey: first.LastEvaluatedKey })
      expect(second.ScannedCount).toBe(4)
      expect(second.LastEvaluatedKey).toBeUndefined()
    })

    it('orders numbers numerically and reads the first page of a 100,000-item collection without sorting it', () => {
      addTestTable(sim, 'Huge', { hash: ['pk', 'S'], range: ['sk', 'N'] })
      const table = sim.dynamodb.tables.get('Huge')!
      // Insert in a scrambled order straight into storage (the write path is tested elsewhere).
      for (let i = 0; i < 100_000; i++) table.put({ pk: { S: 'p' }, sk: { N: String((i * 7919) % 100_000) } })
      const r = out({ TableName: 'Huge', KeyConditionExpression: 'pk = :p AND sk >= :s', ExpressionAttributeValues: { ':p': { S: 'p' }, ':s': { N: '99990' } }, Limit: 5 })
      expect(r.Items!.map((i) => (i['sk'] as { N: string }).N)).toEqual(['99990', '99991', '99992', '99993', '99994'])
      const desc = out({ TableName: 'Huge', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } }, Limit: 2, ScanIndexForward: false })
      expect(desc.Items!.map((i) => (i['sk'] as { N: string }).N)).toEqual(['99999', '99998'])
    }, 30_000) // filling 100,000 items takes a few seconds on a busy machine; the Query itself is a seek
  })
})

describe('Query', () => {
  describe('validations', () => {
    it('returns ValidationException for a legacy BEGINS_WITH on a number', () => {
      sim = new Simulation()
      addMusicTable(sim)
      expectError(
        { KeyConditions: { Artist: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'A' }] }, SongTitle: { ComparisonOperator: 'BEGINS_WITH', AttributeValueList: [{ N: '1' }] } } },
        'One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type',
      )
    })
  })
})

describe('Query', () => {
  describe('functionality', () => {
    it('traces the partition the physics reads, also after a split made partitions of unequal width', () => {
      sim = new Simulation()
      const table = addTestTable(sim, 'Split', { hash: ['pk', 'S'], range: ['sk', 'N'] })
      const state = table.capacity.table.state
      splitPartition(state, 0, sim.clock.now()) // one partition → two halves
      splitPartition(state, 1, sim.clock.now()) // → widths 1/2, 1/4, 1/4 (an even split of 3 would be thirds)
      expect(table.partitionCount()).toBe(3)
      // a key in [1/3, 1/2) of the ring: partition 0 here, partition 1 by an even split of three
      let pk = ''
      for (let i = 0; !pk; i++) {
        const ring = table.ringPosition({ pk: { S: `k${i}` } }) / 2 ** 32
        if (ring >= 1 / 3 && ring < 1 / 2) pk = `k${i}`
      }
      const r = sim.request('dynamodb', 'Query', { TableName: 'Split', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: pk } } })
      expect(r.error).toBeUndefined()
      expect(r.trace.hops.map((h) => h.component)).toContain('partition 0')
      expect(r.trace.hops.map((h) => h.component)).not.toContain('partition 1')
    })
  })
})
