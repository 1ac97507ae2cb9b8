import type { AttributeValue } from '../types.ts'
import { compareKeyValues } from '../keyOrder.ts'

/**
 * Fast key ordering for the sorted stores (same results as keyOrder.ts `compareKeyValues`): DynamoDB orders
 * N numerically, S by UTF-8 bytes (= code point order), B by unsigned bytes.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.CoreComponents.html
 * Numbers of at most 15 digits compare as doubles (exact: any decimal of ≤ 15 significant digits maps to
 * a distinct double, in order); others use the exact decimal comparison. Strings compare by UTF-16 code
 * units, with surrogates moved above U+E000–U+FFFF so the result is code point order.
 */
export function compareKeys(a: AttributeValue, b: AttributeValue): number {
  if ('S' in a && 'S' in b) return compareStrings(a.S, b.S)
  if ('N' in a && 'N' in b) {
    const x = a.N
    const y = b.N
    if (x.length <= 16 && y.length <= 16 && SHORT.test(x) && SHORT.test(y)) {
      const d = Number(x) - Number(y)
      return d < 0 ? -1 : d > 0 ? 1 : 0
    }
  }
  return compareKeyValues(a, b)
}

/** A plain decimal with at most 15 digits (sign and point aside). */
const SHORT = /^-?(?=(?:\D*\d){0,15}\D*$)\d*\.?\d*$/

function unit(c: number): number {
  return c >= 0xe000 ? c - 0x800 : c >= 0xd800 ? c + 0x2000 : c
}

/** Code point order of two strings. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return x < 0xd800 && y < 0xd800 ? x - y : unit(x) - unit(y)
  }
  return a.length - b.length
}
