import type { Simulation } from '../Simulation.ts'
import type { AttributeValue, Item } from '../dynamodb/types.ts'
import type { Table } from '../dynamodb/Table.ts'
import type { Workload } from './workload.ts'
import type { PendingAttempt } from './RetryQueue.ts'
import { getItem, putItem, throttleName } from '../dynamodb/embedded.ts'
import { validateItemKeys, validateKey, MAX_ITEM_BYTES } from '../dynamodb/validation/keys.ts'
import { itemSize } from '../dynamodb/attributes/size.ts'

/** {@link LoadRequests.sendFast}'s answer for an attempt the fast path leaves to `sim.request`. */
export const NOT_FAST: unique symbol = Symbol('not fast')

/**
 * The requests a load run sends: GetItem keys and PutItem items built from a chosen key (the full path's
 * `sim.request` inputs), and the fast path that sends the same requests through the embedded API
 * (dynamodb/embedded.ts; see `LoadRunOptions.fastPath`).
 */
export class LoadRequests {
  readonly fast: boolean
  #sim: Simulation
  #workload: Workload
  #hashKey: string
  #hashType: 'S' | 'N' | 'B'
  #range: { name: string; value: AttributeValue } | undefined
  #fillers = new Map<number, string>()
  /** Generated items cannot exceed 400 KB (see the constructor), so the fast path does not measure them. */
  #sizeSafe: boolean
  /** Last key text that passed the key checks, and the schema it passed against (hot keys repeat). */
  #okKey: string | undefined = undefined
  #okTable: Table | undefined = undefined
  #okSchema: unknown = undefined
  #okDefs: unknown = undefined
  /**
   * Fast path only: the last GetItem key built (its key text), reused for the same key text (the embedded
   * API keeps nothing of a read key); and the last PutItem item the table refused, reused for the next write
   * of the same key and source value (a throttled write stores nothing). Read keys are frozen.
   */
  #readKeyText: string | undefined = undefined
  #readKeyItem: Item | undefined = undefined
  #spareItem: Item | undefined = undefined
  #spareKey: string | undefined = undefined
  #spareSource: string | undefined = undefined
  /**
   * The workload's table as looked up in this wake-up (null: missing or not ACTIVE/UPDATING; undefined: not
   * looked up yet). Nothing but the run's own GetItem/PutItem happens during one wake-up (other clock events
   * fire between wake-ups), so the table and its status cannot change within one.
   */
  #table: Table | null | undefined = undefined

  /** `table`: the workload's table as the run starts (its key schema shapes the requests). `fastPath`: see LoadRunOptions. */
  constructor(sim: Simulation, workload: Workload, table: Table, fastPath: boolean) {
    this.#sim = sim
    this.#workload = workload
    this.#hashKey = table.hashKey
    this.#hashType = table.attributeType(table.hashKey) ?? 'S'
    const rangeKey = table.rangeKey
    const rangeType = rangeKey ? (table.attributeType(rangeKey) ?? 'S') : 'S'
    if (rangeKey) this.#range = { name: rangeKey, value: rangeType === 'N' ? { N: '0' } : rangeType === 'B' ? { B: 'AA==' } : { S: 'item' } }
    // The filler makes an item `itemSizeBytes` counted in characters; in UTF-8 bytes names and values add at
    // most 3 bytes a character: attribute names, the key value (≤ 2,048 bytes once checked), a range value
    // and a source value (short generated texts, ≤ 256 here).
    const names = table.hashKey.length + (rangeKey?.length ?? 0) + (workload.keys.kind === 'sharded' ? (workload.keys.sourceAttribute ?? 'VoterId').length : 0) + 4
    this.#sizeSafe = workload.itemSizeBytes + 3 * (names + 2048 + 256 + 256) <= MAX_ITEM_BYTES
    // Only S partition keys and S/N sort keys are generated in the canonical form validation would store.
    this.fast = fastPath && !workload.throughDax && this.#hashType === 'S' && rangeType !== 'B'
  }

  /** GetItem input of an attempt. */
  readInput(p: PendingAttempt): Record<string, unknown> {
    const Key = this.#readKey(p)
    const w = this.#workload
    return w.consistency === 'strong' ? { TableName: w.tableName, Key, ConsistentRead: true } : { TableName: w.tableName, Key }
  }

