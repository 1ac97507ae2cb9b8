import { SerializationException, ValidationException } from '../errors.ts'

/**
 * Shape constraints of the control-plane actions (CreateTable, UpdateTable, DescribeTable, DeleteTable,
 * ListTables), reported the way DynamoDB's request validator does: every broken member constraint is
 * collected (at most 10) and thrown as one ValidationException
 * `"N validation error(s) detected: Value <v> at '<path>' failed to satisfy constraint: <rule>; …"`.
 * Paths use the lower-camel member names and `.N.member` (1-based) for list elements, e.g.
 * `globalSecondaryIndexes.1.member.keySchema`. Wording and ordering follow mhart/dynalite
 * `validations/index.js`, which was diffed against live DynamoDB.
 */

/** DynamoDB table and index name rule. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html */
export const NAME_PATTERN = '[a-zA-Z0-9_.-]+'
const NAME_RE = /^[a-zA-Z0-9_.-]+$/

/** DynamoDB stops listing constraint violations after 10. */
const MAX_ERRORS = 10

function valueStr(v: unknown): string {
  if (v === null || v === undefined) return 'null'
  if (Array.isArray(v)) return `[${v.map(valueStr).join(', ')}]`
  if (typeof v === 'object') return JSON.stringify(v)
  return String(v)
}

/** Collects constraint violations in request order. */
export class Violations {
  readonly errors: string[] = []

  #add(path: string, value: unknown, rule: string): void {
    if (this.errors.length >= MAX_ERRORS) return
    const v = value === null || value === undefined ? 'null' : `'${valueStr(value)}'`
    this.errors.push(`Value ${v} at '${path}' failed to satisfy constraint: ${rule}`)
  }

  /** Member must not be null. Returns true when present. */
  notNull(path: string, value: unknown): boolean {
    if (value === null || value === undefined) {
      this.#add(path, value, 'Member must not be null')
      return false
    }
    return true
  }

  enumOf(path: string, value: unknown, allowed: readonly string[]): void {
    if (value === null || value === undefined) return
    if (!allowed.includes(value as string)) this.#add(path, value, `Member must satisfy enum value set: [${allowed.join(', ')}]`)
  }

  namePattern(path: string, value: unknown): void {
    if (typeof value !== 'string') return
    if (!NAME_RE.test(value)) this.#add(path, value, `Member must satisfy regular expression pattern: ${NAME_PATTERN}`)
  }

  minValue(path: string, value: unknown, min: number): void {
    if (typeof value !== 'number') return
    if (!(value >= min)) this.#add(path, value, `Member must have value greater than or equal to ${min}`)
  }

  maxValue(path: string, value: unknown, max: number): void {
    if (typeof value !== 'number') return
    if (!(value <= max)) this.#add(path, value, `Member must have value less than or equal to ${max}`)
  }

  minLength(path: string, value: unknown, min: number): void {
    if (value === null || value === undefined) return
    const len = (value as { length?: number }).length ?? 0
    if (len < min) this.#add(path, value, `Member must have length greater than or equal to ${min}`)
  }

  maxLength(path: string, value: unknown, max: number): void {
    if (value === null || value === undefined) return
    const len = (value as { length?: number }).length ?? 0
    if (len > max) this.#add(path, value, `Member must have length less than or equal to ${max}`)
  }

  /** An index name: pattern, then 3–255 characters. */
  indexName(path: string, value: unknown): void {
    expectScalar(value, 'string', 'IndexName')
    if (!this.notNull(path, value)) return
    this.namePattern(path, value)
    this.minLength(path, value, 3)
    this.maxLength(path, value, 255)
  }

  /** A ProvisionedThroughput structure (WriteCapacityUnits is checked first, as AWS does). */
  throughput(path: string, pt: unknown): void {
    if (pt === null || pt === undefined) return
    const p = pt as Record<string, unknown>
    for (const k of ['WriteCapacityUnits', 'ReadCapacityUnits']) expectScalar(p[k], 'number', k)
    if (this.notNull(`${path}.writeCapacityUnits`, p['WriteCapacityUnits'])) this.minValue(`${path}.writeCapacityUnits`, p['WriteCapacityUnits'], 1)
    if (this.notNull(`${path}.readCapacityUnits`, p['ReadCapacityUnits'])) this.minValue(`${path}.readCapacityUnits`, p['ReadCapacityUnits'], 1)
  }

  /** A KeySchema list (1–2 elements of AttributeName + KeyType). */
  keySchema(path: string, ks: unknown, checkKeyTypeEnum: boolean): void {
    if (!this.notNull(path, ks)) return
    const list = ks as unknown[]
    this.minLength(path, list, 1)
    this.maxLength(path, list, 2)
    list.forEach((el, i) => {
      const e = (el ?? {}) as Record<string, unknown>
      expectScalar(e['AttributeName'], 'string', 'AttributeName')
      expectScalar(e['KeyType'], 'string', 'KeyType')
      const p = `${path}.${i + 1}.member`
      this.notNull(`${p}.attributeName`, e['AttributeName'])
      if (this.notNull(`${p}.keyType`, e['KeyType']) && checkKeyTypeEnum) this.enumOf(`${p}.keyType`, e['KeyType'], ['HASH', 'RANGE'])
    })
  }

  /** A Projection structure. */
  projection(path: string, proj: unknown): void {
    if (!this.notNull(path, proj)) return
    const p = proj as Record<string, unknown>
    expectScalar(p['ProjectionType'], 'string', 'ProjectionType')
    if (p['NonKeyAttributes'] !== undefined && p['NonKeyAttributes'] !== null) {
      if (!Array.isArray(p['NonKeyAttributes'])) throw new SerializationException('Unexpected value type for NonKeyAttributes: expected list')
      for (const a of p['NonKeyAttributes']) expectScalar(a, 'string', 'NonKeyAttributes')
    }
    this.enumOf(`${path}.projectionType`, p['ProjectionType'], ['ALL', 'INCLUDE', 'KEYS_ONLY'])
    this.minLength(`${path}.nonKeyAttributes`, p['NonKeyAttributes'], 1)
  }

  /** Throws the collected violations as one ValidationException. */
  throwIfAny(): void {
    const n = this.errors.length
    if (n) throw new ValidationException(`${n} validation error${n > 1 ? 's' : ''} detected: ${this.errors.join('; ')}`)
  }
}

