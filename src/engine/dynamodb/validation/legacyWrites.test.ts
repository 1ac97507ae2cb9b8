import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from './testTables.ts'

let sim: Simulation

function call(op: string, input: Record<string, unknown>) {
  return sim.request('dynamodb', op, input)
}
function expectError(result: ReturnType<typeof call>, name: string, message: string) {
  expect(result.error?.name).toBe(name)
  expect(result.error?.message).toBe(message)
}
function out(result: ReturnType<typeof call>): Record<string, any> {
  expect(result.error).toBeUndefined()
  return result.output as Record<string, any>
}
function get(key: Record<string, unknown>) {
  return out(call('GetItem', { TableName: 'hash', Key: key, ConsistentRead: true })).Item
}
const INVALID = 'One or more parameter values were invalid: '

beforeEach(() => {
  sim = new Simulation()
  addTestTable(sim, 'hash', { hash: ['a', 'S'] })
  out(call('PutItem', { TableName: 'hash', Item: { a: { S: 'k' }, n: { N: '5' }, s: { SS: ['x', 'y'] }, t: { S: 'text' } } }))
})

describe('Expected (legacy condition)', () => {
  describe('validations', () => {
    it('returns ValidationException for a bad ComparisonOperator and ConditionalOperator', () => {
      expectError(
        call('PutItem', { TableName: 'hash', Item: { a: { S: 'k' } }, Expected: { n: { ComparisonOperator: 'XX' } }, ConditionalOperator: 'XOR' }),
        'ValidationException',
        "2 validation errors detected: Value 'XOR' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [OR, AND]; " +
          "Value 'XX' at 'expected.n.member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]",
      )
    })

    it('returns ValidationException for a ConditionalOperator without two conditions', () => {
      expectError(call('PutItem', { TableName: 'hash', Item: { a: { S: 'k' } }, ConditionalOperator: 'OR' }), 'ValidationException', 'ConditionalOperator cannot be used without Filter or Expected')
      expectError(
        call('PutItem', { TableName: 'hash', Item: { a: { S: 'k' } }, ConditionalOperator: 'AND', Expected: { n: { Exists: false } } }),
        'ValidationException',
        'ConditionalOperator can only be used when Filter or Expected has two or more elements',
      )
    })

    it('returns ValidationException for Expected with ConditionExpression', () => {
      expectError(
        call('DeleteItem', { TableName: 'hash', Key: { a: { S: 'k' } }, Expected: { n: { Exists: false } }, ConditionExpression: 'attribute_exists(a)' }),
        'ValidationException',
        'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}',
      )
    })

    it('returns the Exists / Value / AttributeValueList messages', () => {
      const put = (Expected: unknown) => call('PutItem', { TableName: 'hash', Item: { a: { S: 'k' } }, Expected })
      expectError(put({ n: {} }), 'ValidationException', `${INVALID}Value must be provided when Exists is null for Attribute: n`)
      expectError(put({ n: { Exists: true } }), 'ValidationException', `${INVALID}Value must be provided when Exists is true for Attribute: n`)
      expectError(put({ n: { Exists: false, Value: { N: '1' } } }), 'ValidationException', `${INVALID}Value cannot be used when Exists is false for Attribute: n`)
      expectError(put({ n: { AttributeValueList: [{ N: '1' }] } }), 'ValidationException', `${INVALID}AttributeValueList can only be used with a ComparisonOperator for Attribute: n`)
      expectError(put({ n: { ComparisonOperator: 'EQ', Exists: true } }), 'ValidationException', `${INVALID}Exists and ComparisonOperator cannot be used together for Attribute: n`)
      expectError(
        put({ n: { ComparisonOperator: 'EQ', Value: { N: '1' }, AttributeValueList: [{ N: '1' }] } }),
        'ValidationException',
        `${INVALID}Value and AttributeValueList cannot be used together for Attribute: n`,
      )
      expectError(put({ n: { ComparisonOperator: 'BETWEEN', Value: { N: '1' } } }), 'ValidationException', `${INVALID}Invalid number of argument(s) for the BETWEEN ComparisonOperator`)
    })
  })

  describe('functionality', () => {
    it('writes when every condition holds (AND) and fails otherwise', () => {
      out(call('PutItem', { TableName: 'hash', Item: { a: { S: 'k' }, v: { N: '1' } }, Expected: { n: { Value: { N: '5' } }, zz: { Exists: false } } }))
      expect(get({ a: { S: 'k' } })).toEqual({ a: { S: 'k' }, v: { N: '1' } })
      expectError(
        call('PutItem', { TableName: 'hash', Item: { a: { S: 'k' } }, Expected: { v: { ComparisonOperator: 'GT', AttributeValueList: [{ N: '1' }] } } }),
        'ConditionalCheckFailedException',
        'The conditional request failed',
      )
    })

    it('combines conditions with ConditionalOperator OR', () => {
      const r = call('DeleteItem', {
        TableName: 'hash',
        Key: { a: { S: 'k' } },
        Expected: { n: { ComparisonOperator: 'LT', Value: { N: '1' } }, t: { ComparisonOperator: 'BEGINS_WITH', AttributeValueList: [{ S: 'te' }] } },
        ConditionalOperator: 'OR',
        ReturnValues: 'ALL_OLD',
      })
      expect(out(r).Attributes.t).toEqual({ S: 'text' })
      expect(get({ a: { S: 'k' } })).toBeUndefined()
    })
  })
})

