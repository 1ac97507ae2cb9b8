import { compareNumbers } from '../attributes/numbers.ts'
import type { AttributeValue } from '../types.ts'

/**
 * Value semantics used by conditions and updates: equality, ordering, `contains`, `begins_with`, `size`.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html
 * Strings order by UTF-8 bytes (= code point order), numbers numerically and exactly, binary bytewise
 * (unsigned). Values of different types are never equal and never ordered.
 */

/** Ordering of two S, two N or two B values; undefined when the types differ or are not ordered. */
export function compareScalars(a: AttributeValue, b: AttributeValue): -1 | 0 | 1 | undefined {
  if ('S' in a && 'S' in b) return compareStrings(a.S, b.S)
  if ('N' in a && 'N' in b) return compareNumbers(a.N, b.N)
  if ('B' in a && 'B' in b) return compareBytes(decodeBase64(a.B), decodeBase64(b.B))
  return undefined
}

/** Deep equality the DynamoDB way: same type; N numerically; sets regardless of order; L in order; M by key. */
export function equalValues(a: AttributeValue, b: AttributeValue): boolean {
  if ('S' in a || 'N' in a || 'B' in a) return compareScalars(a, b) === 0
  if ('BOOL' in a) return 'BOOL' in b && a.BOOL === b.BOOL
  if ('NULL' in a) return 'NULL' in b
  if ('SS' in a) return 'SS' in b && sameSet(a.SS.map((s) => ({ S: s })), b.SS.map((s) => ({ S: s })))
  if ('NS' in a) return 'NS' in b && sameSet(a.NS.map((n) => ({ N: n })), b.NS.map((n) => ({ N: n })))
  if ('BS' in a) return 'BS' in b && sameSet(a.BS.map((x) => ({ B: x })), b.BS.map((x) => ({ B: x })))
  if ('L' in a) return 'L' in b && a.L.length === b.L.length && a.L.every((v, i) => equalValues(v, b.L[i]!))
  if ('M' in a) {
    if (!('M' in b)) return false
    const keys = Object.keys(a.M)
    return keys.length === Object.keys(b.M).length && keys.every((k) => Object.hasOwn(b.M, k) && equalValues(a.M[k]!, b.M[k]!))
  }
  return false
}

function sameSet(a: AttributeValue[], b: AttributeValue[]): boolean {
  return a.length === b.length && a.every((x) => b.some((y) => equalValues(x, y)))
}

/** Elements of a set (SS/NS/BS) as single values, or undefined if `value` is not a set. */
export function setElements(value: AttributeValue): AttributeValue[] | undefined {
  if ('SS' in value) return value.SS.map((S) => ({ S }))
  if ('NS' in value) return value.NS.map((N) => ({ N }))
  if ('BS' in value) return value.BS.map((B) => ({ B }))
  return undefined
}

/**
 * `contains(path, operand)`: substring of a String, member of a set (same element type), or element of a
 * List equal to the operand. False for anything else.
 */
export function containsValue(haystack: AttributeValue, needle: AttributeValue): boolean {
  if ('S' in haystack) return 'S' in needle && haystack.S.includes(needle.S)
  if ('B' in haystack) return 'B' in needle && indexOfBytes(decodeBase64(haystack.B), decodeBase64(needle.B)) >= 0
  if ('L' in haystack) return haystack.L.some((e) => equalValues(e, needle))
  const elements = setElements(haystack)
  return elements !== undefined && elements.some((e) => equalValues(e, needle))
}

/** `begins_with(path, substr)`: String prefix or Binary byte prefix, same types only. */
export function beginsWith(value: AttributeValue, prefix: AttributeValue): boolean {
  if ('S' in value && 'S' in prefix) return value.S.startsWith(prefix.S)
  if ('B' in value && 'B' in prefix) {
    const v = decodeBase64(value.B)
    const p = decodeBase64(prefix.B)
    return p.length <= v.length && p.every((byte, i) => v[i] === byte)
  }
  return false
}

/**
 * `size(path)`: String → length (UTF-16 code units, like Java's `String.length()` that DynamoDB runs on;
 * the docs say "length of the string"), Binary → bytes, sets/L/M → element count.
 * Undefined for N, BOOL and NULL, which have no size (the comparison is then false).
 */
export function sizeOf(value: AttributeValue): number | undefined {
  if ('S' in value) return value.S.length
  if ('B' in value) return decodeBase64(value.B).length
  if ('L' in value) return value.L.length
  if ('M' in value) return Object.keys(value.M).length
  return setElements(value)?.length
}

/** Compares strings by code point, which is the order of their UTF-8 bytes. */
export function compareStrings(a: string, b: string): -1 | 0 | 1 {
  const x = [...a]
  const y = [...b]
  for (let i = 0; i < x.length && i < y.length; i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!
    if (d !== 0) return d < 0 ? -1 : 1
  }
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1
}

function compareBytes(a: Uint8Array, b: Uint8Array): -1 | 0 | 1 {
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Decodes base64 (the engine has no `atob`/`Buffer`); ignores padding and unknown characters. */
export function decodeBase64(b64: string): Uint8Array {
  const out: number[] = []
  let bits = 0
  let acc = 0
  for (const c of b64) {
    const v = ALPHABET.indexOf(c)
    if (v < 0) continue
    acc = (acc << 6) | v
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out.push((acc >> bits) & 0xff)
    }
  }
  return Uint8Array.from(out)
}
