import type { AnsweredItem, TopicScore } from '../../quiz/session.ts'
import type { QuizTopic } from '../../quiz/types.ts'
import { TOPIC_LABELS } from '../../quiz/progress.ts'
import { Feedback } from './Feedback.tsx'

const pct = (s: TopicScore): string => (s.total === 0 ? '–' : `${Math.round((100 * s.correct) / s.total)} %`)

/** Score (overall and per topic) and a review of every answer with its explanation. */
export function RoundSummary({
  answers,
  score,
  onExit,
  exitLabel,
}: {
  answers: AnsweredItem[]
  score: { overall: TopicScore; topics: Partial<Record<QuizTopic, TopicScore>> }
  onExit: () => void
  exitLabel: string
}) {
  return (
    <div className="quiz-summary">
      <h3>
        Score: <span data-testid="quiz-score">{score.overall.correct} / {score.overall.total}</span> ({pct(score.overall)})
      </h3>
      <table className="quiz-table">
        <caption>Score per topic</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Correct</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {(Object.entries(score.topics) as [QuizTopic, TopicScore][]).map(([t, s]) => (
            <tr key={t} data-testid={`quiz-topic-score-${t}`}>
              <th scope="row">{TOPIC_LABELS[t]}</th>
              <td>
                {s.correct} / {s.total}
              </td>
              <td>{pct(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="quiz-button quiz-primary" data-testid="quiz-exit" onClick={onExit}>
        {exitLabel}
      </button>
      <h3>Review of every answer</h3>
      <ol className="quiz-review-list">
        {answers.map((a, i) => (
          <li key={`${a.item.question.id}-${i}`} data-testid="quiz-review-item">
            <p className="quiz-prompt">{a.item.question.prompt}</p>
            <Feedback answered={a} showScenario={false} />
          </li>
        ))}
      </ol>
    </div>
  )
}
