import { noteSections, noteFiles } from './notes/index.ts'
import type { NoteFile, Question } from './types.ts'

/** Questions per note section (every listed section, zero included), in note and section order. */
export interface SectionCoverage {
  note: NoteFile
  section: string
  count: number
}

export function sectionCoverage(questions: readonly Question[]): SectionCoverage[] {
  const counts = new Map<string, number>()
  for (const q of questions) {
    const k = `${q.source.note}\u0000${q.source.section}`
    counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  return noteFiles.flatMap((note) => noteSections[note].map((section) => ({ note, section, count: counts.get(`${note}\u0000${section}`) ?? 0 })))
}
