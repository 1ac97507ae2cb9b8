import { describe, expect, it } from 'vitest'
import { Simulation } from '../../engine/Simulation.ts'
import { startWorkload } from '../../engine/load/index.ts'
import { chartScopes, chartSeries, spreadLabels, total } from './chartData.ts'
import { readPhysicsView } from './physicsView.ts'
import { setUpHotKeyScenario } from './scenarios.ts'
import { preset, SCENARIO_TABLE } from './workloads.ts'

function hotKeyRun(seconds: number) {
  const sim = new Simulation({ seed: 3 })
  setUpHotKeyScenario(sim)
  startWorkload(sim, { ...preset('Hot key')!, durationSeconds: seconds })
  sim.advanceBy(seconds * 1000 + 1000)
  return { sim, view: readPhysicsView(sim, SCENARIO_TABLE, 120)! }
}

describe('chartSeries', () => {
  describe('capacity', () => {
    it('shows the table consuming its burst, then throttling at the hot partition share', () => {
      const { view } = hotKeyRun(60)
      const s = chartSeries(view, 'table', 'read')
      expect(s.consumed).toHaveLength(view.metrics.to - view.metrics.from)
      expect(s.provisioned.at(-2)).toBe(40)
      expect(total(s.throttles)).toBeGreaterThan(0)
      expect(Math.max(...s.consumed)).toBeGreaterThan(40)
      expect(s.burst).toHaveLength(4)
      // The hot partition's burst bucket is drained; the others stay full (300 s × 10 RCU).
      const last = s.burst.map((b) => b.values.at(-2)!)
      expect(last.filter((v) => v < 1)).toHaveLength(1)
      expect(last.filter((v) => v === 3000)).toHaveLength(3)
    })

    it('gives one partition its share as provisioned and its own throttles', () => {
      const { view } = hotKeyRun(60)
      const hot = view.partitions.find((p) => p.hot)!
      const s = chartSeries(view, `partition:${hot.id}`, 'read')
      expect(s.provisioned.every((v) => v === 10)).toBe(true)
      expect(total(s.throttles)).toBe(total(chartSeries(view, 'table', 'read').throttles))
      expect(s.label).toBe(`partition ${hot.id}`)
    })
  })

  describe('functionality', () => {
    it('lists the table and its partitions as scopes', () => {
      const { view } = hotKeyRun(5)
      expect(chartScopes(view).map((s) => s.id)).toEqual(['table', ...view.partitions.map((p) => `partition:${p.id}`)])
    })
  })
})

describe('spreadLabels', () => {
  describe('functionality', () => {
    it('keeps labels at least the gap apart, in order', () => {
      expect(spreadLabels([10, 10, 10, 80], 12)).toEqual([10, 22, 34, 80])
      expect(spreadLabels([50, 5], 12)).toEqual([50, 5])
    })
  })
})
