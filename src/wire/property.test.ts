import { beforeEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Simulation } from '../engine/Simulation.ts'
import { operations } from '../engine/dynamodb/operations/index.ts'
import { addTestTable } from '../engine/dynamodb/validation/testTables.ts'
import { DYNAMODB_TARGET_PREFIX, handleDynamoDBRequest } from './dynamodb.ts'

/**
 * Property tests of the DynamoDB wire handler: whatever the body and target, the answer is a success or a
 * named AWS client error (HTTP 200/400 with a `__type` naming it), never a 500 / InternalServerError, and the
 * handler never throws. Bodies are arbitrary JSON values, and valid requests of each action (TEMPLATES) with
 * up to three random mutations (a member or nested value replaced by random JSON, attribute values,
 * expressions, table names, keys, or removed), so that generated requests also reach the operations' later
 * checks and the storage.
 */

const ENDPOINT = 'https://dynamodb.us-east-1.amazonaws.com/'
const OPERATIONS = Object.keys(operations)
/** Runs per property; raise locally with PROPERTY_RUNS=2000 for a deeper search. */
const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 120)
/** Per-test time limit, scaled with the runs (the machine is shared). */
const TIMEOUT = Math.max(20_000, RUNS * 60)

let sim: Simulation

// A fresh simulation per test: random DeleteTable / UpdateTable calls must not starve the other operations.
beforeEach(() => {
  sim = new Simulation()
  const hash = addTestTable(sim, 'hash', { hash: ['a', 'S'] })
  const range = addTestTable(sim, 'range', { hash: ['a', 'S'], range: ['b', 'N'] }, {
    attributes: [['c', 'S']],
    lsi: [{ IndexName: 'byC', KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'c', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
  })
  hash.put({ a: { S: 'k1' }, n: { N: '1' }, s: { SS: ['x'] }, c: { S: 'c' } })
  hash.put({ a: { S: 'k2' }, l: { L: [{ S: 'x' }] } })
  range.put({ a: { S: 'k1' }, b: { N: '1' }, c: { S: 'c1' }, m: { M: { l: { L: [{ N: '1' }] } } } })
})

async function send(target: string, body: string): Promise<{ status: number; text: string }> {
  const request = new Request(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': target },
    body,
  })
  const res = await handleDynamoDBRequest(sim, request, { log: false })
  return { status: res.status, text: await res.text() }
}

/** The answer is a success or a named client error. */
function expectNamedOutcome({ status, text }: { status: number; text: string }): void {
  expect([200, 400]).toContain(status)
  const body = JSON.parse(text) as Record<string, unknown>
  if (status === 400) {
    expect(body.__type).toMatch(/^com\.amazon(aws)?\.[a-z0-9.]+#[A-Za-z]+$/)
    expect(String(body.__type)).not.toMatch(/InternalServerError$/)
  }
}

const tableName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('hash', 'range') },
  { weight: 1, arbitrary: fc.constantFrom('missing', 'ab', 'arn:aws:dynamodb:us-east-1:123456789012:table/hash', '') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
)
const attrName = fc.constantFrom('a', 'b', 'c', 'd', '#n', ':v', '')
const numberText = fc.oneof(fc.integer().map(String), fc.double({ noNaN: true }).map(String), fc.constantFrom('1e126', '-0', '1.0', 'x', ''))

const { value: attributeValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ S: fc.string({ maxLength: 6 }) }),
    fc.record({ N: numberText }),
    fc.record({ B: fc.oneof(fc.base64String({ maxLength: 8 }), fc.string({ maxLength: 4 })) }),
    fc.record({ BOOL: fc.boolean() }),
    fc.record({ NULL: fc.oneof(fc.boolean(), fc.jsonValue({ maxDepth: 1 })) }),
    fc.record({ SS: fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }) }),
    fc.record({ NS: fc.array(numberText, { maxLength: 3 }) }),
    fc.record({ L: fc.array(tie('value'), { maxLength: 3 }) }),
    fc.record({ M: fc.dictionary(attrName, tie('value'), { maxKeys: 3 }) }),
    fc.record({ S: fc.string({ maxLength: 6 }) }),
    fc.record({ N: fc.integer().map(String) }),
    fc.record({ S: fc.string({ maxLength: 6 }) }),
    fc.record({ N: fc.integer().map(String) }),
    fc.jsonValue({ maxDepth: 2 }),
  ),
}))