  /** PutItem input of an attempt. */
  writeInput(p: PendingAttempt): Record<string, unknown> {
    return { TableName: this.#workload.tableName, Item: this.#writeItem(p) }
  }

  /**
   * Sends one attempt through the embedded API (only when {@link fast}). Returns undefined when it
   * succeeded, the throttling error's name, or {@link NOT_FAST} when the request needs the full path (the
   * table is gone or not ACTIVE/UPDATING, or the key/item checks would refuse it: `sim.request` then gives
   * AWS's error).
   */
  sendFast(p: PendingAttempt): string | undefined | typeof NOT_FAST {
    const db = this.#sim.dynamodb
    let table = this.#table
    if (table === undefined) {
      table = db.tables.get(this.#workload.tableName) ?? null
      if (table && table.meta.TableStatus !== 'ACTIVE' && table.meta.TableStatus !== 'UPDATING') table = null
      this.#table = table
    }
    if (table === null) return NOT_FAST
    let t
    const m = table.meta
    // The same key on the same schema passes the same checks: skip them (writes only when no index could
    // look at the other attributes). keyParts() in validation/keys.ts caches on the same identities.
    const checked = p.key === this.#okKey && table === this.#okTable && m.KeySchema === this.#okSchema && m.AttributeDefinitions === this.#okDefs
    if (p.read) {
      let key = this.#readKeyItem
      if (key === undefined || p.key !== this.#readKeyText) {
        key = this.#readKeyItem = frozenKey(this.#readKey(p))
        this.#readKeyText = p.key
      }
      if (!checked) {
        try {
          validateKey(table, key)
        } catch {
          return NOT_FAST
        }
        this.#passed(p.key, table)
      }
      t = getItem(db, table, key, this.#workload.consistency === 'strong').throttle
    } else {
      let item = this.#spareItem
      if (item === undefined || p.key !== this.#spareKey || p.sourceValue !== this.#spareSource) item = this.#writeItem(p)
      this.#spareItem = undefined
      const indexed = !!(m.LocalSecondaryIndexes?.length || m.GlobalSecondaryIndexes?.length)
      if (!checked || indexed) {
        try {
          validateItemKeys(table, item)
        } catch {
          return NOT_FAST
        }
        this.#passed(p.key, table)
      }
      if (!this.#sizeSafe && itemSize(item) > MAX_ITEM_BYTES) return NOT_FAST
      t = putItem(db, table, item)
      if (t) {
        this.#spareItem = item
        this.#spareKey = p.key
        this.#spareSource = p.sourceValue
      }
    }
    this.#sim.changed()
    return t ? throttleName(t) : undefined
  }

  /** A wake-up starts: look the table up again on the next {@link sendFast}. */
  newWake(): void {
    this.#table = undefined
  }

  #passed(key: string, table: Table): void {
    this.#okKey = key
    this.#okTable = table
    this.#okSchema = table.meta.KeySchema
    this.#okDefs = table.meta.AttributeDefinitions
  }

  #keyValue(text: string): AttributeValue {
    if (this.#hashType === 'N') return { N: String(numericKey(text)) }
    if (this.#hashType === 'B') return { B: base64(text) }
    return { S: text }
  }

  #readKey(p: PendingAttempt): Item {
    const Key: Item = { [this.#hashKey]: this.#keyValue(p.key) }
    if (this.#range) Key[this.#range.name] = { ...this.#range.value } as AttributeValue
    return Key
  }

  /** The item a write sends: fresh objects every time (the table keeps them). */
  #writeItem(p: PendingAttempt): Item {
    const Item: Item = { [this.#hashKey]: this.#keyValue(p.key) }
    let used = this.#hashKey.length + p.key.length + 4 // + 'data'
    if (this.#range) {
      Item[this.#range.name] = { ...this.#range.value } as AttributeValue
      used += this.#range.name.length + 4
    }
    if (p.sourceName !== undefined && p.sourceValue !== undefined) {
      Item[p.sourceName] = { S: p.sourceValue }
      used += p.sourceName.length + p.sourceValue.length
    }
    Item['data'] = { S: this.#filler(Math.max(1, this.#workload.itemSizeBytes - used)) }
    return Item
  }

  #filler(n: number): string {
    let s = this.#fillers.get(n)
    if (s === undefined) this.#fillers.set(n, (s = 'x'.repeat(n)))
    return s
  }
}

/** Freezes a key and its attribute values (generated values hold strings only). */
function frozenKey(item: Item): Item {
  for (const name in item) Object.freeze(item[name])
  return Object.freeze(item)
}

/** A number for an N-typed partition key: the trailing digits of the key text, else its hash. */
function numericKey(text: string): number {
  const m = /(\d+)$/.exec(text)
  if (m) return Number(m[1])
  let h = 0
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0
  return h
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Base64 of an ASCII string (engine code has no `btoa`/Buffer). */
function base64(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i += 3) {
    const a = text.charCodeAt(i)
    const b = i + 1 < text.length ? text.charCodeAt(i + 1) : NaN
    const c = i + 2 < text.length ? text.charCodeAt(i + 2) : NaN
    const n = (a << 16) | ((b || 0) << 8) | (c || 0)
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (Number.isNaN(b) ? '=' : B64[(n >> 6) & 63]!) + (Number.isNaN(c) ? '=' : B64[n & 63]!)
  }
  return out
}
