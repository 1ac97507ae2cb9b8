import { describe, expect, it } from 'vitest'
import { prepareExpressions } from './index.ts'
import { validationMessage } from './testing.ts'
import type { ExpressionInput } from './index.ts'

const error = (input: ExpressionInput) => validationMessage(() => prepareExpressions(input))

describe('prepareExpressions', () => {
  describe('validations', () => {
    it('returns ValidationException for an empty ExpressionAttributeNames map', () => {
      expect(error({ ConditionExpression: 'a = :v', ExpressionAttributeNames: {}, ExpressionAttributeValues: { ':v': { S: 'x' } } })).toBe(
        'ExpressionAttributeNames must not be empty',
      )
    })

    it('returns ValidationException for an empty ExpressionAttributeValues map', () => {
      expect(error({ ConditionExpression: 'attribute_exists(a)', ExpressionAttributeValues: {} })).toBe(
        'ExpressionAttributeValues must not be empty',
      )
    })

    it('returns ValidationException for a name key without #', () => {
      expect(error({ ProjectionExpression: '#ok', ExpressionAttributeNames: { '#ok': 'ok', ok: 'ok' } })).toBe(
        'ExpressionAttributeNames contains invalid key: Syntax error; key: "ok"',
      )
    })

    it('returns ValidationException for a value key with a bad character', () => {
      expect(error({ ConditionExpression: 'a = :v', ExpressionAttributeValues: { ':v': { S: 'x' }, ':b-c': { S: 'y' } } })).toBe(
        'ExpressionAttributeValues contains invalid key: Syntax error; key: ":b-c"',
      )
    })

    it('returns ValidationException for a placeholder longer than 255 bytes', () => {
      const long = `#${'n'.repeat(255)}`
      expect(error({ ProjectionExpression: long, ExpressionAttributeNames: { [long]: 'a' } })).toBe(
        'ExpressionAttributeNames contains invalid key: The expression attribute map contains a key that is too long; size of key: 256',
      )
      const ok = `:${'v'.repeat(254)}`
      expect(() => prepareExpressions({ ConditionExpression: `a = ${ok}`, ExpressionAttributeValues: { [ok]: { S: 'x' } } })).not.toThrow()
    })

    it('returns ValidationException for an empty attribute name', () => {
      expect(error({ ProjectionExpression: '#DE', ExpressionAttributeNames: { '#DE': '' } })).toBe(
        'ExpressionAttributeNames contains invalid value: Empty attribute name for key #DE',
      )
    })

    it('returns ValidationException for an invalid value before parsing any expression', () => {
      expect(error({ ConditionExpression: 'a = ', ExpressionAttributeValues: { ':v': { N: 'abc' } } })).toBe(
        'ExpressionAttributeValues contains invalid value: The parameter cannot be converted to a numeric value: abc for key :v',
      )
      expect(error({ ConditionExpression: 'a = :v', ExpressionAttributeValues: { ':v': { SS: [] } } })).toBe(
        'ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: An string set  may not be empty for key :v',
      )
      expect(error({ ConditionExpression: 'a = :v', ExpressionAttributeValues: { ':v': {} as never } })).toBe(
        'ExpressionAttributeValues contains invalid value: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes for key :v',
      )
    })

    it('returns ValidationException for an empty expression', () => {
      expect(error({ UpdateExpression: '' })).toBe('Invalid UpdateExpression: The expression can not be empty;')
      expect(error({ ConditionExpression: '' })).toBe('Invalid ConditionExpression: The expression can not be empty;')
      expect(error({ ProjectionExpression: '' })).toBe('Invalid ProjectionExpression: The expression can not be empty;')
      expect(error({ FilterExpression: '' })).toBe('Invalid FilterExpression: The expression can not be empty;')
      expect(error({ KeyConditionExpression: '' })).toBe('Invalid KeyConditionExpression: The expression can not be empty;')
    })

    it('returns ValidationException for an expression over 4 KB', () => {
      const text = `attribute_exists(${'a'.repeat(4080)})`
      expect(error({ ConditionExpression: text })).toBe(
        `Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; expression size: ${text.length}`,
      )
    })

    it('returns ValidationException for syntax errors with the token and its neighbours', () => {
      expect(error({ UpdateExpression: 'SET' })).toBe('Invalid UpdateExpression: Syntax error; token: "<EOF>", near: "SET"')
      expect(error({ UpdateExpression: 'SET a = ' })).toBe('Invalid UpdateExpression: Syntax error; token: "<EOF>", near: "= "')
      expect(error({ ConditionExpression: 'attribute_type()' })).toBe(
        'Invalid ConditionExpression: Syntax error; token: ")", near: "()"',
      )
      expect(error({ ProjectionExpression: 'l[a]' })).toBe('Invalid ProjectionExpression: Syntax error; token: "a", near: "[a]"')
      expect(error({ ProjectionExpression: 'a-b' })).toBe('Invalid ProjectionExpression: Syntax error; token: "-", near: "a-b"')
    })

    it('checks expressions in AWS order: update, condition, key condition, filter, projection', () => {
      expect(error({ UpdateExpression: 'SET', ConditionExpression: '' })).toBe(
        'Invalid UpdateExpression: Syntax error; token: "<EOF>", near: "SET"',
      )
      expect(error({ FilterExpression: '', KeyConditionExpression: 'a' })).toBe(
        'Invalid KeyConditionExpression: Syntax error; token: "<EOF>", near: "a"',
      )
    })

    it('returns ValidationException for unused names before unused values, keys in given order', () => {
      expect(
        error({
          ConditionExpression: 'attribute_exists(a)',
          ExpressionAttributeNames: { '#b': 'b', '#a': 'a' },
          ExpressionAttributeValues: { ':v': { S: 'x' } },
        }),
      ).toBe('Value provided in ExpressionAttributeNames unused in expressions: keys: {#b, #a}')
      expect(error({ ConditionExpression: 'attribute_exists(a)', ExpressionAttributeValues: { ':v': { S: 'x' }, ':w': { N: '1' } } })).toBe(
        'Value provided in ExpressionAttributeValues unused in expressions: keys: {:v, :w}',
      )
    })

    it('counts a placeholder used by any expression of the request', () => {
      const prepared = prepareExpressions({
        UpdateExpression: 'SET #a = :v',
        ConditionExpression: 'attribute_exists(#a)',
        ProjectionExpression: '#p',
        ExpressionAttributeNames: { '#a': 'a', '#p': 'p' },
        ExpressionAttributeValues: { ':v': { S: 'x' } },
      })
      expect(prepared.update?.actions).toEqual([{ action: 'SET', path: ['a'], value: { kind: 'value', value: { S: 'x' } } }])
      expect(prepared.projection?.paths).toEqual([['p']])
    })
  })

  describe('functionality', () => {
    it('returns an empty object when there are no expressions', () => {
      expect(prepareExpressions({})).toEqual({})
    })

    it('gives expressions canonical copies of the values', () => {
      const values = { ':n': { N: '01.50' } }
      const { condition } = prepareExpressions({ ConditionExpression: 'a = :n', ExpressionAttributeValues: values })
      expect(condition).toMatchObject({ right: { kind: 'value', value: { N: '1.5' } } })
      expect(values[':n'].N).toBe('01.50')
    })

    it('resolves names and values in every kind', () => {
      const prepared = prepareExpressions({
        KeyConditionExpression: '#pk = :pk',
        FilterExpression: 'size(#l) > :n',
        ExpressionAttributeNames: { '#pk': 'pk', '#l': 'list' },
        ExpressionAttributeValues: { ':pk': { S: 'p' }, ':n': { N: '2' } },
      })
      expect(prepared.keyCondition).toEqual({
        kind: 'compare',
        op: '=',
        left: { kind: 'path', path: ['pk'] },
        right: { kind: 'value', value: { S: 'p' } },
      })
      expect(prepared.filter).toEqual({
        kind: 'compare',
        op: '>',
        left: { kind: 'function', name: 'size', args: [{ kind: 'path', path: ['list'] }] },
        right: { kind: 'value', value: { N: '2' } },
      })
    })
  })
})
