import { useState, type KeyboardEvent } from 'react'
import './quiz.css'
import { PracticeTab } from './PracticeTab.tsx'
import { ExamTab } from './ExamTab.tsx'
import { ReviewTab, dueTodayItems } from './ReviewTab.tsx'
import { ProgressTab } from './ProgressTab.tsx'
import { InstructorTab } from './InstructorTab.tsx'
import { dismissWarning, useQuizProgress } from './progressStore.ts'

type Tab = 'practice' | 'exam' | 'review' | 'progress' | 'instructor'
const TABS: { id: Tab; label: string }[] = [
  { id: 'practice', label: 'Practice' },
  { id: 'exam', label: 'Exam' },
  { id: 'review', label: 'Review' },
  { id: 'progress', label: 'Progress' },
  { id: 'instructor', label: 'Instructor' },
]

/**
 * The Quiz panel: practice by topic, timed exams, spaced review (FSRS), progress and instructor mode.
 * Questions come from the study notes (src/quiz/bank) and the generators; progress is saved in
 * localStorage (`serverless-sim.quiz.v1`).
 */
export function QuizPanel() {
  const [tab, setTab] = useState<Tab>('practice')
  const { progress, warning } = useQuizProgress()
  const due = dueTodayItems(progress.cards).length
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.findIndex((t) => t.id === tab)
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const n = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!
      setTab(n.id)
      document.getElementById(`quiz-tab-${n.id}`)?.focus()
    }
  }
  return (
    <section className="quiz-panel" data-testid="quiz-panel" aria-label="Quiz">
      {warning && (
        <div className="quiz-warning" role="alert" data-testid="quiz-storage-warning">
          {warning}{' '}
          <button type="button" className="quiz-button" onClick={dismissWarning}>
            Dismiss
          </button>
        </div>
      )}
      <div className="quiz-tabs" role="tablist" aria-label="Quiz modes" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`quiz-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`quiz-tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="quiz-tab"
            data-testid={`quiz-tab-${t.id}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
            {t.id === 'review' && due > 0 && (
              <span className="quiz-badge" aria-label={`${due} due today`}>
                {due}
              </span>
            )}
          </button>
        ))}
      </div>
      <div className="quiz-tabpanel" role="tabpanel" id={`quiz-tabpanel-${tab}`} aria-labelledby={`quiz-tab-${tab}`}>
        {tab === 'practice' && <PracticeTab />}
        {tab === 'exam' && <ExamTab />}
        {tab === 'review' && <ReviewTab />}
        {tab === 'progress' && <ProgressTab />}
        {tab === 'instructor' && <InstructorTab />}
      </div>
    </section>
  )
}

export default QuizPanel
