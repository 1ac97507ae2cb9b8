import { beforeEach, describe, expect, it } from 'vitest'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'
import { IDEMPOTENCY_WINDOW_MS } from './idempotency.ts'

let sim: Simulation

function call(s: Simulation, op: string, input: Record<string, unknown>) {
  return s.request('dynamodb', op, input)
}
function transaction(value: string, token = 'token-1') {
  return {
    ClientRequestToken: token,
    ReturnConsumedCapacity: 'TOTAL',
    TransactItems: [{ Put: { TableName: 'hash', Item: { a: { S: 'k' }, v: { S: value } } } }],
  }
}
function stored(s: Simulation) {
  return (call(s, 'GetItem', { TableName: 'hash', Key: { a: { S: 'k' } }, ConsistentRead: true }).output as { Item?: unknown }).Item
}
/** A new simulation loaded from `sim`'s snapshot (through JSON, as a saved workspace is). */
function restored(): Simulation {
  const copy = new Simulation()
  copy.setState(JSON.parse(JSON.stringify(sim.getState())))
  return copy
}

beforeEach(() => {
  sim = new Simulation()
  addTestTable(sim, 'hash', { hash: ['a', 'S'] })
})

describe('TransactWriteItems', () => {
  describe('functionality', () => {
    it('keeps ClientRequestTokens in the snapshot: a restored workspace treats a repeat as a repeat', () => {
      expect(call(sim, 'TransactWriteItems', transaction('first')).error).toBeUndefined()
      const copy = restored()
      call(copy, 'DeleteItem', { TableName: 'hash', Key: { a: { S: 'k' } } })
      const repeat = call(copy, 'TransactWriteItems', transaction('first'))
      expect(repeat.error).toBeUndefined()
      // A repeat writes nothing and reports read units (AWS-FACTS §7).
      expect(stored(copy)).toBeUndefined()
      expect(repeat.output).toEqual({ ConsumedCapacity: [{ TableName: 'hash', CapacityUnits: 2, ReadCapacityUnits: 2 }] })
    })

    it('keeps the token parameters: other parameters under a restored token are a mismatch', () => {
      call(sim, 'TransactWriteItems', transaction('first'))
      const r = call(restored(), 'TransactWriteItems', transaction('second'))
      expect(r.error?.name).toBe('IdempotentParameterMismatchException')
    })

    it('keeps the window: a restored token is new again 10 minutes after its request', () => {
      call(sim, 'TransactWriteItems', transaction('first'))
      const copy = restored()
      copy.advanceBy(IDEMPOTENCY_WINDOW_MS)
      expect(call(copy, 'TransactWriteItems', transaction('second')).error).toBeUndefined()
      expect(stored(copy)).toEqual({ a: { S: 'k' }, v: { S: 'second' } })
    })

    it('leaves expired tokens and token-less workspaces out of the snapshot', () => {
      expect(sim.getState().dynamodb.clientRequestTokens).toBeUndefined()
      call(sim, 'TransactWriteItems', transaction('first'))
      expect(sim.getState().dynamodb.clientRequestTokens).toEqual([{ token: 'token-1', fingerprint: expect.any(String), at: sim.clock.now() }])
      sim.advanceBy(IDEMPOTENCY_WINDOW_MS)
      expect(sim.getState().dynamodb.clientRequestTokens).toBeUndefined()
    })

    it('forgets the tokens of the replaced state when a snapshot without tokens is loaded', () => {
      const empty = sim.getState()
      call(sim, 'TransactWriteItems', transaction('first'))
      sim.setState(empty)
      expect(call(sim, 'TransactWriteItems', transaction('second')).error).toBeUndefined()
      expect(stored(sim)).toEqual({ a: { S: 'k' }, v: { S: 'second' } })
    })
  })
})
