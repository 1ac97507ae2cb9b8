import { describe, expect, it } from 'vitest'
import { expectedAnswer, grade, parseNumericInput } from './grade.ts'
import type { Question } from './types.ts'

const base = {
  topic: 'dynamodb',
  subtopic: 'capacity',
  source: { note: '1-dynamodb-and-api-gateway.txt', section: 'Write Capacity Units:' },
  prompt: 'p',
  explanation: 'e',
  difficulty: 1,
} as const

describe('grade', () => {
  describe('functionality', () => {
    it('grades single choice by index', () => {
      const q: Question = { ...base, id: 'a', kind: 'single', choices: ['x', 'y', 'z'], answer: 2 }
      expect(grade(q, { kind: 'single', choice: 2 })).toEqual({ correct: true, expected: 'C. z', given: 'C. z' })
      expect(grade(q, { kind: 'single', choice: 0 }).correct).toBe(false)
    })

    it('requires exactly the correct set for multiple choice, in any order', () => {
      const q: Question = { ...base, id: 'b', kind: 'multiple', choices: ['w', 'x', 'y', 'z'], choose: 2, answer: [3, 1] }
      expect(grade(q, { kind: 'multiple', choices: [1, 3] }).correct).toBe(true)
      expect(grade(q, { kind: 'multiple', choices: [1] }).correct).toBe(false)
      expect(grade(q, { kind: 'multiple', choices: [1, 3, 0] }).correct).toBe(false)
      expect(expectedAnswer(q)).toBe('B. x; D. z')
    })

    it('grades numeric answers exactly, or within the tolerance', () => {
      const q: Question = { ...base, id: 'c', kind: 'numeric', answer: 4, unit: 'WCU' }
      expect(grade(q, { kind: 'numeric', value: 4 })).toEqual({ correct: true, expected: '4 WCU', given: '4 WCU' })
      expect(grade(q, { kind: 'numeric', value: 4.01 }).correct).toBe(false)
      const usd: Question = { ...base, id: 'd', kind: 'numeric', answer: 0.3, unit: 'USD', tolerance: 0.01 }
      expect(grade(usd, { kind: 'numeric', value: 0.1 + 0.2 }).correct).toBe(true)
      expect(grade(usd, { kind: 'numeric', value: 0.31 }).correct).toBe(true)
      expect(grade(usd, { kind: 'numeric', value: 0.32 }).correct).toBe(false)
      expect(grade(usd, { kind: 'numeric', value: Number.NaN }).correct).toBe(false)
    })

    it('grades true/false and treats a response of the wrong kind as wrong', () => {
      const q: Question = { ...base, id: 'e', kind: 'truefalse', answer: false }
      expect(grade(q, { kind: 'truefalse', value: false }).correct).toBe(true)
      expect(grade(q, { kind: 'single', choice: 0 }).correct).toBe(false)
    })

    it('parses typed numbers with separators, currency and units', () => {
      expect(parseNumericInput('4 WCU')).toBe(4)
      expect(parseNumericInput('$1,234.50')).toBe(1234.5)
      expect(parseNumericInput(' 0.5')).toBe(0.5)
      expect(parseNumericInput('abc')).toBeNaN()
    })
  })
})
