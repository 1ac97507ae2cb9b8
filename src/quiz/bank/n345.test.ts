import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { NoteFile, Question } from '../types.ts'
import { questions } from './notes345.ts'
import { sections as sections3 } from '../notes/3-serverless-architecture-and-best-practices.sections.ts'
import { sections as sections4 } from '../notes/4-api-gateway-lambda-dynamodb-cognito.sections.ts'
import { sections as sections5 } from '../notes/5-dynamodb-deep-dive.sections.ts'

const sectionsByNote: Partial<Record<NoteFile, string[]>> = {
  '3-serverless-architecture-and-best-practices.md': sections3,
  '4-api-gateway-lambda-dynamodb-cognito.md': sections4,
  '5-dynamodb-deep-dive.txt': sections5,
}
const notePath = (note: NoteFile) => fileURLToPath(new URL(`../../../../shared/notes/${note}`, import.meta.url))
const kinds = (k: Question['kind']) => questions.filter((q) => q.kind === k)

describe('notes345 bank', () => {
  describe('validations', () => {
    it('has at least 140 questions with unique kebab-case n345 ids', () => {
      expect(questions.length).toBeGreaterThanOrEqual(140)
      const ids = questions.map((q) => q.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const id of ids) expect(id).toMatch(/^n345-[a-z0-9]+(-[a-z0-9]+)*$/)
    })

    it('cites only notes 3, 4 and 5 and sections listed for them', () => {
      for (const q of questions) {
        const list = sectionsByNote[q.source.note]
        expect(list, q.id).toBeDefined()
        expect(list, `${q.id}: ${q.source.section}`).toContain(q.source.section)
      }
    })

    it('keeps single-choice answers in range with at least two choices', () => {
      for (const q of kinds('single')) {
        if (q.kind !== 'single') continue
        expect(q.choices.length, q.id).toBeGreaterThanOrEqual(2)
        expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.choices.length, q.id).toBe(true)
        expect(new Set(q.choices).size, q.id).toBe(q.choices.length)
      }
    })

    it('gives multiple-choice questions exactly `choose` distinct in-range answers', () => {
      for (const q of kinds('multiple')) {
        if (q.kind !== 'multiple') continue
        expect(q.answer.length, q.id).toBe(q.choose)
        expect(new Set(q.answer).size, q.id).toBe(q.choose)
        expect(q.choose, q.id).toBeLessThan(q.choices.length)
        for (const a of q.answer) expect(Number.isInteger(a) && a >= 0 && a < q.choices.length, q.id).toBe(true)
      }
    })

    it('gives numeric questions a finite answer and a unit', () => {
      for (const q of kinds('numeric')) {
        if (q.kind !== 'numeric') continue
        expect(Number.isFinite(q.answer), q.id).toBe(true)
        expect(q.unit.length, q.id).toBeGreaterThan(0)
        expect(q.tolerance ?? 0, q.id).toBeGreaterThanOrEqual(0)
      }
    })

    it('has a prompt, a teaching explanation, difficulty 1-3 and complete errata', () => {
      for (const q of questions) {
        expect(q.prompt.trim().length, q.id).toBeGreaterThan(10)
        expect(q.explanation.trim().length, q.id).toBeGreaterThan(40)
        expect([1, 2, 3], q.id).toContain(q.difficulty)
        if (q.errata) {
          expect(q.errata.notesSay.length, q.id).toBeGreaterThan(0)
          expect(q.errata.awsSays.length, q.id).toBeGreaterThan(0)
          expect(q.errata.source, q.id).toMatch(/^https:\/\/(docs\.)?aws\.amazon\.com\//)
        }
      }
    })

    it('leaves predict questions to the quiz engine and contains no credential-like strings', () => {
      expect(kinds('predict')).toHaveLength(0)
      const text = JSON.stringify(questions)
      expect(text).not.toMatch(/AKIA[0-9A-Z]{16}/)
      const secretLike = text
        .split(/[^A-Za-z0-9/+]+/)
        .filter((t) => t.length === 40 && /[A-Z]/.test(t) && /[a-z]/.test(t) && /[0-9]/.test(t))
      expect(secretLike).toEqual([])
    })
  })

  describe('functionality', () => {
    it('covers every listed section with at least one question', () => {
      for (const [note, list] of Object.entries(sectionsByNote)) {
        for (const section of list ?? []) {
          const count = questions.filter((q) => q.source.note === note && q.source.section === section).length
          expect(count, `${note} › ${section}`).toBeGreaterThan(0)
        }
      }
    })

    // The notes live outside the repo (../shared/notes); skip this check where they are not present.
    it.skipIf(!existsSync(notePath('5-dynamodb-deep-dive.txt')))('lists sections that occur verbatim in their note', () => {
      for (const [note, list] of Object.entries(sectionsByNote)) {
        const text = readFileSync(notePath(note as NoteFile), 'utf8')
        for (const section of list ?? []) {
          expect(section, note).toBe(section.trim())
          expect(text.includes(section), `${note} › ${section}`).toBe(true)
        }
      }
    })

    it('mixes question kinds', () => {
      for (const k of ['single', 'multiple', 'numeric', 'truefalse'] as const) expect(kinds(k).length, k).toBeGreaterThanOrEqual(15)
    })
  })
})
