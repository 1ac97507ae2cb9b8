import type { Simulation } from '../../engine/Simulation.ts'
import { SCENARIO_TABLE } from './workloads.ts'

/** Scenario ids the physics panel understands in `?scenario=`. */
export type PhysicsScenario = 'hot-key'

/** Throughput the hot-key table is created with (4 partitions: 9,000/3,000 + 1,000/1,000 = 4). */
export const HOT_KEY_CREATE = { ReadCapacityUnits: 9000, WriteCapacityUnits: 1000 } as const
/** Throughput it is lowered to right after: partitions never merge, so each of the 4 gets 10 RCU / 10 WCU. */
export const HOT_KEY_LOW = { ReadCapacityUnits: 40, WriteCapacityUnits: 40 } as const
/** The candidates seeded as items (the hot key is Candidate_A). */
export const CANDIDATES = Array.from({ length: 26 }, (_, i) => `Candidate_${String.fromCharCode(65 + i)}`)
/** Voter items with scattered ids, so every partition of the map holds a fair share of keys. */
export const VOTERS = Array.from({ length: 40 }, (_, i) => `Voter_${(Math.imul(i + 1, 2654435761) >>> 0).toString(36)}`)

/** Steps the clock (at most `max` events) until `done()` holds. */
function stepUntil(sim: Simulation, done: () => boolean, max = 200): void {
  for (let i = 0; i < max && !done(); i++) if (!sim.step()) break
}

const status = (sim: Simulation): string | undefined => sim.dynamodb.tables.get(SCENARIO_TABLE)?.meta.TableStatus

/**
 * The hot-key scenario: a `Votes` table (partition key CandidateId) created at 9,000 RCU / 1,000 WCU, which
 * gives it 4 partitions, then lowered to 40 RCU / 40 WCU. Partitions never merge (AWS-FACTS §3.1), so each
 * partition keeps a quarter of the table's throughput: 10 RCU. A hot key lives on one partition and can
 * use only that partition's 10 RCU (plus its burst), though the table has 40. Items Candidate_A…Z and
 * 40 voters are seeded so the partition map has keys to show. Does nothing when the table already exists.
 * Runs through the engine like the default workspace seed, not through the learner's SDK.
 */
export function setUpHotKeyScenario(sim: Simulation): void {
  if (sim.dynamodb.tables.has(SCENARIO_TABLE)) return
  sim.batch(() => {
    const src = { source: 'scenario' }
    sim.request(
      'dynamodb',
      'CreateTable',
      {
        TableName: SCENARIO_TABLE,
        KeySchema: [{ AttributeName: 'CandidateId', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'CandidateId', AttributeType: 'S' }],
        BillingMode: 'PROVISIONED',
        ProvisionedThroughput: HOT_KEY_CREATE,
      },
      src,
    )
    stepUntil(sim, () => status(sim) === 'ACTIVE')
    sim.request('dynamodb', 'UpdateTable', { TableName: SCENARIO_TABLE, ProvisionedThroughput: HOT_KEY_LOW }, src)
    stepUntil(sim, () => status(sim) === 'ACTIVE')
    CANDIDATES.forEach((c, i) => {
      sim.request('dynamodb', 'PutItem', { TableName: SCENARIO_TABLE, Item: { CandidateId: { S: c }, Votes: { N: String((i * 37) % 100) } } }, src)
    })
    VOTERS.forEach((v, i) => {
      sim.request('dynamodb', 'PutItem', { TableName: SCENARIO_TABLE, Item: { CandidateId: { S: v }, VotedFor: { S: CANDIDATES[i % CANDIDATES.length]! } } }, src)
    })
  })
}
