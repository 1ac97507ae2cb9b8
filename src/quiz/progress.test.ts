import { describe, expect, it } from 'vitest'
import { emptyProgress, masteryByTopic, parseProgress, recordAttempt, serializeProgress } from './progress.ts'
import { dueIds, ratingFor } from './srs.ts'

const T0 = 1_767_225_600_000 // 2026-01-01T00:00:00Z
const DAY = 86_400_000

describe('progress and spaced repetition', () => {
  describe('functionality', () => {
    it('records attempts, mastery per topic and history', () => {
      let p = emptyProgress()
      p = recordAttempt(p, { questionId: 'a', topic: 'dynamodb', correct: true, at: T0, mode: 'practice' }, 'good')
      p = recordAttempt(p, { questionId: 'b', topic: 'dynamodb', correct: false, at: T0 + 1, mode: 'practice' }, 'again')
      p = recordAttempt(p, { questionId: 'c', topic: 'lambda', correct: true, at: T0 + 2, mode: 'exam' }, 'good')
      expect(masteryByTopic(p.attempts)).toEqual({ dynamodb: 0.5, lambda: 1 })
      expect(p.history.length).toBe(3)
      expect(p.history[2]!.mastery).toEqual({ dynamodb: 0.5, lambda: 1 })
    })

    it('brings a wrong answer back sooner than a right one, and counts what is due', () => {
      let p = emptyProgress()
      p = recordAttempt(p, { questionId: 'wrong', topic: 'dynamodb', correct: false, at: T0, mode: 'practice' }, ratingFor(false))
      p = recordAttempt(p, { questionId: 'right', topic: 'dynamodb', correct: true, at: T0, mode: 'practice' }, ratingFor(true))
      expect(p.cards.wrong!.due).toBeLessThan(p.cards.right!.due)
      expect(p.cards.wrong!.due - T0).toBeLessThan(DAY)
      expect(dueIds(p.cards, T0 + DAY - 1)).toContain('wrong')
      expect(dueIds(p.cards, T0)).toEqual([])
      expect(dueIds(p.cards, T0 + 365 * DAY)).toEqual(['wrong', 'right'])
    })

    it('round-trips through JSON', () => {
      const p = recordAttempt(emptyProgress(), { questionId: 'a', topic: 'apigateway', correct: true, at: T0, mode: 'review' }, 'easy')
      expect(parseProgress(serializeProgress(p))).toEqual(p)
    })
  })

  describe('validations', () => {
    it('refuses damaged or foreign saved state with a readable message', () => {
      expect(() => parseProgress('{not json')).toThrow('The saved quiz progress is not valid JSON.')
      expect(() => parseProgress('{"format":"other"}')).toThrow('This is not Serverless Sim quiz progress')
      expect(() => parseProgress('{"format":"serverless-sim.quiz/1","attempts":[{}],"cards":{},"history":[]}')).toThrow('an attempt is malformed')
      expect(() => parseProgress('{"format":"serverless-sim.quiz/1","attempts":[],"cards":{"a":{"due":"x"}},"history":[]}')).toThrow('a review card is malformed')
    })
  })
})
