import { useEffect, useRef, useState } from 'react'
import { ALL_TOPICS, masteryByTopic, TOPIC_LABELS } from '../../quiz/progress.ts'
import { createMasteryChart } from './createMasteryChart.ts'
import { exportQuizProgress, importQuizProgress, resetQuizProgress, useQuizProgress } from './progressStore.ts'

/** Per-topic mastery, the mastery history chart (d3), and export / import / reset of quiz progress. */
export function ProgressTab() {
  const { progress } = useQuizProgress()
  const svgRef = useRef<SVGSVGElement>(null)
  const chartRef = useRef<ReturnType<typeof createMasteryChart> | null>(null)
  const [message, setMessage] = useState<string>()

  useEffect(() => {
    chartRef.current = createMasteryChart(svgRef.current!)
    return () => {
      chartRef.current?.destroy()
      chartRef.current = null
    }
  }, [])
  useEffect(() => {
    chartRef.current?.update(progress.history)
  }, [progress.history])

  const mastery = masteryByTopic(progress.attempts)
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportQuizProgress()], { type: 'application/json' }))
    const a = document.createElement('a')
    a.href = url
    a.download = 'serverless-sim-quiz-progress.json'
    a.click()
    URL.revokeObjectURL(url)
  }
  const upload = async (file: File | undefined) => {
    if (!file) return
    try {
      importQuizProgress(await file.text())
      setMessage('Quiz progress imported.')
    } catch (e) {
      setMessage(`Not imported: ${(e as Error).message}`)
    }
  }
  return (
    <div className="quiz-progress">
      <table className="quiz-table">
        <caption>
          Mastery per topic (share correct of your last 20 answers) · <span data-testid="quiz-attempt-count">{progress.attempts.length}</span> answers in total
        </caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Answers</th>
            <th scope="col">Mastery</th>
          </tr>
        </thead>
        <tbody>
          {ALL_TOPICS.map((t) => (
            <tr key={t} data-testid={`quiz-mastery-${t}`}>
              <th scope="row">{TOPIC_LABELS[t]}</th>
              <td>{progress.attempts.filter((a) => a.topic === t).length}</td>
              <td>
                {mastery[t] === undefined ? '–' : `${Math.round(mastery[t] * 100)} %`}
                <meter min={0} max={1} value={mastery[t] ?? 0} aria-label={`${TOPIC_LABELS[t]} mastery`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <figure className="quiz-chart">
        <svg ref={svgRef} role="img" aria-label="Mastery history per topic" data-testid="quiz-mastery-chart" />
        <figcaption>Mastery after each answer, per topic{progress.history.length === 0 ? ' (answer some questions to see it)' : ''}.</figcaption>
      </figure>
      <div className="quiz-actions">
        <button type="button" className="quiz-button" onClick={download}>
          Export progress (JSON)
        </button>
        <label className="quiz-button quiz-file">
          Import progress…
          <input type="file" accept="application/json,.json" onChange={(e) => void upload(e.target.files?.[0])} />
        </label>
        <button
          type="button"
          className="quiz-button"
          onClick={() => {
            if (globalThis.confirm('Delete all quiz progress?')) resetQuizProgress()
          }}
        >
          Reset progress
        </button>
      </div>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
