import { describe, expect, it } from 'vitest'
import * as DDB from '@aws-sdk/client-dynamodb'
import { Simulation } from '../../engine/Simulation.ts'
import { operations } from '../../engine/dynamodb/operations/index.ts'
import { seedDefaultWorkspace } from '../seed.ts'
import { CONSOLE_TEMPLATES, tableArnFor, templateFor } from './consoleTemplates.ts'

const OPS = Object.keys(operations)

describe('Console templates', () => {
  describe('functionality', () => {
    it('has a template for every operation of the engine, each sent as an SDK <Op>Command', () => {
      expect(Object.keys(CONSOLE_TEMPLATES).sort()).toEqual([...OPS].sort())
      for (const op of OPS) expect(typeof (DDB as Record<string, unknown>)[`${op}Command`], op).toBe('function')
    })

    it('fills in the table name and its ARN', () => {
      expect(JSON.parse(templateFor('ListTagsOfResource', 'Orders'))).toEqual({ ResourceArn: tableArnFor('Orders') })
      expect(JSON.parse(templateFor('BatchGetItem', 'Orders')).RequestItems.Orders.Keys).toHaveLength(2)
    })

    it.each(OPS)('the %s template succeeds on the example workspace', (op) => {
      const sim = new Simulation({ seed: 7 })
      seedDefaultWorkspace(sim)
      const result = sim.request('dynamodb', op, JSON.parse(templateFor(op, 'GameScores')), { source: 'console' })
      expect('error' in result ? `${result.error?.name}: ${result.error?.message}` : 'ok').toBe('ok')
    })
  })
})
