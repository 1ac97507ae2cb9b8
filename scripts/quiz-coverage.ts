/**
 * `npm run quiz:coverage`: prints note section → question count for all five study notes and exits 1 when
 * a section has no question, or (when ../shared/notes exists) when a listed section heading does not
 * occur in its note.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { allQuestions } from '../src/quiz/bank/index.ts'
import { sectionCoverage } from '../src/quiz/coverage.ts'
import { noteFiles } from '../src/quiz/notes/index.ts'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const notesDir = path.resolve(repoRoot, '../shared/notes')
const haveNotes = existsSync(notesDir)
const noteText = new Map(noteFiles.map((n) => [n, haveNotes && existsSync(path.join(notesDir, n)) ? readFileSync(path.join(notesDir, n), 'utf8') : undefined]))

const rows = sectionCoverage(allQuestions)
const problems: string[] = []
let current = ''
for (const r of rows) {
  if (r.note !== current) {
    current = r.note
    const total = rows.filter((x) => x.note === r.note).reduce((s, x) => s + x.count, 0)
    console.log(`\n${r.note} (${total} questions)`)
  }
  const text = noteText.get(r.note)
  const missingInNote = text !== undefined && !text.includes(r.section)
  console.log(`  ${String(r.count).padStart(4)}  ${r.section}${r.count === 0 ? '   <-- NO QUESTIONS' : ''}${missingInNote ? '   <-- NOT FOUND IN NOTE' : ''}`)
  if (r.count === 0) problems.push(`${r.note}: "${r.section}" has no question`)
  if (missingInNote) problems.push(`${r.note}: "${r.section}" does not occur in the note`)
}

console.log(`\n${allQuestions.length} written questions, ${rows.length} sections, ${rows.filter((r) => r.count > 0).length} covered.`)
if (!haveNotes) console.log(`(${notesDir} not found: section headings were not checked against the notes)`)
if (problems.length > 0) {
  console.error(`\nquiz:coverage FAILED (${problems.length} problem(s)):\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  process.exit(1)
}
console.log('quiz:coverage OK')
