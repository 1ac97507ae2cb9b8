import type { AttributeValue, Item } from './types.ts'
import type { Table } from './Table.ts'
import { compareNumbers } from './attributes/numbers.ts'

/**
 * Sort order of key values, as DynamoDB orders sort keys: N numerically, S by UTF-8 bytes (the same as
 * code point order), B by unsigned bytes.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.CoreComponents.html
 */
export function compareKeyValues(a: AttributeValue, b: AttributeValue): number {
  if ('N' in a && 'N' in b) return compareNumbers(a.N, b.N)
  if ('S' in a && 'S' in b) return compareCodePoints(a.S, b.S)
  if ('B' in a && 'B' in b) return compareBytes(decodeBase64(a.B), decodeBase64(b.B))
  return 0
}

function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0
  const ia = a[Symbol.iterator]()
  const ib = b[Symbol.iterator]()
  for (;;) {
    const x = ia.next()
    const y = ib.next()
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!
    if (d !== 0) return d
  }
}

function compareBytes(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return a.length - b.length
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Decodes base64 to bytes (no DOM atob in the engine). */
export function decodeBase64(s: string): number[] {
  const out: number[] = []
  let buffer = 0
  let bits = 0
  for (const ch of s) {
    if (ch === '=') break
    const v = B64.indexOf(ch)
    if (v < 0) continue
    buffer = (buffer << 6) | v
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out.push((buffer >> bits) & 0xff)
    }
  }
  return out
}

/**
 * The table's items in Scan order: by partition (ring position of the partition key), then partition key,
 * then sort key. Deterministic, like DynamoDB's (undocumented but stable) scan order.
 */
export function itemsInScanOrder(table: Table): Item[] {
  return [...table.items.items()].sort((x, y) => compareScanOrder(table, x, y))
}

/** Compares two items (or keys) of `table` in Scan order. */
export function compareScanOrder(table: Table, x: Item, y: Item): number {
  const rx = table.ringPosition(x)
  const ry = table.ringPosition(y)
  if (rx !== ry) return rx - ry
  const hx = table.items.hashOf(x)
  const hy = table.items.hashOf(y)
  if (hx !== hy) return hx < hy ? -1 : 1
  const range = table.rangeKey
  return range === undefined ? 0 : compareKeyValues(x[range]!, y[range]!)
}
