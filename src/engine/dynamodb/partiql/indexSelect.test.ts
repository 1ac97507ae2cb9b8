import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addMusicTable, putAll, song } from '../indexes/testing.ts'

let sim: Simulation

function run(Statement: string, extra: Record<string, unknown> = {}) {
  return sim.request('dynamodb', 'ExecuteStatement', { Statement, ...extra })
}
function items(Statement: string, extra: Record<string, unknown> = {}): Record<string, any>[] {
  const r = run(Statement, extra)
  expect(r.error).toBeUndefined()
  return (r.output as { Items: Record<string, any>[] }).Items
}
function expectError(result: ReturnType<typeof run>, name: string, message: string) {
  expect(result.error?.name).toBe(name)
  expect(result.error?.message).toBe(message)
}

beforeEach(() => {
  sim = new Simulation()
  addMusicTable(sim)
  putAll(sim, 'Music', [
    song('A', 'one', { Genre: 'Rock', Year: 1990, AlbumTitle: 'X', Price: 5, Extra: 'e1' }),
    song('A', 'two', { Genre: 'Rock', Year: 1980, AlbumTitle: 'Y', Price: 7, Extra: 'e2' }),
    song('B', 'three', { Genre: 'Jazz', Year: 1970, AlbumTitle: 'Z', Price: 9 }),
  ])
})

