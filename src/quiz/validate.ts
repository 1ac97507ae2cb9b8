import { noteSections } from './notes/index.ts'
import { scenarios } from './scenarios.ts'
import type { NoteFile, Question, QuizTopic } from './types.ts'
import { ALL_TOPICS } from './progress.ts'

/**
 * Bank validation: the checks every question must pass (unit tests run them over the whole bank).
 * Returns problems as readable strings; an empty list means valid.
 */

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const blank = (s: unknown): boolean => typeof s !== 'string' || s.trim() === ''
const isIndex = (i: unknown, length: number): boolean => Number.isInteger(i) && (i as number) >= 0 && (i as number) < length

function checkChoices(q: { choices: unknown }, problems: string[]): number {
  if (!Array.isArray(q.choices) || q.choices.length < 2) {
    problems.push('needs at least 2 choices')
    return 0
  }
  if (q.choices.some(blank)) problems.push('has an empty choice')
  if (new Set(q.choices.map((c: string) => c.trim().toLowerCase())).size !== q.choices.length) problems.push('has duplicate choices')
  return q.choices.length
}

/**
 * Problems with one question. `seenIds` (shared across a bank) detects duplicate ids; the id is added.
 */
export function validateQuestion(q: Question, seenIds: Set<string> = new Set()): string[] {
  const problems: string[] = []
  if (blank(q.id) || !KEBAB.test(q.id)) problems.push(`id "${q.id}" must be non-empty kebab-case`)
  else if (seenIds.has(q.id)) problems.push(`duplicate id "${q.id}"`)
  seenIds.add(q.id)
  if (!ALL_TOPICS.includes(q.topic as QuizTopic)) problems.push(`unknown topic "${q.topic}"`)
  if (blank(q.subtopic)) problems.push('empty subtopic')
  const sections = noteSections[q.source?.note as NoteFile]
  if (!sections) problems.push(`unknown source note "${q.source?.note}"`)
  else if (!sections.includes(q.source.section)) problems.push(`section "${q.source.section}" is not listed for ${q.source.note}`)
  if (blank(q.prompt)) problems.push('empty prompt')
  if (blank(q.explanation)) problems.push('empty explanation')
  if (![1, 2, 3].includes(q.difficulty)) problems.push(`difficulty ${String(q.difficulty)} is not 1, 2 or 3`)
  if (q.errata) {
    if (blank(q.errata.notesSay)) problems.push('errata.notesSay is empty')
    if (blank(q.errata.awsSays)) problems.push('errata.awsSays is empty')
    if (blank(q.errata.source)) problems.push('errata.source is empty')
  }
  if (q.scenario !== undefined && !Object.hasOwn(scenarios, q.scenario)) problems.push(`scenario "${q.scenario}" is not in the scenario registry`)
  switch (q.kind) {
    case 'single':
    case 'predict': {
      const n = checkChoices(q, problems)
      if (!isIndex(q.answer, n)) problems.push(`answer ${String(q.answer)} is not a valid choice index`)
      if (q.kind === 'predict' && blank(q.scenario)) problems.push('predict question without a scenario')
      break
    }
    case 'multiple': {
      const n = checkChoices(q, problems)
      if (!Number.isInteger(q.choose) || q.choose < 1) problems.push(`choose ${String(q.choose)} must be a positive integer`)
      if (!(q.choose < n)) problems.push(`choose ${String(q.choose)} must be less than the number of choices (${n})`)
      if (!Array.isArray(q.answer) || q.answer.length !== q.choose) problems.push(`answer lists ${Array.isArray(q.answer) ? q.answer.length : 0} choices but choose is ${String(q.choose)}`)
      else {
        if (new Set(q.answer).size !== q.answer.length) problems.push('answer has duplicate indexes')
        if (!q.answer.every((i) => isIndex(i, n))) problems.push('answer has an index out of range')
      }
      break
    }
    case 'numeric':
      if (typeof q.answer !== 'number' || !Number.isFinite(q.answer)) problems.push('numeric answer is not a finite number')
      if (blank(q.unit)) problems.push('numeric question without a unit')
      if (q.tolerance !== undefined && !(q.tolerance >= 0)) problems.push('tolerance must be ≥ 0')
      break
    case 'truefalse':
      if (typeof q.answer !== 'boolean') problems.push('true/false answer is not a boolean')
      break
    default:
      problems.push(`unknown kind "${(q as { kind: string }).kind}"`)
  }
  return problems
}

/** Problems across a whole bank, each prefixed with the question id. */
export function validateBank(questions: readonly Question[]): string[] {
  const seen = new Set<string>()
  return questions.flatMap((q) => validateQuestion(q, seen).map((p) => `${q.id}: ${p}`))
}
