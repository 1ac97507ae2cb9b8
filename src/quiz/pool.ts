import { allQuestions } from './bank/index.ts'
import { generateQuestion, generators, regenerate } from './generators/index.ts'
import type { QuizItem } from './session.ts'

/** Generated questions per generator in a pool. @default 4 */
export const GENERATED_PER_GENERATOR = 4

/**
 * The questions a session draws from: the written bank (with the predict questions), plus, when asked,
 * `perGenerator` fresh generated questions per generator with seeds derived from `seed`.
 */
export function buildPool(options: { includeGenerated: boolean; seed: number; perGenerator?: number }): QuizItem[] {
  const items: QuizItem[] = allQuestions.map((question) => ({ question }))
  if (options.includeGenerated) {
    const n = options.perGenerator ?? GENERATED_PER_GENERATOR
    generators.forEach((g, gi) => {
      for (let k = 0; k < n; k++) {
        const { question, steps } = generateQuestion(g, ((options.seed >>> 0) + gi * 7919 + k * 104729) % 2147483647)
        items.push({ question, steps })
      }
    })
  }
  return items
}

const byId = new Map(allQuestions.map((q) => [q.id, q]))

/** A written or generated question by id (for spaced review), or undefined when it no longer exists. */
export function findItem(id: string): QuizItem | undefined {
  const q = byId.get(id)
  if (q) return { question: q }
  const g = regenerate(id)
  return g ? { question: g.question, steps: g.steps } : undefined
}
