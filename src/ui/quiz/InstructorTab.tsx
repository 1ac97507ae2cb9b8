import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { SeededRandom } from '../../engine/clock/SeededRandom.ts'
import { buildPool } from '../../quiz/pool.ts'
import { answerItem, pickPractice, type QuizItem } from '../../quiz/session.ts'
import type { QuizTopic } from '../../quiz/types.ts'
import { QuestionView } from './QuestionView.tsx'
import { Feedback } from './Feedback.tsx'
import { emptyDraft, toResponse, type Draft } from './draft.ts'
import { countByTopic, TopicPicker } from './TopicPicker.tsx'

/**
 * Instructor mode: one question at a time in large type for a class, a countdown, then the answer and the
 * explanation. Keyboard: Space/Enter reveal, N or → next question, digits 1–9 pick a choice.
 */
export function InstructorTab() {
  const [topics, setTopics] = useState<QuizTopic[]>([])
  const [seconds, setSeconds] = useState(30)
  const [deck, setDeck] = useState<QuizItem[]>()
  const [index, setIndex] = useState(0)
  const [draft, setDraft] = useState<Draft>(emptyDraft)
  const [revealed, setRevealed] = useState(false)
  const [endsAt, setEndsAt] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  const stage = useRef<HTMLDivElement>(null)
  const pool = useMemo(() => buildPool({ includeGenerated: true, seed: 1 }), [])

  const item = deck?.[index]
  const next = useCallback(() => {
    if (!deck) return
    setIndex((i) => (i + 1) % deck.length)
    setDraft(emptyDraft())
    setRevealed(false)
    setEndsAt(Date.now() + seconds * 1000)
  }, [deck, seconds])

  useEffect(() => {
    if (!deck || revealed) return
    const id = setInterval(() => setNow(Date.now()), 200)
    return () => clearInterval(id)
  }, [deck, revealed])

  useEffect(() => {
    if (!item) return
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'text') return
      if (e.key === ' ' || e.key === 'Enter') {
        e.preventDefault()
        setRevealed(true)
      } else if (e.key === 'n' || e.key === 'N' || e.key === 'ArrowRight') {
        e.preventDefault()
        next()
      } else if (/^[1-9]$/.test(e.key) && 'choices' in item.question) {
        const i = Number(e.key) - 1
        if (i < item.question.choices.length) {
          if (item.question.kind === 'multiple') setDraft((d) => ({ ...d, choices: d.choices.includes(i) ? d.choices.filter((x) => x !== i) : [...d.choices, i] }))
          else setDraft((d) => ({ ...d, choice: i }))
        }
      } else if (item.question.kind === 'truefalse' && (e.key === '1' || e.key === '2')) setDraft((d) => ({ ...d, bool: e.key === '1' }))
    }
    globalThis.addEventListener('keydown', onKey)
    return () => globalThis.removeEventListener('keydown', onKey)
  }, [item, next])

  if (!deck || !item) {
    return (
      <form
        className="quiz-setup-form"
        onSubmit={(e) => {
          e.preventDefault()
          const seed = Date.now() >>> 0
          const items = pickPractice(pool, { topics, difficulties: [], count: 200 }, new SeededRandom(seed))
          if (items.length === 0) return
          setDeck(items)
          setIndex(0)
          setDraft(emptyDraft())
          setRevealed(false)
          setEndsAt(Date.now() + seconds * 1000)
        }}
      >
        <TopicPicker value={topics} onChange={setTopics} counts={countByTopic(pool)} />
        <label className="quiz-inline">
          Countdown (seconds){' '}
          <select value={seconds} onChange={(e) => setSeconds(Number(e.target.value))}>
            {[15, 30, 45, 60, 90, 120].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <p className="quiz-muted">Keyboard: Space or Enter reveals the answer, N or → goes to the next question, 1–9 pick a choice (1 = True, 2 = False).</p>
        <button type="submit" className="quiz-button quiz-primary" data-testid="quiz-start-instructor">
          Start instructor mode
        </button>
      </form>
    )
  }

  const left = Math.max(0, Math.ceil((endsAt - now) / 1000))
  const response = toResponse(item.question, draft)
  return (
    <div className="quiz-instructor" ref={stage} data-testid="quiz-instructor">
      <div className="quiz-exam-bar">
        <span className={`quiz-countdown ${left <= 5 ? 'quiz-countdown-low' : ''}`} data-testid="quiz-countdown" aria-live="off">
          {revealed ? 'Answer' : left > 0 ? `${left} s` : "Time's up"}
        </span>
        <button type="button" className="quiz-button" onClick={() => void stage.current?.requestFullscreen?.().catch(() => undefined)}>
          Full screen
        </button>
        <button type="button" className="quiz-button quiz-primary" data-testid="quiz-reveal" onClick={() => setRevealed(true)} disabled={revealed}>
          Reveal (Space)
        </button>
        <button type="button" className="quiz-button" data-testid="quiz-instructor-next" onClick={next}>
          Next (N)
        </button>
        <button type="button" className="quiz-button" onClick={() => setDeck(undefined)}>
          Stop
        </button>
      </div>
      <QuestionView key={`${item.question.id}-${index}`} item={item} draft={draft} onChange={setDraft} locked={revealed} position={`${index + 1} / ${deck.length}`} />
      {revealed && <Feedback answered={answerItem(item, response)} />}
    </div>
  )
}
