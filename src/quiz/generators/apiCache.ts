import { API_CACHE_DEFAULT_TTL_SECONDS, simulateStageCache, type CacheRequest } from '../../engine/apigateway/cache.ts'
import { fmt, pick, type GeneratorDraw, type QuestionGenerator } from './types.ts'

/** API Gateway stage cache hits over a request timeline (src/engine/apigateway/cache.ts). */
export const apiCacheGenerator: QuestionGenerator = {
  id: 'apigw-cache',
  title: 'API Gateway cache over time',
  topic: 'apigateway',
  subtopic: 'caching',
  source: { note: '1-dynamodb-and-api-gateway.txt', section: 'Caching API responses' },
  generate(random): GeneratorDraw {
    const ttl = pick(random, [API_CACHE_DEFAULT_TTL_SECONDS, API_CACHE_DEFAULT_TTL_SECONDS, 60, 120, 600, 3600])
    const defaultTtl = ttl === API_CACHE_DEFAULT_TTL_SECONDS && random.next() < 0.5
    const count = random.int(5, 9)
    const times: number[] = []
    let t = 0
    for (let i = 0; i < count; i++) {
      times.push(t)
      t += pick(random, [10, 30, 45, 60, 90, 120, 200, 250, 400, 700, 1200])
    }
    const requests: CacheRequest[] = times.map((at) => ({ at, key: 'GET /products' }))
    const outcomes = simulateStageCache(requests, ttl)
    const answer = outcomes.filter((o) => o.hit).length
    const list = times.map((s) => `${fmt(s)} s`).join(', ')
    return {
      prompt: `A stage has caching enabled with ${defaultTtl ? 'the default TTL' : `a TTL of ${fmt(ttl)} seconds`}. Identical GET /products requests (same cache key) arrive at ${list}. The cache starts empty. How many of them are served from the cache?`,
      answer,
      unit: 'cache hits',
      params: { ttl, times: times.join(',') },
      difficulty: defaultTtl ? 3 : 2,
      explanation: 'A miss goes to the integration and stores the response for the TTL; later requests with the same cache key hit until the entry expires, then the next request misses and refreshes it. The default TTL is 300 seconds (range 0–3,600).',
      ...(defaultTtl
        ? {
            errata: {
              notesSay: 'the default cache TTL is 330 seconds',
              awsSays: 'the default TTL is 300 seconds, configurable from 0 to 3,600 seconds',
              source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
            },
          }
        : {}),
      steps: outcomes.map((o) => `t = ${fmt(o.at)} s: ${o.hit ? 'hit' : `miss → cached until ${fmt(o.at + ttl)} s`}`),
    }
  },
}
