import { describe, expect, it } from 'vitest'
import { VirtualClock } from './VirtualClock.ts'
import { SeededRandom } from './SeededRandom.ts'

describe('VirtualClock', () => {
  it('fires events in time order, same-time events in scheduling order', () => {
    const clock = new VirtualClock()
    const fired: string[] = []
    clock.on('mark', (p: string) => fired.push(`${p}@${clock.now()}`))
    clock.schedule(30, 'mark', 'c')
    clock.schedule(10, 'mark', 'a')
    clock.schedule(10, 'mark', 'b')
    expect(clock.advanceTo(20)).toBe(2)
    expect(fired).toEqual(['a@10', 'b@10'])
    expect(clock.now()).toBe(20)
    clock.advanceBy(100)
    expect(fired).toEqual(['a@10', 'b@10', 'c@30'])
  })

  it('steps to the next event and skips cancelled ones', () => {
    const clock = new VirtualClock()
    const fired: number[] = []
    clock.on('x', () => fired.push(clock.now()))
    const id = clock.schedule(5, 'x')
    clock.schedule(7, 'x')
    clock.cancel(id)
    expect(clock.nextEventAt()).toBe(7)
    expect(clock.step()).toBe(true)
    expect(fired).toEqual([7])
    expect(clock.step()).toBe(false)
  })

  it('events scheduled by a handler for the same instant still fire in that advance', () => {
    const clock = new VirtualClock()
    const fired: string[] = []
    clock.on('first', () => {
      fired.push('first')
      clock.scheduleIn(0, 'second')
    })
    clock.on('second', () => fired.push('second'))
    clock.schedule(10, 'first')
    clock.advanceTo(10)
    expect(fired).toEqual(['first', 'second'])
  })

  it('snapshots and restores the queue', () => {
    const a = new VirtualClock()
    const fired: unknown[] = []
    a.on('k', (p) => fired.push(p))
    a.schedule(50, 'k', { n: 1 })
    a.advanceTo(10)
    const b = new VirtualClock()
    b.on('k', (p) => fired.push(p))
    b.setState(a.getState())
    expect(b.now()).toBe(10)
    b.advanceTo(60)
    expect(fired).toEqual([{ n: 1 }])
  })

  it('refuses to move backwards', () => {
    const clock = new VirtualClock()
    clock.advanceTo(10)
    expect(() => clock.advanceTo(5)).toThrow(/backwards/)
  })
})

describe('SeededRandom', () => {
  it('replays the same sequence for the same seed', () => {
    const a = new SeededRandom(42)
    const b = new SeededRandom(42)
    const xs = Array.from({ length: 5 }, () => a.next())
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs)
    expect(new Set(xs).size).toBe(5)
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true)
  })

  it('restores its state', () => {
    const a = new SeededRandom(7)
    a.next()
    const s = a.getState()
    const x = a.next()
    a.setState(s)
    expect(a.next()).toBe(x)
  })
})
