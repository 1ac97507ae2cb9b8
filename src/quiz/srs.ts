import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs'

/**
 * Spaced repetition with FSRS (ts-fsrs): every answered question gets a card; wrong answers (Again) and
 * hard ones (Hard) come back sooner. Pure: `now` (Unix ms) is always passed in, never read here.
 * https://github.com/open-spaced-repetition/ts-fsrs
 */

/** A ts-fsrs card stored as JSON: dates as Unix ms. */
export interface StoredCard {
  due: number
  stability: number
  difficulty: number
  elapsed_days: number
  scheduled_days: number
  learning_steps: number
  reps: number
  lapses: number
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number
  last_review?: number
}

/** How a learner did: wrong → again, right but hard → hard, right → good, right and easy → easy. */
export type RecallRating = 'again' | 'hard' | 'good' | 'easy'

const RATINGS: Record<RecallRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy }

const scheduler = fsrs()

function toStored(card: Card): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.getTime() } : {}),
  }
}

/** The rating implied by a graded answer (and the learner's "this was hard" flag). */
export function ratingFor(correct: boolean, hard = false): RecallRating {
  return !correct ? 'again' : hard ? 'hard' : 'good'
}

/** Schedules the next review of a card (a new card when `card` is undefined) after a review at `now`. */
export function reviewCard(card: StoredCard | undefined, rating: RecallRating, now: number): StoredCard {
  const current = card ?? toStored(createEmptyCard(now))
  const { last_review, ...rest } = current
  const next = scheduler.next({ ...rest, last_review: last_review ?? null }, now, RATINGS[rating])
  return toStored(next.card)
}

/** Ids of cards due at or before `until` (Unix ms), most overdue first. */
export function dueIds(cards: Readonly<Record<string, StoredCard>>, until: number): string[] {
  return Object.entries(cards)
    .filter(([, c]) => c.due <= until)
    .sort((a, b) => a[1].due - b[1].due || a[0].localeCompare(b[0]))
    .map(([id]) => id)
}
