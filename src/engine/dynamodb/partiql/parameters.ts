import type { AttributeValue } from '../types.ts'
import { ValidationException } from '../errors.ts'
import { MAX_NESTING_DEPTH, MSG_NESTING, validateAttributeValue } from '../attributes/validate.ts'
import { MSG_NOT_NUMERIC, MSG_OVERFLOW, MSG_UNDERFLOW } from '../attributes/numbers.ts'

/**
 * Validation of a statement's `Parameters`. DynamoDB reads a number parameter the way Java's BigDecimal reads a
 * string: an exponent or scale outside a 32-bit integer cannot be converted (`The parameter cannot be converted
 * to a numeric value: 1e99999999999`), and the magnitude check runs on precision − scale in 32-bit arithmetic,
 * which wraps (`1e2147483647` is an underflow). Problems are reported in document order: the first parameter,
 * map member or list element that is too deep or not a number wins. Then the usual AttributeValue rules apply.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteStatement.html#DDB-ExecuteStatement-request-Parameters
 */

const INT_MIN = -2147483648
const INT_MAX = 2147483647

/**
 * @returns the parameters as canonical AttributeValues
 * @throws ValidationException (nesting, numbers, empty sets, …), SerializationException (wrong JSON types)
 */
export function validateParameters(params: readonly unknown[]): AttributeValue[] {
  for (const p of params) firstProblem(p, 1)
  return params.map((p) => validateAttributeValue(p))
}

function firstProblem(value: unknown, depth: number): void {
  if (depth > MAX_NESTING_DEPTH) throw new ValidationException(MSG_NESTING)
  if (!value || typeof value !== 'object' || Array.isArray(value)) return
  const v = value as Record<string, unknown>
  if (typeof v.N === 'string') checkNumber(v.N)
  if (Array.isArray(v.NS)) for (const n of v.NS) if (typeof n === 'string') checkNumber(n)
  if (Array.isArray(v.L)) for (const e of v.L) firstProblem(e, depth + 1)
  if (v.M && typeof v.M === 'object' && !Array.isArray(v.M)) for (const e of Object.values(v.M as Record<string, unknown>)) firstProblem(e, depth + 1)
}

/** BigDecimal's reading of `text`, then DynamoDB's magnitude check with 32-bit precision − scale. */
function checkNumber(text: string): void {
  if (text === '') throw new ValidationException(MSG_NOT_NUMERIC)
  const m = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text)
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) throw new ValidationException(`${MSG_NOT_NUMERIC}: ${text}`)
  const exponent = m[3] === undefined ? 0 : Number(m[3])
  if (exponent < INT_MIN || exponent > INT_MAX) throw new ValidationException(`${MSG_NOT_NUMERIC}: ${text}`)
  const fraction = m[2] ?? ''
  const scale = fraction.length - exponent
  if (scale < INT_MIN || scale > INT_MAX) throw new ValidationException(`${MSG_NOT_NUMERIC}: ${text}`)
  const digits = (m[1]! + fraction).replace(/^0+/, '')
  if (digits === '') return
  const magnitude = (digits.length - scale) | 0
  if (magnitude > 126) throw new ValidationException(MSG_OVERFLOW)
  if (magnitude < -129) throw new ValidationException(MSG_UNDERFLOW)
}
