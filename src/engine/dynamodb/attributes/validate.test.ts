import { describe, expect, it } from 'vitest'
import { checkBase64, validateAttributeValue, validateItemValues } from './validate.ts'
import type { AttributeValue } from '../types.ts'

function messageOf(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`
  }
  throw new Error('expected an error')
}

function nested(levels: number): AttributeValue {
  let v: AttributeValue = { S: 'leaf' }
  for (let i = 1; i < levels; i++) v = { L: [v] }
  return v
}

describe('validateAttributeValue', () => {
  describe('validations', () => {
    it('checks members before reporting more than one datatype (AWS order)', () => {
      expect(messageOf(() => validateAttributeValue({ S: 'a', N: 'b' }))).toBe('ValidationException: The parameter cannot be converted to a numeric value: b')
      expect(messageOf(() => validateAttributeValue({ S: 'a', BOOL: true }))).toBe(
        'ValidationException: Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes',
      )
    })

    it('treats null members as absent', () => {
      expect(validateAttributeValue({ S: 'a', N: null })).toEqual({ S: 'a' })
      expect(messageOf(() => validateAttributeValue({ S: null }))).toMatch(/Supplied AttributeValue is empty/)
    })

    it('returns SerializationException for wrong JSON types', () => {
      expect(messageOf(() => validateAttributeValue({ S: 5 }))).toBe('SerializationException: NUMBER_VALUE cannot be converted to String')
      expect(messageOf(() => validateAttributeValue({ BOOL: 'true' }))).toBe('SerializationException: STRING_VALUE cannot be converted to Boolean')
      expect(messageOf(() => validateAttributeValue({ SS: 'a' }))).toBe('SerializationException: STRING_VALUE cannot be converted to List')
      expect(messageOf(() => validateItemValues([]))).toBe('SerializationException: Start of list cannot be converted to Map')
    })

    it('accepts 32 levels of nesting (the attribute is level 1) and refuses 33', () => {
      expect(() => validateAttributeValue(nested(32))).not.toThrow()
      expect(messageOf(() => validateAttributeValue(nested(33)))).toBe(
        'ValidationException: Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit',
      )
    })

    it.each([
      ['abc', 'Base64 encoded length is expected a multiple of 4 bytes but found: 3'],
      ['ab!=', "Invalid Base64 character: '!'"],
      ['a=bc', "Invalid Base64 character: '='"],
      ['Yh==', 'Invalid last non-pad Base64 character dectected'],
    ])('returns SerializationException for base64 %j', (b64, reason) => {
      expect(messageOf(() => checkBase64(b64))).toBe(`SerializationException: '${b64}' can not be converted to a Blob: ${reason}`)
    })
  })

  describe('functionality', () => {
    it('accepts empty S and B outside keys, and empty L and M', () => {
      expect(validateItemValues({ s: { S: '' }, b: { B: '' }, l: { L: [] }, m: { M: {} } })).toEqual({ s: { S: '' }, b: { B: '' }, l: { L: [] }, m: { M: {} } })
    })

    it('canonicalizes numbers everywhere, deep', () => {
      expect(validateAttributeValue({ M: { x: { L: [{ N: '1.0' }, { NS: ['01', '2e1'] }] } } })).toEqual({ M: { x: { L: [{ N: '1' }, { NS: ['1', '20'] }] } } })
    })

    it('returns a deep copy', () => {
      const input = { M: { x: { SS: ['a'] } } }
      const out = validateAttributeValue(input) as { M: { x: { SS: string[] } } }
      input.M.x.SS.push('b')
      expect(out.M.x.SS).toEqual(['a'])
    })

    it('ignores unknown members next to a valid type', () => {
      expect(validateAttributeValue({ S: 'a', foo: 1 })).toEqual({ S: 'a' })
    })
  })
})
