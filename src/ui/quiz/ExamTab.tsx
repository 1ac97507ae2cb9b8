import { useEffect, useState } from 'react'
import { SeededRandom } from '../../engine/clock/SeededRandom.ts'
import { buildPool } from '../../quiz/pool.ts'
import { answerItem, pickExam, scoreByTopic, DEFAULT_EXAM_WEIGHTS, type AnsweredItem, type QuizItem } from '../../quiz/session.ts'
import { TOPIC_LABELS } from '../../quiz/progress.ts'
import type { QuizTopic } from '../../quiz/types.ts'
import { QuestionView } from './QuestionView.tsx'
import { emptyDraft, toResponse, type Draft } from './draft.ts'
import { recordAnswer } from './progressStore.ts'
import { RoundSummary } from './RoundSummary.tsx'

interface Exam {
  items: QuizItem[]
  drafts: Draft[]
  /** Wall-clock deadline, Unix ms. */
  endsAt: number
  key: number
}

const mmss = (ms: number): string => {
  const s = Math.max(0, Math.ceil(ms / 1000))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** Exam mode: N questions across topics by weight, timed on the wall clock, no feedback until the end. */
export function ExamTab() {
  const [count, setCount] = useState(20)
  const [minutes, setMinutes] = useState(30)
  const [exam, setExam] = useState<Exam>()
  const [index, setIndex] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  const [result, setResult] = useState<AnsweredItem[]>()

  const finish = (e: Exam) => {
    const answers = e.items.map((item, i) => answerItem(item, toResponse(item.question, e.drafts[i]!)))
    for (const a of answers) recordAnswer(a.item.question, a.result.correct, 'exam')
    setResult(answers)
    setExam(undefined)
  }

  useEffect(() => {
    if (!exam) return
    const id = setInterval(() => setNow(Date.now()), 250)
    return () => clearInterval(id)
  }, [exam])

  useEffect(() => {
    if (exam && now >= exam.endsAt) finish(exam)
  })

  if (result) return <RoundSummary answers={result} score={scoreByTopic(result)} onExit={() => setResult(undefined)} exitLabel="New exam" />

  if (exam) {
    const item = exam.items[index]!
    const setDraft = (d: Draft) => setExam({ ...exam, drafts: exam.drafts.map((x, i) => (i === index ? d : x)) })
    const answered = exam.drafts.filter((d, i) => toResponse(exam.items[i]!.question, d)).length
    return (
      <div className="quiz-exam">
        <div className="quiz-exam-bar">
          <span>
            Time left: <strong data-testid="quiz-exam-timer">{mmss(exam.endsAt - now)}</strong>
          </span>
          <span>
            Answered {answered} / {exam.items.length}
          </span>
          <button type="button" className="quiz-button" data-testid="quiz-finish-exam" onClick={() => finish(exam)}>
            Finish exam
          </button>
        </div>
        <QuestionView key={`${exam.key}-${index}`} item={item} draft={exam.drafts[index]!} onChange={setDraft} locked={false} position={`Question ${index + 1} of ${exam.items.length}`} />
        <div className="quiz-actions">
          <button type="button" className="quiz-button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
            Previous
          </button>
          {index + 1 < exam.items.length ? (
            <button type="button" className="quiz-button quiz-primary" data-testid="quiz-exam-next" onClick={() => setIndex(index + 1)}>
              Next
            </button>
          ) : (
            <button type="button" className="quiz-button quiz-primary" data-testid="quiz-exam-submit" onClick={() => finish(exam)}>
              Submit exam
            </button>
          )}
        </div>
      </div>
    )
  }

  const start = () => {
    const seed = Date.now() >>> 0
    const items = pickExam(buildPool({ includeGenerated: true, seed, perGenerator: 2 }), count, new SeededRandom(seed))
    setIndex(0)
    setNow(Date.now())
    setExam({ items, drafts: items.map(() => emptyDraft()), endsAt: Date.now() + minutes * 60_000, key: seed })
  }
  return (
    <form
      className="quiz-setup-form"
      onSubmit={(e) => {
        e.preventDefault()
        start()
      }}
    >
      <p>
        Questions are drawn across topics with the exam weighting below. No feedback until you finish; then you get a score per topic and a review of every
        answer. Unanswered questions count as wrong.
      </p>
      <ul className="quiz-weights">
        {(Object.entries(DEFAULT_EXAM_WEIGHTS) as [QuizTopic, number][]).map(([t, w]) => (
          <li key={t}>
            {TOPIC_LABELS[t]}: {Math.round(w * 100)} %
          </li>
        ))}
      </ul>
      <label className="quiz-inline">
        Questions{' '}
        <select data-testid="quiz-exam-count" value={count} onChange={(e) => setCount(Number(e.target.value))}>
          {[5, 10, 20, 40, 65].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label className="quiz-inline">
        Minutes{' '}
        <select value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
          {[5, 10, 30, 60, 90, 130].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="quiz-button quiz-primary" data-testid="quiz-start-exam">
        Start exam
      </button>
    </form>
  )
}
