import type { Question } from '../types.ts'
import { questions as notes12 } from './notes12.ts'
import { questions as notes345 } from './notes345.ts'
import { predictQuestions } from '../predict.ts'

/** The written question bank: notes 1–2, notes 3–5 and the "predict then run" questions. */
export const allQuestions: readonly Question[] = [...notes12, ...notes345, ...predictQuestions]
