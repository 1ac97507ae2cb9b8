import type { Simulation } from '../../Simulation.ts'
import type { Item } from '../types.ts'
import { addTestTable } from '../validation/testTables.ts'

/**
 * Test fixture for Query/Scan/index tests (not used by the product): table `Music` (Artist S, SongTitle S)
 * with an LSI `AlbumIndex` (Artist, AlbumTitle; INCLUDE Price), a GSI `GenreIndex` (Genre, Year N; KEYS_ONLY),
 * a GSI `PriceIndex` (Genre, Price N; INCLUDE AlbumTitle) and a GSI `AllIndex` (Genre; ALL).
 */
export function addMusicTable(sim: Simulation): void {
  addTestTable(sim, 'Music', { hash: ['Artist', 'S'], range: ['SongTitle', 'S'] }, {
    attributes: [['AlbumTitle', 'S'], ['Genre', 'S'], ['Year', 'N'], ['Price', 'N']],
    lsi: [{ IndexName: 'AlbumIndex', KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }, { AttributeName: 'AlbumTitle', KeyType: 'RANGE' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['Price'] } }],
    gsi: [
      { IndexName: 'GenreIndex', KeySchema: [{ AttributeName: 'Genre', KeyType: 'HASH' }, { AttributeName: 'Year', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' }, IndexStatus: 'ACTIVE', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5, NumberOfDecreasesToday: 0 } },
      { IndexName: 'PriceIndex', KeySchema: [{ AttributeName: 'Genre', KeyType: 'HASH' }, { AttributeName: 'Price', KeyType: 'RANGE' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['AlbumTitle'] }, IndexStatus: 'ACTIVE', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5, NumberOfDecreasesToday: 0 } },
      { IndexName: 'AllIndex', KeySchema: [{ AttributeName: 'Genre', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, IndexStatus: 'ACTIVE', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5, NumberOfDecreasesToday: 0 } },
    ],
  })
}

/** A Music item: `song(artist, title, {Genre: 'Rock', Year: 1990})`; plain strings become S, numbers N. */
export function song(artist: string, title: string, extra: Record<string, string | number> = {}): Item {
  const item: Item = { Artist: { S: artist }, SongTitle: { S: title } }
  for (const [k, v] of Object.entries(extra)) item[k] = typeof v === 'number' ? { N: String(v) } : { S: v }
  return item
}

/** Puts items through PutItem; fails the test on an error. */
export function putAll(sim: Simulation, table: string, items: Item[]): void {
  for (const Item of items) {
    const r = sim.request('dynamodb', 'PutItem', { TableName: table, Item })
    if (r.error) throw r.error
  }
}
