import * as d3 from 'd3'
import type { MasteryPoint } from '../../quiz/progress.ts'
import { ALL_TOPICS, TOPIC_LABELS } from '../../quiz/progress.ts'
import type { QuizTopic } from '../../quiz/types.ts'

/** Line colours per topic (CSS variables from the shell where they fit). */
const COLORS: Record<QuizTopic, string> = {
  dynamodb: 'var(--accent)',
  lambda: 'var(--warn)',
  apigateway: 'var(--ok)',
  cognito: 'var(--err)',
  'sam-serverless-framework': 'var(--throttle, #c792ea)',
  architecture: 'var(--muted)',
}

const MARGIN = { top: 16, right: 170, bottom: 28, left: 44 }

const SHORT: Record<QuizTopic, string> = { ...TOPIC_LABELS, 'sam-serverless-framework': 'SAM / Serverless', architecture: 'Architecture' }

/**
 * Mastery history chart (one line per topic: share correct of the last 20 answers, by answer number),
 * drawn with d3 outside React's render: a factory with `update`/`destroy`, mounted in a `useEffect`.
 */
export function createMasteryChart(svgEl: SVGSVGElement): { update(history: readonly MasteryPoint[]): void; destroy(): void } {
  const svg = d3.select(svgEl)
  const root = svg.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`)
  const xAxis = root.append('g').attr('class', 'quiz-axis')
  const yAxis = root.append('g').attr('class', 'quiz-axis')
  const lines = root.append('g')
  const dots = root.append('g')
  const legend = root.append('g')

  return {
    update(history) {
      const width = svgEl.clientWidth || 640
      const height = svgEl.clientHeight || 280
      const w = width - MARGIN.left - MARGIN.right
      const h = height - MARGIN.top - MARGIN.bottom
      const x = d3.scaleLinear().domain([1, Math.max(2, history.length)]).range([0, w])
      const y = d3.scaleLinear().domain([0, 1]).range([h, 0])
      xAxis.attr('transform', `translate(0,${h})`).call(d3.axisBottom(x).ticks(Math.min(10, history.length)).tickFormat(d3.format('d')))
      yAxis.call(d3.axisLeft(y).ticks(5).tickFormat(d3.format('.0%')))
      const series = ALL_TOPICS.map((topic) => ({
        topic,
        points: history.flatMap((p, i) => (p.mastery[topic] === undefined ? [] : [{ i: i + 1, v: p.mastery[topic]! }])),
      })).filter((s) => s.points.length > 0)
      const line = d3
        .line<{ i: number; v: number }>()
        .x((d) => x(d.i))
        .y((d) => y(d.v))
      lines
        .selectAll<SVGPathElement, (typeof series)[number]>('path')
        .data(series, (d) => d.topic)
        .join('path')
        .attr('fill', 'none')
        .attr('stroke-width', 2.5)
        .attr('stroke', (d) => COLORS[d.topic])
        .attr('d', (d) => line(d.points))
      // The latest value of each topic as a dot (a topic answered once has no line yet).
      dots
        .selectAll<SVGCircleElement, (typeof series)[number]>('circle')
        .data(series, (d) => d.topic)
        .join('circle')
        .attr('r', 4)
        .attr('fill', (d) => COLORS[d.topic])
        .attr('cx', (d) => x(d.points[d.points.length - 1]!.i))
        .attr('cy', (d) => y(d.points[d.points.length - 1]!.v))
      legend
        .selectAll<SVGTextElement, (typeof series)[number]>('text')
        .data(series, (d) => d.topic)
        .join('text')
        .attr('x', w + 10)
        .attr('y', (_d, i) => 12 + i * 20)
        .attr('fill', (d) => COLORS[d.topic])
        .attr('font-size', 13)
        .text((d) => `${SHORT[d.topic]} ${Math.round(100 * d.points[d.points.length - 1]!.v)}%`)
    },
    destroy() {
      svg.selectAll('*').remove()
    },
  }
}
