import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sections as sections1 } from '../notes/1-dynamodb-and-api-gateway.sections.ts'
import { sections as sections2 } from '../notes/2-serverless-lambda-dynamodb-apigateway-cognito.sections.ts'
import type { NoteFile } from '../types.ts'
import { questions } from './notes12.ts'

const NOTES_DIR = new URL('../../../../shared/notes/', import.meta.url)
const SECTIONS: Record<string, string[]> = {
  '1-dynamodb-and-api-gateway.txt': sections1,
  '2-serverless-lambda-dynamodb-apigateway-cognito.md': sections2,
}
const NOTE_FILES = Object.keys(SECTIONS) as NoteFile[]
/** An AWS-key-shaped string (AKIA/ASIA + 16). Only AWS's documented example key may appear. */
const ACCESS_KEY = /\b(AKIA|ASIA)[A-Z0-9]{16}\b/g

describe('notes12 bank', () => {
  describe('validations', () => {
    it('has unique, kebab-case ids prefixed with n12-', () => {
      const ids = questions.map((q) => q.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const id of ids) expect(id).toMatch(/^n12-[a-z0-9]+(-[a-z0-9]+)*$/)
    })

    it('cites only notes 1 and 2, with listed sections', () => {
      for (const q of questions) {
        expect(NOTE_FILES, q.id).toContain(q.source.note)
        expect(SECTIONS[q.source.note], q.id).toContain(q.source.section)
      }
    })

    it('has answers in range for every kind', () => {
      for (const q of questions) {
        expect([1, 2, 3], q.id).toContain(q.difficulty)
        expect(q.prompt.length, q.id).toBeGreaterThan(10)
        expect(q.explanation.length, q.id).toBeGreaterThan(40)
        switch (q.kind) {
          case 'single':
          case 'predict':
            expect(q.choices.length, q.id).toBeGreaterThanOrEqual(2)
            expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.choices.length, q.id).toBe(true)
            break
          case 'multiple':
            expect(q.answer.length, q.id).toBe(q.choose)
            expect(q.choose, q.id).toBeGreaterThanOrEqual(2)
            expect(q.choose, q.id).toBeLessThan(q.choices.length)
            expect(new Set(q.answer).size, q.id).toBe(q.answer.length)
            for (const a of q.answer) expect(Number.isInteger(a) && a >= 0 && a < q.choices.length, q.id).toBe(true)
            break
          case 'numeric':
            expect(Number.isFinite(q.answer), q.id).toBe(true)
            expect(q.unit.length, q.id).toBeGreaterThan(0)
            break
          case 'truefalse':
            expect(typeof q.answer, q.id).toBe('boolean')
            break
        }
        if ('choices' in q) expect(new Set(q.choices).size, `${q.id} duplicate choices`).toBe(q.choices.length)
      }
    })

    it('gives errata with both sides and an AWS source', () => {
      for (const q of questions) {
        if (!q.errata) continue
        expect(q.errata.notesSay.length, q.id).toBeGreaterThan(5)
        expect(q.errata.awsSays.length, q.id).toBeGreaterThan(5)
        expect(q.errata.source, q.id).toMatch(/^https:\/\/(docs\.)?aws\.amazon\.com\//)
      }
    })

    it('contains no credential-like strings', () => {
      const text = JSON.stringify(questions)
      const keys = (text.match(ACCESS_KEY) ?? []).filter((k) => k !== 'AKIAIOSFODNN7EXAMPLE')
      expect(keys).toEqual([])
    })

    it('leaves predict questions to the quiz engine', () => {
      expect(questions.filter((q) => q.kind === 'predict')).toEqual([])
    })
  })

  describe('coverage', () => {
    for (const note of NOTE_FILES) {
      // The notes live outside the repo (../shared/notes); skip this check where they are not present.
      it.skipIf(!existsSync(new URL(note, NOTES_DIR)))(`lists sections that occur verbatim in ${note}`, () => {
        const lines = readFileSync(new URL(note, NOTES_DIR), 'utf8').split('\n')
        for (const s of SECTIONS[note]) expect(lines.some((l) => l.includes(s)), s).toBe(true)
      })
      it(`covers every section of ${note} with at least one question`, () => {
        const missing = SECTIONS[note].filter((s) => !questions.some((q) => q.source.note === note && q.source.section === s))
        expect(missing).toEqual([])
      })
    }

    it('uses every kind except predict', () => {
      const kinds = new Set(questions.map((q) => q.kind))
      for (const k of ['single', 'multiple', 'numeric', 'truefalse']) expect(kinds.has(k as never), k).toBe(true)
    })
  })
})
