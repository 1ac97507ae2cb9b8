import { Simulation } from '../engine/Simulation.ts'
import type { Trace } from '../engine/trace.ts'
import { loadScenarios, type LoadRunResult, type LoadScenarioSpec } from './loadScenarios.ts'

/**
 * "Predict then run" scenarios. Each one builds a fresh `new Simulation()`, runs the exact setup its
 * question describes, and reports what happened: observed values and the traces of every request.
 *
 * Request scenarios send single requests. Load scenarios (`load`) create tables and run workloads of the
 * load generator (src/engine/load) against the capacity physics (src/engine/dynamodb/physics): the same
 * spec runs in a fresh simulation here ({@link runScenario}) and in the app's main simulation
 * (src/ui/quiz/runInSimulator.ts), so the quiz answer, the unit tests and the charts all come from the engine.
 */

/** One observed value, e.g. `{ label: 'ConsumedCapacity (eventual)', value: '1 RCU' }`. */
export interface Observation {
  label: string
  value: string
}

export interface ScenarioOutcome {
  observations: Observation[]
  /** Traces of the requests the scenario sent, in order. */
  traces: Trace[]
  /** Final virtual time, ms. */
  virtualMs: number
  /** Load scenarios: what each run did. */
  load?: LoadRunResult[]
}

export interface Scenario {
  id: string
  title: string
  /** The setup, step by step, as shown before "Run it". */
  setup: string[]
  run(): ScenarioOutcome
  /** Load scenarios: the tables and workloads, so the app can run them in its main simulation too. */
  load?: LoadScenarioSpec
  /** Index of the question's choice that `outcome` shows (tests check it equals the answer key); -1: none. */
  answerOf?(outcome: ScenarioOutcome): number
}

interface Runner {
  sim: Simulation
  traces: Trace[]
  send(operation: string, input: Record<string, unknown>): { output?: any; error?: { name: string; message: string } }
}

function runner(): Runner {
  const sim = new Simulation({ seed: 7 })
  const traces: Trace[] = []
  return {
    sim,
    traces,
    send(operation, input) {
      const r = sim.request('dynamodb', operation, input, { source: 'quiz' })
      traces.push(r.trace)
      return r.error ? { error: { name: r.error.name, message: r.error.message } } : { output: r.output as any }
    },
  }
}

/** Outcome text of a request: its error name, or `fallback(output)`. */
function describe(r: { output?: any; error?: { name: string; message: string } }, fallback: (output: any) => string): string {
  return r.error ? `${r.error.name}: ${r.error.message}` : fallback(r.output)
}

const TABLE = 'QuizTable'

/** CreateTable with a string partition key `pk`, provisioned 10 RCU / 10 WCU. */
function createTable(r: Runner): ReturnType<Runner['send']> {
  return r.send('CreateTable', {
    TableName: TABLE,
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 10 },
  })
}

const status = (r: Runner): string => describe(r.send('DescribeTable', { TableName: TABLE }), (o) => String(o?.Table?.TableStatus))

/** Creates the table and advances virtual time until it is ACTIVE (at most 10 minutes). */
function activeTable(r: Runner): void {
  createTable(r)
  for (let i = 0; i < 600 && status(r) !== 'ACTIVE'; i++) r.sim.advanceBy(1000)
  r.traces.length = 0 // the learner cares about the requests after setup
}

const units = (o: any, unit: string): string => `${o?.ConsumedCapacity?.CapacityUnits ?? '?'} ${unit}`

/** A 5,012-byte item: pk "item-1" (2 + 6 bytes) and data of 5,000 characters (4 + 5,000 bytes). */
const FIVE_KB_ITEM = { pk: { S: 'item-1' }, data: { S: 'x'.repeat(5000) } }

