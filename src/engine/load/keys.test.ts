import { describe, expect, it } from 'vitest'
import { SeededRandom } from '../clock/SeededRandom.ts'
import { calculatedSuffix, fnv1a, keySampler, zipfCdf } from './keys.ts'

function histogram(sampler: ReturnType<typeof keySampler>, n: number, seed = 1): Map<string, number> {
  const r = new SeededRandom(seed)
  const h = new Map<string, number>()
  for (let i = 0; i < n; i++) {
    const k = sampler.next(r).value
    h.set(k, (h.get(k) ?? 0) + 1)
  }
  return h
}

describe('key distributions', () => {
  describe('functionality', () => {
    it('uniform spreads requests evenly over N keys', () => {
      const h = histogram(keySampler({ kind: 'uniform', count: 10 }), 100_000)
      expect(h.size).toBe(10)
      for (const c of h.values()) expect(Math.abs(c - 10_000)).toBeLessThan(500)
    })

    it('zipf with skew s gives rank k a share ∝ 1/k^s', () => {
      const h = histogram(keySampler({ kind: 'zipf', count: 100, skew: 1 }), 200_000)
      const harmonic = Array.from({ length: 100 }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b)
      expect((h.get('key-0') ?? 0) / 200_000).toBeCloseTo(1 / harmonic, 2)
      const ratio = (h.get('key-0') ?? 0) / (h.get('key-1') ?? 1)
      expect(ratio).toBeGreaterThan(1.85)
      expect(ratio).toBeLessThan(2.15)
    })

    it('a larger zipf skew concentrates more traffic on the top key', () => {
      const top = (skew: number): number => histogram(keySampler({ kind: 'zipf', count: 1000, skew }), 50_000).get('key-0') ?? 0
      expect(top(0)).toBeLessThan(200)
      expect(top(1.5)).toBeGreaterThan(top(1))
      expect(top(1)).toBeGreaterThan(top(0.5))
    })

    it('zipfCdf ends at exactly 1 and is increasing', () => {
      const cdf = zipfCdf(50, 1.2)
      expect(cdf[49]).toBe(1)
      for (let i = 1; i < 50; i++) expect(cdf[i]!).toBeGreaterThan(cdf[i - 1]!)
    })

    it('hotKey sends every request to one key', () => {
      const h = histogram(keySampler({ kind: 'hotKey', key: 'Candidate_A' }), 1000)
      expect([...h]).toEqual([['Candidate_A', 1000]])
    })

    it('hotKey with a fraction sends that share to the hot key and the rest elsewhere', () => {
      const h = histogram(keySampler({ kind: 'hotKey', fraction: 0.9, count: 100 }), 50_000)
      expect((h.get('hot') ?? 0) / 50_000).toBeCloseTo(0.9, 2)
      expect(h.size).toBe(101)
    })

    it('random write sharding spreads Candidate_A over Candidate_A.0 … .N-1 evenly', () => {
      const h = histogram(keySampler({ kind: 'sharded', key: 'Candidate_A', shards: 10, suffix: 'random' }), 100_000)
      expect([...h.keys()].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `Candidate_A.${i}`).sort())
      for (const c of h.values()) expect(Math.abs(c - 10_000)).toBeLessThan(500)
    })

    it('calculated write sharding derives the suffix from the source attribute: hash(value) mod N', () => {
      const sampler = keySampler({ kind: 'sharded', key: 'Candidate_A', shards: 7, suffix: 'calculated', sourceAttribute: 'VoterId', sourceCount: 5000 })
      const r = new SeededRandom(9)
      const counts = new Array<number>(7).fill(0)
      let mismatches = 0
      for (let i = 0; i < 70_000; i++) {
        const k = sampler.next(r)
        const suffix = calculatedSuffix(k.source!.value, 7)
        if (k.source?.name !== 'VoterId' || k.value !== `Candidate_A.${suffix}`) mismatches++
        counts[suffix]!++
      }
      expect(mismatches).toBe(0)
      for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(1000)
    })

    it('the same voter always lands on the same shard (a reader can compute it)', () => {
      expect(calculatedSuffix('voter-17', 10)).toBe(calculatedSuffix('voter-17', 10))
      expect(fnv1a('')).toBe(0x811c9dc5)
      expect(fnv1a('a')).toBe(0xe40c292c)
    })

    it('the same seed draws the same keys', () => {
      const d = { kind: 'zipf', count: 1000, skew: 1.2 } as const
      expect([...histogram(keySampler(d), 5000, 5)]).toEqual([...histogram(keySampler(d), 5000, 5)])
    })
  })

  describe('validations', () => {
    it('rejects a non-positive key count', () => {
      expect(() => keySampler({ kind: 'uniform', count: 0 })).toThrow(RangeError)
      expect(() => keySampler({ kind: 'sharded', key: 'k', shards: 1.5, suffix: 'random' })).toThrow(RangeError)
    })
  })
})
