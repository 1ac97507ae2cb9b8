import { describe, expect, it } from 'vitest'
import { Simulation } from '../../engine/Simulation.ts'
import { startWorkload } from '../../engine/load/index.ts'
import { CANDIDATES, setUpHotKeyScenario, VOTERS } from './scenarios.ts'
import { keysOnPartition, readPhysicsView } from './physicsView.ts'
import { preset, SCENARIO_TABLE } from './workloads.ts'

describe('hot-key scenario', () => {
  describe('functionality', () => {
    it('creates Votes with 4 partitions of 10 RCU / 10 WCU, candidates and voters on every partition', () => {
      const sim = new Simulation({ seed: 7 })
      setUpHotKeyScenario(sim)
      const t = sim.dynamodb.tables.get(SCENARIO_TABLE)!
      expect(t.meta.TableStatus).toBe('ACTIVE')
      expect(t.meta.ProvisionedThroughput.ReadCapacityUnits).toBe(40)
      const view = readPhysicsView(sim, SCENARIO_TABLE)!
      expect(view.partitions).toHaveLength(4)
      expect(view.partitions.map((p) => p.rcu)).toEqual([10, 10, 10, 10])
      expect(view.partitions.reduce((s, p) => s + p.items, 0)).toBe(CANDIDATES.length + VOTERS.length)
      expect(view.partitions.every((p) => p.items > 0)).toBe(true)
      const all = view.partitions.flatMap((p) => keysOnPartition(sim, SCENARIO_TABLE, p.id).keys)
      expect(all.sort()).toEqual([...CANDIDATES, ...VOTERS].sort())
    })

    it('is idempotent', () => {
      const sim = new Simulation({ seed: 7 })
      setUpHotKeyScenario(sim)
      const v = sim.version
      setUpHotKeyScenario(sim)
      expect(sim.version).toBe(v)
    })
  })

  describe('capacity', () => {
    it('throttles the hot key on one partition, which the view marks hot', () => {
      const sim = new Simulation({ seed: 7 })
      setUpHotKeyScenario(sim)
      const run = startWorkload(sim, { ...preset('Hot key')!, durationSeconds: 60 })
      sim.advanceBy(60_000)
      expect(run.counters().throttled).toBeGreaterThan(0)
      const view = readPhysicsView(sim, SCENARIO_TABLE)!
      const hot = view.partitions.filter((p) => p.hot)
      expect(hot).toHaveLength(1)
      expect(keysOnPartition(sim, SCENARIO_TABLE, hot[0]!.id).keys).toContain('Candidate_A')
      expect(view.metrics.table.ReadThrottleEvents.reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
    })
  })
})
