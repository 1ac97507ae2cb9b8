// Query expectations recorded against real DynamoDB (dynalite test/query.js).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Simulation } from '../engine/Simulation.ts'
import { assertValidation, fixtureSimulation, ok, testHashTable, testRangeNTable, testRangeTable } from './harness.ts'

let sim: Simulation
beforeAll(async () => {
  sim = await fixtureSimulation()
})

const T = 'Query'
const COUNT = 'The attempted filter operation is not supported for the provided filter argument count'
const NOT_INDEXABLE = 'Attempted conditional constraint is not an indexable operation'
const NOT_SUPPORTED = 'Query key condition not supported'
const BAD_START = 'The provided starting key is invalid'
const eq = (v: string): unknown => ({ ComparisonOperator: 'EQ', AttributeValueList: [{ S: v }] })
const NULL = { ComparisonOperator: 'NULL' }

describe('Query', () => {
  describe('validations', () => {
    it('returns ValidationException for no TableName', async () => {
      await assertValidation(sim, T, {}, ["Value null at 'tableName' failed to satisfy constraint: Member must not be null"])
    })

    it('returns ValidationException for empty IndexName', async () => {
      await assertValidation(sim, T, { TableName: 'abc', IndexName: '' }, [
        "Value '' at 'indexName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
        "Value '' at 'indexName' failed to satisfy constraint: Member must have length greater than or equal to 3",
      ])
    })

    it('returns ValidationException for long IndexName', async () => {
      const name = 'a'.repeat(256)
      await assertValidation(sim, T, { TableName: 'abc', IndexName: name }, [`Value '${name}' at 'indexName' failed to satisfy constraint: Member must have length less than or equal to 255`])
    })

    it('returns ValidationException for incorrect attributes', async () => {
      await assertValidation(
        sim,
        T,
        { TableName: 'abc;', ReturnConsumedCapacity: 'hi', AttributesToGet: [], IndexName: 'abc;', Select: 'hi', Limit: -1, KeyConditions: { a: {}, b: { ComparisonOperator: '' } } },
        [
          "Value '-1' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
          "Value '' at 'keyConditions.b.member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]",
          "Value null at 'keyConditions.a.member.comparisonOperator' failed to satisfy constraint: Member must not be null",
          "Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]",
          "Value '[]' at 'attributesToGet' failed to satisfy constraint: Member must have length greater than or equal to 1",
          "Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
          "Value 'hi' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]",
          "Value 'abc;' at 'indexName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
        ],
      )
    })

    it('returns ValidationException for null conditions', async () => {
      await assertValidation(sim, T, { TableName: 'abc' }, /^(Conditions must not be null|Either the KeyConditions or KeyConditionExpression parameter must be specified in the request\.)$/)
    })

    it('returns ValidationException for empty conditions', async () => {
      await assertValidation(sim, T, { TableName: 'abc', KeyConditions: {} }, 'Conditions can be of length 1 or 2 only')
    })

    it.each<[string, Record<string, unknown>, string]>([
      ['incorrect number of filter arguments', { a: { ComparisonOperator: 'EQ' }, b: NULL, c: NULL }, COUNT],
      ['empty attribute value', { a: { ComparisonOperator: 'EQ', AttributeValueList: [{}] }, b: NULL, c: NULL }, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'],
      ['bad attribute value', { a: { ComparisonOperator: 'EQ', AttributeValueList: [{ a: '' }] }, b: NULL, c: NULL }, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'],
      ['incorrect numeric value', { a: { ComparisonOperator: 'EQ', AttributeValueList: [{ N: 'b' }] }, b: NULL, c: NULL }, 'The parameter cannot be converted to a numeric value: b'],
      ['too many filter args', { a: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'a' }, { S: 'a' }] }, b: NULL, c: NULL }, COUNT],
      ['1 arg to NULL', { a: { ComparisonOperator: 'NULL', AttributeValueList: [{ S: 'a' }] } }, COUNT],
      ['1 arg to NOT_NULL', { a: { ComparisonOperator: 'NOT_NULL', AttributeValueList: [{ S: 'a' }] } }, COUNT],
      ...['NE', 'LE', 'LT', 'GE', 'GT', 'CONTAINS', 'NOT_CONTAINS', 'BEGINS_WITH'].flatMap((op): [string, Record<string, unknown>, string][] => [
        [`0 args to ${op}`, { a: { ComparisonOperator: op } }, COUNT],
        [`2 args to ${op}`, { a: { ComparisonOperator: op, AttributeValueList: [{ S: 'a' }, { S: 'a' }] } }, COUNT],
      ]),
      ['0 args to IN', { a: { ComparisonOperator: 'IN' } }, COUNT],
      ['0 args to BETWEEN', { a: { ComparisonOperator: 'BETWEEN' } }, COUNT],
      ['3 args to BETWEEN', { a: { ComparisonOperator: 'BETWEEN', AttributeValueList: [{ S: 'a' }, { S: 'a' }, { S: 'a' }] } }, COUNT],
    ])('returns ValidationException for %s', async (_name, conditions, msg) => {
      await assertValidation(sim, T, { TableName: 'abc', KeyConditions: conditions }, msg)
    })

    it('returns ValidationException for too many conditions', async () => {
      await assertValidation(sim, T, { TableName: 'abc', ExclusiveStartKey: {}, KeyConditions: { a: NULL, b: NULL, c: NULL } }, 'Conditions can be of length 1 or 2 only')
    })

    it.each<[string, unknown, string]>([
      ['empty object', { a: {} }, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'],
      ['wrong attribute', { a: { a: '' } }, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'],
      ['multiple types', { a: { S: 'a', N: '1' } }, 'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes'],
      ['empty numeric', { a: { N: '' } }, 'The parameter cannot be converted to a numeric value'],
      ['incorrect numeric', { a: { N: 'b' } }, 'The parameter cannot be converted to a numeric value: b'],
      ['empty numeric in set', { a: { NS: ['1', ''] } }, 'The parameter cannot be converted to a numeric value'],
      ['incorrect numeric in set', { a: { NS: ['1', 'b', 'a'] } }, 'The parameter cannot be converted to a numeric value: b'],
    ])('returns ValidationException for %s ExclusiveStartKey', async (_name, key, msg) => {
      await assertValidation(sim, T, { TableName: 'abc', ExclusiveStartKey: key, KeyConditions: { a: NULL } }, `${BAD_START}: ${msg}`)
    })

    it('returns ValidationException for duplicate values in AttributesToGet', async () => {
      await assertValidation(sim, T, { TableName: 'abc', KeyConditions: { a: NULL }, AttributesToGet: ['a', 'a'] }, 'One or more parameter values were invalid: Duplicate value in attribute name: a')
    })

    it.each<[string, unknown, string]>([
      ['NULL', NULL, NOT_INDEXABLE],
      ['NOT_NULL', { ComparisonOperator: 'NOT_NULL' }, NOT_INDEXABLE],
      ['CONTAINS', { ComparisonOperator: 'CONTAINS', AttributeValueList: [{ S: 'a' }] }, NOT_INDEXABLE],
      ['NOT_CONTAINS', { ComparisonOperator: 'NOT_CONTAINS', AttributeValueList: [{ S: 'a' }] }, NOT_INDEXABLE],
      ['IN', { ComparisonOperator: 'IN', AttributeValueList: [{ S: 'a' }] }, NOT_INDEXABLE],
      ['LE', { ComparisonOperator: 'LE', AttributeValueList: [{ S: 'a' }] }, NOT_SUPPORTED],
      ['LT', { ComparisonOperator: 'LT', AttributeValueList: [{ S: 'a' }] }, NOT_SUPPORTED],
      ['GE', { ComparisonOperator: 'GE', AttributeValueList: [{ S: 'a' }] }, NOT_SUPPORTED],
      ['GT', { ComparisonOperator: 'GT', AttributeValueList: [{ S: 'a' }] }, NOT_SUPPORTED],
      ['BEGINS_WITH', { ComparisonOperator: 'BEGINS_WITH', AttributeValueList: [{ S: 'a' }] }, NOT_SUPPORTED],
      ['BETWEEN', { ComparisonOperator: 'BETWEEN', AttributeValueList: [{ S: 'a' }, { S: 'b' }] }, NOT_SUPPORTED],
    ])('returns ValidationException if querying the hash key with %s', async (_name, cond, msg) => {
      await assertValidation(sim, T, { TableName: testHashTable, KeyConditions: { a: cond } }, msg)
    })

    it('returns ValidationException if querying a hash table with an extra condition', async () => {
      await assertValidation(sim, T, { TableName: testHashTable, KeyConditions: { a: eq('x'), b: eq('y') } }, NOT_SUPPORTED)
    })

    it('returns ValidationException for an unsupported comparison (checked after the table lookup)', async () => {
      await assertValidation(sim, T, { TableName: testRangeTable, KeyConditions: { a: { ComparisonOperator: 'CONTAINS', AttributeValueList: [{ S: 'a' }] }, b: NULL } }, NOT_INDEXABLE)
    })

    it.each<[string, unknown, Record<string, unknown>, string]>([
      ['empty', {}, { a: NULL }, BAD_START],
      ['outside range', { a: { S: 'b' } }, { a: eq('a') }, BAD_START],
      ['with incorrect attribute', { b: { S: 'b' } }, { a: eq('a') }, BAD_START],
      ['missing range key', { a: { S: 'a' } }, { a: eq('a') }, BAD_START],
      ['with incorrect hash key', { a: { S: 'b' }, b: { S: 'a' } }, { a: eq('a') }, 'The provided starting key is outside query boundaries based on provided conditions'],
      [
        'with incorrect range key',
        { a: { S: 'a' }, b: { S: 'a' } },
        { a: eq('a'), b: { ComparisonOperator: 'GT', AttributeValueList: [{ S: 'a' }] } },
        'The provided starting key does not match the range key predicate',
      ],
    ])('returns ValidationException for an ExclusiveStartKey %s', async (_name, start, conditions, msg) => {
      await assertValidation(sim, T, { TableName: testRangeTable, ExclusiveStartKey: start, KeyConditions: conditions }, msg)
    })

    it.each<[string, string | undefined, Record<string, unknown>, string]>([
      ['no hash key', undefined, { c: NULL }, 'a'],
      ['a non-key condition and no index', undefined, { a: eq('a'), c: NULL }, 'b'],
      ['a GSI with the table key', 'index3', { a: eq('a') }, 'c'],
      ['the wrong LSI', 'index2', { a: eq('a'), c: NULL }, 'd'],
    ])('returns ValidationException for %s', async (_name, index, conditions, attr) => {
      await assertValidation(sim, T, { TableName: testRangeTable, ...(index ? { IndexName: index } : {}), KeyConditions: conditions }, new RegExp(`^Query condition missed key schema element:? ${attr}$`))
    })

    it('returns ValidationException for a non-existent index', async () => {
      await assertValidation(sim, T, { TableName: testRangeTable, IndexName: 'whatever', KeyConditions: { a: eq('a'), c: NULL } }, /^The table does not have the specified index(: whatever)?$/)
    })

    it('returns ValidationException for a non-indexable operator on an index', async () => {
      await assertValidation(sim, T, { TableName: testRangeTable, IndexName: 'index1', KeyConditions: { a: eq('a'), c: NULL } }, NOT_INDEXABLE)
    })

    it('returns ValidationException for ConsistentRead on a GSI', async () => {
      await assertValidation(sim, T, { TableName: testRangeTable, IndexName: 'index3', ConsistentRead: true, KeyConditions: { c: NULL } }, 'Consistent reads are not supported on global secondary indexes')
    })

    it('returns ValidationException for ALL_ATTRIBUTES on a GSI without ALL projection', async () => {
      await assertValidation(
        sim,
        T,
        { TableName: testRangeTable, IndexName: 'index4', Select: 'ALL_ATTRIBUTES', KeyConditions: { c: eq('a') } },
        'One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index index4 because its projection type is not ALL',
      )
    })
  })

  describe('functionality', () => {
    const put = async (table: string, items: Record<string, unknown>[]): Promise<void> => {
      await ok(sim, 'BatchWriteItem', { RequestItems: { [table]: items.map((Item) => ({ PutRequest: { Item } })) } })
    }
    const query = (data: Record<string, unknown>): Promise<Record<string, unknown>> => ok(sim, T, data)

    it('queries an empty hash table', async () => {
      expect(await query({ TableName: testHashTable, KeyConditions: { a: eq('nothing') } })).toEqual({ Count: 0, Items: [], ScannedCount: 0 })
    })

    it('queries a hash table with items', async () => {
      const item = { a: { S: 'q1' }, b: { N: '1' } }
      const item2 = { a: { S: 'q2' }, b: item.b }
      await put(testHashTable, [item, item2, { a: { S: 'q3' }, b: { N: '3' } }])
      expect(await query({ TableName: testHashTable, KeyConditions: { a: { ComparisonOperator: 'EQ', AttributeValueList: [item2.a] } } })).toEqual({ Count: 1, Items: [item2], ScannedCount: 1 })
    })

    describe('range conditions', () => {
      const a = { S: 'qrange' }
      const items = ['1', '2', '3'].map((b) => ({ a, b: { S: b } }))
      beforeAll(async () => put(testRangeTable, items))
      const run = async (cond?: unknown): Promise<unknown> =>
        (await query({ TableName: testRangeTable, KeyConditions: { a: { ComparisonOperator: 'EQ', AttributeValueList: [a] }, ...(cond ? { b: cond } : {}) } })).Items

      it.each<[string, unknown, number[]]>([
        ['just the hash key', undefined, [0, 1, 2]],
        ['EQ', { ComparisonOperator: 'EQ', AttributeValueList: [{ S: '2' }] }, [1]],
        ['LE', { ComparisonOperator: 'LE', AttributeValueList: [{ S: '2' }] }, [0, 1]],
        ['LT', { ComparisonOperator: 'LT', AttributeValueList: [{ S: '2' }] }, [0]],
        ['GE', { ComparisonOperator: 'GE', AttributeValueList: [{ S: '2' }] }, [1, 2]],
        ['GT', { ComparisonOperator: 'GT', AttributeValueList: [{ S: '2' }] }, [2]],
      ])('queries a range table with %s', async (_name, cond, expected) => {
        expect(await run(cond)).toEqual(expected.map((i) => items[i]))
      })
    })

    it('queries with BEGINS_WITH and BETWEEN', async () => {
      const a = { S: 'qprefix' }
      const items = ['aa', 'aab', 'ab', 'abc', 'ac', 'aca'].map((b) => ({ a, b: { S: b } }))
      await put(testRangeTable, items)
      const hash = { ComparisonOperator: 'EQ', AttributeValueList: [a] }
      const begins = await query({ TableName: testRangeTable, KeyConditions: { a: hash, b: { ComparisonOperator: 'BEGINS_WITH', AttributeValueList: [{ S: 'aa' }] } } })
      expect(begins.Items).toEqual([items[0], items[1]])
      const between = await query({ TableName: testRangeTable, KeyConditions: { a: hash, b: { ComparisonOperator: 'BETWEEN', AttributeValueList: [{ S: 'ab' }, { S: 'ac' }] } } })
      expect(between.Items).toEqual([items[2], items[3], items[4]])
    })

    it('returns only requested attributes', async () => {
      const a = { S: 'qattrs' }
      await put(testRangeTable, [
        { a, b: { S: 'b1' }, d: { S: 'd1' } },
        { a, b: { S: 'b2' } },
        { a, b: { S: 'b3' }, d: { S: 'd3' }, e: { S: 'e3' } },
      ])
      const res = await query({ TableName: testRangeTable, KeyConditions: { a: { ComparisonOperator: 'EQ', AttributeValueList: [a] } }, AttributesToGet: ['b', 'd'] })
      expect(res.Items).toEqual([{ b: { S: 'b1' }, d: { S: 'd1' } }, { b: { S: 'b2' } }, { b: { S: 'b3' }, d: { S: 'd3' } }])
    })

    it('returns only projected attributes by default on an LSI, charged 0.5 for a small read', async () => {
      const a = { S: 'qproj' }
      const item = { a, b: { S: 'b1' }, c: { S: 'c1' }, d: { S: 'd1' } }
      const item3 = { a, b: { S: 'b3' }, d: { S: 'd3' }, e: { S: 'e3' }, f: { S: 'f3' } }
      const item4 = { a, b: { S: 'b4' }, c: { S: 'c4' }, d: { S: 'd4' }, e: { S: 'e4' } }
      await put(testRangeTable, [item, { a, b: { S: 'b2' } }, item3, item4])
      const res = await query({ TableName: testRangeTable, IndexName: 'index2', KeyConditions: { a: { ComparisonOperator: 'EQ', AttributeValueList: [a] } }, ReturnConsumedCapacity: 'TOTAL' })
      expect(res).toEqual({
        Count: 3,
        ScannedCount: 3,
        Items: [item, { a, b: item3.b, d: item3.d }, { a, b: item4.b, c: item4.c, d: item4.d }],
        ConsumedCapacity: { CapacityUnits: 0.5, TableName: testRangeTable },
      })
    })

    describe('ordering and Limit', () => {
      const byHash = (table: string, a: { S: string }, extra: Record<string, unknown> = {}): Promise<Record<string, unknown>> =>
        query({ TableName: table, KeyConditions: { a: { ComparisonOperator: 'EQ', AttributeValueList: [a] } }, ...extra })

      it('orders string sort keys by code point', async () => {
        const a = { S: 'qord-s' }
        const bs = ['1', '2', '10', 'a', 'b', 'aa', 'ab', 'A', 'B']
        await put(testRangeTable, bs.map((b) => ({ a, b: { S: b } })))
        const res = await byHash(testRangeTable, a)
        expect(res.Count).toBe(9)
        expect((res.Items as { b: { S: string } }[]).map((i) => i.b.S)).toEqual(['1', '10', '2', 'A', 'B', 'a', 'aa', 'ab', 'b'])
      })

      it('orders an LSI by its string sort key', async () => {
        const a = { S: 'qord-lsi' }
        const cs = ['1', '2', '10', 'a', 'b', 'aa', 'ab', 'A', 'B']
        await put(testRangeTable, cs.map((c, i) => ({ a, b: { S: String(i + 1) }, c: { S: c } })))
        const res = await byHash(testRangeTable, a, { IndexName: 'index1' })
        expect((res.Items as { c: { S: string } }[]).map((i) => i.c.S)).toEqual(['1', '10', '2', 'A', 'B', 'a', 'aa', 'ab', 'b'])
      })

      it('orders number sort keys numerically', async () => {
        const a = { S: 'qord-n' }
        const ns = ['0', '99.1', '10.9', '10.1', '9.1', '9', '1.9', '1.1', '1', '0.9', '0.1', '0.09', '0.01', '-0.01', '-0.09', '-0.1', '-0.9', '-1', '-1.01', '-9', '-9.9', '-10.1', '-99.1']
        await put(testRangeNTable, ns.map((b) => ({ a, b: { N: b } })))
        const res = await byHash(testRangeNTable, a)
        expect((res.Items as { b: { N: string } }[]).map((i) => i.b.N)).toEqual([...ns].sort((x, y) => Number(x) - Number(y)))
        const rev = await byHash(testRangeNTable, a, { ScanIndexForward: false, Limit: 3 })
        expect(rev).toMatchObject({ Count: 3, Items: [{ a, b: { N: '99.1' } }, { a, b: { N: '10.9' } }, { a, b: { N: '10.1' } }], LastEvaluatedKey: { a, b: { N: '10.1' } } })
      })

      it('reverses with ScanIndexForward false, and pages with Limit', async () => {
        const a = { S: 'qord-rev' }
        const items = ['1', '2', '10'].map((b) => ({ a, b: { S: b } }))
        await put(testRangeTable, items)
        expect((await byHash(testRangeTable, a, { ScanIndexForward: false })).Items).toEqual([items[1], items[2], items[0]])
        const page = await byHash(testRangeTable, a, { ScanIndexForward: false, Limit: 2 })
        expect(page).toMatchObject({ Count: 2, Items: [items[1], items[2]], LastEvaluatedKey: items[2] })
        const next = await byHash(testRangeTable, a, { ScanIndexForward: false, Limit: 2, ExclusiveStartKey: page.LastEvaluatedKey })
        expect(next.Items).toEqual([items[0]])
        expect(next.LastEvaluatedKey).toBeUndefined()
      })

      it('queries a range GSI with a projection, Limit and an index LastEvaluatedKey', async () => {
        const c = { S: 'qgsi-c' }
        const mk = (a: string, b: string, d: string): Record<string, unknown> => ({ a: { S: a }, b: { S: b }, c, d: { S: d }, e: { S: 'a' }, f: { S: 'a' } })
        const items = [mk('a', 'a', 'f'), mk('b', 'b', 'a'), mk('c', 'e', 'b'), mk('c', 'd', 'c'), mk('d', 'a', 'e'), mk('e', 'a', 'f')]
        await put(testRangeTable, items)
        sim.advanceBy(5_000) // GSIs are eventually consistent
        const res = await query({
          TableName: testRangeTable,
          IndexName: 'index4',
          KeyConditions: { c: { ComparisonOperator: 'EQ', AttributeValueList: [c] }, d: { ComparisonOperator: 'LT', AttributeValueList: [{ S: 'f' }] } },
          Limit: 3,
        })
        const strip = (i: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(i).filter(([k]) => k !== 'f'))
        expect(res).toMatchObject({ Count: 3, Items: [strip(items[1]!), strip(items[2]!), strip(items[3]!)], LastEvaluatedKey: { a: { S: 'c' }, b: { S: 'd' }, c, d: { S: 'c' } } })
        const kc = { c: { ComparisonOperator: 'EQ', AttributeValueList: [c] }, d: { ComparisonOperator: 'LT', AttributeValueList: [{ S: 'f' }] } }
        const fromStart = await query({ TableName: testRangeTable, IndexName: 'index4', KeyConditions: kc, Limit: 1, ExclusiveStartKey: { a: { S: 'c' }, b: { S: 'e' }, c, d: { S: 'b' } } })
        expect(fromStart).toMatchObject({ Count: 1, Items: [strip(items[3]!)], LastEvaluatedKey: { a: { S: 'c' }, b: { S: 'd' }, c, d: { S: 'c' } } })
        const backwards = await query({ TableName: testRangeTable, IndexName: 'index4', KeyConditions: kc, Limit: 1, ScanIndexForward: false, ExclusiveStartKey: { a: { S: 'c' }, b: { S: 'd' }, c, d: { S: 'c' } } })
        expect(backwards).toMatchObject({ Count: 1, Items: [strip(items[2]!)], LastEvaluatedKey: { a: { S: 'c' }, b: { S: 'e' }, c, d: { S: 'b' } } })
      })
    })
  })
})
