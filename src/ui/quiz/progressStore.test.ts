import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportQuizProgress, importQuizProgress, quizProgressSnapshot, QUIZ_STORAGE_KEY, recordAnswer, reloadQuizProgressForTests } from './progressStore.ts'
import type { Question } from '../../quiz/types.ts'

/** A minimal in-memory localStorage for the node test environment. */
class MemoryStorage {
  data = new Map<string, string>()
  getItem(k: string) {
    return this.data.get(k) ?? null
  }
  setItem(k: string, v: string) {
    this.data.set(k, v)
  }
  removeItem(k: string) {
    this.data.delete(k)
  }
}

const q: Question = {
  id: 'x-q',
  kind: 'truefalse',
  answer: true,
  topic: 'lambda',
  subtopic: 'limits',
  difficulty: 1,
  prompt: 'p',
  explanation: 'e',
  source: { note: '1-dynamodb-and-api-gateway.txt', section: 'Amazon DynamoDB:' },
}

describe('quiz progress store', () => {
  let storage: MemoryStorage
  beforeEach(() => {
    storage = new MemoryStorage()
    ;(globalThis as { localStorage?: unknown }).localStorage = storage
    reloadQuizProgressForTests()
  })
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage
  })

  describe('functionality', () => {
    it('saves every answer under serverless-sim.quiz.v1 and exports/imports it', () => {
      recordAnswer(q, false, 'practice')
      const saved = JSON.parse(storage.getItem(QUIZ_STORAGE_KEY)!)
      expect(saved.attempts).toHaveLength(1)
      const json = exportQuizProgress()
      storage.data.clear()
      reloadQuizProgressForTests()
      expect(JSON.parse(exportQuizProgress()).attempts).toHaveLength(0)
      importQuizProgress(json)
      expect(JSON.parse(exportQuizProgress()).attempts).toHaveLength(1)
    })
  })

  describe('validations', () => {
    it('ignores a damaged saved state and refuses a foreign import without losing progress', () => {
      storage.setItem(QUIZ_STORAGE_KEY, '{broken')
      reloadQuizProgressForTests()
      expect(JSON.parse(exportQuizProgress()).attempts).toEqual([])
      expect(quizProgressSnapshot().warning).toBe('Saved quiz progress could not be read and was ignored: The saved quiz progress is not valid JSON. Starting fresh.')
      recordAnswer(q, true, 'practice')
      expect(() => importQuizProgress('{"format":"nope"}')).toThrow('This is not Serverless Sim quiz progress')
      expect(JSON.parse(exportQuizProgress()).attempts).toHaveLength(1)
    })
  })
})
