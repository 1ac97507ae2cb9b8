import { describe, expect, it } from 'vitest'
import { predictQuestions } from './predict.ts'
import { runScenario, scenarios } from './scenarios.ts'

/**
 * True once the operations a scenario uses are implemented (item operations and expressions are being
 * written in parallel; until then they answer InternalServerError or "... yet").
 */
function ready(id: string): boolean {
  return !runScenario(id).observations.some((o) => o.value.startsWith('InternalServerError') || / yet$/.test(o.value))
}

const values = (id: string) => runScenario(id).observations.map((o) => o.value)

describe('predict-then-run scenarios', () => {
  describe('functionality', () => {
    it('every predict question links to a registered scenario, and every scenario has a question', () => {
      for (const q of predictQuestions) expect(scenarios[q.scenario], q.id).toBeDefined()
      for (const id of Object.keys(scenarios)) expect(predictQuestions.some((q) => q.scenario === id), id).toBe(true)
    })

    it('runs every scenario in a fresh simulation and returns observations and traces', () => {
      for (const id of Object.keys(scenarios)) {
        const out = runScenario(id)
        expect(out.observations.length, id).toBeGreaterThan(0)
        expect(out.traces.length, id).toBeGreaterThan(0)
        for (const t of out.traces) expect(t.hops.length).toBeGreaterThan(0)
      }
    })

    it('is deterministic', () => {
      for (const id of Object.keys(scenarios)) expect(runScenario(id)).toEqual(runScenario(id))
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
})
