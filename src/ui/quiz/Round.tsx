import { useState } from 'react'
import { answerItem, scoreByTopic, type AnsweredItem, type QuizItem } from '../../quiz/session.ts'
import type { QuizMode } from '../../quiz/progress.ts'
import { QuestionView } from './QuestionView.tsx'
import { Feedback } from './Feedback.tsx'
import { emptyDraft, toResponse, type Draft } from './draft.ts'
import { recordAnswer } from './progressStore.ts'
import { RoundSummary } from './RoundSummary.tsx'

/**
 * A practice or review round: one question at a time with immediate feedback; every answer is recorded
 * (attempt + spaced-repetition card) when the learner moves on. Ends with the score and every explanation.
 */
export function Round({ items, mode, onExit }: { items: QuizItem[]; mode: QuizMode; onExit: () => void }) {
  const [index, setIndex] = useState(0)
  const [draft, setDraft] = useState<Draft>(emptyDraft)
  const [graded, setGraded] = useState<AnsweredItem>()
  const [hard, setHard] = useState(false)
  const [answers, setAnswers] = useState<AnsweredItem[]>([])
  const done = index >= items.length
  if (done) return <RoundSummary answers={answers} score={scoreByTopic(answers)} onExit={onExit} exitLabel={mode === 'review' ? 'Back to review' : 'Practice again'} />
  const item = items[index]!
  const response = toResponse(item.question, draft)
  const check = () => {
    if (response) setGraded(answerItem(item, response))
  }
  const next = () => {
    if (!graded) return
    recordAnswer(item.question, graded.result.correct, mode, hard)
    setAnswers([...answers, graded])
    setGraded(undefined)
    setDraft(emptyDraft())
    setHard(false)
    setIndex(index + 1)
  }
  return (
    <div className="quiz-round">
      <QuestionView key={item.question.id} item={item} draft={draft} onChange={setDraft} locked={!!graded} position={`Question ${index + 1} of ${items.length}`} />
      {!graded ? (
        <div className="quiz-actions">
          <button type="button" className="quiz-button quiz-primary" data-testid="quiz-submit" disabled={!response} onClick={check}>
            Check answer
          </button>
          <button type="button" className="quiz-button" onClick={onExit}>
            End round
          </button>
        </div>
      ) : (
        <>
          <Feedback answered={graded} />
          <div className="quiz-actions">
            {graded.result.correct && (
              <label className="quiz-inline">
                <input type="checkbox" checked={hard} onChange={(e) => setHard(e.target.checked)} /> That was hard (review it sooner)
              </label>
            )}
            <button type="button" className="quiz-button quiz-primary" data-testid="quiz-next" onClick={next} autoFocus>
              {index + 1 < items.length ? 'Next question' : 'See results'}
            </button>
          </div>
        </>
      )}
    </div>
  )
}
