/**
 * Builds the Query and Scan requests of the Query builder and the Scan-with-filter form from their form
 * state. Pure functions (no React) so the exact JSON the learner sees is unit-tested.
 *
 * Expression syntax follows AWS:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.KeyConditionExpressions.html
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html
 * Attribute names always go through ExpressionAttributeNames (`#k0`, `#f0`…), so reserved words such as
 * `Year` or `Status` never cause the "reserved keyword" ValidationException.
 */
import type { AttributeValue, KeySchemaElement, QueryCommandInput, ScanCommandInput, TableDescription } from '@aws-sdk/client-dynamodb'

/** Scalar types a key or a filter value can be typed as in the builder. */
export type ValueType = 'S' | 'N' | 'B' | 'BOOL' | 'NULL'

/** Sort key conditions KeyConditionExpression allows (AWS: =, <, <=, >, >=, BETWEEN, begins_with). */
export const SORT_KEY_OPERATORS = ['=', '<', '<=', '>', '>=', 'BETWEEN', 'begins_with'] as const
export type SortKeyOperator = (typeof SORT_KEY_OPERATORS)[number]

/** Filter operators offered in the simple rows editor (FilterExpression accepts all of these). */
export const FILTER_OPERATORS = ['=', '<>', '<', '<=', '>', '>=', 'BETWEEN', 'begins_with', 'contains', 'attribute_exists', 'attribute_not_exists'] as const
export type FilterOperator = (typeof FILTER_OPERATORS)[number]

/** Operators that take no value (functions of the path only). */
const NO_VALUE: ReadonlySet<FilterOperator> = new Set(['attribute_exists', 'attribute_not_exists'])

export interface FilterRow {
  attribute: string
  operator: FilterOperator
  type: ValueType
  value: string
  /** Upper bound, for BETWEEN. */
  value2: string
}

/** The filter editor's state: simple rows joined with AND, or raw JSON of the three expression fields. */
export interface FilterState {
  mode: 'rows' | 'json'
  rows: FilterRow[]
  /** JSON object with FilterExpression, ExpressionAttributeNames, ExpressionAttributeValues. */
  json: string
}

export const EMPTY_FILTER: FilterState = {
  mode: 'rows',
  rows: [],
  json: '{\n  "FilterExpression": "#a > :v",\n  "ExpressionAttributeNames": { "#a": "TopScore" },\n  "ExpressionAttributeValues": { ":v": { "N": "5000" } }\n}',
}

export function newFilterRow(): FilterRow {
  return { attribute: '', operator: '=', type: 'S', value: '', value2: '' }
}

/** Expression parts that get merged into a Query/Scan request. */
export interface ExpressionParts {
  expression?: string
  names: Record<string, string>
  values: Record<string, AttributeValue>
}

/** A typed AttributeValue from the text of an input. BOOL accepts `true`/`false`; NULL ignores the text. */
export function typedValue(type: ValueType, text: string): AttributeValue {
  switch (type) {
    case 'N':
      return { N: text.trim() }
    case 'B':
      return { B: new TextEncoder().encode(text) }
    case 'BOOL':
      return { BOOL: text.trim().toLowerCase() === 'true' }
    case 'NULL':
      return { NULL: true }
    default:
      return { S: text }
  }
}

/** FilterExpression, names and values of the rows editor (rows without an attribute are skipped). */
export function filterFromRows(rows: FilterRow[]): ExpressionParts {
  const names: Record<string, string> = {}
  const values: Record<string, AttributeValue> = {}
  const terms: string[] = []
  rows
    .filter((r) => r.attribute.trim() !== '')
    .forEach((r, i) => {
      const n = `#f${i}`
      names[n] = r.attribute.trim()
      if (NO_VALUE.has(r.operator)) {
        terms.push(`${r.operator}(${n})`)
        return
      }
      const v = `:f${i}`
      values[v] = typedValue(r.type, r.value)
      if (r.operator === 'BETWEEN') {
        values[`${v}b`] = typedValue(r.type, r.value2)
        terms.push(`${n} BETWEEN ${v} AND ${v}b`)
      } else if (r.operator === 'begins_with' || r.operator === 'contains') {
        terms.push(`${r.operator}(${n}, ${v})`)
      } else {
        terms.push(`${n} ${r.operator} ${v}`)
      }
    })
  return { ...(terms.length ? { expression: terms.join(' AND ') } : {}), names, values }
}

