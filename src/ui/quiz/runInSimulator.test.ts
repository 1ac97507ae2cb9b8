import { describe, expect, it, vi } from 'vitest'
import { Simulation } from '../../engine/Simulation.ts'
import { runScenario } from '../../quiz/scenarios.ts'
import { useSimStore } from '../store/index.ts'
import { freeTableName, openCharts, runInSimulator } from './runInSimulator.ts'

const shown: unknown[] = []
vi.mock('../physics/LoadPanel.tsx', () => ({ showWorkloadNext: (w: unknown) => shown.push(w) }))

/** A "main" simulation with a learner's table that happens to use the scenario table's name. */
function mainSim(): Simulation {
  const sim = new Simulation({ seed: 3 })
  sim.request('dynamodb', 'CreateTable', {
    TableName: 'Quiz-10WCU',
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  })
  sim.advanceBy(60_000)
  sim.request('dynamodb', 'PutItem', { TableName: 'Quiz-10WCU', Item: { id: { S: 'mine' } } })
  return sim
}

describe('runInSimulator', () => {
  describe('validations', () => {
    it('rejects an unknown scenario and a scenario without load', async () => {
      const sim = new Simulation()
      await expect(runInSimulator('nope', { sim })).rejects.toThrow('Unknown scenario: nope')
      await expect(runInSimulator('ddb-table-status-lifecycle', { sim })).rejects.toThrow('does not run in the main simulation')
    })
  })

  describe('functionality', () => {
    it('picks a free table name: the base, else -2, -3…', () => {
      const sim = mainSim()
      expect(freeTableName(sim, 'Quiz-HotKey')).toBe('Quiz-HotKey')
      expect(freeTableName(sim, 'Quiz-10WCU')).toBe('Quiz-10WCU-2')
      expect(freeTableName(sim, 'Quiz-10WCU', new Set(['Quiz-10WCU-2']))).toBe('Quiz-10WCU-3')
    })

    it('runs the scenario on its own table in the given simulation, leaving the learner table alone', async () => {
      const sim = mainSim()
      const before = sim.dynamodb.tables.get('Quiz-10WCU')!
      const progress: number[] = []
      let yields = 0
      const run = await runInSimulator('ddb-burst-absorbs-excess', {
        sim,
        sliceMs: 0, // one chunk per slice: many yields
        yieldToPage: async () => void yields++,
        onProgress: (p) => progress.push(p),
      })
      expect(run.tables).toEqual(['Quiz-10WCU-2'])
      expect(run.workloads[0]).toMatchObject({ tableName: 'Quiz-10WCU-2', durationSeconds: 60, rate: { kind: 'constant', perSecond: 15 } })
      expect(sim.dynamodb.tables.get('Quiz-10WCU')).toBe(before)
      expect(before.itemCount).toBe(1)
      expect(before.meta.BillingMode).toBe('PAY_PER_REQUEST')
      expect(sim.dynamodb.tables.get('Quiz-10WCU-2')!.itemCount).toBeGreaterThan(0)
      // 60 virtual seconds in 1 s chunks: the page got a turn after every chunk, and progress reached 100 %.
      expect(yields).toBeGreaterThanOrEqual(60)
      expect(progress.at(-1)).toBe(1)
      expect(progress).toEqual([...progress].sort((a, b) => a - b))
      // The engine's physics decide, as in the quiz's fresh simulation: same outcome.
      const fresh = runScenario('ddb-burst-absorbs-excess').load![0]!
      expect(run.results[0]).toEqual({ ...fresh, tableName: 'Quiz-10WCU-2' })
      expect(run.observations.map((o) => o.value)).toContain('0')
      expect(run.wallMs).toBeLessThan(1000)
      // Its requests are in the simulation's trace log (the architecture view animates them).
      expect(sim.traces.list().some((t) => t.source === 'load')).toBe(true)
    })

    it('runs two tables at once for write sharding and both get their own names', async () => {
      const sim = new Simulation()
      const run = await runInSimulator('ddb-write-sharding', { sim, yieldToPage: async () => {} })
      expect(run.tables).toEqual(['Quiz-Ballots', 'Quiz-Ballots-Sharded'])
      const [single, sharded] = run.results
      expect(single!.throttled).toBeGreaterThan(0)
      expect(sharded!.throttled).toBe(0)
      const again = await runInSimulator('ddb-write-sharding', { sim, yieldToPage: async () => {} })
      expect(again.tables).toEqual(['Quiz-Ballots-2', 'Quiz-Ballots-Sharded-2'])
    }, 30_000)

    it('"Open the charts" shows the workload in the Load & capacity panel and selects its table', async () => {
      const w = { ...runScenario('ddb-table-status-lifecycle'), tableName: 'Quiz-10WCU-2' } as never
      await openCharts(w)
      expect(shown.at(-1)).toBe(w)
      expect(useSimStore.getState().panel).toBe('load')
      expect(useSimStore.getState().selectedTableName).toBe('Quiz-10WCU-2')
    })
  })
})
