import type { AttributeValue, Item } from '../types.ts'

/**
 * Canonical string of a key attribute value (S, N or B), used to index items. Two values that DynamoDB
 * treats as the same key (e.g. N "1.0" and N "1") give the same string.
 */
export function keyString(value: AttributeValue): string {
  if ('S' in value) return `S${value.S}`
  if ('N' in value) return `N${canonicalNumber(value.N)}`
  if ('B' in value) return `B${value.B}`
  throw new Error('keyString: not a key type')
}

/** Canonical text of a DynamoDB number: no leading/trailing zeros, no '+', '-0' → '0'. */
export function canonicalNumber(text: string): string {
  const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(text)
  if (!m) return text
  const sign = m[1] === '-' ? '-' : ''
  let digits = (m[2] ?? '') + (m[3] ?? '')
  let exp = Number(m[4] ?? '0') - (m[3] ?? '').length
  digits = digits.replace(/^0+/, '')
  if (!digits) return '0'
  const trailing = /0*$/.exec(digits)![0].length
  digits = digits.slice(0, digits.length - trailing)
  exp += trailing
  let out: string
  if (exp >= 0) out = digits + '0'.repeat(exp)
  else if (-exp < digits.length) out = `${digits.slice(0, digits.length + exp)}.${digits.slice(digits.length + exp)}`
  else out = `0.${'0'.repeat(-exp - digits.length)}${digits}`
  return sign + out
}

/** The primary key of `item` (only the key attributes). */
export function pickKey(item: Item, hashKey: string, rangeKey: string | undefined): Item {
  const key: Item = { [hashKey]: item[hashKey]! }
  if (rangeKey !== undefined) key[rangeKey] = item[rangeKey]!
  return key
}
