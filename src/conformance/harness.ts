/**
 * Conformance harness: expectations recorded against real DynamoDB by dynalite's test suite
 * (https://github.com/architect/dynalite/tree/main/test, helpers.js), replayed through the wire handler
 * ({@link handleDynamoDBRequest}) so the JSON body is exactly what an SDK would receive.
 *
 * The fixture tables mirror dynalite's helpers.js (`testHashTable`, `testHashNTable`, `testRangeTable`,
 * `testRangeNTable`, `testRangeBTable`), created ACTIVE by advancing the virtual clock.
 */
import { expect } from 'vitest'
import { Simulation } from '../engine/Simulation.ts'
import { handleDynamoDBRequest } from '../wire/dynamodb.ts'

const ENDPOINT = 'https://dynamodb.us-east-1.amazonaws.com/'

export interface WireResult {
  status: number
  body: Record<string, unknown>
}

/** Name of dynalite's hash-key table (`a` S, provisioned 1/1). */
export const testHashTable = 'conformance_hash'
/** Hash-key table with a numeric key (`a` N, on-demand). */
export const testHashNTable = 'conformance_hash_n'
/** `a` S HASH, `b` S RANGE, LSIs index1 (c) / index2 (d), GSIs index3 (c) / index4 (c, d); provisioned 2/2. */
export const testRangeTable = 'conformance_range'
/** `a` S HASH, `b` N RANGE, LSI index1 (c N); provisioned 2/2. */
export const testRangeNTable = 'conformance_range_n'
/** `a` S HASH, `b` B RANGE. */
export const testRangeBTable = 'conformance_range_b'

