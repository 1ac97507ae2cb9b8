import { describe, expect, it } from 'vitest'
import { Simulation } from '../../engine/Simulation.ts'
import { startWorkload } from '../../engine/load/index.ts'
import { createDaxCluster } from '../../engine/dax/index.ts'
import { setUpHotKeyScenario } from './scenarios.ts'
import { readPhysicsView } from './physicsView.ts'
import { preset, SCENARIO_TABLE } from './workloads.ts'

describe('hot-key scenario through DAX', () => {
  describe('capacity', () => {
    it('throttles without DAX, then DAX absorbs the hot key and throttling stops', () => {
      const sim = new Simulation({ seed: 20260101 })
      setUpHotKeyScenario(sim)
      const first = startWorkload(sim, preset('Hot key')!)
      first.runToEnd()
      expect(first.counters().throttled).toBeGreaterThan(0)
      createDaxCluster(sim, { name: 'sim-dax', nodes: 3 })
      const second = startWorkload(sim, { ...preset('Hot key')!, throughDax: true })
      second.runToEnd()
      expect(second.counters().throttled).toBe(0)
      expect(second.counters().succeeded).toBe(second.counters().started)
      sim.advanceBy(6000)
      expect(readPhysicsView(sim, SCENARIO_TABLE)!.partitions.some((p) => p.hot)).toBe(false)
    })
  })
})
