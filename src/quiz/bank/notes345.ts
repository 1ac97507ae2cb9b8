import type { Question } from '../types.ts'

/** Questions drawn from notes 3, 4 and 5 (being written). */
export const questions: Question[] = []
