import { describe, expect, it } from 'vitest'
import { TraceLog, type Trace } from './trace.ts'

const trace = (id: string): Trace => ({ id, source: 'sdk', service: 'dynamodb', operation: 'GetItem', start: 0, end: 1, outcome: 'ok', hops: [], detail: {} })

describe('TraceLog', () => {
  it('keeps the newest traces, oldest first, once over capacity', () => {
    const log = new TraceLog(3)
    for (const id of ['a', 'b', 'c', 'd', 'e']) log.add(trace(id))
    expect(log.list().map((t) => t.id)).toEqual(['c', 'd', 'e'])
    expect(log.get('b')).toBeUndefined()
    expect(log.get('d')?.id).toBe('d')
  })

  it('round-trips through getState/setState in order', () => {
    const log = new TraceLog(3)
    for (const id of ['a', 'b', 'c', 'd']) log.add(trace(id))
    const copy = new TraceLog(3)
    copy.setState(log.getState())
    copy.add(trace('e'))
    expect(copy.list().map((t) => t.id)).toEqual(['c', 'd', 'e'])
  })
})
