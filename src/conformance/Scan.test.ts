// Scan expectations recorded against real DynamoDB (dynalite test/scan.js).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Simulation } from '../engine/Simulation.ts'
import { assertNotFound, assertValidation, fixtureSimulation, ok, testHashTable, testRangeTable } from './harness.ts'

let sim: Simulation
beforeAll(async () => {
  sim = await fixtureSimulation()
})

const T = 'Scan'
const INVALID = 'One or more parameter values were invalid: '
const BAD_START = 'The provided starting key is invalid: '
const EXPR = { TableName: 'abc', FilterExpression: '', ExpressionAttributeNames: {}, ExpressionAttributeValues: {} }
const filter = (FilterExpression: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ TableName: 'abc', FilterExpression, ...extra })

describe('Scan', () => {
  describe('validations', () => {
    it('returns ValidationException for incorrect attributes', async () => {
      await assertValidation(
        sim,
        T,
        {
          TableName: 'abc;',
          ReturnConsumedCapacity: 'hi',
          AttributesToGet: [],
          IndexName: 'abc;',
          Segment: -1,
          TotalSegments: -1,
          Select: 'hi',
          Limit: -1,
          ScanFilter: { a: {}, b: { ComparisonOperator: '' } },
          ConditionalOperator: 'AN',
          ExpressionAttributeNames: {},
          ExpressionAttributeValues: {},
          ProjectionExpression: '',
        },
        [
          "Value 'hi' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]",
          "Value 'abc;' at 'indexName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
          "Value '-1' at 'totalSegments' failed to satisfy constraint: Member must have value greater than or equal to 1",
          "Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]",
          "Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
          "Value 'AN' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [OR, AND]",
          "Value null at 'scanFilter.a.member.comparisonOperator' failed to satisfy constraint: Member must not be null",
          "Value '' at 'scanFilter.b.member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]",
          "Value '-1' at 'segment' failed to satisfy constraint: Member must have value greater than or equal to 0",
          "Value '[]' at 'attributesToGet' failed to satisfy constraint: Member must have length greater than or equal to 1",
        ],
      )
    })

    const legacy = {
      TableName: 'abc',
      ScanFilter: { a: { ComparisonOperator: 'EQ', AttributeValueList: [{}] } },
      Segment: 1,
      Limit: 1,
      AttributesToGet: ['a', 'a'],
      ExclusiveStartKey: { a: {} },
      ConditionalOperator: 'OR',
      Select: 'SPECIFIC_ATTRIBUTES',
    }

    it('returns ValidationException if expression and non-expression', async () => {
      await assertValidation(
        sim,
        T,
        { ...legacy, FilterExpression: '', ProjectionExpression: '', ExpressionAttributeNames: {}, ExpressionAttributeValues: {} },
        'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet, ScanFilter, ConditionalOperator} Expression parameters: {ProjectionExpression, FilterExpression}',
      )
    })

    it('returns ValidationException if ExpressionAttributeNames but no FilterExpression', async () => {
      await assertValidation(sim, T, { ...legacy, ExpressionAttributeNames: {}, ExpressionAttributeValues: {} }, 'ExpressionAttributeNames can only be specified when using expressions')
    })

    it('returns ValidationException if ExpressionAttributeValues but no FilterExpression', async () => {
      await assertValidation(sim, T, { ...legacy, ExpressionAttributeValues: {} }, 'ExpressionAttributeValues can only be specified when using expressions: FilterExpression is null')
    })

    it('returns ValidationException for duplicate values in AttributesToGet (before ScanFilter values)', async () => {
      await assertValidation(
        sim,
        T,
        { TableName: 'abc', Segment: 1, ScanFilter: { a: { ComparisonOperator: 'EQ', AttributeValueList: [{}, { a: '' }, { S: '' }] } }, ExclusiveStartKey: { a: {} }, AttributesToGet: ['a', 'a'] },
        `${INVALID}Duplicate value in attribute name: a`,
      )
    })

    const scanFilter = (list: unknown[], op = 'EQ'): Record<string, unknown> => ({ TableName: 'abc', Segment: 1, ExclusiveStartKey: { a: {} }, ScanFilter: { a: { ComparisonOperator: op, AttributeValueList: list } } })

    it.each([{}, { a: '' }])('returns ValidationException for bad attribute value %j in ScanFilter', async (v) => {
      await assertValidation(sim, T, scanFilter([v, { S: '' }]), 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes')
    })

    it.each<[unknown, string]>([
      [{ SS: [] }, 'An string set  may not be empty'],
      [{ NS: [] }, 'An number set  may not be empty'],
      [{ BS: [] }, 'Binary sets should not be empty'],
      [{ SS: ['a', 'a'] }, 'Input collection [a, a] contains duplicates.'],
      [{ BS: ['Yg==', 'Yg=='] }, 'Input collection [Yg==, Yg==]of type BS contains duplicates.'],
    ])('returns ValidationException for invalid value %j in ScanFilter', async (v, msg) => {
      await assertValidation(sim, T, scanFilter([{ N: '1' }, v, {}]), INVALID + msg)
    })

    it.each<[unknown, string]>([
      [{ S: 'a', N: '' }, 'The parameter cannot be converted to a numeric value'],
      [{ S: 'a', N: 'b' }, 'The parameter cannot be converted to a numeric value: b'],
      [{ NS: ['1', ''] }, 'The parameter cannot be converted to a numeric value'],
      [{ NS: ['1', 'b'] }, 'The parameter cannot be converted to a numeric value: b'],
      [{ NS: ['1', '1'] }, 'Input collection contains duplicates'],
      [{ N: '123456789012345678901234567890123456789' }, 'Attempting to store more than 38 significant digits in a Number'],
      [{ N: '1e126' }, 'Number overflow. Attempting to store a number with magnitude larger than supported range'],
      [{ N: '-1e-131' }, 'Number underflow. Attempting to store a number with magnitude smaller than supported range'],
      [{ S: 'a', N: '1' }, 'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes'],
    ])('returns ValidationException for number problem %j in ScanFilter', async (v, msg) => {
      await assertValidation(sim, T, scanFilter([{ N: '1' }, v]), msg)
    })

    it.each<[Record<string, Record<string, unknown>>]>([
      [{ a: { ComparisonOperator: 'EQ' }, b: { ComparisonOperator: 'NULL' }, c: { ComparisonOperator: 'NULL' } }],
      [{ a: { ComparisonOperator: 'EQ' } }],
      [{ a: { ComparisonOperator: 'EQ', AttributeValueList: [] } }],
      ...['NE', 'LE', 'LT', 'GE', 'GT', 'CONTAINS', 'NOT_CONTAINS', 'BEGINS_WITH', 'IN', 'BETWEEN'].map((op) => [{ a: { ComparisonOperator: op } }] as [Record<string, Record<string, unknown>>]),
      ...['NULL', 'NOT_NULL'].map((op) => [{ a: { ComparisonOperator: op, AttributeValueList: [{ S: 'a' }] } }] as [Record<string, Record<string, unknown>>]),
      ...['EQ', 'NE', 'LE', 'LT', 'GE', 'GT', 'CONTAINS', 'NOT_CONTAINS', 'NULL', 'NOT_NULL'].map(
        (op) => [{ a: { ComparisonOperator: op, AttributeValueList: [{ S: 'a' }, { S: 'a' }] } }] as [Record<string, Record<string, unknown>>],
      ),
      [{ a: { ComparisonOperator: 'BETWEEN', AttributeValueList: [{ S: 'a' }, { S: 'a' }, { S: 'a' }] } }],
    ])('returns ValidationException for the ScanFilter argument count of %j', async (conditions) => {
      await assertValidation(
        sim,
        T,
        { TableName: 'abc', Segment: 1, ExclusiveStartKey: { a: {} }, ScanFilter: conditions },
        `${INVALID}Invalid number of argument(s) for the ${String(conditions.a!.ComparisonOperator)} ComparisonOperator`,
      )
    })

    const badTypes: [string, unknown[]][] = [
      ...['LT', 'LE', 'GT', 'GE', 'IN'].flatMap((op) =>
        [{ BOOL: true }, { NULL: true }, { SS: ['a'] }, { NS: ['1'] }, { BS: ['abcd'] }, { M: {} }, { L: [] }].map((v): [string, unknown[]] => [op, [v]]),
      ),
      ...['CONTAINS', 'NOT_CONTAINS'].flatMap((op) => [{ SS: ['a'] }, { NS: ['1'] }, { BS: ['abcd'] }, { M: {} }, { L: [] }].map((v): [string, unknown[]] => [op, [v]])),
      ...[{ BOOL: true }, { NULL: true }, { SS: ['a'] }, { NS: ['1'] }, { BS: ['abcd'] }, { M: {} }, { L: [] }].map((v): [string, unknown[]] => ['BETWEEN', [v, v]]),
      ...[{ N: '1' }, { BOOL: true }, { NULL: true }, { SS: ['a'] }, { NS: ['1'] }, { BS: ['abcd'] }, { M: {} }, { L: [] }].map((v): [string, unknown[]] => ['BEGINS_WITH', [v]]),
    ]
    it.each(badTypes)('returns ValidationException for ComparisonOperator %s with %j', async (op, list) => {
      await assertValidation(sim, T, scanFilter(list, op), `${INVALID}ComparisonOperator ${op} is not valid for ${Object.keys(list[0] as object)[0]!} AttributeValue type`)
    })

    it('returns ValidationException on ExclusiveStartKey if ScanFilter is fine (EQ on SS) and the table does not exist', async () => {
      await assertValidation(sim, T, scanFilter([{ SS: ['a'] }]), `${BAD_START}Supplied AttributeValue is empty, must contain exactly one of the supported datatypes`)
    })

    it.each([{}, { a: '' }, { M: { a: {} } }, { L: [{}] }, { L: [{ a: {} }] }])('returns ValidationException for unsupported datatype %j in ExclusiveStartKey', async (v) => {
      await assertValidation(sim, T, { ...EXPR, Segment: 1, ExclusiveStartKey: { a: v } }, `${BAD_START}Supplied AttributeValue is empty, must contain exactly one of the supported datatypes`)
    })

    it.each<[unknown, string]>([
      [{ SS: [] }, `${INVALID}An string set  may not be empty`],
      [{ NS: [] }, `${INVALID}An number set  may not be empty`],
      [{ BS: [] }, `${INVALID}Binary sets should not be empty`],
      [{ SS: ['a', 'a'] }, `${INVALID}Input collection [a, a] contains duplicates.`],
      [{ S: 'a', N: 'b' }, 'The parameter cannot be converted to a numeric value: b'],
      [{ NS: ['1', '1'] }, 'Input collection contains duplicates'],
      [{ N: '1e126' }, 'Number overflow. Attempting to store a number with magnitude larger than supported range'],
    ])('returns ValidationException for invalid value %j in ExclusiveStartKey', async (v, msg) => {
      await assertValidation(sim, T, { ...EXPR, Segment: 1, ExclusiveStartKey: { a: v } }, BAD_START + msg)
    })

    it('returns ValidationException for multiple datatypes in ExclusiveStartKey', async () => {
      await assertValidation(
        sim,
        T,
        { ...EXPR, TotalSegments: 1, ExclusiveStartKey: { a: { S: 'a', N: '1' } } },
        `${BAD_START}Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes`,
      )
    })

    it('returns ValidationException for missing TotalSegments', async () => {
      await assertValidation(sim, T, { ...EXPR, Segment: 1 }, 'The TotalSegments parameter is required but was not present in the request when Segment parameter is present')
    })

    it('returns ValidationException for missing Segment', async () => {
      await assertValidation(sim, T, { ...EXPR, TotalSegments: 1 }, 'The Segment parameter is required but was not present in the request when parameter TotalSegments is present')
    })

    it('returns ValidationException for Segment not less than TotalSegments', async () => {
      await assertValidation(sim, T, { ...EXPR, Segment: 1, TotalSegments: 1 }, 'The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 1 is not less than TotalSegments: 1')
    })

    it('returns ValidationException for empty ExpressionAttributeNames', async () => {
      await assertValidation(sim, T, EXPR, 'ExpressionAttributeNames must not be empty')
    })

    it('returns ValidationException for invalid ExpressionAttributeNames', async () => {
      await assertValidation(sim, T, { ...EXPR, ExpressionAttributeNames: { a: 'a' } }, 'ExpressionAttributeNames contains invalid key: Syntax error; key: "a"')
    })

    it('returns ValidationException for empty ExpressionAttributeValues', async () => {
      await assertValidation(sim, T, filter('', { ExpressionAttributeValues: {} }), 'ExpressionAttributeValues must not be empty')
    })

    it('returns ValidationException for invalid ExpressionAttributeValues', async () => {
      await assertValidation(sim, T, filter('', { ExpressionAttributeValues: { a: { S: 'b' } } }), 'ExpressionAttributeValues contains invalid key: Syntax error; key: "a"')
    })

    it('returns ValidationException for an empty FilterExpression', async () => {
      await assertValidation(sim, T, filter('', { ProjectionExpression: '', ExpressionAttributeValues: { ':0': { S: 'b' } } }), 'Invalid FilterExpression: The expression can not be empty;')
    })

    it('returns ValidationException for an empty ProjectionExpression', async () => {
      await assertValidation(sim, T, filter('a > b', { ProjectionExpression: '' }), 'Invalid ProjectionExpression: The expression can not be empty;')
    })

    it.each([
      'things are not gonna be ok', 'a > 4', 'attribute_exists(Pictures-RearView)', 'attribute_exists("Pictures.RearView")',
      'attribute_exists(Pictures..RearView)', 'attribute_exists(Pi#ctures.RearView)', 'attribute_exists(asdf[a])', 'a.:a < b.:b',
      'a in b, c', 'a > between', 'a in b', 'a in (b,c,)', '(a)between(b.(c.d))and(c)', '(a)between(b.c.d)and((c)', '#$.b > a',
      'a > :things.stuff', 'b[:a] > a', 'b[#_] > a', 'ü > a', '(a)between(b.c[4.5].#d)and(:a)', 'size(a).b > a', '(size(a)).b > a',
      'size(a)[0] > a', '(size(a))[0] > a',
    ])('returns a syntax error for FilterExpression %s', async (expr) => {
      await assertValidation(sim, T, filter(expr), /^Invalid FilterExpression: Syntax error; /)
    })

    it.each([
      '(a)between(((b.c)).d)and(c)', 'a=a and a > ((views))', 'a > whatever((:things), ((a)))', 'a=a AND ((a=a AND a=a)) AND a=a',
      'a=a OR ((a=a OR a=a)) OR a=a', 'a=a AND ((a=a AND (a=a AND a=a)))', 'a=a OR ((a=a OR (a=a OR a=a)))',
    ])('returns ValidationException for redundant parentheses in %s', async (expr) => {
      await assertValidation(sim, T, filter(expr), 'Invalid FilterExpression: The expression has redundant parentheses;')
    })

    it.each([
      ['a=a and whatever((:things)) > a', 'whatever'],
      ['attRIbute_exIsts((views), #a)', 'attRIbute_exIsts'],
    ])('returns ValidationException for an invalid function name in %s', async (expr, fn) => {
      await assertValidation(sim, T, filter(expr), `Invalid FilterExpression: Invalid function name; function: ${fn}`)
    })

    it.each([
      ['a=a and attribute_exists((views), (#a)) > b', 'attribute_exists'],
      ['attribute_not_exists(things) > b', 'attribute_not_exists'],
      ['attribute_type(things, :a) > b', 'attribute_type'],
      ['begins_with(things, a) > b', 'begins_with'],
      ['contains(:things, c) > b', 'contains'],
      ['size(contains(a, b)) > a', 'contains'],
      ['size(things)', 'size'],
      ['a between b and attribute_exists(things)', 'attribute_exists'],
      ['a in (b, attribute_exists(things))', 'attribute_exists'],
    ])('returns ValidationException for a function used incorrectly in %s', async (expr, fn) => {
      await assertValidation(sim, T, filter(expr), `Invalid FilterExpression: The function is not allowed to be used this way in an expression; function: ${fn}`)
    })

    it.each([
      ['attribute_exists(views, #a)', 'views'],
      [':a < abOrT', 'abOrT'],
    ])('returns ValidationException for a reserved keyword in %s', async (expr, word) => {
      await assertValidation(sim, T, filter(expr), `Invalid FilterExpression: Attribute name is a reserved keyword; reserved keyword: ${word}`)
    })

    it.each([
      ['attribute_exists(#Pictures.RearView, :a) and a=a', '#Pictures'],
      ['begins_with(Pictures.#RearView)', '#RearView'],
      ['(#P between :lo and :hi) and (#PC in (:cat1, :cat2))', '#P'],
      ['#4g > a', '#4g'],
      ['#_ > a', '#_'],
      ['(a)between(b.c[45].#d)and(:a)', '#d'],
    ])('returns ValidationException for a missing attribute name in %s', async (expr, name) => {
      await assertValidation(sim, T, filter(expr), `Invalid FilterExpression: An expression attribute name used in the document path is not defined; attribute name: ${name}`)
    })

    it.each([
      ['begins_with(:hello, #a, #b)', ':hello'],
      [':a < :b', ':a'],
      [':_ > a', ':_'],
    ])('returns ValidationException for a missing attribute value in %s', async (expr, name) => {
      await assertValidation(sim, T, filter(expr), `Invalid FilterExpression: An expression attribute value used in expression is not defined; attribute value: ${name}`)
    })

    it.each<[string, string, number]>([
      ['attribute_exists(things, a) and a=a', 'attribute_exists', 2],
      ['attribute_not_exists(things, b)', 'attribute_not_exists', 2],
      ['attribute_type(things)', 'attribute_type', 1],
      ['begins_with(things)', 'begins_with', 1],
      ['begins_with(things, size(a), b)', 'begins_with', 3],
      ['contains(things)', 'contains', 1],
      ['size(things, a) > b', 'size', 2],
    ])('returns ValidationException for the operand count in %s', async (expr, fn, n) => {
      await assertValidation(sim, T, filter(expr), `Invalid FilterExpression: Incorrect number of operands for operator or function; operator or function: ${fn}, number of operands: ${n}`)
    })

    it.each<[string, string, Record<string, unknown>]>([
      ['attribute_type(a, size(a)) and a=a and a=:a', 'attribute_type', { N: '1' }],
      ...[{ N: '1' }, { B: 'YQ==' }, { BOOL: true }, { NULL: true }, { L: [] }, { M: {} }, { SS: ['1'] }, { NS: ['1'] }, { BS: ['YQ=='] }].map(
        (v): [string, string, Record<string, unknown>] => ['attribute_type(a, :a)', 'attribute_type', v],
      ),
      ['begins_with(a, size(a)) and a=:a', 'begins_with', { N: '1' }],
      ...[{ N: '1' }, { BOOL: true }, { NULL: true }, { L: [] }, { M: {} }, { SS: ['1'] }, { NS: ['1'] }, { BS: ['YQ=='] }].flatMap((v): [string, string, Record<string, unknown>][] => [
        ['begins_with(a, :a)', 'begins_with', v],
        ['begins_with(:a, a)', 'begins_with', v],
      ]),
      ['size(size(a)) > :a', 'size', { N: '1' }],
      ['attribute_not_exists(size(:a))', 'size', { N: '1' }],
      ['size(:a) > a', 'size', { BOOL: true }],
      ['size(:a) > a', 'size', { NULL: true }],
    ])('returns ValidationException for operand types in %s with %j', async (expr, fn, v) => {
      await assertValidation(
        sim,
        T,
        filter(expr, { ExpressionAttributeValues: { ':a': v } }),
        `Invalid FilterExpression: Incorrect operand type for operator or function; operator or function: ${fn}, operand type: ${Object.keys(v)[0]!}`,
      )
    })

    it('returns ValidationException for attribute_type with an unknown type name', async () => {
      await assertValidation(
        sim,
        T,
        filter('attribute_type(a, :a)', { ExpressionAttributeValues: { ':a': { S: '1' } } }),
        /^Invalid FilterExpression: Invalid attribute type name found; type: 1, valid types: {((B|NULL|SS|BOOL|L|BS|N|NS|S|M),?){10}}$/,
      )
    })

    it.each([
      ['a = a AND #a = b AND :views > a', '=', '[a]'],
      ['#a <> a', '<>', '[a]'],
      ['a > #a', '>', '[a]'],
      ['((a=a) OR (a=a))', '=', '[a]'],
      ['((a=a) AND (a=a))', '=', '[a]'],
      ['contains(ab.bc[1].a, ab.bc[1].#a)', 'contains', '[ab, bc, [1], a]'],
      ['attribute_type(ab.bc[1].#a, ab.bc[1].a)', 'attribute_type', '[ab, bc, [1], a]'],
      ['begins_with(ab.bc[1].a, ab.bc[1].#a)', 'begins_with', '[ab, bc, [1], a]'],
    ])('returns ValidationException for non-distinct operands in %s', async (expr, op, path) => {
      await assertValidation(
        sim,
        T,
        filter(expr, { ExpressionAttributeNames: { '#a': 'a' } }),
        `Invalid FilterExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: ${op}, first operand: ${path}`,
      )
    })

    it.each([{}, { b: { S: 'a' } }, { a: { S: 'a' }, b: { S: 'a' } }])('checks the table exists before the ExclusiveStartKey %j', async (key) => {
      await assertNotFound(sim, T, { TableName: 'abc', ExclusiveStartKey: key }, 'Requested resource not found')
    })

    it.each<[string, Record<string, unknown>]>([
      [testHashTable, {}],
      [testHashTable, { a: { S: 'a' }, b: { S: 'a' }, c: { S: 'a' } }],
      [testHashTable, { z: { S: 'a' }, y: { S: 'a' }, x: { S: 'a' } }],
      [testRangeTable, {}],
      [testRangeTable, { z: { S: 'a' } }],
      [testRangeTable, { a: { S: 'a' }, b: { S: 'a' }, c: { S: 'a' } }],
    ])('returns ValidationException for an unknown index before the ExclusiveStartKey (%s, %j)', async (table, key) => {
      await assertValidation(sim, T, { TableName: table, IndexName: 'whatever', FilterExpression: 'attribute_exists(a.b.c)', ExclusiveStartKey: key }, 'The table does not have the specified index: whatever')
    })

    it.each<[string, Record<string, unknown>]>([
      ...[{}, { z: { N: '1' } }, { a: { B: 'abcd' } }, { a: { S: 'a' } }, { a: { S: 'a' }, b: { S: 'a' } }, { a: { S: 'a' }, c: { S: 'a' } }, { b: { S: 'a' }, c: { S: 'a' } }, { a: { S: 'a' }, c: { N: '1' } }, { a: { S: 'a' }, z: { S: '1' } }, { a: { S: 'a' }, b: { S: '1' }, c: { S: '1' }, d: { S: '1' } }].map(
        (k): [string, Record<string, unknown>] => ['index1', k],
      ),
      ...[{}, { z: { N: '1' } }, { a: { B: 'abcd' } }, { a: { S: 'a' } }, { c: { N: '1' } }, { c: { S: '1' } }, { a: { S: 'a' }, b: { S: 'a' } }, { a: { S: 'a' }, c: { S: 'a' } }, { a: { S: 'a' }, b: { S: 'a' }, z: { S: 'a' } }, { a: { S: 'a' }, b: { S: 'a' }, c: { S: 'a' }, z: { S: 'a' } }].map(
        (k): [string, Record<string, unknown>] => ['index3', k],
      ),
    ])('returns "The provided starting key is invalid" on %s for %j', async (index, key) => {
      await assertValidation(sim, T, { TableName: testRangeTable, IndexName: index, ExclusiveStartKey: key }, 'The provided starting key is invalid')
    })

    it('returns ValidationException for ALL_ATTRIBUTES on a GSI without ALL projection', async () => {
      await assertValidation(
        sim,
        T,
        { TableName: testRangeTable, FilterExpression: 'attribute_exists(a.b.c)', IndexName: 'index4', Select: 'ALL_ATTRIBUTES', ExclusiveStartKey: { x: { N: '1' }, y: { N: '1' }, c: { S: 'a' }, d: { S: 'a' } } },
        'One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index index4 because its projection type is not ALL',
      )
    })

    it.each<[string, Record<string, unknown>]>([
      ['index1', { a: { N: '1' }, x: { S: '1' }, y: { S: '1' } }],
      ['index1', { a: { S: 'a' }, b: { S: 'a' }, c: { N: '1' } }],
      ['index3', { x: { S: '1' }, y: { S: '1' }, c: { N: '1' } }],
      ['index3', { a: { S: '1' }, b: { S: '1' }, c: { B: 'YQ==' } }],
      ['index4', { x: { N: '1' }, y: { N: '1' }, c: { S: '1' }, d: { N: '1' } }],
    ])('returns "does not match the schema" for index key types on %s, %j', async (index, key) => {
      await assertValidation(sim, T, { TableName: testRangeTable, IndexName: index, ExclusiveStartKey: key }, 'The provided key element does not match the schema')
    })

    it.each<[string, string | undefined, Record<string, unknown>]>([
      [testHashTable, undefined, {}],
      [testHashTable, undefined, { b: { S: 'a' } }],
      [testHashTable, undefined, { a: { N: '1' } }],
      [testHashTable, undefined, { a: { M: {} } }],
      [testRangeTable, undefined, { a: { S: 'a' } }],
      [testRangeTable, undefined, { a: { S: 'a' }, b: { N: '1' } }],
      [testRangeTable, undefined, { a: { S: 'a' }, b: { S: '1' }, c: { S: '1' } }],
      [testRangeTable, 'index1', { a: { S: '1' }, b: { N: '1' }, c: { S: 'a' } }],
      [testRangeTable, 'index3', { x: { N: '1' }, y: { N: '1' }, c: { S: 'a' } }],
      [testRangeTable, 'index4', { a: { S: '1' }, b: { N: '1' }, c: { S: 'a' }, d: { S: 'a' } }],
    ])('returns "starting key is invalid: does not match the schema" for %s %s %j', async (table, index, key) => {
      await assertValidation(
        sim,
        T,
        { TableName: table, ...(index ? { IndexName: index } : { FilterExpression: 'attribute_exists(a.b.c)' }), ExclusiveStartKey: key },
        'The provided starting key is invalid: The provided key element does not match the schema',
      )
    })

    it.each(['attribute_exists(a.b.c) and #a = b', 'attribute_exists(#a.b.c)', 'attribute_exists(#a[0])'])('returns ValidationException for reading into the key in %s', async (expr) => {
      await assertValidation(sim, T, { TableName: testHashTable, FilterExpression: expr, ExpressionAttributeNames: { '#a': 'a' } }, "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: a")
    })
  })

  describe('functionality', () => {
    it('refuses an ExclusiveStartKey from another segment', async () => {
      await ok(sim, 'BatchWriteItem', { RequestItems: { [testHashTable]: Array.from({ length: 10 }, (_, i) => ({ PutRequest: { Item: { a: { S: String(i) } } } })) } })
      const res = await ok(sim, T, { TableName: testHashTable, Segment: 1, TotalSegments: 2 })
      expect(res.Count).toBeGreaterThan(0)
      const first = (res.Items as Record<string, unknown>[])[0]!
      await assertValidation(
        sim,
        T,
        { TableName: testHashTable, Segment: 0, TotalSegments: 2, FilterExpression: 'attribute_exists(a.b.c)', ExclusiveStartKey: { a: first.a } },
        'The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. TotalSegments: 2 Segment: 0',
      )
    })

    it('scans with and without a filter; Count counts matches, ScannedCount what was read', async () => {
      const item = { a: { S: 'scan-by-id' } }
      await ok(sim, 'PutItem', { TableName: testHashTable, Item: item })
      const all = await ok(sim, T, { TableName: testHashTable })
      expect(all.Items).toContainEqual(item)
      for (const f of [
        { ScanFilter: { a: { ComparisonOperator: 'EQ', AttributeValueList: [item.a] } } },
        { FilterExpression: 'a = :a', ExpressionAttributeValues: { ':a': item.a } },
        { FilterExpression: '#a = :a', ExpressionAttributeValues: { ':a': item.a }, ExpressionAttributeNames: { '#a': 'a' } },
      ]) {
        const res = await ok(sim, T, { TableName: testHashTable, ...f })
        expect(res.Items).toEqual([item])
        expect(res.Count).toBe(1)
        expect(res.ScannedCount).toBe(all.ScannedCount)
      }
      const none = await ok(sim, T, { TableName: testHashTable, FilterExpression: 'a = :a', ExpressionAttributeValues: { ':a': { S: 'no-such' } } })
      expect(none).toMatchObject({ Items: [], Count: 0, ScannedCount: all.ScannedCount })
    })
  })
})
