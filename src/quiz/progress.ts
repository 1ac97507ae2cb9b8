import type { QuizTopic } from './types.ts'
import { reviewCard, type RecallRating, type StoredCard } from './srs.ts'

/**
 * Quiz progress: every attempt, the spaced-repetition cards and the mastery history. JSON-serializable;
 * the UI saves it in localStorage (`serverless-sim.quiz.v1`) and the workspace export carries it.
 * Pure: times (Unix ms) are passed in.
 */

export const QUIZ_PROGRESS_FORMAT = 'serverless-sim.quiz/1'

/** How many recent attempts per topic make up its mastery. @default 20 */
export const MASTERY_WINDOW = 20
/** Attempts kept (oldest dropped). @default 5000 */
export const MAX_ATTEMPTS = 5000
/** Mastery history points kept. @default 1000 */
export const MAX_HISTORY = 1000

export type QuizMode = 'practice' | 'exam' | 'review' | 'instructor'

export interface Attempt {
  questionId: string
  topic: QuizTopic
  correct: boolean
  /** Unix ms. */
  at: number
  mode: QuizMode
}

/** Mastery per topic (0–1) at a moment. */
export interface MasteryPoint {
  at: number
  mastery: Partial<Record<QuizTopic, number>>
}

export interface QuizProgress {
  format: typeof QUIZ_PROGRESS_FORMAT
  attempts: Attempt[]
  cards: Record<string, StoredCard>
  history: MasteryPoint[]
}

export const ALL_TOPICS: readonly QuizTopic[] = ['dynamodb', 'lambda', 'apigateway', 'cognito', 'sam-serverless-framework', 'architecture']

export const TOPIC_LABELS: Record<QuizTopic, string> = {
  dynamodb: 'DynamoDB',
  lambda: 'Lambda',
  apigateway: 'API Gateway',
  cognito: 'Cognito',
  'sam-serverless-framework': 'SAM & Serverless Framework',
  architecture: 'Serverless architecture',
}

export function emptyProgress(): QuizProgress {
  return { format: QUIZ_PROGRESS_FORMAT, attempts: [], cards: {}, history: [] }
}

/** Share of correct answers among the last {@link MASTERY_WINDOW} attempts of each topic tried. */
export function masteryByTopic(attempts: readonly Attempt[]): Partial<Record<QuizTopic, number>> {
  const recent: Partial<Record<QuizTopic, boolean[]>> = {}
  for (let i = attempts.length - 1; i >= 0; i--) {
    const a = attempts[i]!
    const list = (recent[a.topic] ??= [])
    if (list.length < MASTERY_WINDOW) list.push(a.correct)
  }
  const out: Partial<Record<QuizTopic, number>> = {}
  for (const [topic, list] of Object.entries(recent) as [QuizTopic, boolean[]][]) out[topic] = list.filter(Boolean).length / list.length
  return out
}

/** Records one graded answer: appends the attempt, reschedules the card, appends a mastery point. */
export function recordAttempt(progress: QuizProgress, attempt: Attempt, rating: RecallRating): QuizProgress {
  const attempts = [...progress.attempts, attempt].slice(-MAX_ATTEMPTS)
  const cards = { ...progress.cards, [attempt.questionId]: reviewCard(progress.cards[attempt.questionId], rating, attempt.at) }
  const history = [...progress.history, { at: attempt.at, mastery: masteryByTopic(attempts) }].slice(-MAX_HISTORY)
  return { format: QUIZ_PROGRESS_FORMAT, attempts, cards, history }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/**
 * Parses saved progress.
 * @throws Error with a readable message when the text is not JSON or not quiz progress of this format.
 */
export function parseProgress(json: string): QuizProgress {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    throw new Error('The saved quiz progress is not valid JSON.')
  }
  if (!isObj(data) || data.format !== QUIZ_PROGRESS_FORMAT) throw new Error(`This is not Serverless Sim quiz progress (expected format "${QUIZ_PROGRESS_FORMAT}").`)
  const { attempts, cards, history } = data
  if (!Array.isArray(attempts) || !isObj(cards) || !Array.isArray(history)) throw new Error('The saved quiz progress is damaged (missing attempts, cards or history).')
  for (const a of attempts) {
    if (!isObj(a) || typeof a.questionId !== 'string' || typeof a.topic !== 'string' || !ALL_TOPICS.includes(a.topic as QuizTopic) || typeof a.correct !== 'boolean' || !isNum(a.at)) {
      throw new Error('The saved quiz progress is damaged (an attempt is malformed).')
    }
  }
  for (const c of Object.values(cards)) {
    if (!isObj(c) || !isNum(c.due) || !isNum(c.stability) || !isNum(c.difficulty) || !isNum(c.reps) || !isNum(c.state)) {
      throw new Error('The saved quiz progress is damaged (a review card is malformed).')
    }
  }
  for (const h of history) {
    if (!isObj(h) || !isNum(h.at) || !isObj(h.mastery)) throw new Error('The saved quiz progress is damaged (a history point is malformed).')
  }
  return data as unknown as QuizProgress
}

export function serializeProgress(progress: QuizProgress): string {
  return JSON.stringify(progress)
}