const item = fc.dictionary(attrName, attributeValue, { maxKeys: 4 })
const keyOf = fc.oneof(
  { weight: 3, arbitrary: fc.record({ a: fc.record({ S: fc.constantFrom('k1', 'k2', '') }) }) },
  { weight: 3, arbitrary: fc.record({ a: fc.record({ S: fc.constantFrom('k1', 'k2') }), b: fc.record({ N: fc.constantFrom('1', '2', '1.0') }) }) },
  { weight: 1, arbitrary: item },
)
const expression = fc.oneof(
  fc.constantFrom(
    'attribute_exists(a)',
    'attribute_not_exists(#n)',
    'a = :v',
    'SET d = :v',
    'SET d = d + :v REMOVE c',
    'ADD d :v',
    'DELETE d :v',
    'a, b, c[0].d',
    'begins_with(a, :v) AND size(c) > :v',
    'a = :v AND b BETWEEN :v AND :v',
    '',
  ),
  fc.string({ maxLength: 12 }),
)
const anyJson = fc.jsonValue({ maxDepth: 3 })
const K1 = { a: { S: 'k1' } }
const RK = { a: { S: 'k1' }, b: { N: '1' } }
const HASH_ARN = 'arn:aws:dynamodb:us-east-1:123456789012:table/hash'

