import { parseNumericInput, type QuizResponse } from '../../quiz/grade.ts'
import type { Question } from '../../quiz/types.ts'

/** What the learner has entered so far for one question (controlled form state). */
export interface Draft {
  choice?: number
  choices: number[]
  text: string
  bool?: boolean
}

export const emptyDraft = (): Draft => ({ choices: [], text: '' })

/** The gradable response in `draft`, or undefined when nothing (valid) has been entered yet. */
export function toResponse(q: Question, d: Draft): QuizResponse | undefined {
  switch (q.kind) {
    case 'single':
    case 'predict':
      return d.choice === undefined ? undefined : { kind: 'single', choice: d.choice }
    case 'multiple':
      return d.choices.length === 0 ? undefined : { kind: 'multiple', choices: d.choices }
    case 'numeric': {
      const value = parseNumericInput(d.text)
      return Number.isFinite(value) ? { kind: 'numeric', value } : undefined
    }
    case 'truefalse':
      return d.bool === undefined ? undefined : { kind: 'truefalse', value: d.bool }
  }
}