/** A simulation with dynalite's fixture tables, all ACTIVE. */
export async function fixtureSimulation(): Promise<Simulation> {
  const sim = new Simulation()
  const tables: Record<string, unknown>[] = [
    {
      TableName: testHashTable,
      AttributeDefinitions: [{ AttributeName: 'a', AttributeType: 'S' }],
      KeySchema: [{ KeyType: 'HASH', AttributeName: 'a' }],
      ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
    },
    {
      TableName: testHashNTable,
      AttributeDefinitions: [{ AttributeName: 'a', AttributeType: 'N' }],
      KeySchema: [{ KeyType: 'HASH', AttributeName: 'a' }],
      BillingMode: 'PAY_PER_REQUEST',
    },
    {
      TableName: testRangeTable,
      AttributeDefinitions: [
        { AttributeName: 'a', AttributeType: 'S' },
        { AttributeName: 'b', AttributeType: 'S' },
        { AttributeName: 'c', AttributeType: 'S' },
        { AttributeName: 'd', AttributeType: 'S' },
      ],
      KeySchema: [
        { KeyType: 'HASH', AttributeName: 'a' },
        { KeyType: 'RANGE', AttributeName: 'b' },
      ],
      ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 2 },
      LocalSecondaryIndexes: [
        {
          IndexName: 'index1',
          KeySchema: [
            { AttributeName: 'a', KeyType: 'HASH' },
            { AttributeName: 'c', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
        {
          IndexName: 'index2',
          KeySchema: [
            { AttributeName: 'a', KeyType: 'HASH' },
            { AttributeName: 'd', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['c'] },
        },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'index3',
          KeySchema: [{ AttributeName: 'c', KeyType: 'HASH' }],
          ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 2 },
          Projection: { ProjectionType: 'ALL' },
        },
        {
          IndexName: 'index4',
          KeySchema: [
            { AttributeName: 'c', KeyType: 'HASH' },
            { AttributeName: 'd', KeyType: 'RANGE' },
          ],
          ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 2 },
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['e'] },
        },
      ],
    },
    {
      TableName: testRangeNTable,
      AttributeDefinitions: [
        { AttributeName: 'a', AttributeType: 'S' },
        { AttributeName: 'b', AttributeType: 'N' },
        { AttributeName: 'c', AttributeType: 'N' },
      ],
      KeySchema: [
        { KeyType: 'HASH', AttributeName: 'a' },
        { KeyType: 'RANGE', AttributeName: 'b' },
      ],
      ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 2 },
      LocalSecondaryIndexes: [
        {
          IndexName: 'index1',
          KeySchema: [
            { AttributeName: 'a', KeyType: 'HASH' },
            { AttributeName: 'c', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    },
    {
      TableName: testRangeBTable,
      AttributeDefinitions: [
        { AttributeName: 'a', AttributeType: 'S' },
        { AttributeName: 'b', AttributeType: 'B' },
      ],
      KeySchema: [
        { KeyType: 'HASH', AttributeName: 'a' },
        { KeyType: 'RANGE', AttributeName: 'b' },
      ],
      ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
    },
  ]
  for (const table of tables) {
    const res = await call(sim, 'CreateTable', table)
    if (res.status !== 200) throw new Error(`fixture ${String(table.TableName)}: ${JSON.stringify(res.body)}`)
  }
  sim.advanceBy(60_000)
  return sim
}

/** Sends one JSON 1.0 request and parses the answer. */
export async function call(sim: Simulation, target: string, data: unknown): Promise<WireResult> {
  const res = await handleDynamoDBRequest(
    sim,
    new Request(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${target}` },
      body: JSON.stringify(data),
    }),
    { log: false },
  )
  const text = await res.text()
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} }
}

/**
 * dynalite's `assertValidation`: a ValidationException whose message equals `msg`, or matches it (RegExp),
 * or, for a list, reads `N validation error(s) detected: ` followed by each listed error in any order.
 */
export async function assertValidation(sim: Simulation, target: string, data: unknown, msg: string | RegExp | (string | RegExp)[]): Promise<void> {
  const res = await call(sim, target, data)
  expect(res.body.__type, JSON.stringify(res.body)).toBe('com.amazon.coral.validate#ValidationException')
  expect(res.status).toBe(400)
  const message = String(res.body.message)
  if (msg instanceof RegExp) expect(message).toMatch(msg)
  else if (Array.isArray(msg)) {
    const prefix = `${msg.length} validation error${msg.length === 1 ? '' : 's'} detected: `
    expect(message.startsWith(prefix), message).toBe(true)
    const errors = message.slice(prefix.length).split('; ')
    expect(errors.length, message).toBe(msg.length)
    for (const m of msg) {
      const i = errors.findIndex((e) => (typeof m === 'string' ? e === m : m.test(e)))
      expect(i, `${String(m)} in ${message}`).toBeGreaterThanOrEqual(0)
      errors.splice(i, 1)
    }
  } else expect(message).toBe(msg)
}

/** dynalite's `assertNotFound`: ResourceNotFoundException with `msg`. */
export async function assertNotFound(sim: Simulation, target: string, data: unknown, msg: string): Promise<void> {
  await assertError(sim, target, data, 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException', msg)
}

/** dynalite's `assertInUse`: ResourceInUseException with `msg`. */
export async function assertInUse(sim: Simulation, target: string, data: unknown, msg: string): Promise<void> {
  await assertError(sim, target, data, 'com.amazonaws.dynamodb.v20120810#ResourceInUseException', msg)
}

/** dynalite's `assertConditional`: ConditionalCheckFailedException, 'The conditional request failed'. */
export async function assertConditional(sim: Simulation, target: string, data: unknown): Promise<void> {
  await assertError(sim, target, data, 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException', 'The conditional request failed')
}

/** Any error by full `__type` and message. */
export async function assertError(sim: Simulation, target: string, data: unknown, type: string, msg: string): Promise<void> {
  const res = await call(sim, target, data)
  expect(res.status, JSON.stringify(res.body)).toBe(400)
  expect(res.body.__type, JSON.stringify(res.body)).toBe(type)
  expect(res.body.message).toBe(msg)
}

/** A successful call's body. */
export async function ok(sim: Simulation, target: string, data: unknown): Promise<Record<string, unknown>> {
  const res = await call(sim, target, data)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body
}
