import type { Table } from '../Table.ts'
import type { Item, KeySchemaElement } from '../types.ts'
import type { IndexStore } from './IndexStore.ts'
import { ValidationException } from '../errors.ts'
import { indexDefinitions, indexStore } from './maintenance.ts'

/**
 * What a Query or Scan reads: the table itself, an LSI or a GSI, with the key schema it is ordered by and the
 * attributes its entries carry.
 */
export interface ReadTarget {
  table: Table
  kind: 'table' | 'LSI' | 'GSI'
  /** The index read (absent for the table). */
  index?: IndexStore
  indexName?: string
  keySchema: KeySchemaElement[]
  hashKey: string
  rangeKey: string | undefined
  /** Attributes of a LastEvaluatedKey / ExclusiveStartKey: table keys, then index keys. */
  startKeyNames: string[]
  /** Attributes an entry holds; undefined when it holds the whole item (table, or projection ALL). */
  projected: Set<string> | undefined
}

/**
 * Resolves `IndexName` on `table`.
 * @throws ValidationException `The table does not have the specified index: <name>` (on Scan with an
 *   ExclusiveStartKey: `The provided starting key is invalid`), `Consistent reads are not supported on global
 *   secondary indexes`, `Cannot read from backfilling global secondary index: <name>`
 */
export function resolveReadTarget(table: Table, indexName: string | undefined, consistentRead: boolean | undefined, scanWithStartKey = false): ReadTarget {
  const tableKeys = table.meta.KeySchema.map((k) => k.AttributeName)
  if (indexName === undefined) {
    return { table, kind: 'table', keySchema: table.meta.KeySchema, hashKey: table.hashKey, rangeKey: table.rangeKey, startKeyNames: tableKeys, projected: undefined }
  }
  const def = indexDefinitions(table).find((d) => d.IndexName === indexName)
  if (!def) {
    if (scanWithStartKey) throw new ValidationException('The provided starting key is invalid')
    throw new ValidationException(`The table does not have the specified index: ${indexName}`)
  }
  if (def.kind === 'GSI' && consistentRead === true) throw new ValidationException('Consistent reads are not supported on global secondary indexes')
  const index = indexStore(table, indexName)
  const status = table.meta.GlobalSecondaryIndexes?.find((g) => g.IndexName === indexName)?.IndexStatus
  if (!index || status === 'CREATING') throw new ValidationException(`Cannot read from backfilling global secondary index: ${indexName}`)
  const startKeyNames = [...tableKeys]
  for (const k of def.KeySchema) if (!startKeyNames.includes(k.AttributeName)) startKeyNames.push(k.AttributeName)
  const type = def.Projection.ProjectionType ?? 'ALL'
  const projected = type === 'ALL' ? undefined : new Set([...startKeyNames, ...(type === 'INCLUDE' ? (def.Projection.NonKeyAttributes ?? []) : [])])
  return { table, kind: def.kind, index, indexName, keySchema: def.KeySchema, hashKey: index.hashKey, rangeKey: index.rangeKey, startKeyNames, projected }
}

/** The LastEvaluatedKey of an entry read from `target`. */
export function lastEvaluatedKey(target: ReadTarget, entry: Item): Item {
  const key: Item = {}
  for (const n of target.startKeyNames) if (entry[n] !== undefined) key[n] = entry[n]
  return key
}
