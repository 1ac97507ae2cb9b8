import type { AttributeValue, Item } from '../types.ts'
import { validateAttributeValue, validateItemValues } from '../attributes/validate.ts'

/**
 * The GetItem/PutItem request path's view of `validateItemValues` (attributes/validate.ts): the same
 * results and the same errors, without its per-call `Object.entries` arrays, and without copying a key that
 * is already canonical and only read. Anything unusual (not a plain object, an odd member) takes
 * `validateItemValues` itself.
 */

/** True for exactly `{ S: <string> }`: valid and already canonical (`validateAttributeValue` returns an equal copy). */
function isLoneS(v: unknown): v is { S: string } {
  if (v === null || typeof v !== 'object') return false
  let members = 0
  for (const k in v) {
    if (k !== 'S') return false
    members++
  }
  return members === 1 && typeof (v as { S?: unknown }).S === 'string'
}

/** A JSON-like object: prototype Object.prototype, so `for…in` sees exactly its own keys. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype
}

/**
 * {@link validateItemValues}: validates every attribute of an item and returns a canonical deep copy.
 * @throws ValidationException / SerializationException exactly as `validateItemValues`
 */
export function copyValidItem(raw: unknown): Item {
  if (!isPlainObject(raw)) return validateItemValues(raw)
  const out: Item = {}
  for (const name in raw) {
    const v = raw[name]
    out[name] = isLoneS(v) ? { S: v.S } : validateAttributeValue(v)
  }
  return out
}

/**
 * A validated key for read-only use (lookups, charges): `raw` itself when every value is a lone S (already
 * canonical), else {@link copyValidItem}'s copy. The caller must neither keep nor modify the result.
 * @throws ValidationException / SerializationException exactly as `validateItemValues`
 */
export function readOnlyKey(raw: unknown): Item {
  if (!isPlainObject(raw)) return validateItemValues(raw)
  for (const name in raw) {
    if (name === '__proto__' || !isLoneS(raw[name])) return copyValidItem(raw)
  }
  return raw as Item
}

/** The type member of a validated AttributeValue (`Object.keys(value)[0]` without the array). */
export function soleType(value: AttributeValue): string | undefined {
  for (const k in value) return k
  return undefined
}
