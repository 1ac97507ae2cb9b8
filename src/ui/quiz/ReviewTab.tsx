import { useState } from 'react'
import { dueIds } from '../../quiz/srs.ts'
import { findItem } from '../../quiz/pool.ts'
import type { QuizItem } from '../../quiz/session.ts'
import { Round } from './Round.tsx'
import { useQuizProgress } from './progressStore.ts'

/** End of the learner's local day, Unix ms: "due today" means due before then. */
export function endOfToday(now = Date.now()): number {
  const d = new Date(now)
  d.setHours(23, 59, 59, 999)
  return d.getTime()
}

/** Ids of questions due today that still exist in the bank. */
export function dueTodayItems(cards: Parameters<typeof dueIds>[0]): QuizItem[] {
  return dueIds(cards, endOfToday())
    .map((id) => findItem(id))
    .filter((i): i is QuizItem => i !== undefined)
}

/** Spaced repetition (FSRS): questions due today, wrong and hard ones first to come back. */
export function ReviewTab() {
  const { progress } = useQuizProgress()
  const [round, setRound] = useState<{ items: QuizItem[]; key: number }>()
  if (round) return <Round key={round.key} items={round.items} mode="review" onExit={() => setRound(undefined)} />
  const due = dueTodayItems(progress.cards)
  const scheduled = Object.keys(progress.cards).length
  return (
    <div className="quiz-review">
      <p className="quiz-big">
        Due today: <strong data-testid="quiz-due-count">{due.length}</strong>
      </p>
      <p className="quiz-muted">
        {scheduled} question(s) scheduled. Every answered question gets a review date (FSRS): wrong answers come back within minutes, hard ones sooner than
        easy ones.
      </p>
      <button type="button" className="quiz-button quiz-primary" data-testid="quiz-start-review" disabled={due.length === 0} onClick={() => setRound({ items: due, key: Date.now() })}>
        Review {due.length} question(s)
      </button>
    </div>
  )
}
