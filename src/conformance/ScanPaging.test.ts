// Scan's 1 MB page limit and its capacity, as dynalite recorded them on AWS (test/scan.js, the "just under /
// just over limit" cases): the page stops once AWS's serialized size reaches 1 MB (attribute names count
// 1 byte whatever their length), while capacity counts the item size (names included).
import { describe, expect, it } from 'vitest'
import { Simulation } from '../engine/Simulation.ts'
import { ok } from './harness.ts'

const TABLE = 'conformance_paging'

async function pagingSimulation(range: boolean): Promise<Simulation> {
  const sim = new Simulation()
  await ok(sim, 'CreateTable', {
    TableName: TABLE,
    AttributeDefinitions: [{ AttributeName: 'a', AttributeType: 'S' }, ...(range ? [{ AttributeName: 'b', AttributeType: 'S' }] : [])],
    KeySchema: [{ KeyType: 'HASH', AttributeName: 'a' }, ...(range ? [{ KeyType: 'RANGE', AttributeName: 'b' }] : [])],
    BillingMode: 'PAY_PER_REQUEST',
  })
  sim.advanceBy(60_000)
  return sim
}

async function putAll(sim: Simulation, items: Record<string, unknown>[]): Promise<void> {
  for (const Item of items) await ok(sim, 'PutItem', { TableName: TABLE, Item })
}

/** Writes 25 key-only items, then rewrites them in scan order with `fill(key, position)`; scans with COUNT. */
async function scanAfterFill(range: boolean, fill: (key: Record<string, unknown>, i: number) => Record<string, unknown>): Promise<Record<string, unknown>> {
  const sim = await pagingSimulation(range)
  const id = (i: number): { S: string } => ({ S: String(i).padStart(2, '0') })
  await putAll(sim, Array.from({ length: 25 }, (_, i) => (range ? { a: id(i), b: id(i) } : { a: id(i) })))
  const keys = (await ok(sim, 'Scan', { TableName: TABLE })).Items as Record<string, unknown>[]
  expect(keys).toHaveLength(25)
  await putAll(sim, keys.map((k, i) => fill(k, i)))
  return ok(sim, 'Scan', { TableName: TABLE, Select: 'COUNT', ReturnConsumedCapacity: 'TOTAL' })
}

const extras = { c: { N: '12.3456' }, d: { B: 'AQI=' }, e: { SS: ['a', 'bc'] }, f: { NS: ['1.23', '12.3'] }, g: { BS: ['AQI=', 'Ag==', 'AQ=='] } }

describe('Scan', () => {
  describe('capacity', () => {
    it.each<[string, string, number, number, number]>([
      ['returns all 25 items just under the limit', 'b', 46, 25, 127.5],
      ['returns one less than all just over the limit', 'b', 45, 24, 127.5],
      ['returns all just under the limit with a long attribute name', 'b'.repeat(255), 46, 25, 128],
      ['returns one less than all just over the limit with a long attribute name', 'b'.repeat(255), 45, 24, 128],
    ])('hash table: %s', async (_name, attr, cut, scanned, units) => {
      const b = 'b'.repeat(43411)
      const res = await scanAfterFill(false, (k, i) =>
        i === 23
          ? attr === 'b'
            ? { ...k, b: { S: b.slice(0, 43412 - cut) }, ...extras }
            : { ...k, bfasfdsfdsa: { S: b.slice(0, 43412 - cut) }, cfadsfdsaafds: extras.c, dfasdfdafdsa: extras.d, efdasfdasfd: extras.e, ffdsafsdfd: extras.f, gfsdfdsaafds: extras.g }
          : i === 24
            ? { ...k, [attr]: { S: attr === 'b' ? 'b' : 'b'.repeat(99) } }
            : { ...k, [attr]: { S: b } },
      )
      expect(res.ScannedCount).toBe(scanned)
      expect(res.Count).toBe(scanned)
      expect((res.ConsumedCapacity as { CapacityUnits: number }).CapacityUnits).toBe(units)
    })

    it.each<[string, number, number, number]>([
      ['returns all just under the limit', 22, 25, 128],
      ['returns one less than all just over the limit', 21, 24, 127.5],
    ])('range table: %s', async (_name, cut, scanned, units) => {
      const z = 'b'.repeat(43380)
      const res = await scanAfterFill(true, (k, i) =>
        i === 23
          ? { ...k, z: { S: z.slice(0, 43381 - cut) }, y: extras.c, x: extras.d, w: extras.e, v: extras.f, u: extras.g }
          : i === 24
            ? { ...k, z: { S: 'b' } }
            : { ...k, [cut === 22 ? 'b'.repeat(255) : 'z']: { S: z } },
      )
      expect(res.ScannedCount).toBe(scanned)
      expect((res.ConsumedCapacity as { CapacityUnits: number }).CapacityUnits).toBe(units)
    })
  })
})