describe('AttributeUpdates (legacy update)', () => {
  describe('validations', () => {
    it('returns ValidationException for a bad Action', () => {
      expectError(
        call('UpdateItem', { TableName: 'hash', Key: { a: { S: 'k' } }, AttributeUpdates: { n: { Action: 'SET', Value: { N: '1' } } } }),
        'ValidationException',
        "1 validation error detected: Value 'SET' at 'attributeUpdates.n.member.action' failed to satisfy constraint: Member must satisfy enum value set: [ADD, PUT, DELETE]",
      )
    })

    it('returns the value / type messages', () => {
      const update = (AttributeUpdates: unknown) => call('UpdateItem', { TableName: 'hash', Key: { a: { S: 'k' } }, AttributeUpdates })
      expectError(update({ n: { Action: 'PUT' } }), 'ValidationException', `${INVALID}Only DELETE action is allowed when no attribute value is specified`)
      expectError(update({ n: { Action: 'DELETE', Value: { N: '1' } } }), 'ValidationException', `${INVALID}DELETE action with value is not supported for the type N`)
      expectError(update({ n: { Action: 'ADD', Value: { S: 'x' } } }), 'ValidationException', `${INVALID}ADD action is not supported for the type S`)
      expectError(
        update({ n: { Action: 'PUT', Value: { N: '1' } } , t: { Action: 'PUT' } }),
        'ValidationException',
        `${INVALID}Only DELETE action is allowed when no attribute value is specified`,
      )
    })

    it('returns ValidationException for AttributeUpdates with UpdateExpression', () => {
      expectError(
        call('UpdateItem', { TableName: 'hash', Key: { a: { S: 'k' } }, AttributeUpdates: { n: { Action: 'DELETE' } }, UpdateExpression: 'REMOVE n' }),
        'ValidationException',
        'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributeUpdates} Expression parameters: {UpdateExpression}',
      )
    })

    it('returns ValidationException for an update of a key attribute or a type mismatch', () => {
      expectError(
        call('UpdateItem', { TableName: 'hash', Key: { a: { S: 'k' } }, AttributeUpdates: { a: { Action: 'PUT', Value: { S: 'z' } } } }),
        'ValidationException',
        `${INVALID}Cannot update attribute a. This attribute is part of the key`,
      )
      expectError(
        call('UpdateItem', { TableName: 'hash', Key: { a: { S: 'k' } }, AttributeUpdates: { t: { Action: 'ADD', Value: { N: '1' } } } }),
        'ValidationException',
        'Type mismatch for attribute to update',
      )
    })
  })

  describe('functionality', () => {
    it('applies PUT, ADD and DELETE and returns UPDATED_NEW', () => {
      const o = out(
        call('UpdateItem', {
          TableName: 'hash',
          Key: { a: { S: 'k' } },
          AttributeUpdates: {
            n: { Action: 'ADD', Value: { N: '0.5' } },
            s: { Action: 'DELETE', Value: { SS: ['x'] } },
            t: { Action: 'DELETE' },
            u: { Action: 'PUT', Value: { BOOL: true } },
            ns: { Action: 'ADD', Value: { NS: ['1', '2'] } },
          },
          Expected: { n: { Value: { N: '5' } } },
          ReturnValues: 'UPDATED_NEW',
        }),
      )
      expect(o.Attributes).toEqual({ n: { N: '5.5' }, s: { SS: ['y'] }, u: { BOOL: true }, ns: { NS: ['1', '2'] } })
      expect(get({ a: { S: 'k' } })).toEqual({ a: { S: 'k' }, n: { N: '5.5' }, s: { SS: ['y'] }, u: { BOOL: true }, ns: { NS: ['1', '2'] } })
    })

    it('creates the item from the key when it does not exist', () => {
      out(call('UpdateItem', { TableName: 'hash', Key: { a: { S: 'new' } }, AttributeUpdates: { c: { Action: 'ADD', Value: { N: '3' } } } }))
      expect(get({ a: { S: 'new' } })).toEqual({ a: { S: 'new' }, c: { N: '3' } })
    })

    it('adds decimal numbers exactly, and refuses a sum past the number range', () => {
      out(call('UpdateItem', { TableName: 'hash', Key: { a: { S: 'k' } }, AttributeUpdates: { n: { Action: 'ADD', Value: { N: '-5.25' } } } }))
      expect(get({ a: { S: 'k' } })!.n).toEqual({ N: '-0.25' })
      out(call('UpdateItem', { TableName: 'hash', Key: { a: { S: 'k' } }, AttributeUpdates: { big: { Action: 'PUT', Value: { N: '9.9e125' } } } }))
      expectError(
        call('UpdateItem', { TableName: 'hash', Key: { a: { S: 'k' } }, AttributeUpdates: { big: { Action: 'ADD', Value: { N: '1e125' } } } }),
        'ValidationException',
        'Number overflow. Attempting to store a number with magnitude larger than supported range',
      )
    })
  })
})
