import type { Question } from './types.ts'

/**
 * What a learner answered, per question kind. `single` is also used for `predict` questions (graded on
 * the predicted outcome).
 */
export type QuizResponse =
  | { kind: 'single'; choice: number }
  | { kind: 'multiple'; choices: number[] }
  | { kind: 'numeric'; value: number }
  | { kind: 'truefalse'; value: boolean }

/** Result of {@link grade}. */
export interface GradeResult {
  correct: boolean
  /** The correct answer in words, e.g. `4 WCU` or `B, D`. */
  expected: string
  /** The learner's answer in words. */
  given: string
}

/** Floating point slack added to numeric tolerances (0.1 + 0.2 must equal 0.3). */
const EPSILON = 1e-9

const letter = (i: number): string => String.fromCharCode(65 + i)

/** The correct answer of `q` in words (choice letters with their text, number with unit, True/False). */
export function expectedAnswer(q: Question): string {
  switch (q.kind) {
    case 'single':
    case 'predict':
      return `${letter(q.answer)}. ${q.choices[q.answer] ?? ''}`
    case 'multiple':
      return [...q.answer].sort((a, b) => a - b).map((i) => `${letter(i)}. ${q.choices[i] ?? ''}`).join('; ')
    case 'numeric':
      return `${formatNumber(q.answer)} ${q.unit}`
    case 'truefalse':
      return q.answer ? 'True' : 'False'
  }
}

/** Formats a number without float noise (at most 6 decimals, thousands separators). */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 1e6) / 1e6
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 6 })
}

function describeResponse(q: Question, r: QuizResponse): string {
  switch (r.kind) {
    case 'single':
      return 'choices' in q ? `${letter(r.choice)}. ${q.choices[r.choice] ?? ''}` : String(r.choice)
    case 'multiple':
      return [...r.choices].sort((a, b) => a - b).map((i) => ('choices' in q ? `${letter(i)}. ${q.choices[i] ?? ''}` : String(i))).join('; ') || '(nothing)'
    case 'numeric':
      return q.kind === 'numeric' ? `${formatNumber(r.value)} ${q.unit}` : formatNumber(r.value)
    case 'truefalse':
      return r.value ? 'True' : 'False'
  }
}

/**
 * Grades one response. Exact for choices (a multiple-choice answer must pick exactly the correct set)
 * and true/false; numeric answers must be within the question's `tolerance` (default 0). A response of
 * the wrong kind is simply wrong.
 */
export function grade(q: Question, r: QuizResponse): GradeResult {
  const expected = expectedAnswer(q)
  const given = describeResponse(q, r)
  let correct = false
  if ((q.kind === 'single' || q.kind === 'predict') && r.kind === 'single') correct = r.choice === q.answer
  else if (q.kind === 'multiple' && r.kind === 'multiple') {
    const want = new Set(q.answer)
    const got = new Set(r.choices)
    correct = got.size === want.size && [...got].every((i) => want.has(i))
  } else if (q.kind === 'numeric' && r.kind === 'numeric') {
    correct = Number.isFinite(r.value) && Math.abs(r.value - q.answer) <= (q.tolerance ?? 0) + EPSILON
  } else if (q.kind === 'truefalse' && r.kind === 'truefalse') correct = r.value === q.answer
  return { correct, expected, given }
}

/**
 * Parses what a learner typed for a numeric answer: tolerates thousands separators, a leading `$` and a
 * trailing unit (`4 WCU`, `$1,234.50`). Returns NaN when there is no number.
 */
export function parseNumericInput(text: string): number {
  const m = /^\s*\$?\s*(-?[\d,]*\.?\d+(?:e[+-]?\d+)?)/i.exec(text)
  if (!m) return Number.NaN
  return Number(m[1]!.replace(/,/g, ''))
}
