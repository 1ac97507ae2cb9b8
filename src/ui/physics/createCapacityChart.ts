import { area, axisBottom, axisLeft, axisRight, line, max, scaleLinear, schemeTableau10, select, type Selection } from 'd3'
import type { ChartSeries } from './chartData.ts'
import { spreadLabels, total } from './chartData.ts'

export interface CapacityChart {
  update(series: ChartSeries, unit: string): void
  destroy(): void
}

const W = 760
const TOP_H = 210
const BURST_H = 90
const GAP = 34
const M = { left: 52, right: 52, top: 12, bottom: 22 }
const H = M.top + TOP_H + GAP + BURST_H + M.bottom

type G = Selection<SVGGElement, unknown, null, undefined>

/**
 * The capacity chart, drawn with d3 outside React (STYLE.md §7 D): consumed units per virtual second
 * (area) against provisioned (dashed step line), throttle events as bars on their own right-hand axis, and
 * below it the burst bucket level of each partition (a drained hot partition stands out). One `update` redraws everything from the series (the caller throttles
 * updates to animation frames). The x axis is virtual time in seconds.
 */
export function createCapacityChart(svg: SVGSVGElement): CapacityChart {
  const root = select(svg).attr('viewBox', `0 0 ${W} ${H}`).attr('role', 'img').classed('cap-chart', true)
  const top: G = root.append('g').attr('transform', `translate(${M.left},${M.top})`)
  const bottom: G = root.append('g').attr('transform', `translate(${M.left},${M.top + TOP_H + GAP})`)
  const innerW = W - M.left - M.right
  const throttleG = top.append('g').attr('class', 'cap-throttles')
  const consumedPath = top.append('path').attr('class', 'cap-consumed')
  const provisionedPath = top.append('path').attr('class', 'cap-provisioned')
  const yAxis = top.append('g').attr('class', 'cap-axis')
  const yAxisR = top.append('g').attr('class', 'cap-axis cap-axis--throttle').attr('transform', `translate(${innerW},0)`)
  const xAxis = top.append('g').attr('class', 'cap-axis').attr('transform', `translate(0,${TOP_H})`)
  const burstG = bottom.append('g').attr('class', 'cap-bursts')
  const burstAxis = bottom.append('g').attr('class', 'cap-axis')
  const burstX = bottom.append('g').attr('class', 'cap-axis').attr('transform', `translate(0,${BURST_H})`)
  const burstLabel = bottom.append('text').attr('class', 'cap-label').attr('x', 4).attr('y', -6).text('burst bucket')
  const topLabel = top.append('text').attr('class', 'cap-label').attr('x', 4).attr('y', 12)
  const throttleLabel = top.append('text').attr('class', 'cap-label cap-label--throttle').attr('x', innerW - 4).attr('y', 12).attr('text-anchor', 'end')

  return {
    update(s, unit) {
      const n = s.consumed.length
      const x = scaleLinear().domain([s.from, s.from + Math.max(1, n)]).range([0, innerW])
      const yMax = Math.max(1, max(s.consumed) ?? 0, max(s.provisioned) ?? 0) * 1.1
      const y = scaleLinear().domain([0, yMax]).range([TOP_H, 0]).nice()
      const tMax = Math.max(1, max(s.throttles) ?? 0)
      const yT = scaleLinear().domain([0, tMax]).range([TOP_H, 0]).nice()
      const bMax = Math.max(1, ...s.burst.map((b) => max(b.values) ?? 0))
      const yB = scaleLinear().domain([0, bMax]).range([BURST_H, 0]).nice()
      const idx = Array.from({ length: n }, (_, i) => i)

      consumedPath.datum(idx).attr('d', area<number>().x((i) => x(s.from + i)).y0(TOP_H).y1((i) => y(s.consumed[i]!))(idx) ?? '')
      provisionedPath.datum(idx).attr('d', line<number>().x((i) => x(s.from + i)).y((i) => y(s.provisioned[i]!))(idx) ?? '')
      const burstLine = (values: number[]) => line<number>().x((i) => x(s.from + i)).y((i) => yB(values[i]!))(idx) ?? ''
      const lines = burstG
        .selectAll<SVGGElement, ChartSeries['burst'][number]>('g.cap-burst')
        .data(s.burst, (b) => b.label)
        .join((enter) => {
          const g = enter.append('g').attr('class', 'cap-burst')
          g.append('path')
          g.append('text').attr('class', 'cap-burst-label')
          return g
        })
      const labelY = spreadLabels(s.burst.map((b) => yB(b.values[n - 1] ?? 0) + 4), 12)
      lines.each(function (b, k) {
        const g = select(this)
        const color = schemeTableau10[k % schemeTableau10.length]!
        g.select('path').attr('d', burstLine(b.values)).attr('stroke', color)
        g.select('text').attr('x', innerW + 4).attr('y', labelY[k]!).attr('fill', color).text(b.label)
      })

      const bars = idx.filter((i) => s.throttles[i]! > 0)
      const barW = Math.max(1, innerW / Math.max(1, n) - 0.5)
      throttleG
        .selectAll<SVGRectElement, number>('rect')
        .data(bars, (i) => String(s.from + i))
        .join('rect')
        .attr('class', 'cap-throttle-bar')
        .attr('data-testid', 'throttle-bar')
        .attr('x', (i) => x(s.from + i))
        .attr('width', barW)
        .attr('y', (i) => yT(s.throttles[i]!))
        .attr('height', (i) => TOP_H - yT(s.throttles[i]!))

      yAxis.call(axisLeft(y).ticks(5))
      yAxisR.call(axisRight(yT).ticks(4))
      xAxis.call(axisBottom(x).ticks(8).tickFormat((d) => `${d}s`))
      burstAxis.call(axisLeft(yB).ticks(3))
      burstX.call(axisBottom(x).ticks(8).tickFormat((d) => `${d}s`))
      const throttles = total(s.throttles)
      topLabel.text(`${s.label}: consumed vs provisioned ${unit}/s`)
      throttleLabel.text(`throttle events: ${throttles}`)
      burstLabel.text(`burst bucket per partition (${unit} saved, up to 300 s of unused capacity)`)
      root.attr('data-throttles', throttles).attr('aria-label', `${s.label}: ${throttles} throttle events in the last ${n} virtual seconds`)
    },
    destroy() {
      root.selectAll('*').remove()
    },
  }
}
