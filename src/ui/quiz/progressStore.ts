import { useSyncExternalStore } from 'react'
import { emptyProgress, parseProgress, recordAttempt, serializeProgress, type QuizMode, type QuizProgress } from '../../quiz/progress.ts'
import { ratingFor } from '../../quiz/srs.ts'
import type { Question } from '../../quiz/types.ts'

/**
 * The quiz's saved progress (attempts, review cards, mastery history) in localStorage under
 * {@link QUIZ_STORAGE_KEY}. A damaged saved state is ignored (kept aside, not overwritten until the next
 * answer) and reported through {@link useQuizProgress}'s `warning`, never a blank panel.
 */
export const QUIZ_STORAGE_KEY = 'serverless-sim.quiz.v1'

interface Snapshot {
  progress: QuizProgress
  warning: string | undefined
}

let snapshot: Snapshot | undefined
const listeners = new Set<() => void>()

function load(): Snapshot {
  let raw: string | null
  try {
    raw = globalThis.localStorage?.getItem(QUIZ_STORAGE_KEY) ?? null
  } catch {
    return { progress: emptyProgress(), warning: 'The browser does not allow saving quiz progress here; answers are kept only until you close the tab.' }
  }
  if (raw === null) return { progress: emptyProgress(), warning: undefined }
  try {
    return { progress: parseProgress(raw), warning: undefined }
  } catch (e) {
    return { progress: emptyProgress(), warning: `Saved quiz progress could not be read and was ignored: ${(e as Error).message} Starting fresh.` }
  }
}

function current(): Snapshot {
  return (snapshot ??= load())
}

function set(next: Snapshot): void {
  snapshot = next
  try {
    globalThis.localStorage?.setItem(QUIZ_STORAGE_KEY, serializeProgress(next.progress))
  } catch {
    // Storage full or disabled: progress stays in memory; the warning from load() already says so if disabled.
  }
  for (const l of [...listeners]) l()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Current progress and the load warning, outside React. */
export function quizProgressSnapshot(): Snapshot {
  return current()
}

/** Current progress and the load warning (if saved progress was damaged). */
export function useQuizProgress(): Snapshot {
  return useSyncExternalStore(subscribe, current, current)
}

/** Records one graded answer now (wall clock): attempt, FSRS card, mastery point. */
export function recordAnswer(question: Question, correct: boolean, mode: QuizMode, hard = false): void {
  const s = current()
  set({ ...s, progress: recordAttempt(s.progress, { questionId: question.id, topic: question.topic, correct, at: Date.now(), mode }, ratingFor(correct, hard)) })
}

/** Hides the damaged-state warning. */
export function dismissWarning(): void {
  set({ ...current(), warning: undefined })
}

/** Clears all quiz progress. */
export function resetQuizProgress(): void {
  set({ progress: emptyProgress(), warning: undefined })
}

/** The quiz progress as JSON, for the workspace export. */
export function exportQuizProgress(): string {
  return serializeProgress(current().progress)
}

/**
 * Replaces quiz progress with `json` (from {@link exportQuizProgress}).
 * @throws Error with a readable message when `json` is not quiz progress; current progress is kept.
 */
export function importQuizProgress(json: string): void {
  const progress = parseProgress(json)
  set({ progress, warning: undefined })
}

/** For tests: forget the in-memory snapshot so the next read reloads from storage. */
export function reloadQuizProgressForTests(): void {
  snapshot = undefined
}
