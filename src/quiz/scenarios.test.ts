import { describe, expect, it } from 'vitest'
import { predictQuestions } from './predict.ts'
import { runScenario, scenarios, type ScenarioOutcome } from './scenarios.ts'
import { loadObservations, loadResults, loadRunning, startLoadScenario, type LoadRunResult } from './loadScenarios.ts'
import { Simulation } from '../engine/Simulation.ts'

/**
 * True once the operations a scenario uses are implemented (item operations and expressions are being
 * written in parallel; until then they answer InternalServerError or "... yet").
 */
function ready(id: string): boolean {
  return !runScenario(id).observations.some((o) => o.value.startsWith('InternalServerError') || / yet$/.test(o.value))
}

const values = (id: string) => runScenario(id).observations.map((o) => o.value)

/** Load scenarios send thousands of requests (about a second each): run each once for the checks below. */
const memo = new Map<string, ScenarioOutcome>()
const outcome = (id: string): ScenarioOutcome => memo.get(id) ?? memo.set(id, runScenario(id)).get(id)!
const loadIds = Object.values(scenarios)
  .filter((s) => s.load)
  .map((s) => s.id)
const result = (id: string, i = 0): LoadRunResult => outcome(id).load![i]!

describe('predict-then-run scenarios', () => {
  describe('functionality', () => {
    it('every predict question links to a registered scenario, and every scenario has a question', () => {
      for (const q of predictQuestions) expect(scenarios[q.scenario], q.id).toBeDefined()
      for (const id of Object.keys(scenarios)) expect(predictQuestions.some((q) => q.scenario === id), id).toBe(true)
    })

    it('runs every scenario in a fresh simulation and returns observations and traces', { timeout: 30_000 }, () => {
      for (const id of Object.keys(scenarios)) {
        const out = outcome(id)
        expect(out.observations.length, id).toBeGreaterThan(0)
        expect(out.traces.length, id).toBeGreaterThan(0)
        for (const t of out.traces) expect(t.hops.length).toBeGreaterThan(0)
      }
    })

    it('is deterministic', { timeout: 30_000 }, () => {
      for (const id of Object.keys(scenarios)) expect(runScenario(id)).toEqual(outcome(id))
    })

    it('shows CREATING right after CreateTable and ACTIVE a minute later', () => {
      const obs = runScenario('ddb-table-status-lifecycle').observations.map((o) => o.value)
      expect(obs).toEqual(['CREATING', 'CREATING', 'ACTIVE'])
    })

    it.runIf(ready('ddb-read-consistency-5kb'))('consumes 1 RCU eventual and 2 RCU strong for a 5,012-byte item', () => {
      expect(values('ddb-read-consistency-5kb')).toEqual(['1 RCU', '2 RCU'])
    })

    it.runIf(ready('ddb-conditional-put-existing'))('rejects a conditional put on an existing item', () => {
      expect(values('ddb-conditional-put-existing')).toEqual(['ConditionalCheckFailedException: The conditional request failed', 'Ana'])
    })

    it.runIf(ready('ddb-update-small-attribute'))('bills an UpdateItem on the whole item', () => {
      expect(values('ddb-update-small-attribute')).toEqual(['5 WCU'])
    })

    it.runIf(ready('ddb-get-missing-item'))('charges the minimum for reading and deleting a missing item', () => {
      expect(values('ddb-get-missing-item')).toEqual(['no Item field', '0.5 RCU', '1 WCU'])
    })

    it('throws for an unknown scenario', () => {
      expect(() => runScenario('nope')).toThrow('Unknown scenario: nope')
    })
  })

  describe('capacity', () => {
    it('has load scenarios, each with an answer rule', () => {
      expect(loadIds).toEqual(['ddb-burst-absorbs-excess', 'ddb-burst-drains', 'ddb-hot-key-reads', 'ddb-write-sharding'])
      for (const id of loadIds) expect(scenarios[id]!.answerOf, id).toBeTypeOf('function')
    })

    it('answer keys equal the outcome the engine produces', { timeout: 30_000 }, () => {
      for (const q of predictQuestions) {
        const s = scenarios[q.scenario]!
        if (s.answerOf) expect(s.answerOf(outcome(s.id)), q.id).toBe(q.answer)
      }
    })

    it('absorbs 15 writes/s against 10 WCU for 60 s with the full 3,000 WCU burst bucket', () => {
      const r = result('ddb-burst-absorbs-excess')
      expect(r).toMatchObject({ requests: 900, attempts: 900, throttled: 0, succeeded: 900, failed: 0, consumed: 900, provisioned: 600, rate: 10, burstAtStart: 3000, partitions: 1 })
      expect(r.firstThrottleSecond).toBeUndefined()
      // 5 WCU/s above the rate for 60 s: about 300 WCU of burst (a little less: the per-second bucket starts full).
      expect(r.burstUsed).toBeGreaterThan(280)
      expect(r.burstUsed).toBeLessThanOrEqual(300)
    })

    it('throttles 15 writes/s against 10 WCU once the burst bucket is empty, after 3,000 / 5 = 600 s', () => {
      const r = result('ddb-burst-drains')
      expect(r.firstThrottleSecond).toBeGreaterThanOrEqual(595)
      expect(r.firstThrottleSecond).toBeLessThanOrEqual(605)
      expect(r.burstUsed).toBe(3000)
      expect(r.throttled).toBeGreaterThan(0)
      expect(r.attempts).toBeGreaterThan(r.requests) // the SDK retried
      expect(r.succeeded + r.failed).toBe(r.requests)
      // 600 s at 15/s, then at most the provisioned 10/s (plus the tail of retries).
      expect(r.consumed).toBeLessThanOrEqual(600 * 15 + 300 * 10 + 10)
    })

    it('throttles a hot key on one 10 RCU partition of a 40 RCU table after its burst (3,000 / 20 = 150 s)', () => {
      const r = result('ddb-hot-key-reads')
      expect(r).toMatchObject({ unit: 'RCU', rate: 40, partitions: 4, burstAtStart: 12_000, burstUsed: 3000 })
      expect(r.firstThrottleSecond).toBeGreaterThanOrEqual(145)
      expect(r.firstThrottleSecond).toBeLessThanOrEqual(155)
      expect(r.consumed).toBeLessThan(r.provisioned / 2 + 100) // the other partitions idle
    })

    it('with adaptive capacity on (always on in AWS), the hot partition borrows unused table capacity and does not throttle', () => {
      const sim = new Simulation({ seed: 7 })
      sim.dynamodb.physics = { ...sim.dynamodb.physics, adaptiveCapacity: true }
      const started = startLoadScenario(sim, scenarios['ddb-hot-key-reads']!.load!, { 'Quiz-HotKey': 'Quiz-HotKey' })
      while (loadRunning(started)) sim.advanceBy(10_000)
      const [r] = loadResults(sim, started)
      expect(r).toMatchObject({ adaptiveCapacity: true, throttled: 0, failed: 0, requests: 18_000 })
      expect(loadObservations([r!]).at(-1)).toEqual({ label: 'Adaptive capacity', value: 'on in this simulation (the question assumes off)' })
    })

    it('write sharding fixes the hot partition: the single key throttles, the sharded keys do not', () => {
      const single = result('ddb-write-sharding', 0)
      const sharded = result('ddb-write-sharding', 1)
      expect(single.firstThrottleSecond).toBeGreaterThanOrEqual(145)
      expect(single.firstThrottleSecond).toBeLessThanOrEqual(155)
      expect(single.failed).toBeGreaterThan(0)
      expect(sharded).toMatchObject({ throttled: 0, failed: 0, succeeded: 45_000, consumed: 45_000 })
    })

    it('shows throttles, consumed vs provisioned and burst used', () => {
      expect(outcome('ddb-burst-absorbs-excess').observations).toEqual([
        { label: 'Throttled attempts (ProvisionedThroughputExceededException)', value: '0' },
        { label: 'First throttle', value: 'none' },
        { label: 'Requests', value: '900 sent, 900 succeeded, 0 failed (0 retries)' },
        { label: 'Consumed vs provisioned', value: '900 WCU consumed vs 600 WCU provisioned (10 WCU/s × 60 s)' },
        { label: 'Burst capacity used', value: `${result('ddb-burst-absorbs-excess').burstUsed.toLocaleString('en-US')} of 3,000 WCU` },
      ])
      const labels = outcome('ddb-write-sharding').observations.map((o) => o.label)
      expect(labels).toContain('Single key: First throttle')
      expect(labels).toContain('Sharded: Burst capacity used')
    })
  })
})