/** Valid requests of each action (several shapes, legacy members too); mutations start from these. */
const TEMPLATES: Record<string, Record<string, unknown>[]> = {
  PutItem: [
    {
      TableName: 'hash',
      Item: { a: { S: 'k1' }, n: { N: '1' }, s: { SS: ['x'] }, m: { M: { l: { L: [{ NULL: true }] } } } },
      ConditionExpression: 'attribute_not_exists(a) OR n < :v',
      ExpressionAttributeValues: { ':v': { N: '5' } },
      ReturnValues: 'ALL_OLD',
      ReturnConsumedCapacity: 'INDEXES',
      ReturnItemCollectionMetrics: 'SIZE',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
    { TableName: 'range', Item: { ...RK, c: { S: 'c' } }, Expected: { c: { Exists: false } } },
  ],
  GetItem: [
    { TableName: 'range', Key: RK, ProjectionExpression: '#n, c, m.l[0]', ExpressionAttributeNames: { '#n': 'n' }, ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' },
    { TableName: 'hash', Key: K1, AttributesToGet: ['a', 'n'] },
  ],
  DeleteItem: [
    { TableName: 'hash', Key: K1, ConditionExpression: 'attribute_exists(a) AND size(s) > :z', ExpressionAttributeValues: { ':z': { N: '0' } }, ReturnValues: 'ALL_OLD' },
    { TableName: 'hash', Key: K1, Expected: { n: { ComparisonOperator: 'EQ', AttributeValueList: [{ N: '1' }] } } },
  ],
  UpdateItem: [
    {
      TableName: 'hash',
      Key: K1,
      UpdateExpression: 'SET n = if_not_exists(n, :z) + :v, l = list_append(if_not_exists(l, :e), :l) REMOVE c ADD s :s',
      ExpressionAttributeValues: { ':z': { N: '0' }, ':v': { N: '1' }, ':e': { L: [] }, ':l': { L: [{ S: 'x' }] }, ':s': { SS: ['y'] } },
      ReturnValues: 'UPDATED_NEW',
    },
    { TableName: 'range', Key: RK, UpdateExpression: 'SET m.l[0] = :v DELETE s :s', ConditionExpression: 'contains(s, :x)', ExpressionAttributeValues: { ':v': { S: 'v' }, ':s': { SS: ['x'] }, ':x': { S: 'x' } } },
    { TableName: 'hash', Key: K1, AttributeUpdates: { n: { Action: 'ADD', Value: { N: '1' } }, c: { Action: 'DELETE' } } },
  ],
  Query: [
    {
      TableName: 'range',
      KeyConditionExpression: 'a = :a AND b BETWEEN :x AND :y',
      FilterExpression: 'attribute_exists(c)',
      ExpressionAttributeValues: { ':a': { S: 'k1' }, ':x': { N: '0' }, ':y': { N: '9' } },
      Limit: 2,
      ScanIndexForward: false,
      ReturnConsumedCapacity: 'INDEXES',
    },
    { TableName: 'range', IndexName: 'byC', KeyConditionExpression: 'a = :a AND begins_with(c, :c)', ExpressionAttributeValues: { ':a': { S: 'k1' }, ':c': { S: 'c' } }, Select: 'COUNT' },
    { TableName: 'range', KeyConditions: { a: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'k1' }] } }, ExclusiveStartKey: RK },
  ],
  Scan: [
    { TableName: 'hash', FilterExpression: 'n > :v', ExpressionAttributeValues: { ':v': { N: '0' } }, Segment: 0, TotalSegments: 2, Limit: 5 },
    { TableName: 'range', IndexName: 'byC', AttributesToGet: ['a', 'c'], ScanFilter: { c: { ComparisonOperator: 'NOT_NULL' } } },
  ],
  BatchGetItem: [
    { RequestItems: { hash: { Keys: [K1, { a: { S: 'k2' } }], ProjectionExpression: 'a' }, range: { Keys: [RK], ConsistentRead: true } }, ReturnConsumedCapacity: 'TOTAL' },
    { RequestItems: { [HASH_ARN]: { Keys: [K1], AttributesToGet: ['n'] } } },
  ],
  BatchWriteItem: [
    { RequestItems: { hash: [{ PutRequest: { Item: K1 } }] } },
    {
      RequestItems: { hash: [{ PutRequest: { Item: { a: { S: 'k3' } } } }, { DeleteRequest: { Key: K1 } }], range: [{ PutRequest: { Item: { ...RK, c: { S: 'c' } } } }] },
      ReturnConsumedCapacity: 'INDEXES',
      ReturnItemCollectionMetrics: 'SIZE',
    },
  ],
  TransactWriteItems: [
    { TransactItems: [{ Put: { TableName: 'hash', Item: K1 } }] },
    { TransactItems: [{ Update: { TableName: 'range', Key: RK, UpdateExpression: 'SET c = :c', ExpressionAttributeValues: { ':c': { S: 'z' } } } }] },
    {
      TransactItems: [
        { Put: { TableName: 'hash', Item: { a: { S: 'k4' } }, ConditionExpression: 'attribute_not_exists(a)' } },
        { Update: { TableName: 'range', Key: RK, UpdateExpression: 'SET c = :c', ExpressionAttributeValues: { ':c': { S: 'z' } } } },
        { ConditionCheck: { TableName: 'hash', Key: K1, ConditionExpression: 'attribute_exists(a)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
        { Delete: { TableName: 'hash', Key: { a: { S: 'k2' } } } },
      ],
      ClientRequestToken: 'tok',
      ReturnConsumedCapacity: 'TOTAL',
      ReturnItemCollectionMetrics: 'SIZE',
    },
  ],
  TransactGetItems: [
    { TransactItems: [{ Get: { TableName: 'hash', Key: K1 } }] },
    { TransactItems: [{ Get: { TableName: 'hash', Key: K1 } }, { Get: { TableName: 'range', Key: RK, ProjectionExpression: '#c', ExpressionAttributeNames: { '#c': 'c' } } }], ReturnConsumedCapacity: 'TOTAL' },
  ],
  TagResource: [{ ResourceArn: HASH_ARN, Tags: [{ Key: 'k', Value: 'v' }] }],
  UntagResource: [{ ResourceArn: HASH_ARN, TagKeys: ['k'] }],
  ListTagsOfResource: [{ ResourceArn: HASH_ARN }],
  CreateTable: [
    { TableName: 'fresh', KeySchema: [{ AttributeName: 'p', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'p', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' },
    {
      TableName: 'fresh2',
      KeySchema: [{ AttributeName: 'p', KeyType: 'HASH' }, { AttributeName: 'q', KeyType: 'RANGE' }],
      AttributeDefinitions: [{ AttributeName: 'p', AttributeType: 'S' }, { AttributeName: 'q', AttributeType: 'N' }, { AttributeName: 'g', AttributeType: 'S' }],
      ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
      GlobalSecondaryIndexes: [{ IndexName: 'g', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' }, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } }],
      Tags: [{ Key: 'k', Value: 'v' }],
    },
  ],
  UpdateTable: [{ TableName: 'hash', ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 10 } }],
  ListTables: [{ Limit: 2, ExclusiveStartTableName: 'hash' }],
}

/** Every path (list of keys / indexes) inside `value`, the root's members first. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = [...prefix, Array.isArray(value) ? Number(k) : k]
      out.push(p)
      pathsOf(v, p, out)
    }
  }
  return out
}

/** `template` with each mutation applied: the value at the chosen path replaced (or deleted when undefined). */
function mutate(template: Record<string, unknown>, mutations: [number, unknown][]): Record<string, unknown> {
  const body = JSON.parse(JSON.stringify(template)) as Record<string, unknown>
  for (const [n, value] of mutations) {
    const paths = pathsOf(body)
    if (paths.length === 0) break
    const path = paths[n % paths.length]!
    let parent = body as Record<string | number, unknown>
    for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>
    const last = path[path.length - 1]!
    if (value === undefined && !Array.isArray(parent)) delete parent[last]
    else parent[last] = value ?? null
  }
  return body
}

const mutationValue = fc.oneof(
  fc.constant(undefined),
  anyJson,
  attributeValue,
  expression,
  tableName,
  keyOf,
  item,
  fc.constantFrom('NONE', 'TOTAL', 'INDEXES', 'ALL_OLD', 'SIZE', 'hi', ''),
)

/** A valid request of `operation` (or `{TableName: 'hash'}` for actions without a template) with 0–3 mutations. */
function mutatedBody(operation: string): fc.Arbitrary<Record<string, unknown>> {
  const templates = TEMPLATES[operation] ?? [{ TableName: 'hash' }]
  return fc
    .tuple(fc.constantFrom(...templates), fc.array(fc.tuple(fc.nat(), mutationValue), { maxLength: 3 }))
    .map(([template, mutations]) => mutate(template, mutations))
}

describe('DynamoDB wire handler', () => {
  describe('functionality', () => {
    for (const operation of OPERATIONS) {
      it(`answers ${operation} with a success or a named AWS error for any JSON value`, async () => {
        await fc.assert(
          fc.asyncProperty(anyJson, async (body) => {
            expectNamedOutcome(await send(DYNAMODB_TARGET_PREFIX + operation, JSON.stringify(body)))
          }),
          { numRuns: RUNS },
        )
      }, TIMEOUT)

      it(`answers ${operation} with a success or a named AWS error for mutations of valid requests`, async () => {
        await fc.assert(
          fc.asyncProperty(mutatedBody(operation), async (body) => {
            expectNamedOutcome(await send(DYNAMODB_TARGET_PREFIX + operation, JSON.stringify(body)))
          }),
          { numRuns: RUNS * 2 },
        )
      }, TIMEOUT)
    }

    it('answers any target and any body text with a named AWS error or success', async () => {
      const target = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...OPERATIONS).map((op) => DYNAMODB_TARGET_PREFIX + op), fc.constantFrom(...OPERATIONS))
      await fc.assert(
        fc.asyncProperty(target, fc.oneof(fc.string({ maxLength: 40 }), fc.json({ maxDepth: 3 })), async (t, text) => {
          const answer = await send(t, text)
          expect([200, 400]).toContain(answer.status)
          if (answer.status === 400) expect(answer.text).toMatch(/"__type":"com\.amazon(aws)?\.[a-z0-9.]+#[A-Za-z]+"/)
        }),
        { numRuns: RUNS * 2 },
      )
    }, TIMEOUT)
  })
})
