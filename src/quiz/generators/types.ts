import type { SeededRandom } from '../../engine/clock/SeededRandom.ts'
import type { Difficulty, Errata, NoteSource, NumericQuestion, QuizTopic } from '../types.ts'

/** A generated numeric question and its worked solution (one string per step). */
export interface GeneratedQuestion {
  question: NumericQuestion
  steps: string[]
  /** The drawn parameters (shown to nobody; tests recompute the answer from them independently). */
  params: GeneratorParams
}

export type GeneratorParams = Record<string, number | string | boolean>

/** What one draw of a generator produces; the registry adds id, topic, subtopic, source and kind. */
export interface GeneratorDraw {
  prompt: string
  answer: number
  unit: string
  /** @default 0 */
  tolerance?: number
  explanation: string
  difficulty: Difficulty
  errata?: Errata
  steps: string[]
  params: GeneratorParams
}

/**
 * A parameterized question family. `generate` draws its parameters from `random` and computes the answer
 * with the engine's own functions, so the quiz and the simulator can never disagree.
 */
export interface QuestionGenerator {
  /** Kebab-case, used in generated question ids: `gen-<id>-<seed>`. */
  id: string
  title: string
  topic: QuizTopic
  subtopic: string
  source: NoteSource
  generate(random: SeededRandom): GeneratorDraw
}

/** Picks one element of `list`. */
export function pick<T>(random: SeededRandom, list: readonly T[]): T {
  return list[random.int(0, list.length - 1)]!
}

/** `1,234.5` style formatting for prompts and steps. */
export const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 6 })
