import type { Question } from '../types.ts'

/** Questions drawn from notes 1 and 2 (being written). */
export const questions: Question[] = []
