import { ALL_TOPICS, TOPIC_LABELS } from '../../quiz/progress.ts'
import type { QuizTopic } from '../../quiz/types.ts'

/** Checkboxes for topics (an empty selection means all topics). */
export function TopicPicker({ value, onChange, counts }: { value: QuizTopic[]; onChange: (t: QuizTopic[]) => void; counts: Partial<Record<QuizTopic, number>> }) {
  return (
    <fieldset className="quiz-fieldset">
      <legend>Topics (none checked = all)</legend>
      {ALL_TOPICS.map((t) => (
        <label key={t} className="quiz-inline">
          <input
            type="checkbox"
            data-testid={`quiz-topic-${t}`}
            checked={value.includes(t)}
            onChange={(e) => onChange(e.target.checked ? [...value, t] : value.filter((x) => x !== t))}
          />
          {TOPIC_LABELS[t]} <span className="quiz-muted">({counts[t] ?? 0})</span>
        </label>
      ))}
    </fieldset>
  )
}

/** Question counts per topic in a pool. */
export function countByTopic(items: readonly { question: { topic: QuizTopic } }[]): Partial<Record<QuizTopic, number>> {
  const out: Partial<Record<QuizTopic, number>> = {}
  for (const i of items) out[i.question.topic] = (out[i.question.topic] ?? 0) + 1
  return out
}