/**
 * The checks every control-plane action runs first on its TableName, before the member constraints:
 * required, then 3–255 characters.
 * @throws ValidationException `The parameter 'TableName' is required but was not present in the request`
 * @throws ValidationException `TableName must be at least 3 characters long and at most 255 characters long`
 */
export function checkTableNameFirst(input: Record<string, unknown>, member = 'TableName', required = true): void {
  const v = input[member]
  if (v === null || v === undefined) {
    if (required) throw new ValidationException(`The parameter '${member}' is required but was not present in the request`)
    return
  }
  if (typeof v !== 'string') throw new SerializationException(`NUMBER_VALUE cannot be converted to String`)
  if (v.length < 3 || v.length > 255) throw new ValidationException(`${member} must be at least 3 characters long and at most 255 characters long`)
}

/**
 * Rejects members of the wrong JSON type before validation, so malformed input never crashes an
 * operation. DynamoDB answers these with SerializationException; the exact text depends on the JSON
 * token (not modeled: we send one generic message).
 * @throws SerializationException
 */
export function expectTypes(input: Record<string, unknown>, spec: Record<string, 'string' | 'number' | 'boolean' | 'list' | 'struct'>): void {
  for (const [key, type] of Object.entries(spec)) {
    const v = input[key]
    if (v === undefined || v === null) continue
    const ok =
      type === 'list' ? Array.isArray(v) : type === 'struct' ? typeof v === 'object' && !Array.isArray(v) : typeof v === type
    if (!ok) throw new SerializationException(`Unexpected value type for ${key}: expected ${type}`)
  }
}

/** Checks that every element of a list member is an object (struct). @throws SerializationException */
export function expectStructList(list: unknown, name: string): void {
  if (list === undefined || list === null) return
  if (!Array.isArray(list)) throw new SerializationException(`Unexpected value type for ${name}: expected list`)
  for (const el of list) {
    if (el !== null && (typeof el !== 'object' || Array.isArray(el))) throw new SerializationException(`Unexpected value type in ${name}: expected struct`)
  }
}

/** A scalar member of the wrong JSON type is a SerializationException (null/absent is left to notNull). */
export function expectScalar(value: unknown, type: 'string' | 'number' | 'boolean', name: string): void {
  if (value === undefined || value === null || typeof value === type) return
  throw new SerializationException(`Unexpected value type for ${name}: expected ${type}`)
}
