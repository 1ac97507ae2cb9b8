import { useId } from 'react'
import type { QuizItem } from '../../quiz/session.ts'
import { scenarios } from '../../quiz/scenarios.ts'
import { TOPIC_LABELS } from '../../quiz/progress.ts'
import type { Draft } from './draft.ts'

const DIFFICULTY = ['', 'easy', 'medium', 'hard'] as const
const letter = (i: number): string => String.fromCharCode(65 + i)

/**
 * One question with its answer controls (radios, checkboxes, a number field or true/false), controlled by
 * `draft`. `locked` disables the inputs once the answer is graded.
 */
export function QuestionView({ item, draft, onChange, locked, position }: { item: QuizItem; draft: Draft; onChange: (d: Draft) => void; locked: boolean; position?: string }) {
  const q = item.question
  const name = useId()
  const scenario = q.kind === 'predict' ? scenarios[q.scenario] : undefined
  return (
    <fieldset className="quiz-question" data-testid="quiz-question" data-question-id={q.id} disabled={locked}>
      <legend className="quiz-meta">
        {position && <span data-testid="quiz-position">{position}</span>} <span className="quiz-tag">{TOPIC_LABELS[q.topic]}</span>{' '}
        <span className="quiz-tag">{q.subtopic}</span> <span className="quiz-tag">{DIFFICULTY[q.difficulty]}</span>
        {q.id.startsWith('gen-') && <span className="quiz-tag quiz-tag-gen">generated</span>}
        {q.kind === 'predict' && <span className="quiz-tag quiz-tag-gen">predict, then run</span>}
      </legend>
      <p className="quiz-prompt" data-testid="quiz-prompt">{q.prompt}</p>
      {scenario && (
        <div className="quiz-setup">
          <strong>Setup</strong>
          <ol>
            {scenario.setup.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </div>
      )}
      {(q.kind === 'single' || q.kind === 'predict') && (
        <div className="quiz-choices" role="radiogroup" aria-label="Choices">
          {q.choices.map((c, i) => (
            <label key={i} className="quiz-choice">
              <input type="radio" name={name} data-testid={`quiz-choice-${i}`} checked={draft.choice === i} onChange={() => onChange({ ...draft, choice: i })} />
              <span className="quiz-letter">{letter(i)}.</span> {c}
            </label>
          ))}
        </div>
      )}
      {q.kind === 'multiple' && (
        <div className="quiz-choices" role="group" aria-label={`Choose ${q.choose}`}>
          <p className="quiz-hint">Choose {q.choose}.</p>
          {q.choices.map((c, i) => (
            <label key={i} className="quiz-choice">
              <input
                type="checkbox"
                data-testid={`quiz-choice-${i}`}
                checked={draft.choices.includes(i)}
                onChange={(e) => onChange({ ...draft, choices: e.target.checked ? [...draft.choices, i] : draft.choices.filter((x) => x !== i) })}
              />
              <span className="quiz-letter">{letter(i)}.</span> {c}
            </label>
          ))}
        </div>
      )}
      {q.kind === 'numeric' && (
        <label className="quiz-numeric">
          Your answer ({q.unit}){q.tolerance ? ` — within ±${q.tolerance}` : ''}
          <input type="text" inputMode="decimal" autoComplete="off" data-testid="quiz-numeric-input" value={draft.text} onChange={(e) => onChange({ ...draft, text: e.target.value })} />
        </label>
      )}
      {q.kind === 'truefalse' && (
        <div className="quiz-choices" role="radiogroup" aria-label="True or false">
          {[true, false].map((v) => (
            <label key={String(v)} className="quiz-choice">
              <input type="radio" name={name} data-testid={`quiz-choice-${v}`} checked={draft.bool === v} onChange={() => onChange({ ...draft, bool: v })} />
              {v ? 'True' : 'False'}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  )
}
