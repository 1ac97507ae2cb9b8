import { describe, expect, it } from 'vitest'
import { addNumbers, compareNumbers, subtractNumbers, validateNumber } from './numbers.ts'
import { ValidationException } from '../errors.ts'

function errorOf(fn: () => unknown): ValidationException {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationException)
    return e as ValidationException
  }
  throw new Error('expected a ValidationException')
}

const OVER = 'Number overflow. Attempting to store a number with magnitude larger than supported range'
const UNDER = 'Number underflow. Attempting to store a number with magnitude smaller than supported range'
const DIGITS = 'Attempting to store more than 38 significant digits in a Number'

describe('numbers', () => {
  describe('validations', () => {
    it('returns ValidationException for empty text without the colon', () => {
      expect(errorOf(() => validateNumber('')).message).toBe('The parameter cannot be converted to a numeric value')
    })

    it.each(['b', '1a', '--1', '1e', 'e5', '.', ' 1', '0x10', 'NaN', 'Infinity', '1,5'])(
      'returns ValidationException for unparsable %j',
      (text) => {
        expect(errorOf(() => validateNumber(text)).message).toBe(`The parameter cannot be converted to a numeric value: ${text}`)
      },
    )

    it.each([
      ['123456789012345678901234567890123456789', DIGITS],
      ['-1.23456789012345678901234567890123456789', DIGITS],
      ['1e126', OVER],
      ['-1e126', OVER],
      ['10e125', OVER],
      ['1e-131', UNDER],
      ['-1e-131', UNDER],
      ['0.1e-130', UNDER],
      // overflow is checked before precision (dynalite's order)
      ['1234567890123456789012345678901234567890e100', OVER],
    ])('returns ValidationException for %s', (text, message) => {
      expect(errorOf(() => validateNumber(text)).message).toBe(message)
    })
  })

  describe('functionality', () => {
    it.each([
      ['0', '0'],
      ['-0', '0'],
      ['0.000', '0'],
      ['0e999999999999', '0'],
      ['007', '7'],
      ['1.50', '1.5'],
      ['1e3', '1000'],
      ['1E+3', '1000'],
      ['-1.5e-3', '-0.0015'],
      ['.5', '0.5'],
      ['5.', '5'],
      ['100', '100'],
      ['12345678901234567890123456789012345678', '12345678901234567890123456789012345678'],
      ['12345678901234567890123456789012345678000', '12345678901234567890123456789012345678000'],
      ['9.9999999999999999999999999999999999999e125', '99999999999999999999999999999999999999' + '0'.repeat(88)],
      ['1e-130', '0.' + '0'.repeat(129) + '1'],
    ])('canonicalizes %s to %s', (text, canonical) => {
      expect(validateNumber(text)).toBe(canonical)
    })

    it('keeps 38 significant digits exactly (no double rounding)', () => {
      expect(validateNumber('0.12345678901234567890123456789012345678')).toBe('0.12345678901234567890123456789012345678')
      expect(addNumbers('9007199254740993', '0')).toBe('9007199254740993')
    })

    it('compares numerically, not textually', () => {
      expect(compareNumbers('1', '1.0')).toBe(0)
      expect(compareNumbers('9', '10')).toBe(-1)
      expect(compareNumbers('-1', '-2')).toBe(1)
      expect(compareNumbers('1e-130', '0')).toBe(1)
      expect(compareNumbers('12345678901234567890123456789012345678', '12345678901234567890123456789012345677')).toBe(1)
    })

    it('adds and subtracts exactly', () => {
      expect(addNumbers('0.1', '0.2')).toBe('0.3')
      expect(addNumbers('1', '-1')).toBe('0')
      expect(subtractNumbers('1', '0.0001')).toBe('0.9999')
      expect(subtractNumbers('-5', '5')).toBe('-10')
      expect(addNumbers('99999999999999999999999999999999999999', '0')).toBe('99999999999999999999999999999999999999')
    })

    it('validates results: more than 38 digits or out of range throws', () => {
      expect(errorOf(() => addNumbers('99999999999999999999999999999999999999', '0.1')).message).toBe(DIGITS)
      expect(errorOf(() => addNumbers('9.9999999999999999999999999999999999999e125', '1e88')).message).toBe(OVER)
      // 39 nines + 1 = 1e38: one significant digit, fine
      expect(addNumbers('99999999999999999999999999999999999999', '1')).toBe('1' + '0'.repeat(38))
    })

    it('validates operands', () => {
      expect(errorOf(() => addNumbers('x', '1')).message).toBe('The parameter cannot be converted to a numeric value: x')
    })
  })
})
