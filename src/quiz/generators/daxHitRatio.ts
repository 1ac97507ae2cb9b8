import { DAX_ITEM_CACHE_DEFAULT_TTL_MS, daxItemCacheHits, periodicReads } from '../../engine/dax/hitRatio.ts'
import { fmt, pick, type GeneratorDraw, type QuestionGenerator } from './types.ts'

/** DAX item cache hit ratio for a periodic key pattern (src/engine/dax/hitRatio.ts). */
export const daxHitRatioGenerator: QuestionGenerator = {
  id: 'dax-hit-ratio',
  title: 'DAX hit ratio',
  topic: 'dynamodb',
  subtopic: 'dax',
  source: { note: '1-dynamodb-and-api-gateway.txt', section: 'DynamoDB Accerlator (DAX):' },
  generate(random): GeneratorDraw {
    const keys = pick(random, [1, 2, 5, 10, 50, 100])
    const periodS = pick(random, [10, 30, 60, 90, 120, 240, 400])
    const minutes = pick(random, [10, 15, 20, 30, 60])
    const ttlMs = pick(random, [DAX_ITEM_CACHE_DEFAULT_TTL_MS, DAX_ITEM_CACHE_DEFAULT_TTL_MS, 60_000, 600_000])
    const stats = daxItemCacheHits(periodicReads(keys, periodS * 1000, minutes * 60_000), ttlMs)
    const total = stats.hits + stats.misses
    const answer = Math.round((stats.hits / total) * 1000) / 10
    const perKey = total / keys
    const cycle = Math.ceil(ttlMs / 1000 / periodS)
    return {
      prompt: `Through DAX, an application reads each of ${fmt(keys)} item key(s) with eventually consistent GetItem once every ${periodS} seconds for ${minutes} minutes (reads at 0, ${periodS}, ${2 * periodS} s…). The item cache TTL is ${ttlMs === DAX_ITEM_CACHE_DEFAULT_TTL_MS ? 'the default' : `${fmt(ttlMs / 1000)} seconds`}, the cache starts empty and nothing is evicted early. What is the item cache hit ratio, in percent (one decimal)?`,
      answer,
      unit: '%',
      params: { keys, periodS, minutes, ttlMs },
      tolerance: 0.1,
      difficulty: 3,
      explanation: 'DAX caches GetItem results in its item cache for the item TTL (record-ttl-millis, default 5 minutes). A read is a hit while the cached copy is younger than the TTL; the first read and the first read after expiry are misses that go to DynamoDB and refresh the entry.',
      steps: [
        `Reads per key: ${minutes} min / ${periodS} s = ${fmt(perKey)} (total ${fmt(total)}).`,
        `One entry serves reads for ${fmt(ttlMs / 1000)} s → ${cycle} read(s) per cycle: 1 miss then ${cycle - 1} hit(s).`,
        `Misses per key: ceil(${fmt(perKey)} / ${cycle}) = ${fmt(stats.misses / keys)}; hits ${fmt(stats.hits)} of ${fmt(total)}.`,
        `Hit ratio: ${fmt(stats.hits)} / ${fmt(total)} = ${fmt(answer)} %.`,
      ],
    }
  },
}
