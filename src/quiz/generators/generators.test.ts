import { describe, expect, it } from 'vitest'
import { generateQuestion, generators, regenerate } from './index.ts'
import type { GeneratorParams } from './types.ts'

/**
 * Every generator's answer must equal an INDEPENDENT calculation, written here from AWS's rules
 * (not by calling the engine functions the generators use), for 1,000 seeded cases each.
 */
const CASES = 1000
const KB = 1024

const independent: Record<string, (p: GeneratorParams) => number> = {
  // RCU: 4 KB blocks per item; strong 1, eventual 0.5, transactional 2 per block; whole units.
  rcu: (p) => {
    const blocks = Math.max(1, Math.ceil((p.bytes as number) / (4 * KB)))
    const factor = p.consistency === 'strong' ? 1 : p.consistency === 'eventual' ? 0.5 : 2
    return Math.ceil((p.perSecond as number) * blocks * factor)
  },
  // WCU: 1 KB blocks per item times writes per second.
  wcu: (p) => (p.perSecond as number) * Math.max(1, Math.ceil((p.bytes as number) / KB)),
  'transactional-wcu': (p) => 2 * (p.perSecond as number) * Math.max(1, Math.ceil((p.bytes as number) / KB)),
  'partitions-capacity': (p) => Math.max(1, Math.ceil((3 * (p.rcu as number)) / 9000 + (p.wcu as number) / 1000)),
  'partitions-size': (p) => {
    const byCap = Math.ceil((p.rcu as number) / 3000 + (p.wcu as number) / 1000)
    const bySize = Math.ceil((p.gb as number) / 10)
    return Math.max(1, byCap, bySize)
  },
  burst: (p) => ((p.idle as number) >= 300 ? 300 : (p.idle as number)) * ((p.provisioned as number) - (p.used as number)),
  'lambda-concurrency': (p) => Math.ceil(((p.rate as number) * (p.durationMs as number)) / 1000),
  'lambda-cost': (p) => {
    const requests = p.requests as number
    const gbs = (requests * ((p.durationMs as number) / 1000) * (p.memoryMb as number)) / 1024
    const freeReq = p.freeTier ? 1e6 : 0
    const freeGbs = p.freeTier ? 4e5 : 0
    return (Math.max(0, requests - freeReq) * 0.2) / 1e6 + Math.max(0, gbs - freeGbs) * 0.0000166667
  },
  'apigw-cache': (p) => {
    const times = String(p.times).split(',').map(Number)
    const ttl = p.ttl as number
    let expires = -Infinity
    let hits = 0
    for (const t of times) {
      if (t < expires) hits++
      else expires = t + ttl
    }
    return ttl === 0 ? 0 : hits
  },
  'dax-hit-ratio': (p) => {
    const keys = p.keys as number
    const period = p.periodS as number
    const reads = Math.ceil(((p.minutes as number) * 60) / period)
    const perCycle = Math.ceil((p.ttlMs as number) / 1000 / period)
    const misses = keys * Math.ceil(reads / perCycle)
    const total = keys * reads
    return Math.round(((total - misses) / total) * 1000) / 10
  },
}

describe('quiz generators', () => {
  describe('functionality', () => {
    it('has an independent check for every generator', () => {
      expect(Object.keys(independent).sort()).toEqual(generators.map((g) => g.id).sort())
    })

    for (const gen of generators) {
      it(`${gen.id}: answer equals an independent calculation for ${CASES} seeded cases`, () => {
        const check = independent[gen.id]!
        for (let seed = 1; seed <= CASES; seed++) {
          const { question, steps, params } = generateQuestion(gen, seed)
          const want = check(params)
          if (gen.id === 'lambda-cost') {
            // The question asks for cents: the answer is the exact bill rounded to the cent.
            expect(Math.abs(question.answer - want), `${gen.id} seed ${seed}`).toBeLessThanOrEqual(0.005 + 1e-9)
          } else {
            expect(question.answer, `${gen.id} seed ${seed} ${JSON.stringify(params)}`).toBe(want)
          }
          expect(Number.isFinite(question.answer)).toBe(true)
          expect(steps.length).toBeGreaterThan(0)
          expect(question.prompt.length).toBeGreaterThan(20)
        }
      })
    }

    it('is deterministic: the same seed gives the same question, and ids regenerate', () => {
      for (const gen of generators) {
        const a = generateQuestion(gen, 42)
        expect(generateQuestion(gen, 42)).toEqual(a)
        expect(regenerate(a.question.id)).toEqual(a)
      }
      expect(regenerate('n12-not-generated')).toBeUndefined()
    })

    it('teaches the 120 writes/minute at 2 KB example as 4 WCU', () => {
      const wcu = generators.find((g) => g.id === 'wcu')!
      // Search seeds for that exact draw and check the answer.
      let found = false
      for (let seed = 1; seed <= 20000 && !found; seed++) {
        const g = generateQuestion(wcu, seed)
        if (g.params.perMinute && g.params.perSecond === 2 && g.params.bytes === 2048) {
          expect(g.question.answer).toBe(4)
          found = true
        }
      }
      expect(found).toBe(true)
    })
  })
})
