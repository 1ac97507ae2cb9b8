import { describe, expect, it } from 'vitest'
import { Simulation } from '../../engine/Simulation.ts'
import { startWorkload } from '../../engine/load/index.ts'
import { CANDIDATES, HOT_ITEMS_KEY, HOT_ITEMS_TABLE, HOT_PARTITION_TABLE, setUpHotKeyScenario, setUpScenario, VOTERS } from './scenarios.ts'
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

describe('hot-partition scenario', () => {
  describe('capacity', () => {
    it('throttles a hot key written at 200/s on a 50-WCU partition; write sharding spreads it and nothing throttles', () => {
      const sim = new Simulation({ seed: 20260101 })
      const hot = setUpScenario(sim, 'hot-partition')
      expect(hot.tableName).toBe(HOT_PARTITION_TABLE)
      const view = readPhysicsView(sim, HOT_PARTITION_TABLE)!
      expect(view.partitions.map((p) => p.wcu)).toEqual([50, 50, 50, 50])
      const first = startWorkload(sim, hot)
      first.runToEnd()
      expect(first.counters().throttled).toBeGreaterThan(0)
      const sharded = startWorkload(sim, { ...preset('Write-sharded hot key')!, tableName: HOT_PARTITION_TABLE })
      sharded.runToEnd()
      expect(sharded.counters().throttled).toBe(0)
      expect(sharded.counters().succeeded).toBe(sharded.counters().started)
      // The ten shards Candidate_A.0…9 live on more than one partition.
      const holding = readPhysicsView(sim, HOT_PARTITION_TABLE)!.partitions.filter((p) =>
        keysOnPartition(sim, HOT_PARTITION_TABLE, p.id).keys.some((k) => k.startsWith('Candidate_A.')),
      )
      expect(holding.length).toBeGreaterThan(1)
    })
  })
})

describe('hot-items scenario', () => {
  describe('capacity', () => {
    it('two hot items on one partition throttle at its 1,000 WCU maximum; adaptive capacity isolates them and throttling stops', () => {
      const sim = new Simulation({ seed: 11 })
      const w = setUpScenario(sim, 'hot-items')
      const table = sim.dynamodb.tables.get(HOT_ITEMS_TABLE)!
      const partitionOf = (k: string) => table.partitionOf({ CandidateId: { S: k } })
      expect(table.partitionCount()).toBe(4)
      expect(partitionOf(`${HOT_ITEMS_KEY}.0`)).toBe(partitionOf(`${HOT_ITEMS_KEY}.1`))

      const off = startWorkload(sim, w)
      off.runToEnd()
      expect(off.counters().throttled).toBeGreaterThan(0)
      expect(table.partitionCount()).toBe(4) // adaptive capacity is off: nothing splits

      sim.dynamodb.physics.adaptiveCapacity = true
      const on = startWorkload(sim, w)
      on.runToEnd()
      expect(table.partitionCount()).toBe(5)
      expect(partitionOf(`${HOT_ITEMS_KEY}.0`)).not.toBe(partitionOf(`${HOT_ITEMS_KEY}.1`))
      expect(on.counters().throttled).toBeLessThan(off.counters().throttled / 2)
      const throttlesPerSecond = readPhysicsView(sim, HOT_ITEMS_TABLE)!.metrics.table.WriteThrottleEvents
      expect(throttlesPerSecond.slice(-30).every((n) => n === 0)).toBe(true) // the last 30 s: none
    })
  })
})
