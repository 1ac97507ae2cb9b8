import { describe, expect, it } from 'vitest'
import type { TableDescription } from '@aws-sdk/client-dynamodb'
import {
  EMPTY_FILTER,
  buildQueryInput,
  buildScanInput,
  filterFromJson,
  filterFromRows,
  keyInfo,
  newFilterRow,
  readTargets,
  requestJson,
  type QueryForm,
} from './readRequest.ts'

const TABLE: TableDescription = {
  TableName: 'Music',
  KeySchema: [
    { AttributeName: 'Artist', KeyType: 'HASH' },
    { AttributeName: 'SongTitle', KeyType: 'RANGE' },
  ],
  AttributeDefinitions: [
    { AttributeName: 'Artist', AttributeType: 'S' },
    { AttributeName: 'SongTitle', AttributeType: 'S' },
    { AttributeName: 'Year', AttributeType: 'N' },
    { AttributeName: 'Genre', AttributeType: 'S' },
  ],
  LocalSecondaryIndexes: [{ IndexName: 'ByYear', KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }, { AttributeName: 'Year', KeyType: 'RANGE' }] }],
  GlobalSecondaryIndexes: [{ IndexName: 'ByGenre', KeySchema: [{ AttributeName: 'Genre', KeyType: 'HASH' }] }],
}

const FORM: QueryForm = {
  tableName: 'Music',
  indexName: '',
  filter: EMPTY_FILTER,
  limit: '',
  consistentRead: false,
  select: '',
  projection: '',
  partitionKeyValue: 'Acme Band',
  sortKeyOperator: '',
  sortKeyValue: '',
  sortKeyValue2: '',
  scanIndexForward: true,
}

