import { describe, expect, it } from 'vitest'
import { checkUpdateKeys, prepareExpressions } from './index.ts'
import { validationMessage } from './testing.ts'

function check(expression: string, indexKeys?: string[]) {
  const { update } = prepareExpressions({ UpdateExpression: expression, ExpressionAttributeValues: { ':v': { S: 'x' } } })
  checkUpdateKeys(update!, ['pk', 'sk'], indexKeys)
}

describe('checkUpdateKeys', () => {
  describe('validations', () => {
    it('returns ValidationException for writing a table key attribute', () => {
      expect(validationMessage(() => check('SET sk = :v'))).toBe(
        'One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key',
      )
      expect(validationMessage(() => check('REMOVE pk.x SET a = :v'))).toBe(
        'One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key',
      )
    })

    it('returns ValidationException for a nested path below an index key attribute', () => {
      expect(validationMessage(() => check('SET gsi.a = :v', ['gsi']))).toBe(
        "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: gsi",
      )
    })
  })

  describe('functionality', () => {
    it('allows other attributes and whole index keys', () => {
      expect(() => check('SET gsi = :v, a.b = :v', ['gsi'])).not.toThrow()
    })
  })
})
