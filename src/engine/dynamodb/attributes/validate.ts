import type { AttributeValue, Item } from '../types.ts'
import { SerializationException, ValidationException } from '../errors.ts'
import { validateNumber } from './numbers.ts'

/**
 * Validation of AttributeValues as DynamoDB does it, returning canonical deep copies (numbers in canonical
 * text), so stored items never share objects with the caller's input.
 *
 * Messages and order follow dynalite's `validateAttributeValue` (validations/index.js, diffed against AWS):
 * each present type member is checked in turn (number text, NULL true, empty set, set numbers, set
 * duplicates, then nested M/L values), and only after that "more than one datatypes".
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValue.html
 */

/** AWS's texts for a value with no type / several types, and the common `One or more parameter values were invalid: ` prefix. */
export const MSG_EMPTY_VALUE = 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'
export const MSG_MULTIPLE_TYPES =
  'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes'
export const INVALID = 'One or more parameter values were invalid: '
/**
 * Deepest nesting allowed, counting the top-level attribute value as level 1 (a value inside 31 maps is the
 * deepest accepted). @default 32 (Constraints.html; boundary recorded against AWS by public tests)
 */
export const MAX_NESTING_DEPTH = 32
/** Message when a value nests deeper than 32 levels (as recorded from AWS in eu-west-2). */
export const MSG_NESTING = 'Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit'

const TYPES = ['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS'] as const
type TypeName = (typeof TYPES)[number]

/**
 * Validates one AttributeValue (nested values too) and returns a canonical deep copy.
 * @param depth nesting level of `value` (top-level attribute = 1)
 * @throws ValidationException with AWS's message for the first problem found
 * @throws SerializationException when a member has the wrong JSON type (e.g. `{S: 5}`) or bad base64
 */
export function validateAttributeValue(value: unknown, depth = 1): AttributeValue {
  if (depth > MAX_NESTING_DEPTH) throw new ValidationException(MSG_NESTING)
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SerializationException(`${jsonKind(value)} cannot be converted to AttributeValue`)
  }
  const record = value as Record<string, unknown>
  // Fast path for the commonest value, a lone string: same result as the general path below.
  if (typeof record['S'] === 'string' && onlyMember(record, 'S')) return { S: record['S'] }
  // Unknown members and nulls are dropped by AWS's deserializer, so `{a: ''}` counts as empty.
  const present = TYPES.filter((t) => record[t] !== undefined && record[t] !== null)
  if (present.length === 0) throw new ValidationException(MSG_EMPTY_VALUE)
  let out: AttributeValue | undefined
  for (const type of present) out = checkMember(type, record[type], depth)
  if (present.length > 1) throw new ValidationException(MSG_MULTIPLE_TYPES)
  return out!
}

/** True when no type member other than `type` is present (non-null). */
function onlyMember(record: Record<string, unknown>, type: TypeName): boolean {
  for (const k in record) if (k !== type && TYPE_NAMES.has(k) && record[k] !== undefined && record[k] !== null) return false
  return true
}

const TYPE_NAMES: ReadonlySet<string> = new Set(TYPES)

function checkMember(type: TypeName, raw: unknown, depth: number): AttributeValue {
  switch (type) {
    case 'S':
      return { S: expectString(raw, 'String') }
    case 'N': {
      const text = expectString(raw, 'String')
      return { N: validateNumber(text) }
    }
    case 'B':
      return { B: checkBase64(expectString(raw, 'Blob')) }
    case 'BOOL':
      return { BOOL: expectBoolean(raw) }
    case 'NULL':
      if (expectBoolean(raw) !== true) throw new ValidationException(`${INVALID}Null attribute value types must have the value of true`)
      return { NULL: true }
    case 'SS': {
      const list = expectList(raw).map((s) => expectString(s, 'String'))
      if (list.length === 0) throw new ValidationException(`${INVALID}An string set  may not be empty`)
      if (new Set(list).size < list.length) throw new ValidationException(`${INVALID}Input collection [${list.join(', ')}] contains duplicates.`)
      return { SS: list }
    }
    case 'NS': {
      const list = expectList(raw).map((s) => expectString(s, 'String'))
      if (list.length === 0) throw new ValidationException(`${INVALID}An number set  may not be empty`)
      const canonical = list.map((n) => validateNumber(n))
      if (new Set(canonical).size < canonical.length) throw new ValidationException('Input collection contains duplicates')
      return { NS: canonical }
    }
    case 'BS': {
      const list = expectList(raw).map((s) => checkBase64(expectString(s, 'Blob')))
      if (list.length === 0) throw new ValidationException(`${INVALID}Binary sets should not be empty`)
      if (new Set(list).size < list.length) {
        throw new ValidationException(`${INVALID}Input collection [${list.join(', ')}]of type BS contains duplicates.`)
      }
      return { BS: list }
    }
    case 'M': {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new SerializationException(`${jsonKind(raw)} cannot be converted to Map`)
      const m: Record<string, AttributeValue> = {}
      for (const [k, v] of Object.entries(raw)) m[k] = validateAttributeValue(v, depth + 1)
      return { M: m }
    }
    case 'L':
      return { L: expectList(raw).map((v) => validateAttributeValue(v, depth + 1)) }
  }
}

