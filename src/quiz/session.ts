import type { SeededRandom } from '../engine/clock/SeededRandom.ts'
import { grade, type GradeResult, type QuizResponse } from './grade.ts'
import type { Difficulty, Question, QuizTopic } from './types.ts'

/**
 * Practice and exam sessions: which questions to ask, and the score. Pure: the UI passes a seeded random
 * generator (seeded from the wall clock there) and keeps time for the exam's countdown.
 */

/** A question as the learner sees it, with the worked solution for generated ones. */
export interface QuizItem {
  question: Question
  /** Worked solution steps (generated numeric questions). */
  steps?: string[]
}

export interface PracticeOptions {
  /** Topics to draw from; empty = all. */
  topics: readonly QuizTopic[]
  /** Difficulties to draw from; empty = all. */
  difficulties: readonly Difficulty[]
  count: number
}

/** Fisher–Yates shuffle with the seeded generator (returns a new array). */
export function shuffle<T>(list: readonly T[], random: SeededRandom): T[] {
  const out = list.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** Up to `count` random items matching the topics and difficulties. */
export function pickPractice(pool: readonly QuizItem[], options: PracticeOptions, random: SeededRandom): QuizItem[] {
  const matching = pool.filter(
    (i) => (options.topics.length === 0 || options.topics.includes(i.question.topic)) && (options.difficulties.length === 0 || options.difficulties.includes(i.question.difficulty)),
  )
  return shuffle(matching, random).slice(0, options.count)
}

/**
 * Exam weighting by topic (share of questions). Our own split for this course, following the weight
 * of each service in the notes; any topic can be given any weight.
 */
export const DEFAULT_EXAM_WEIGHTS: Readonly<Record<QuizTopic, number>> = {
  dynamodb: 0.35,
  lambda: 0.2,
  apigateway: 0.2,
  cognito: 0.08,
  'sam-serverless-framework': 0.07,
  architecture: 0.1,
}

/**
 * How many questions each topic gets: `count` split by weight with the largest-remainder method,
 * limited by how many questions each topic has (leftovers go to topics with questions to spare).
 */
export function allocateByWeight(count: number, weights: Readonly<Partial<Record<QuizTopic, number>>>, available: Readonly<Partial<Record<QuizTopic, number>>>): Partial<Record<QuizTopic, number>> {
  const topics = (Object.keys(weights) as QuizTopic[]).filter((t) => (weights[t] ?? 0) > 0 && (available[t] ?? 0) > 0)
  const total = topics.reduce((s, t) => s + weights[t]!, 0)
  const out: Partial<Record<QuizTopic, number>> = {}
  if (total === 0) return out
  const exact = topics.map((t) => ({ t, q: (count * weights[t]!) / total }))
  for (const { t, q } of exact) out[t] = Math.min(Math.floor(q), available[t]!)
  let left = count - topics.reduce((s, t) => s + out[t]!, 0)
  const byRemainder = exact.sort((a, b) => b.q - Math.floor(b.q) - (a.q - Math.floor(a.q)) || weights[b.t]! - weights[a.t]!)
  while (left > 0) {
    let gave = false
    for (const { t } of byRemainder) {
      if (left > 0 && out[t]! < available[t]!) {
        out[t]!++
        left--
        gave = true
      }
    }
    if (!gave) break
  }
  return out
}

/** `count` exam questions drawn across topics by weight, shuffled together. */
export function pickExam(pool: readonly QuizItem[], count: number, random: SeededRandom, weights: Readonly<Partial<Record<QuizTopic, number>>> = DEFAULT_EXAM_WEIGHTS): QuizItem[] {
  const byTopic = new Map<QuizTopic, QuizItem[]>()
  for (const item of pool) {
    const list = byTopic.get(item.question.topic) ?? []
    list.push(item)
    byTopic.set(item.question.topic, list)
  }
  const available = Object.fromEntries([...byTopic].map(([t, l]) => [t, l.length]))
  const allocation = allocateByWeight(count, weights, available)
  const chosen: QuizItem[] = []
  for (const [topic, n] of Object.entries(allocation) as [QuizTopic, number][]) chosen.push(...shuffle(byTopic.get(topic)!, random).slice(0, n))
  return shuffle(chosen, random)
}

/** One answered question of a session. */
export interface AnsweredItem {
  item: QuizItem
  response: QuizResponse | undefined
  result: GradeResult
}

/** Grades an answer; an unanswered question (time ran out) is wrong. */
export function answerItem(item: QuizItem, response: QuizResponse | undefined): AnsweredItem {
  const result = response ? grade(item.question, response) : { ...grade(item.question, { kind: 'single', choice: -1 }), correct: false, given: '(no answer)' }
  return { item, response, result }
}

export interface TopicScore {
  correct: number
  total: number
}

/** Correct / total per topic and overall. */
export function scoreByTopic(answers: readonly AnsweredItem[]): { overall: TopicScore; topics: Partial<Record<QuizTopic, TopicScore>> } {
  const topics: Partial<Record<QuizTopic, TopicScore>> = {}
  for (const a of answers) {
    const s = (topics[a.item.question.topic] ??= { correct: 0, total: 0 })
    s.total++
    if (a.result.correct) s.correct++
  }
  return { overall: { correct: answers.filter((a) => a.result.correct).length, total: answers.length }, topics }
}