describe('ExecuteStatement', () => {
  describe('validations', () => {
    it('returns ValidationException for an index the table does not have', () => {
      expectError(run(`SELECT * FROM "Music"."NoSuchIndex" WHERE Artist = 'A'`), 'ValidationException', 'The table does not have the specified index')
      expectError(run(`SELECT * FROM "Music"."Music" WHERE Artist = 'A'`), 'ValidationException', 'The table does not have the specified index')
    })

    it('returns ValidationException for bad FROM paths', () => {
      expectError(run(`SELECT * FROM "Music"."AllIndex"."extra" WHERE Artist = 'A'`), 'ValidationException', 'A path may contain at most 2 components in the FROM clause')
      expectError(run(`SELECT * FROM "Music"."" WHERE Artist = 'A'`), 'ValidationException', 'Path component cannot be an empty string')
      expectError(run(`SELECT * FROM "" WHERE Artist = 'A'`), 'ValidationException', 'Path component cannot be an empty string')
    })

    it('returns ValidationException for ConsistentRead on a GSI', () => {
      expectError(run(`SELECT * FROM "Music"."AllIndex" WHERE Genre = 'Rock'`, { ConsistentRead: true }), 'ValidationException', 'Strongly consistent read is not supported on Global Secondary Indexes')
    })

    it('returns ValidationException for filter and projection attributes an index does not project', () => {
      expectError(
        run(`SELECT Artist FROM "Music"."PriceIndex" WHERE Genre = 'Rock' AND Extra = 'e1'`),
        'ValidationException',
        'One or more parameter values were invalid: Secondary index PriceIndex does not project one or more filter attributes: [Extra]',
      )
      expectError(
        run(`SELECT Artist FROM "Music"."AlbumIndex" WHERE Artist = 'A' AND Extra = 'e1'`),
        'ValidationException',
        'One or more parameter values were invalid: Secondary index AlbumIndex does not project one or more filter attributes: [Extra]',
      )
      expectError(
        run(`SELECT Extra FROM "Music"."PriceIndex" WHERE Genre = 'Rock'`),
        'ValidationException',
        'One or more parameter values were invalid: Global secondary index PriceIndex does not project [Extra]',
      )
    })

    it('accepts an unkeyed filter on an unprojected attribute, which matches nothing in the index', () => {
      expect(items(`SELECT Artist FROM "Music"."PriceIndex" WHERE Extra = 'e1'`)).toEqual([])
      expect(items(`SELECT SongTitle FROM "Music"."GenreIndex" WHERE NOT Extra = 'e1'`).map((i) => i.SongTitle.S).sort()).toEqual(['one', 'three', 'two'])
      expect(items(`SELECT SongTitle FROM "Music"."PriceIndex" WHERE (Genre = 'Rock' AND Extra = 'e1') OR (Genre = 'Jazz')`)).toEqual([{ SongTitle: { S: 'three' } }])
      expectError(
        run(`SELECT Artist FROM "Music"."PriceIndex" WHERE Genre IN ['Rock', 'Pop'] AND Extra IS MISSING`),
        'ValidationException',
        'One or more parameter values were invalid: Secondary index PriceIndex does not project one or more filter attributes: [Extra]',
      )
    })

    it('returns ValidationException for writes with an index qualifier', () => {
      expectError(run(`INSERT INTO "Music"."AllIndex" VALUE {'Artist': 'w', 'SongTitle': 'w'}`), 'ValidationException', 'FROM clause may only contain a single table name in data manipulation statements')
      expectError(run(`UPDATE "Music"."AllIndex" SET Price = 1 WHERE Artist = 'A' AND SongTitle = 'one'`), 'ValidationException', 'This operation is not supported on an index')
    })

    it('returns ValidationException for writes on an index and ORDER BY misuse', () => {
      expectError(run(`DELETE FROM "Music"."AllIndex" WHERE Artist = 'A' AND SongTitle = 'one'`), 'ValidationException', 'This operation is not supported on an index')
      expectError(run('SELECT * FROM Music ORDER BY SongTitle'), 'ValidationException', 'Must have WHERE clause in the statement when using ORDER BY clause.')
      expectError(run("SELECT * FROM Music WHERE Genre = 'Rock' ORDER BY SongTitle"), 'ValidationException', 'Must have at least one non-optional hash key condition in WHERE clause when using ORDER BY clause.')
      expectError(run("SELECT * FROM Music WHERE Artist = 'A' ORDER BY Genre"), 'ValidationException', 'Variable reference Genre in ORDER BY clause must be part of the primary key')
    })
  })

  describe('functionality', () => {
    it('queries a GSI in index key order, with its projection', () => {
      expect(items(`SELECT * FROM "Music"."GenreIndex" WHERE Genre = 'Rock'`)).toEqual([
        { Artist: { S: 'A' }, SongTitle: { S: 'two' }, Genre: { S: 'Rock' }, Year: { N: '1980' } },
        { Artist: { S: 'A' }, SongTitle: { S: 'one' }, Genre: { S: 'Rock' }, Year: { N: '1990' } },
      ])
      expect(items(`SELECT SongTitle FROM "Music"."PriceIndex" WHERE Genre = 'Rock' AND Price > 5`)).toEqual([{ SongTitle: { S: 'two' } }])
    })

    it('queries an LSI and fetches attributes it does not project', () => {
      expect(items(`SELECT SongTitle, Extra FROM "Music"."AlbumIndex" WHERE Artist = 'A' ORDER BY AlbumTitle DESC`)).toEqual([
        { SongTitle: { S: 'two' }, Extra: { S: 'e2' } },
        { SongTitle: { S: 'one' }, Extra: { S: 'e1' } },
      ])
    })
  })

  describe('capacity', () => {
    it('serves SELECT * on a non-ALL index from the index, and reaches back to the table on an LSI', () => {
      const capacity = (statement: string, extra: Record<string, unknown> = {}) =>
        (run(statement, { ReturnConsumedCapacity: 'INDEXES', ...extra }).output as Record<string, any>).ConsumedCapacity
      expect(capacity(`SELECT * FROM "Music"."AlbumIndex" WHERE Artist = 'A'`)).toEqual({
        TableName: 'Music',
        CapacityUnits: 0.5,
        Table: { CapacityUnits: 0 },
        LocalSecondaryIndexes: { AlbumIndex: { CapacityUnits: 0.5 } },
      })
      expect(items(`SELECT * FROM "Music"."AlbumIndex" WHERE Artist = 'A'`).map((i) => Object.keys(i).sort())).toEqual([
        ['AlbumTitle', 'Artist', 'Price', 'SongTitle'],
        ['AlbumTitle', 'Artist', 'Price', 'SongTitle'],
      ])
      // Two fetched items, each rounded up to 4 KB: 2 × 0.5 eventual; doubled when consistent.
      expect(capacity(`SELECT Extra FROM "Music"."AlbumIndex" WHERE Artist = 'A'`)).toMatchObject({ CapacityUnits: 1.5, Table: { CapacityUnits: 1 } })
      expect(capacity(`SELECT Extra FROM "Music"."AlbumIndex" WHERE Artist = 'A'`, { ConsistentRead: true })).toMatchObject({
        CapacityUnits: 3,
        Table: { CapacityUnits: 2 },
        LocalSecondaryIndexes: { AlbumIndex: { CapacityUnits: 1 } },
      })
    })

    it('charges a GSI read to the GSI with INDEXES', () => {
      const r = run(`SELECT * FROM "Music"."AllIndex" WHERE Genre = 'Rock'`, { ReturnConsumedCapacity: 'INDEXES' })
      expect((r.output as Record<string, unknown>).ConsumedCapacity).toEqual({
        TableName: 'Music',
        CapacityUnits: 0.5,
        Table: { CapacityUnits: 0 },
        GlobalSecondaryIndexes: { AllIndex: { CapacityUnits: 0.5 } },
      })
    })
  })
})