/** Parses the JSON mode of the filter editor. Throws an Error with a readable message. */
export function filterFromJson(text: string): ExpressionParts {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (e) {
    throw new Error(`The filter is not valid JSON: ${(e as Error).message}`, { cause: e })
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('The filter must be a JSON object.')
  const o = parsed as { FilterExpression?: unknown; ExpressionAttributeNames?: unknown; ExpressionAttributeValues?: unknown }
  return {
    ...(typeof o.FilterExpression === 'string' && o.FilterExpression !== '' ? { expression: o.FilterExpression } : {}),
    names: (o.ExpressionAttributeNames ?? {}) as Record<string, string>,
    values: (o.ExpressionAttributeValues ?? {}) as Record<string, AttributeValue>,
  }
}

export function filterParts(filter: FilterState): ExpressionParts {
  return filter.mode === 'json' ? filterFromJson(filter.json) : filterFromRows(filter.rows)
}

/** Options shared by Query and Scan forms. */
export interface ReadOptions {
  tableName: string
  /** '' = the table itself. */
  indexName: string
  filter: FilterState
  /** '' = no Limit. */
  limit: string
  consistentRead: boolean
  /** '' = AWS's default for the target. */
  select: '' | 'ALL_ATTRIBUTES' | 'ALL_PROJECTED_ATTRIBUTES' | 'SPECIFIC_ATTRIBUTES' | 'COUNT'
  /** Raw ProjectionExpression ('' = none). */
  projection: string
}

export interface QueryForm extends ReadOptions {
  partitionKeyValue: string
  sortKeyOperator: '' | SortKeyOperator
  sortKeyValue: string
  sortKeyValue2: string
  scanIndexForward: boolean
}

/** Key attributes (HASH, RANGE) of the table or of one of its indexes, with their AttributeDefinitions types. */
export interface KeyInfo {
  hash?: { name: string; type: ValueType }
  range?: { name: string; type: ValueType }
}

/** A table or index of DescribeTable, as offered by the index picker. */
export interface ReadTarget {
  /** '' for the table. */
  indexName: string
  kind: 'table' | 'LSI' | 'GSI'
  keySchema: KeySchemaElement[]
}

/** The table, its LSIs and its GSIs, in that order. */
export function readTargets(table: TableDescription | undefined): ReadTarget[] {
  if (!table) return []
  return [
    { indexName: '', kind: 'table', keySchema: table.KeySchema ?? [] },
    ...(table.LocalSecondaryIndexes ?? []).map((i) => ({ indexName: i.IndexName ?? '', kind: 'LSI' as const, keySchema: i.KeySchema ?? [] })),
    ...(table.GlobalSecondaryIndexes ?? []).map((i) => ({ indexName: i.IndexName ?? '', kind: 'GSI' as const, keySchema: i.KeySchema ?? [] })),
  ]
}

/** The key attributes of `indexName` ('' = table) with their types from AttributeDefinitions. */
export function keyInfo(table: TableDescription | undefined, indexName: string): KeyInfo {
  const target = readTargets(table).find((t) => t.indexName === indexName)
  const typeOf = (name: string) => ((table?.AttributeDefinitions ?? []).find((d) => d.AttributeName === name)?.AttributeType ?? 'S') as ValueType
  const info: KeyInfo = {}
  for (const k of target?.keySchema ?? []) {
    const name = k.AttributeName ?? ''
    if (k.KeyType === 'HASH') info.hash = { name, type: typeOf(name) }
    if (k.KeyType === 'RANGE') info.range = { name, type: typeOf(name) }
  }
  return info
}

/** The sort key part of a KeyConditionExpression for `op` with name `#k1` and values `:k1`/`:k2`. */
function sortKeyCondition(op: SortKeyOperator): string {
  if (op === 'BETWEEN') return '#k1 BETWEEN :k1 AND :k2'
  if (op === 'begins_with') return 'begins_with(#k1, :k1)'
  return `#k1 ${op} :k1`
}

function commonOptions(o: ReadOptions, filter: ExpressionParts, names: Record<string, string>, values: Record<string, AttributeValue>) {
  const allNames = { ...names, ...filter.names }
  const allValues = { ...values, ...filter.values }
  const limit = Number(o.limit)
  return {
    ...(o.indexName ? { IndexName: o.indexName } : {}),
    ...(filter.expression ? { FilterExpression: filter.expression } : {}),
    ...(o.projection.trim() ? { ProjectionExpression: o.projection.trim() } : {}),
    ...(Object.keys(allNames).length ? { ExpressionAttributeNames: allNames } : {}),
    ...(Object.keys(allValues).length ? { ExpressionAttributeValues: allValues } : {}),
    ...(o.select ? { Select: o.select } : {}),
    ...(o.limit.trim() !== '' && Number.isFinite(limit) ? { Limit: limit } : {}),
    ...(o.consistentRead ? { ConsistentRead: true } : {}),
    ReturnConsumedCapacity: 'INDEXES' as const,
  }
}

/**
 * The Query request of the builder. The partition key condition is always `#k0 = :k0`; the sort key
 * condition is added when an operator is chosen and the target has a sort key.
 * @throws Error when the filter JSON does not parse
 */
export function buildQueryInput(form: QueryForm, keys: KeyInfo): QueryCommandInput {
  const names: Record<string, string> = {}
  const values: Record<string, AttributeValue> = {}
  const conditions: string[] = []
  if (keys.hash) {
    names['#k0'] = keys.hash.name
    values[':k0'] = typedValue(keys.hash.type, form.partitionKeyValue)
    conditions.push('#k0 = :k0')
  }
  if (keys.range && form.sortKeyOperator) {
    names['#k1'] = keys.range.name
    values[':k1'] = typedValue(keys.range.type, form.sortKeyValue)
    if (form.sortKeyOperator === 'BETWEEN') values[':k2'] = typedValue(keys.range.type, form.sortKeyValue2)
    conditions.push(sortKeyCondition(form.sortKeyOperator))
  }
  return {
    TableName: form.tableName,
    KeyConditionExpression: conditions.join(' AND '),
    ...commonOptions(form, filterParts(form.filter), names, values),
    ...(form.scanIndexForward ? {} : { ScanIndexForward: false }),
  }
}

export interface ScanForm extends ReadOptions {
  /** Parallel scan: '' for both = a sequential scan. */
  segment?: string
  totalSegments?: string
}

/**
 * The Scan request of the Scan-with-filter form. Segment/TotalSegments are sent when TotalSegments is
 * filled in (a parallel scan worker; AWS validates the pair).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.ParallelScan
 * @throws Error when the filter JSON does not parse
 */
export function buildScanInput(form: ScanForm): ScanCommandInput {
  const total = form.totalSegments?.trim() ?? ''
  const segment = form.segment?.trim() ?? ''
  return {
    TableName: form.tableName,
    ...commonOptions(form, filterParts(form.filter), {}, {}),
    ...(total !== '' ? { Segment: segment === '' ? 0 : Number(segment), TotalSegments: Number(total) } : {}),
  }
}

/** Base64 of bytes (the wire form of B values). */
function base64(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += String.fromCharCode(b)
  return btoa(s)
}

/** Pretty JSON of a request as it goes on the wire (binary values shown in base64, as the SDK sends them). */
export function requestJson(input: unknown): string {
  return JSON.stringify(input, (_k, v: unknown) => (v instanceof Uint8Array ? base64(v) : v), 2)
}
