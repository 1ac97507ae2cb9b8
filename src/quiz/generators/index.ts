import { SeededRandom } from '../../engine/clock/SeededRandom.ts'
import type { GeneratedQuestion, QuestionGenerator } from './types.ts'
import { rcuGenerator, transactionalWcuGenerator, wcuGenerator } from './capacity.ts'
import { partitionsByCapacityGenerator, partitionsBySizeGenerator } from './partitions.ts'
import { burstGenerator } from './burst.ts'
import { lambdaConcurrencyGenerator } from './lambdaConcurrency.ts'
import { lambdaCostGenerator } from './lambdaCost.ts'
import { apiCacheGenerator } from './apiCache.ts'
import { daxHitRatioGenerator } from './daxHitRatio.ts'

export type { GeneratedQuestion, QuestionGenerator } from './types.ts'

/** Every question generator, by id. */
export const generators: readonly QuestionGenerator[] = [
  rcuGenerator,
  wcuGenerator,
  transactionalWcuGenerator,
  partitionsByCapacityGenerator,
  partitionsBySizeGenerator,
  burstGenerator,
  lambdaConcurrencyGenerator,
  lambdaCostGenerator,
  apiCacheGenerator,
  daxHitRatioGenerator,
]

/** Prefix of generated question ids: `gen-<generator id>-<seed>`. */
export const GENERATED_PREFIX = 'gen-'

/** The question `gen` produces for `seed` (same seed → same question). */
export function generateQuestion(gen: QuestionGenerator, seed: number): GeneratedQuestion {
  const { steps, params, ...d } = gen.generate(new SeededRandom(seed))
  return {
    steps,
    params,
    question: {
      id: `${GENERATED_PREFIX}${gen.id}-${seed >>> 0}`,
      kind: 'numeric',
      topic: gen.topic,
      subtopic: gen.subtopic,
      source: gen.source,
      ...d,
    },
  }
}

/** Rebuilds a generated question from its id, or undefined when the id is not a generated one. */
export function regenerate(id: string): GeneratedQuestion | undefined {
  const m = /^gen-(.+)-(\d+)$/.exec(id)
  if (!m) return undefined
  const gen = generators.find((g) => g.id === m[1])
  return gen ? generateQuestion(gen, Number(m[2])) : undefined
}
