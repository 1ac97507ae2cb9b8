import { describe, expect, it } from 'vitest'
import { SeededRandom } from '../engine/clock/SeededRandom.ts'
import { allocateByWeight, answerItem, pickExam, pickPractice, scoreByTopic, type QuizItem } from './session.ts'
import type { Difficulty, QuizTopic } from './types.ts'

function item(id: string, topic: QuizTopic, difficulty: Difficulty = 1): QuizItem {
  return {
    question: {
      id,
      kind: 'truefalse',
      answer: true,
      topic,
      subtopic: 's',
      difficulty,
      prompt: 'p',
      explanation: 'e',
      source: { note: '1-dynamodb-and-api-gateway.txt', section: 'Amazon DynamoDB:' },
    },
  }
}

const pool = [
  ...Array.from({ length: 30 }, (_, i) => item(`d${i}`, 'dynamodb', ((i % 3) + 1) as Difficulty)),
  ...Array.from({ length: 10 }, (_, i) => item(`l${i}`, 'lambda')),
  ...Array.from({ length: 2 }, (_, i) => item(`c${i}`, 'cognito')),
]

describe('sessions', () => {
  describe('functionality', () => {
    it('practice draws only the chosen topics and difficulties, without repeats', () => {
      const got = pickPractice(pool, { topics: ['dynamodb'], difficulties: [2], count: 50 }, new SeededRandom(3))
      expect(got.length).toBe(10)
      expect(got.every((i) => i.question.topic === 'dynamodb' && i.question.difficulty === 2)).toBe(true)
      expect(new Set(got.map((i) => i.question.id)).size).toBe(10)
    })

    it('allocates exam questions by weight, capped by what each topic has', () => {
      expect(allocateByWeight(10, { dynamodb: 0.5, lambda: 0.3, cognito: 0.2 }, { dynamodb: 30, lambda: 10, cognito: 2 })).toEqual({ dynamodb: 5, lambda: 3, cognito: 2 })
      expect(allocateByWeight(10, { dynamodb: 0.2, lambda: 0.2, cognito: 0.6 }, { dynamodb: 30, lambda: 10, cognito: 2 })).toEqual({ dynamodb: 4, lambda: 4, cognito: 2 })
    })

    it('exam draws N questions across topics and scores per topic', () => {
      const exam = pickExam(pool, 10, new SeededRandom(9), { dynamodb: 0.5, lambda: 0.3, cognito: 0.2 })
      expect(exam.length).toBe(10)
      const answers = exam.map((it, i) => answerItem(it, i % 2 === 0 ? { kind: 'truefalse', value: true } : undefined))
      const score = scoreByTopic(answers)
      expect(score.overall).toEqual({ correct: 5, total: 10 })
      expect(score.topics.dynamodb!.total).toBe(5)
      expect(score.topics.lambda!.total).toBe(3)
      expect(score.topics.cognito!.total).toBe(2)
      expect(answers[1]!.result.given).toBe('(no answer)')
    })
  })
})