export const scenarios: Record<string, Scenario> = {
  'ddb-read-consistency-5kb': {
    id: 'ddb-read-consistency-5kb',
    title: 'Eventually vs strongly consistent read of a 5 KB item',
    setup: [
      'CreateTable QuizTable (partition key pk, 10 RCU / 10 WCU) and wait until ACTIVE.',
      'PutItem an item of 5,012 bytes.',
      'GetItem it with ConsistentRead false, then with ConsistentRead true, both with ReturnConsumedCapacity TOTAL.',
    ],
    run() {
      const r = runner()
      activeTable(r)
      r.send('PutItem', { TableName: TABLE, Item: FIVE_KB_ITEM })
      const ev = r.send('GetItem', { TableName: TABLE, Key: { pk: { S: 'item-1' } }, ConsistentRead: false, ReturnConsumedCapacity: 'TOTAL' })
      const st = r.send('GetItem', { TableName: TABLE, Key: { pk: { S: 'item-1' } }, ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' })
      return {
        observations: [
          { label: 'Eventually consistent GetItem consumed', value: describe(ev, (o) => units(o, 'RCU')) },
          { label: 'Strongly consistent GetItem consumed', value: describe(st, (o) => units(o, 'RCU')) },
        ],
        traces: r.traces,
        virtualMs: r.sim.clock.now(),
      }
    },
  },
  'ddb-conditional-put-existing': {
    id: 'ddb-conditional-put-existing',
    title: 'Conditional put on an existing item',
    setup: [
      'CreateTable QuizTable and wait until ACTIVE.',
      'PutItem { pk: "user-1", name: "Ana" }.',
      'PutItem { pk: "user-1", name: "Bruno" } with ConditionExpression attribute_not_exists(pk).',
      'GetItem user-1 (strongly consistent).',
    ],
    run() {
      const r = runner()
      activeTable(r)
      r.send('PutItem', { TableName: TABLE, Item: { pk: { S: 'user-1' }, name: { S: 'Ana' } } })
      const second = r.send('PutItem', {
        TableName: TABLE,
        Item: { pk: { S: 'user-1' }, name: { S: 'Bruno' } },
        ConditionExpression: 'attribute_not_exists(pk)',
      })
      const get = r.send('GetItem', { TableName: TABLE, Key: { pk: { S: 'user-1' } }, ConsistentRead: true })
      return {
        observations: [
          { label: 'Second PutItem', value: describe(second, () => 'succeeded (item replaced)') },
          { label: 'Stored name afterwards', value: describe(get, (o) => String(o?.Item?.name?.S ?? '(no item)')) },
        ],
        traces: r.traces,
        virtualMs: r.sim.clock.now(),
      }
    },
  },
  'ddb-table-status-lifecycle': {
    id: 'ddb-table-status-lifecycle',
    title: 'Table status right after CreateTable and one minute later',
    setup: ['CreateTable QuizTable.', 'DescribeTable immediately.', 'Advance the virtual clock by 60 seconds.', 'DescribeTable again.'],
    run() {
      const r = runner()
      const created = createTable(r)
      const first = status(r)
      r.sim.advanceBy(60_000)
      const later = status(r)
      return {
        observations: [
          { label: 'CreateTable response TableStatus', value: describe(created, (o) => String(o?.TableDescription?.TableStatus)) },
          { label: 'DescribeTable right away', value: first },
          { label: 'DescribeTable 60 s later', value: later },
        ],
        traces: r.traces,
        virtualMs: r.sim.clock.now(),
      }
    },
  },
  'ddb-update-small-attribute': {
    id: 'ddb-update-small-attribute',
    title: 'Updating one small attribute of a 5 KB item',
    setup: [
      'CreateTable QuizTable and wait until ACTIVE.',
      'PutItem an item of 5,012 bytes.',
      'UpdateItem SET visits = :one (a 1-digit number) with ReturnConsumedCapacity TOTAL.',
    ],
    run() {
      const r = runner()
      activeTable(r)
      r.send('PutItem', { TableName: TABLE, Item: FIVE_KB_ITEM })
      const upd = r.send('UpdateItem', {
        TableName: TABLE,
        Key: { pk: { S: 'item-1' } },
        UpdateExpression: 'SET visits = :one',
        ExpressionAttributeValues: { ':one': { N: '1' } },
        ReturnConsumedCapacity: 'TOTAL',
      })
      return {
        observations: [{ label: 'UpdateItem consumed', value: describe(upd, (o) => units(o, 'WCU')) }],
        traces: r.traces,
        virtualMs: r.sim.clock.now(),
      }
    },
  },
  'ddb-get-missing-item': {
    id: 'ddb-get-missing-item',
    title: 'Reading an item that does not exist',
    setup: ['CreateTable QuizTable and wait until ACTIVE.', 'GetItem pk "nobody" (eventually consistent) with ReturnConsumedCapacity TOTAL.', 'DeleteItem pk "nobody" with ReturnConsumedCapacity TOTAL.'],
    run() {
      const r = runner()
      activeTable(r)
      const get = r.send('GetItem', { TableName: TABLE, Key: { pk: { S: 'nobody' } }, ReturnConsumedCapacity: 'TOTAL' })
      const del = r.send('DeleteItem', { TableName: TABLE, Key: { pk: { S: 'nobody' } }, ReturnConsumedCapacity: 'TOTAL' })
      return {
        observations: [
          { label: 'GetItem returned', value: describe(get, (o) => (o?.Item ? 'an item' : 'no Item field')) },
          { label: 'GetItem consumed', value: describe(get, (o) => units(o, 'RCU')) },
          { label: 'DeleteItem consumed', value: describe(del, (o) => units(o, 'WCU')) },
        ],
        traces: r.traces,
        virtualMs: r.sim.clock.now(),
      }
    },
  },
  ...Object.fromEntries(loadScenarios.map((s) => [s.id, s])),
}

/** Runs a scenario by id. @throws Error for an unknown id. */
export function runScenario(id: string): ScenarioOutcome {
  const s = scenarios[id]
  if (!s) throw new Error(`Unknown scenario: ${id}`)
  return s.run()
}
