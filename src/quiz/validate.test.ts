import { describe, expect, it } from 'vitest'
import { allQuestions } from './bank/index.ts'
import { validateBank, validateQuestion } from './validate.ts'
import { generateQuestion, generators } from './generators/index.ts'
import type { Question } from './types.ts'

const base = {
  topic: 'dynamodb',
  subtopic: 'capacity',
  source: { note: '1-dynamodb-and-api-gateway.txt', section: 'Write Capacity Units:' },
  prompt: 'p',
  explanation: 'e',
  difficulty: 1,
} as const

describe('question bank', () => {
  describe('validations', () => {
    it('every question in the bank validates', () => {
      expect(validateBank(allQuestions)).toEqual([])
    })

    it('generated questions validate too (source sections listed, unit, finite answer)', () => {
      const generated = generators.flatMap((g) => [1, 2, 3, 99, 12345].map((seed) => generateQuestion(g, seed).question))
      expect(validateBank(generated)).toEqual([])
    })

    it('every choice question has exactly the stated number of correct answers', () => {
      for (const q of allQuestions) {
        if (q.kind === 'single' || q.kind === 'predict') {
          expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.choices.length, q.id).toBe(true)
        } else if (q.kind === 'multiple') {
          expect(new Set(q.answer).size, q.id).toBe(q.choose)
          expect(q.answer.every((i) => i >= 0 && i < q.choices.length), q.id).toBe(true)
          expect(q.choose, q.id).toBeLessThan(q.choices.length)
        }
      }
    })

    it('reports a duplicate id, an unlisted section and an unknown scenario', () => {
      const q: Question = { ...base, id: 'x-one', kind: 'truefalse', answer: true }
      const seen = new Set<string>()
      expect(validateQuestion(q, seen)).toEqual([])
      expect(validateQuestion(q, seen)).toEqual(['duplicate id "x-one"'])
      expect(validateQuestion({ ...q, id: 'x-two', source: { note: q.source.note, section: 'Nope' } })).toEqual([
        'section "Nope" is not listed for 1-dynamodb-and-api-gateway.txt',
      ])
      expect(validateQuestion({ ...base, id: 'x-p', kind: 'predict', choices: ['a', 'b'], answer: 0, scenario: 'missing' })).toEqual([
        'scenario "missing" is not in the scenario registry',
      ])
    })

    it('reports multiple-choice answers that do not match choose', () => {
      const q: Question = { ...base, id: 'x-m', kind: 'multiple', choices: ['a', 'b', 'c'], choose: 2, answer: [0] }
      expect(validateQuestion(q)).toEqual(['answer lists 1 choices but choose is 2'])
      expect(validateQuestion({ ...q, answer: [0, 0] })).toEqual(['answer has duplicate indexes'])
      expect(validateQuestion({ ...q, choose: 3, answer: [0, 1, 2] })).toEqual(['choose 3 must be less than the number of choices (3)'])
      expect(validateQuestion({ ...q, answer: [0, 5] })).toEqual(['answer has an index out of range'])
    })

    it('reports numeric questions without a unit or a finite answer, and empty errata', () => {
      const q: Question = { ...base, id: 'x-n', kind: 'numeric', answer: Number.NaN, unit: '' }
      expect(validateQuestion(q)).toEqual(['numeric answer is not a finite number', 'numeric question without a unit'])
      expect(validateQuestion({ ...base, id: 'x-e', kind: 'truefalse', answer: false, errata: { notesSay: '', awsSays: 'y', source: 'https://docs.aws.amazon.com/' } })).toEqual([
        'errata.notesSay is empty',
      ])
    })
  })
})
