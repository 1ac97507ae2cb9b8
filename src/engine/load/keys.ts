import type { SeededRandom } from '../clock/SeededRandom.ts'

/**
 * Which partition key values a workload's requests address.
 * - `uniform`: every one of `count` keys equally likely.
 * - `zipf`: key k (1-based rank) with probability ∝ 1 / k^skew over `count` keys (skew 0 = uniform; ~1 is
 *   typical web traffic; larger is hotter).
 * - `hotKey`: a single key gets `fraction` of the requests (@default 1, i.e. all of them); the rest are
 *   uniform over `count` other keys.
 * - `sharded`: write sharding of one hot key, as in the DynamoDB guide's voting example
 *   (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-sharding.html):
 *   `key` becomes `key.<0..shards-1>`. With `suffix: 'random'` each request picks a suffix at random; with
 *   `'calculated'` the suffix is a hash of another attribute (`sourceAttribute`, one of `sourceCount`
 *   values, e.g. a voter id) mod `shards`, so a reader who knows that attribute can compute it.
 */
export type KeyDistribution =
  | { kind: 'uniform'; count: number }
  | { kind: 'zipf'; count: number; skew: number }
  | { kind: 'hotKey'; key?: string; fraction?: number; count?: number }
  | { kind: 'sharded'; key: string; shards: number; suffix: 'random' | 'calculated'; sourceAttribute?: string; sourceCount?: number }

/** One chosen key: the partition key text and, for calculated sharding, the attribute it was derived from. */
export interface ChosenKey {
  /** Partition key value as text (numbers as decimal strings). */
  value: string
  /** For `sharded`/`calculated`: the source attribute's name and value written with the item. */
  source?: { name: string; value: string }
}

/** Draws keys for one workload run. All randomness comes from the generator passed to {@link KeySampler.next}. */
export interface KeySampler {
  next(random: SeededRandom): ChosenKey
}

/** 32-bit FNV-1a hash of a string (the "calculated suffix" hash: stable, cheap, well spread). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** The shard suffix of a calculated write-sharding scheme: `fnv1a(sourceValue) mod shards`. */
export function calculatedSuffix(sourceValue: string, shards: number): number {
  return fnv1a(sourceValue) % shards
}

/** Cumulative Zipf probabilities for ranks 1..count (last entry 1). */
export function zipfCdf(count: number, skew: number): Float64Array {
  const cdf = new Float64Array(count)
  let sum = 0
  for (let k = 1; k <= count; k++) cdf[k - 1] = sum += 1 / k ** skew
  for (let i = 0; i < count; i++) cdf[i]! /= sum
  cdf[count - 1] = 1
  return cdf
}

/** Index (0-based rank) of the first CDF entry ≥ u (binary search). */
function search(cdf: Float64Array, u: number): number {
  let lo = 0
  let hi = cdf.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (cdf[mid]! < u) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Names `count` keys `key-0 … key-<count-1>` once (no string building per request). */
function names(prefix: string, count: number): string[] {
  const out = new Array<string>(count)
  for (let i = 0; i < count; i++) out[i] = `${prefix}${i}`
  return out
}

/**
 * A sampler for `d`. Key texts: `key-<i>` for uniform/Zipf (i = rank − 1 for Zipf, so `key-0` is the
 * hottest), `hot` (or `d.key`) for the hot key, `<key>.<suffix>` for sharding.
 * @throws RangeError when a count/shards/fraction is out of range (the workload validator reports these first)
 */
export function keySampler(d: KeyDistribution): KeySampler {
  switch (d.kind) {
    case 'uniform': {
      const keys = names('key-', positive(d.count, 'count'))
      return { next: (r) => ({ value: keys[Math.floor(r.next() * keys.length)]! }) }
    }
    case 'zipf': {
      const keys = names('key-', positive(d.count, 'count'))
      const cdf = zipfCdf(keys.length, d.skew)
      return { next: (r) => ({ value: keys[search(cdf, r.next())]! }) }
    }
    case 'hotKey': {
      const hot = { value: d.key ?? 'hot' }
      const fraction = d.fraction ?? 1
      if (!(fraction >= 0 && fraction <= 1)) throw new RangeError('fraction must be between 0 and 1')
      if (fraction === 1) return { next: () => hot }
      const others = names('key-', positive(d.count ?? 1000, 'count'))
      return { next: (r) => (r.next() < fraction ? hot : { value: others[Math.floor(r.next() * others.length)]! }) }
    }
    case 'sharded': {
      const shards = names(`${d.key}.`, positive(d.shards, 'shards'))
      const pick = (i: number): ChosenKey => ({ value: shards[i]! })
      if (d.suffix === 'random') return { next: (r) => pick(Math.floor(r.next() * shards.length)) }
      const name = d.sourceAttribute ?? 'VoterId'
      const sources = names('voter-', positive(d.sourceCount ?? 10_000, 'sourceCount'))
      const suffixOf = sources.map((s) => calculatedSuffix(s, shards.length))
      return {
        next: (r) => {
          const i = Math.floor(r.next() * sources.length)
          return { value: shards[suffixOf[i]!]!, source: { name, value: sources[i]! } }
        },
      }
    }
  }
}

function positive(n: number, what: string): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what} must be a positive integer`)
  return n
}
