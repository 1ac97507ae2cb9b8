// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { Simulation } from '../engine/Simulation.ts'
import { seedDefaultWorkspace, EXAMPLE_TABLE } from './seed.ts'
import { exportWorkspace, importWorkspace } from './workspaceFile.ts'
import { exportQuizProgress } from './quiz/progressStore.ts'

describe('workspace file', () => {
  it('round-trips tables, items and the virtual clock', () => {
    const a = new Simulation({ seed: 3 })
    seedDefaultWorkspace(a)
    a.advanceBy(5_000)
    const text = exportWorkspace(a, 'Class demo')
    const b = new Simulation({ seed: 9 })
    expect(importWorkspace(b, text)).toEqual({ name: 'Class demo' })
    expect(b.dynamodb.tables.get(EXAMPLE_TABLE)?.itemCount).toBe(36)
    expect(b.clock.now()).toBe(a.clock.now())
  })

  it('refuses a foreign file and keeps the current workspace', () => {
    const sim = new Simulation()
    seedDefaultWorkspace(sim)
    const before = JSON.stringify(sim.getState())
    expect(() => importWorkspace(sim, '{"hello": 1}')).toThrow(/not a Serverless Sim workspace/)
    expect(() => importWorkspace(sim, 'not json')).toThrow(/not JSON/)
    expect(JSON.stringify(sim.getState())).toBe(before)
  })

  it('refuses a damaged engine state without touching quiz progress or tables', () => {
    const sim = new Simulation()
    seedDefaultWorkspace(sim)
    const quizBefore = exportQuizProgress()
    const damaged = JSON.stringify({
      format: 'serverless-sim-workspace/1',
      name: 'x',
      exportedAtVirtualMs: 0,
      engine: { format: 'serverless-sim/1', dynamodb: { tables: [{ meta: null, items: [] }] } },
      quiz: quizBefore,
    })
    expect(() => importWorkspace(sim, damaged)).toThrow(/damaged/)
    expect(sim.dynamodb.tables.get(EXAMPLE_TABLE)?.itemCount).toBe(36)
    expect(exportQuizProgress()).toBe(quizBefore)
  })
})
