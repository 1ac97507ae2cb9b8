import type { AnsweredItem } from '../../quiz/session.ts'
import { ScenarioRunner } from './ScenarioRunner.tsx'

/** The graded answer: right/wrong, the correct answer, explanation, worked solution, source and errata. */
export function Feedback({ answered, showScenario = true }: { answered: AnsweredItem; showScenario?: boolean }) {
  const { item, result } = answered
  const q = item.question
  return (
    <section className={`quiz-feedback ${result.correct ? 'quiz-correct' : 'quiz-wrong'}`} data-testid="quiz-feedback" data-correct={result.correct} aria-live="polite">
      <p className="quiz-verdict">{result.correct ? '✔ Correct' : '✘ Not quite'}</p>
      <p>
        <strong>Correct answer:</strong> <span data-testid="quiz-expected">{result.expected}</span>
        {!result.correct && (
          <>
            <br />
            <strong>Your answer:</strong> {result.given}
          </>
        )}
      </p>
      <p className="quiz-explanation" data-testid="quiz-explanation">{q.explanation}</p>
      {item.steps && (
        <div className="quiz-steps">
          <strong>Worked solution</strong>
          <ol>
            {item.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </div>
      )}
      {q.errata && (
        <p className="quiz-errata" data-testid="quiz-errata">
          <strong>Errata.</strong> The notes say {q.errata.notesSay}; AWS says {q.errata.awsSays} (
          {/^https?:\/\//.test(q.errata.source) ? (
            <a href={q.errata.source} target="_blank" rel="noreferrer">
              {q.errata.source}
            </a>
          ) : (
            q.errata.source
          )}
          ).
        </p>
      )}
      <p className="quiz-source" data-testid="quiz-source">
        Source: {q.source.note} › {q.source.section}
      </p>
      {showScenario && q.kind === 'predict' && <ScenarioRunner id={q.scenario} />}
    </section>
  )
}
