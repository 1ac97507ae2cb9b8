import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'

let sim: Simulation
let arn: string

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
const missingArn = 'arn:aws:dynamodb:us-east-1:123456789012:table/missing'

beforeEach(() => {
  sim = new Simulation()
  arn = addTestTable(sim, 'hash', { hash: ['a', 'S'] }).meta.TableArn
})

describe('TagResource', () => {
  describe('validations', () => {
    it('returns ValidationException for no ResourceArn', () => {
      for (const op of ['TagResource', 'UntagResource', 'ListTagsOfResource']) expectError(call(op, {}), 'ValidationException', 'Invalid TableArn')
    })

    it('returns AccessDeniedException for a ResourceArn that is not an ARN', () => {
      expectError(
        call('TagResource', { ResourceArn: 'abcd' }),
        'AccessDeniedException',
        'User: arn:aws:iam::123456789012:user/learner is not authorized to perform: dynamodb:TagResource on resource: abcd',
      )
      expectError(
        call('ListTagsOfResource', { ResourceArn: '' }),
        'AccessDeniedException',
        'User: arn:aws:iam::123456789012:user/learner is not authorized to perform: dynamodb:ListTagsOfResource on resource: *',
      )
    })

    it('returns ValidationException for null Tags before checking the ARN is a table', () => {
      expectError(
        call('TagResource', { ResourceArn: 'a:b:c:d:e:f/g' }),
        'ValidationException',
        "1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null",
      )
      expectError(
        call('UntagResource', { ResourceArn: 'a:b:c:d:e:f/g' }),
        'ValidationException',
        "1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null",
      )
    })

    it('returns ValidationException for a non-table ARN', () => {
      expectError(
        call('TagResource', { ResourceArn: 'a:b:c:d:e:f/g', Tags: [] }),
        'ValidationException',
        'Invalid TableArn: Invalid ResourceArn provided as input a:b:c:d:e:f/g',
      )
      const short = 'arn:aws:dynamodb:us-east-1:123456789012:table/ab'
      expectError(call('ListTagsOfResource', { ResourceArn: short }), 'ValidationException', `Invalid TableArn: Invalid ResourceArn provided as input ${short}`)
    })

    it('returns ValidationException for empty Tags / TagKeys', () => {
      expectError(call('TagResource', { ResourceArn: missingArn, Tags: [] }), 'ValidationException', 'Atleast one Tag needs to be provided as Input.')
      expectError(call('UntagResource', { ResourceArn: missingArn, TagKeys: [] }), 'ValidationException', 'Atleast one Tag Key needs to be provided as Input.')
    })

    it('returns ResourceNotFoundException with each action’s text', () => {
      expectError(
        call('TagResource', { ResourceArn: missingArn, Tags: [{ Key: 'a', Value: 'b' }] }),
        'ResourceNotFoundException',
        `Requested resource not found: ResourcArn: ${missingArn} not found`,
      )
      expectError(call('UntagResource', { ResourceArn: missingArn, TagKeys: ['a'] }), 'ResourceNotFoundException', 'Requested resource not found')
      expectError(call('ListTagsOfResource', { ResourceArn: missingArn }), 'ResourceNotFoundException', `Requested resource not found: ResourcArn: ${missingArn} not found`)
    })

    it('returns ValidationException for reserved, duplicate or too many tags', () => {
      expectError(call('TagResource', { ResourceArn: arn, Tags: [{ Key: 'aws:x', Value: '1' }] }), 'ValidationException', 'Tag Key cannot be prefixed with aws:, Key: aws:x')
      expectError(
        call('TagResource', { ResourceArn: arn, Tags: [{ Key: 'k', Value: '1' }, { Key: 'k', Value: '2' }] }),
        'ValidationException',
        'Duplicate Tag Keys provided as input: Duplicate Tag Key found k',
      )
      const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }))
      out(call('TagResource', { ResourceArn: arn, Tags: fifty }))
      expectError(
        call('TagResource', { ResourceArn: arn, Tags: [{ Key: 'one-more', Value: 'v' }] }),
        'ValidationException',
        'Number of Tags exceed the current limit for the provided ResourceArn',
      )
    })

    it('returns SerializationException for a non-string tag value', () => {
      expectError(call('TagResource', { ResourceArn: arn, Tags: [{ Key: 'k', Value: 1 }] }), 'SerializationException', 'NUMBER_VALUE cannot be converted to String')
    })
  })

  describe('functionality', () => {
    it('adds, replaces, lists and removes tags', () => {
      expect(out(call('ListTagsOfResource', { ResourceArn: arn }))).toEqual({ Tags: [] })
      expect(out(call('TagResource', { ResourceArn: arn, Tags: [{ Key: 't1', Value: 'v1' }, { Key: 't2', Value: 'v2' }] }))).toEqual({})
      out(call('TagResource', { ResourceArn: arn, Tags: [{ Key: 't1', Value: 'new' }] }))
      expect(out(call('ListTagsOfResource', { ResourceArn: arn })).Tags).toEqual([
        { Key: 't1', Value: 'new' },
        { Key: 't2', Value: 'v2' },
      ])
      expect(out(call('UntagResource', { ResourceArn: arn, TagKeys: ['t1', 'absent'] }))).toEqual({})
      expect(out(call('ListTagsOfResource', { ResourceArn: arn })).Tags).toEqual([{ Key: 't2', Value: 'v2' }])
    })
  })
})
