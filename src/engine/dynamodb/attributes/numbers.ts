import { ValidationException } from '../errors.ts'

/**
 * DynamoDB numbers as exact decimals, never JS doubles: a BigInt mantissa and a base-10 exponent.
 *
 * AWS limits (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html#HowItWorks.DataTypes.Number,
 * ../../../../../shared/AWS-FACTS.md §1): up to 38 significant digits; magnitude 1E-130 … 9.99…E+125.
 * Syntax, messages and check order follow dynalite's `checkNum` (validations/index.js, diffed against AWS):
 * empty text → `The parameter cannot be converted to a numeric value`; unparsable →
 * `The parameter cannot be converted to a numeric value: <text>`; then overflow, underflow, precision.
 */

/** Most significant digits a Number may hold. @default 38 */
export const MAX_NUMBER_DIGITS = 38
/** Largest decimal exponent (of the leading digit) allowed. @default 125 */
export const MAX_NUMBER_EXPONENT = 125
/** Smallest decimal exponent (of the leading digit) allowed. @default -130 */
export const MIN_NUMBER_EXPONENT = -130

/** AWS's ValidationException texts for numbers (dynalite's checkNum, recorded against AWS). */
export const MSG_NOT_NUMERIC = 'The parameter cannot be converted to a numeric value'
export const MSG_TOO_MANY_DIGITS = 'Attempting to store more than 38 significant digits in a Number'
export const MSG_OVERFLOW = 'Number overflow. Attempting to store a number with magnitude larger than supported range'
export const MSG_UNDERFLOW = 'Number underflow. Attempting to store a number with magnitude smaller than supported range'

/** value = mantissa × 10^exponent; mantissa has no trailing zeros (0 is {0n, 0}). */
export interface Decimal {
  mantissa: bigint
  exponent: number
}

// Same grammar as big.js (which dynalite uses): optional '-', digits with optional fraction, optional exponent.
const NUMERIC = /^(-?)(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?$/

/** Parses decimal text exactly, or returns undefined if it is not a number. Does not check AWS limits. */
export function parseDecimal(text: string): Decimal | undefined {
  const m = NUMERIC.exec(text)
  if (!m) return undefined
  const body = m[2]!
  const dot = body.indexOf('.')
  const intPart = dot < 0 ? body : body.slice(0, dot)
  const frac = dot < 0 ? '' : body.slice(dot + 1)
  const expText = m[3] ?? '0'
  // Exponents this large can only be over/underflow (or zero); clamp so Number() stays exact.
  const exp = Math.max(-1e9, Math.min(1e9, Number(expText)))
  return normalize(BigInt((m[1] ?? '') + (intPart + frac || '0')), exp - frac.length)
}

function normalize(mantissa: bigint, exponent: number): Decimal {
  if (mantissa === 0n) return { mantissa: 0n, exponent: 0 }
  while (mantissa % 10n === 0n) {
    mantissa /= 10n
    exponent++
  }
  return { mantissa, exponent }
}

function digitCount(d: Decimal): number {
  const abs = d.mantissa < 0n ? -d.mantissa : d.mantissa
  return abs.toString().length
}

/**
 * AWS's limit check on a parsed number.
 * @throws ValidationException overflow, underflow or more than 38 significant digits (checked in that order)
 */
export function checkDecimal(d: Decimal): void {
  if (d.mantissa === 0n) return
  const digits = digitCount(d)
  const leading = digits + d.exponent - 1
  if (leading > MAX_NUMBER_EXPONENT) throw new ValidationException(MSG_OVERFLOW)
  if (leading < MIN_NUMBER_EXPONENT) throw new ValidationException(MSG_UNDERFLOW)
  if (digits > MAX_NUMBER_DIGITS) throw new ValidationException(MSG_TOO_MANY_DIGITS)
}

/** Canonical text: plain notation (no exponent), no leading/trailing zeros, no '+', never '-0'. */
export function formatDecimal(d: Decimal): string {
  if (d.mantissa === 0n) return '0'
  const neg = d.mantissa < 0n
  const digits = (neg ? -d.mantissa : d.mantissa).toString()
  let out: string
  if (d.exponent >= 0) out = digits + '0'.repeat(d.exponent)
  else if (-d.exponent < digits.length) {
    const cut = digits.length + d.exponent
    out = `${digits.slice(0, cut)}.${digits.slice(cut)}`
  } else out = `0.${'0'.repeat(-d.exponent - digits.length)}${digits}`
  return neg ? `-${out}` : out
}

/**
 * Parses and checks a Number's text the way DynamoDB does.
 * @returns the number's canonical text (e.g. `"1.50"` → `"1.5"`, `"1e3"` → `"1000"`, `"-0"` → `"0"`)
 * @throws ValidationException `The parameter cannot be converted to a numeric value[: <text>]`, overflow,
 *   underflow, or `Attempting to store more than 38 significant digits in a Number`
 */
export function validateNumber(text: string): string {
  return formatDecimal(toDecimal(text))
}

/** Parses `text` and checks AWS's limits; throws ValidationException like {@link validateNumber}. */
export function toDecimal(text: string): Decimal {
  if (text === '') throw new ValidationException(MSG_NOT_NUMERIC)
  const d = parseDecimal(text)
  if (!d) throw new ValidationException(`${MSG_NOT_NUMERIC}: ${text}`)
  checkDecimal(d)
  return d
}

/** Numeric order of two Number texts: -1 if a < b, 0 if equal (`"1"` = `"1.0"`), 1 if a > b. */
export function compareNumbers(a: string, b: string): -1 | 0 | 1 {
  return compareDecimals(toDecimal(a), toDecimal(b))
}

/** Numeric order of two decimals. */
export function compareDecimals(x: Decimal, y: Decimal): -1 | 0 | 1 {
  const [mx, my] = align(x, y)
  return mx < my ? -1 : mx > my ? 1 : 0
}

function align(x: Decimal, y: Decimal): [bigint, bigint] {
  const e = Math.min(x.exponent, y.exponent)
  return [x.mantissa * 10n ** BigInt(x.exponent - e), y.mantissa * 10n ** BigInt(y.exponent - e)]
}

/**
 * Exact a + b, as UpdateExpression `SET a = a + :v` and `ADD` compute it.
 * @returns canonical text of the sum
 * @throws ValidationException if an operand or the result breaks AWS's number rules
 */
export function addNumbers(a: string, b: string): string {
  const x = toDecimal(a)
  const y = toDecimal(b)
  const [mx, my] = align(x, y)
  const sum = normalize(mx + my, Math.min(x.exponent, y.exponent))
  checkDecimal(sum)
  return formatDecimal(sum)
}

/**
 * Exact a − b (UpdateExpression `SET a = a - :v`).
 * @throws ValidationException if an operand or the result breaks AWS's number rules
 */
export function subtractNumbers(a: string, b: string): string {
  const y = toDecimal(b)
  return addNumbers(a, formatDecimal({ mantissa: -y.mantissa, exponent: y.exponent }))
}
