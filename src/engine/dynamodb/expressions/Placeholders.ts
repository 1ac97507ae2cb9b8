import { ValidationException } from '../errors.ts'
import { validateAttributeValue } from '../attributes/validate.ts'
import { utf8Length } from '../attributes/size.ts'
import type { AttributeValue } from '../types.ts'

/**
 * ExpressionAttributeNames (`#n → name`) and ExpressionAttributeValues (`:v → value`) of one request,
 * shared by all its expressions so that unused entries can be reported afterwards.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeNames.html
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeValues.html
 */
export class Placeholders {
  private readonly names: Record<string, string> | undefined
  private values: Record<string, AttributeValue> | undefined
  private readonly unusedNames: Set<string>
  private readonly unusedValues: Set<string>

  constructor(names: Record<string, string> | undefined, values: Record<string, AttributeValue> | undefined) {
    this.names = names
    this.values = values
    this.unusedNames = new Set(Object.keys(names ?? {}))
    this.unusedValues = new Set(Object.keys(values ?? {}))
  }

  /**
   * Checks the maps themselves, before any expression is parsed (AWS's order).
   * @throws ValidationException `ExpressionAttributeNames must not be empty`,
   *   `ExpressionAttributeNames contains invalid key: The expression attribute map contains a key that is too long; size of key: <bytes>`,
   *   `ExpressionAttributeNames contains invalid key: Syntax error; key: "<k>"` (keys must match `#[0-9A-Za-z_]+`),
   *   `ExpressionAttributeNames contains invalid value: Empty attribute name for key <k>`,
   *   and the same for ExpressionAttributeValues (`:[0-9A-Za-z_]+`), then
   *   `ExpressionAttributeValues contains invalid value: <reason> for key <k>` (reasons from
   *   attributes/validate.ts, e.g. `One or more parameter values were invalid: An string set  may not be empty`).
   * @throws SerializationException for a value of the wrong JSON shape
   */
  validate(): void {
    checkKeys('ExpressionAttributeNames', this.names, /^#[0-9A-Za-z_]+$/)
    checkKeys('ExpressionAttributeValues', this.values, /^:[0-9A-Za-z_]+$/)
    if (this.values === undefined) return
    const canonical: Record<string, AttributeValue> = {}
    for (const [key, value] of Object.entries(this.values)) {
      try {
        canonical[key] = validateAttributeValue(value)
      } catch (e) {
        if (!(e instanceof ValidationException)) throw e
        throw new ValidationException(`ExpressionAttributeValues contains invalid value: ${e.message} for key ${key}`)
      }
    }
    // Expressions see canonical copies (numbers as DynamoDB stores them), never the caller's objects.
    this.values = canonical
  }

  /** The attribute name for `#placeholder` (marking it used), or undefined if it is not defined. */
  name(placeholder: string): string | undefined {
    if (!this.names || !Object.hasOwn(this.names, placeholder)) return undefined
    this.unusedNames.delete(placeholder)
    return this.names[placeholder]
  }

  /** The value for `:placeholder` (marking it used), or undefined if it is not defined. */
  value(placeholder: string): AttributeValue | undefined {
    if (!this.values || !Object.hasOwn(this.values, placeholder)) return undefined
    this.unusedValues.delete(placeholder)
    return this.values[placeholder]
  }

  /**
   * @throws ValidationException `Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #b}`
   *   (names first, then values; keys in the order they were given).
   */
  assertAllUsed(): void {
    if (this.unusedNames.size > 0) {
      throw new ValidationException(
        `Value provided in ExpressionAttributeNames unused in expressions: keys: {${[...this.unusedNames].join(', ')}}`,
      )
    }
    if (this.unusedValues.size > 0) {
      throw new ValidationException(
        `Value provided in ExpressionAttributeValues unused in expressions: keys: {${[...this.unusedValues].join(', ')}}`,
      )
    }
  }
}

/** Longest `#name` / `:value` placeholder, in UTF-8 bytes (AWS-FACTS §1). @default 255 */
export const MAX_PLACEHOLDER_BYTES = 255

function checkKeys(parameter: string, map: Record<string, unknown> | undefined, pattern: RegExp): void {
  if (map === undefined) return
  const keys = Object.keys(map)
  if (keys.length === 0) throw new ValidationException(`${parameter} must not be empty`)
  for (const key of keys) {
    const bytes = utf8Length(key)
    if (bytes > MAX_PLACEHOLDER_BYTES) {
      throw new ValidationException(
        `${parameter} contains invalid key: The expression attribute map contains a key that is too long; size of key: ${bytes}`,
      )
    }
    if (!pattern.test(key)) throw new ValidationException(`${parameter} contains invalid key: Syntax error; key: "${key}"`)
    if (parameter === 'ExpressionAttributeNames' && map[key] === '') {
      throw new ValidationException(`ExpressionAttributeNames contains invalid value: Empty attribute name for key ${key}`)
    }
  }
}