describe('Query builder request', () => {
  describe('functionality', () => {
    it('lists the table, its LSIs and its GSIs as read targets', () => {
      expect(readTargets(TABLE).map((t) => `${t.kind}:${t.indexName}`)).toEqual(['table:', 'LSI:ByYear', 'GSI:ByGenre'])
      expect(readTargets(undefined)).toEqual([])
    })

    it('takes key names and types from the target key schema and AttributeDefinitions', () => {
      expect(keyInfo(TABLE, '')).toEqual({ hash: { name: 'Artist', type: 'S' }, range: { name: 'SongTitle', type: 'S' } })
      expect(keyInfo(TABLE, 'ByYear')).toEqual({ hash: { name: 'Artist', type: 'S' }, range: { name: 'Year', type: 'N' } })
      expect(keyInfo(TABLE, 'ByGenre')).toEqual({ hash: { name: 'Genre', type: 'S' } })
    })

    it('builds a partition key only query with aliased names and INDEXES capacity', () => {
      expect(buildQueryInput(FORM, keyInfo(TABLE, ''))).toEqual({
        TableName: 'Music',
        KeyConditionExpression: '#k0 = :k0',
        ExpressionAttributeNames: { '#k0': 'Artist' },
        ExpressionAttributeValues: { ':k0': { S: 'Acme Band' } },
        ReturnConsumedCapacity: 'INDEXES',
      })
    })

    it('adds a BETWEEN sort key condition on an LSI with number values, a filter, Limit and descending order', () => {
      const input = buildQueryInput(
        {
          ...FORM,
          indexName: 'ByYear',
          sortKeyOperator: 'BETWEEN',
          sortKeyValue: '1990',
          sortKeyValue2: '1999',
          scanIndexForward: false,
          limit: '2',
          consistentRead: true,
          filter: { ...EMPTY_FILTER, rows: [{ ...newFilterRow(), attribute: 'Price', operator: '>', type: 'N', value: '1.5' }] },
        },
        keyInfo(TABLE, 'ByYear'),
      )
      expect(input).toEqual({
        TableName: 'Music',
        IndexName: 'ByYear',
        KeyConditionExpression: '#k0 = :k0 AND #k1 BETWEEN :k1 AND :k2',
        FilterExpression: '#f0 > :f0',
        ExpressionAttributeNames: { '#k0': 'Artist', '#k1': 'Year', '#f0': 'Price' },
        ExpressionAttributeValues: { ':k0': { S: 'Acme Band' }, ':k1': { N: '1990' }, ':k2': { N: '1999' }, ':f0': { N: '1.5' } },
        Limit: 2,
        ConsistentRead: true,
        ReturnConsumedCapacity: 'INDEXES',
        ScanIndexForward: false,
      })
    })

    it('writes begins_with as a function', () => {
      const input = buildQueryInput({ ...FORM, sortKeyOperator: 'begins_with', sortKeyValue: 'Call' }, keyInfo(TABLE, ''))
      expect(input.KeyConditionExpression).toBe('#k0 = :k0 AND begins_with(#k1, :k1)')
    })

    it('ignores a sort key operator on a target without a sort key', () => {
      const input = buildQueryInput({ ...FORM, indexName: 'ByGenre', sortKeyOperator: '<', sortKeyValue: 'x' }, keyInfo(TABLE, 'ByGenre'))
      expect(input.KeyConditionExpression).toBe('#k0 = :k0')
      expect(input.IndexName).toBe('ByGenre')
    })

    it('joins filter rows with AND, skips empty rows, and writes functions without values', () => {
      const parts = filterFromRows([
        { ...newFilterRow(), attribute: 'Year', operator: 'BETWEEN', type: 'N', value: '1', value2: '9' },
        { ...newFilterRow(), attribute: '' },
        { ...newFilterRow(), attribute: 'Tags', operator: 'contains', value: 'rock' },
        { ...newFilterRow(), attribute: 'Award', operator: 'attribute_not_exists' },
        { ...newFilterRow(), attribute: 'Live', operator: '<>', type: 'BOOL', value: 'true' },
      ])
      expect(parts.expression).toBe('#f0 BETWEEN :f0 AND :f0b AND contains(#f1, :f1) AND attribute_not_exists(#f2) AND #f3 <> :f3')
      expect(parts.names).toEqual({ '#f0': 'Year', '#f1': 'Tags', '#f2': 'Award', '#f3': 'Live' })
      expect(parts.values).toEqual({ ':f0': { N: '1' }, ':f0b': { N: '9' }, ':f1': { S: 'rock' }, ':f3': { BOOL: true } })
    })

    it('takes the filter from JSON as written', () => {
      expect(filterFromJson(EMPTY_FILTER.json)).toEqual({
        expression: '#a > :v',
        names: { '#a': 'TopScore' },
        values: { ':v': { N: '5000' } },
      })
      expect(() => filterFromJson('{')).toThrow(/The filter is not valid JSON/)
      expect(() => filterFromJson('[]')).toThrow('The filter must be a JSON object.')
    })

    it('builds a Scan with an index, a JSON filter, Select COUNT and a projection', () => {
      expect(
        buildScanInput({ ...FORM, indexName: 'ByGenre', select: 'COUNT', filter: { ...EMPTY_FILTER, mode: 'json' }, projection: '' }),
      ).toEqual({
        TableName: 'Music',
        IndexName: 'ByGenre',
        FilterExpression: '#a > :v',
        ExpressionAttributeNames: { '#a': 'TopScore' },
        ExpressionAttributeValues: { ':v': { N: '5000' } },
        Select: 'COUNT',
        ReturnConsumedCapacity: 'INDEXES',
      })
      expect(buildScanInput({ ...FORM, projection: ' Artist, Year ' }).ProjectionExpression).toBe('Artist, Year')
    })

    it('sends Segment and TotalSegments for a parallel scan worker', () => {
      expect(buildScanInput({ ...FORM, totalSegments: '4', segment: '3' })).toMatchObject({ Segment: 3, TotalSegments: 4 })
      expect(buildScanInput({ ...FORM, totalSegments: '4', segment: '' })).toMatchObject({ Segment: 0, TotalSegments: 4 })
      expect(buildScanInput({ ...FORM, totalSegments: '', segment: '1' })).not.toHaveProperty('Segment')
    })

    it('shows binary values in base64 in the request JSON', () => {
      const input = buildQueryInput(FORM, { hash: { name: 'Id', type: 'B' } })
      expect(JSON.parse(requestJson(input)).ExpressionAttributeValues[':k0']).toEqual({ B: btoa('Acme Band') })
    })
  })
})