/**
 * Validates every attribute of an item (or key) and returns a canonical deep copy.
 * @throws ValidationException / SerializationException as {@link validateAttributeValue}
 */
export function validateItemValues(item: unknown): Item {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new SerializationException(`${jsonKind(item)} cannot be converted to Map`)
  const out: Item = {}
  for (const [name, value] of Object.entries(item)) out[name] = validateAttributeValue(value)
  return out
}

/** The single type name of a (validated) AttributeValue, e.g. `'S'`. */
export function typeOf(value: AttributeValue): TypeName {
  return Object.keys(value)[0] as TypeName
}

/**
 * Deep copy of a (validated) item. Same result as a JSON round trip (undefined attributes are dropped),
 * without serializing: this runs on every GetItem.
 */
export function copyItem(item: Item): Item {
  const out: Item = {}
  for (const name in item) {
    const v = item[name]
    if (v !== undefined) out[name] = copyValue(v)
  }
  return out
}

function copyValue(v: AttributeValue): AttributeValue {
  const r = v as Record<string, unknown>
  if (typeof r['S'] === 'string') return { S: r['S'] }
  if (typeof r['N'] === 'string') return { N: r['N'] }
  if (typeof r['B'] === 'string') return { B: r['B'] }
  if (typeof r['BOOL'] === 'boolean') return { BOOL: r['BOOL'] }
  if (r['NULL'] === true) return { NULL: true }
  if (Array.isArray(r['SS'])) return { SS: (r['SS'] as string[]).slice() }
  if (Array.isArray(r['NS'])) return { NS: (r['NS'] as string[]).slice() }
  if (Array.isArray(r['BS'])) return { BS: (r['BS'] as string[]).slice() }
  if (Array.isArray(r['L'])) return { L: (r['L'] as (AttributeValue | undefined)[]).map((e) => (e === undefined ? (null as unknown as AttributeValue) : copyValue(e))) }
  if (r['M'] !== null && typeof r['M'] === 'object') return { M: copyItem(r['M'] as Item) }
  return JSON.parse(JSON.stringify(v)) as AttributeValue
}

function expectString(raw: unknown, target: string): string {
  if (typeof raw !== 'string') throw new SerializationException(`${jsonKind(raw)} cannot be converted to ${target}`)
  return raw
}

function expectBoolean(raw: unknown): boolean {
  if (typeof raw !== 'boolean') throw new SerializationException(`${jsonKind(raw)} cannot be converted to Boolean`)
  return raw
}

function expectList(raw: unknown): unknown[] {
  if (!Array.isArray(raw)) throw new SerializationException(`${jsonKind(raw)} cannot be converted to List`)
  return raw
}

/** Names of JSON token kinds as AWS's JSON deserializer reports them ([obs] `NUMBER_VALUE cannot be converted to String`). */
function jsonKind(raw: unknown): string {
  if (typeof raw === 'string') return 'STRING_VALUE'
  if (typeof raw === 'number') return 'NUMBER_VALUE'
  if (typeof raw === 'boolean') return raw ? 'TRUE_VALUE' : 'FALSE_VALUE'
  if (Array.isArray(raw)) return 'Start of list'
  if (raw === null || raw === undefined) return 'NULL_VALUE'
  return 'Start of structure or map'
}

/**
 * Checks base64 text like dynalite's Blob check (SerializationException, as AWS's deserializer reports it).
 * Empty binary is allowed outside keys.
 */
export function checkBase64(b64: string): string {
  const prefix = `'${b64}' can not be converted to a Blob: `
  if (b64.length % 4 !== 0) {
    throw new SerializationException(`${prefix}Base64 encoded length is expected a multiple of 4 bytes but found: ${b64.length}`)
  }
  const bad = /[^a-zA-Z0-9+/=]|=[^=]/.exec(b64)
  if (bad) throw new SerializationException(`${prefix}Invalid Base64 character: '${bad[0][0]}'`)
  if (!isCanonicalBase64(b64)) throw new SerializationException(`${prefix}Invalid last non-pad Base64 character dectected`)
  return b64
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

// The unused low bits of the last character before padding must be zero (as a decode/encode round trip requires).
function isCanonicalBase64(b64: string): boolean {
  if (b64.length === 0) return true
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0
  if (pad === 0) return true
  const last = ALPHABET.indexOf(b64[b64.length - pad - 1]!)
  return pad === 2 ? (last & 0x0f) === 0 : (last & 0x03) === 0
}

