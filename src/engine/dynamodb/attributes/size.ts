import type { AttributeValue, Item } from '../types.ts'

/**
 * Item size the DynamoDB way: Σ (UTF-8 bytes of the attribute name + size of the value).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html
 * (../../../../../shared/AWS-FACTS.md §1; number encoding follows dynalite's `valSize`).
 */

const NON_ASCII = /[\u0080-\uffff]/

/**
 * UTF-8 lengths of long strings already measured. Strings are immutable and the engine measures the same
 * stored values again and again (capacity of every read and write, TableSizeBytes), so a lookup (the
 * string's hash is cached by the JS engine) replaces a scan. Bounded: cleared when full; strings longer
 * than {@link CACHE_MAX_CHARS} are not kept.
 */
const lengthCache = new Map<string, number>()
const CACHE_MIN_CHARS = 64
const CACHE_MAX_CHARS = 16_000
const CACHE_ENTRIES = 4096

/** UTF-8 byte length of a string (a lone surrogate counts 3 bytes, as U+FFFD would). */
export function utf8Length(s: string): number {
  if (s.length < CACHE_MIN_CHARS || s.length > CACHE_MAX_CHARS) return measure(s)
  let n = lengthCache.get(s)
  if (n === undefined) {
    if (lengthCache.size >= CACHE_ENTRIES) lengthCache.clear()
    lengthCache.set(s, (n = measure(s)))
  }
  return n
}

function measure(s: string): number {
  if (s.length < CACHE_MIN_CHARS ? isAscii(s) : !NON_ASCII.test(s)) return s.length
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

/** Short strings (names, keys): a loop beats starting the regular expression. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false
  return true
}

/** Bytes of a base64 string once decoded. */
export function base64Length(b64: string): number {
  const clean = b64.replace(/\s/g, '')
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0
  return Math.floor((clean.length * 3) / 4) - padding
}

/**
 * Stored size of a number: 1 byte + 1 per two significant digits (base-100 pairs aligned on an even
 * exponent), +1 if negative. `0` is 1 byte. Examples: 42→2, 1→2, 100→2, 1.2→3, 1234→3, -1→3.
 */
export function numberSize(text: string): number {
  const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(text)
  if (!m) return 1
  const intPart = m[2] ?? ''
  const frac = m[3] ?? ''
  let digits = (intPart + frac).replace(/^0+/, '')
  if (!digits) return 1
  const leadingZerosRemoved = (intPart + frac).length - digits.length
  // Exponent e with n = d.ddd × 10^e.
  const e = intPart.length - leadingZerosRemoved - 1 + Number(m[4] ?? '0')
  digits = digits.replace(/0+$/, '')
  const d = digits.length
  let size = 1 + Math.ceil(d / 2)
  if (d % 2 === 0 && e % 2 === 0) size += 1
  if (m[1] === '-') size += 1
  return size
}

/** Size in bytes of one attribute value. */
export function valueSize(v: AttributeValue): number {
  if ('S' in v) return utf8Length(v.S)
  if ('N' in v) return numberSize(v.N)
  if ('B' in v) return base64Length(v.B)
  if ('BOOL' in v || 'NULL' in v) return 1
  if ('SS' in v) return v.SS.reduce((n, s) => n + utf8Length(s), 0)
  if ('NS' in v) return v.NS.reduce((n, s) => n + numberSize(s), 0)
  if ('BS' in v) return v.BS.reduce((n, s) => n + base64Length(s), 0)
  if ('L' in v) return v.L.reduce((n, e) => n + 1 + valueSize(e), 3)
  if ('M' in v) return Object.entries(v.M).reduce((n, [k, e]) => n + 1 + utf8Length(k) + valueSize(e), 3)
  return 0
}

/** Size in bytes of a whole item (names + values). */
export function itemSize(item: Item): number {
  let n = 0
  for (const name in item) n += utf8Length(name) + valueSize(item[name]!)
  return n
}
