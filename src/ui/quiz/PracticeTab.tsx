import { useMemo, useState } from 'react'
import { SeededRandom } from '../../engine/clock/SeededRandom.ts'
import { buildPool, findItem } from '../../quiz/pool.ts'
import { pickPractice, type QuizItem } from '../../quiz/session.ts'
import type { Difficulty, QuizTopic } from '../../quiz/types.ts'
import { Round } from './Round.tsx'
import { countByTopic, TopicPicker } from './TopicPicker.tsx'

const DIFFICULTIES: { value: Difficulty; label: string }[] = [
  { value: 1, label: 'Easy' },
  { value: 2, label: 'Medium' },
  { value: 3, label: 'Hard' },
]

/** A one-question round from `?quizQuestion=<id>` (links to a question, e.g. from a lesson), if any. */
function linkedRound(): { items: QuizItem[]; key: number } | undefined {
  const id = new URLSearchParams(globalThis.location?.search ?? '').get('quizQuestion')
  const item = id ? findItem(id) : undefined
  return item ? { items: [item], key: 0 } : undefined
}

/** Practice by topic and difficulty, with immediate feedback. */
export function PracticeTab() {
  const [topics, setTopics] = useState<QuizTopic[]>([])
  const [difficulties, setDifficulties] = useState<Difficulty[]>([])
  const [count, setCount] = useState(10)
  const [includeGenerated, setIncludeGenerated] = useState(true)
  const [round, setRound] = useState<{ items: QuizItem[]; key: number } | undefined>(linkedRound)
  const [empty, setEmpty] = useState(false)
  const pool = useMemo(() => buildPool({ includeGenerated, seed: 1 }), [includeGenerated])

  if (round) return <Round key={round.key} items={round.items} mode="practice" onExit={() => setRound(undefined)} />

  const start = () => {
    const seed = Date.now() >>> 0
    const items = pickPractice(buildPool({ includeGenerated, seed }), { topics, difficulties, count }, new SeededRandom(seed))
    setEmpty(items.length === 0)
    if (items.length > 0) setRound({ items, key: seed })
  }
  return (
    <form
      className="quiz-setup-form"
      onSubmit={(e) => {
        e.preventDefault()
        start()
      }}
    >
      <TopicPicker value={topics} onChange={setTopics} counts={countByTopic(pool)} />
      <fieldset className="quiz-fieldset">
        <legend>Difficulty (none checked = all)</legend>
        {DIFFICULTIES.map((d) => (
          <label key={d.value} className="quiz-inline">
            <input
              type="checkbox"
              checked={difficulties.includes(d.value)}
              onChange={(e) => setDifficulties(e.target.checked ? [...difficulties, d.value] : difficulties.filter((x) => x !== d.value))}
            />
            {d.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="quiz-fieldset">
        <legend>Round</legend>
        <label className="quiz-inline">
          Questions{' '}
          <select data-testid="quiz-count" value={count} onChange={(e) => setCount(Number(e.target.value))}>
            {[5, 10, 20, 40].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label className="quiz-inline">
          <input type="checkbox" data-testid="quiz-include-generated" checked={includeGenerated} onChange={(e) => setIncludeGenerated(e.target.checked)} />
          Include generated numeric questions (RCU/WCU, partitions, burst, Lambda, caches)
        </label>
      </fieldset>
      {empty && <p className="quiz-warning">No question matches these topics and difficulties.</p>}
      <button type="submit" className="quiz-button quiz-primary" data-testid="quiz-start-practice">
        Start practice
      </button>
    </form>
  )
}
