import type { Simulation } from '../../engine/Simulation.ts'
import type { Workload } from '../../engine/load/index.ts'
import { preset, SCENARIO_TABLE } from './workloads.ts'

/** Scenario ids the physics panel understands in `?scenario=`. */
export type PhysicsScenario = 'hot-key' | 'hot-partition' | 'hot-items'

export const PHYSICS_SCENARIOS: readonly PhysicsScenario[] = ['hot-key', 'hot-partition', 'hot-items']

/** Throughput the hot-key table is created with (4 partitions: 9,000/3,000 + 1,000/1,000 = 4). */
export const HOT_KEY_CREATE = { ReadCapacityUnits: 9000, WriteCapacityUnits: 1000 } as const
/** Throughput it is lowered to right after: partitions never merge, so each of the 4 gets 10 RCU / 10 WCU. */
export const HOT_KEY_LOW = { ReadCapacityUnits: 40, WriteCapacityUnits: 40 } as const
/** Table of the hot-partition scenario. */
export const HOT_PARTITION_TABLE = 'Ballots'
/** Created at 3,000 RCU + 3,000 WCU (1 + 3 = 4 partitions), lowered to 40 RCU / 200 WCU: 50 WCU per partition. */
export const HOT_PARTITION_CREATE = { ReadCapacityUnits: 3000, WriteCapacityUnits: 3000 } as const
export const HOT_PARTITION_LOW = { ReadCapacityUnits: 40, WriteCapacityUnits: 200 } as const
/** Table of the hot-items scenario: 1 RCU + 3,999 WCU → 4 partitions of ~1,000 WCU, the per-partition maximum. */
export const HOT_ITEMS_TABLE = 'Polls'
export const HOT_ITEMS_CREATE = { ReadCapacityUnits: 1, WriteCapacityUnits: 3999 } as const
/** Its two hot items: write sharding with only 2 suffixes, and both land on the same partition (the third of 4). */
export const HOT_ITEMS_KEY = 'Candidate_C'

/** The candidates seeded as items (the hot key is Candidate_A). */
export const CANDIDATES = Array.from({ length: 26 }, (_, i) => `Candidate_${String.fromCharCode(65 + i)}`)
/** Voter items with scattered ids, so every partition of the map holds a fair share of keys. */
export const VOTERS = Array.from({ length: 40 }, (_, i) => `Voter_${(Math.imul(i + 1, 2654435761) >>> 0).toString(36)}`)

/** Steps the clock (at most `max` events) until `done()` holds. */
function stepUntil(sim: Simulation, done: () => boolean, max = 200): void {
  for (let i = 0; i < max && !done(); i++) if (!sim.step()) break
}

/**
 * Creates `tableName` (partition key CandidateId) at `create` throughput, waits until ACTIVE, lowers it to
 * `low` and waits again, then seeds the candidates and voters. Partitions never merge (AWS-FACTS §3.1), so
 * the table keeps the partitions `create` needed, each with an equal share of `low`. Through the engine
 * (source `scenario`), like the default workspace seed. Does nothing when the table already exists.
 */
function setUpTable(sim: Simulation, tableName: string, create: object, low?: object): void {
  if (sim.dynamodb.tables.has(tableName)) return
  const status = () => sim.dynamodb.tables.get(tableName)?.meta.TableStatus
  sim.batch(() => {
    const src = { source: 'scenario' }
    sim.request(
      'dynamodb',
      'CreateTable',
      {
        TableName: tableName,
        KeySchema: [{ AttributeName: 'CandidateId', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'CandidateId', AttributeType: 'S' }],
        BillingMode: 'PROVISIONED',
        ProvisionedThroughput: create,
      },
      src,
    )
    stepUntil(sim, () => status() === 'ACTIVE')
    if (low) {
      sim.request('dynamodb', 'UpdateTable', { TableName: tableName, ProvisionedThroughput: low }, src)
      stepUntil(sim, () => status() === 'ACTIVE')
    }
    CANDIDATES.forEach((c, i) => {
      sim.request('dynamodb', 'PutItem', { TableName: tableName, Item: { CandidateId: { S: c }, Votes: { N: String((i * 37) % 100) } } }, src)
    })
    VOTERS.forEach((v, i) => {
      sim.request('dynamodb', 'PutItem', { TableName: tableName, Item: { CandidateId: { S: v }, VotedFor: { S: CANDIDATES[i % CANDIDATES.length]! } } }, src)
    })
  })
}

/**
 * The hot-key scenario: `Votes` at 40 RCU over 4 partitions (10 RCU each). A hot key lives on one
 * partition and can use only that partition's 10 RCU (plus its burst), though the table has 40; DAX fixes it.
 */
export function setUpHotKeyScenario(sim: Simulation): void {
  setUpTable(sim, SCENARIO_TABLE, HOT_KEY_CREATE, HOT_KEY_LOW)
}

/**
 * The hot-partition scenario: `Ballots` at 200 WCU over 4 partitions (50 WCU each). 200 writes a second to
 * one key need 200 WCU on one partition: it throttles once its burst is gone. Write sharding
 * (Candidate_A.0…9) spreads the writes over the partitions and fixes it.
 */
export function setUpHotPartitionScenario(sim: Simulation): void {
  setUpTable(sim, HOT_PARTITION_TABLE, HOT_PARTITION_CREATE, HOT_PARTITION_LOW)
}

/**
 * The hot-items scenario: `Polls` with 4 partitions of ~1,000 WCU (3,999 WCU in all). Write sharding with
 * only two suffixes put both hot items (Candidate_C.0 and .1, 700 writes a second each) on one partition:
 * 1,400 WCU a second against its 1,000 WCU maximum, so it throttles although the table has room. Adaptive
 * capacity's isolation splits that partition between the two items (physics/isolation.ts) and it stops.
 */
export function setUpHotItemsScenario(sim: Simulation): void {
  setUpTable(sim, HOT_ITEMS_TABLE, HOT_ITEMS_CREATE)
}

/** The hot-items scenario's workload: 1,400 writes a second over two sharded keys of one partition, 120 s. */
export function hotItemsWorkload(): Workload {
  return {
    name: 'Two hot items',
    tableName: HOT_ITEMS_TABLE,
    durationSeconds: 120,
    rate: { kind: 'constant', perSecond: 1400 },
    readRatio: 0,
    itemSizeBytes: 512,
    consistency: 'eventual',
    keys: { kind: 'sharded', key: HOT_ITEMS_KEY, shards: 2, suffix: 'random' },
    throughDax: false,
  }
}

/** Sets up scenario `id` (idempotent) and returns the workload it starts with. */
export function setUpScenario(sim: Simulation, id: PhysicsScenario): Workload {
  if (id === 'hot-items') {
    setUpHotItemsScenario(sim)
    return hotItemsWorkload()
  }
  if (id === 'hot-partition') {
    setUpHotPartitionScenario(sim)
    return { ...preset('Hot key (writes)')!, tableName: HOT_PARTITION_TABLE, durationSeconds: 300 }
  }
  setUpHotKeyScenario(sim)
  return preset('Hot key')!
}

/** What each scenario's note says. */
export const SCENARIO_NOTES: Record<PhysicsScenario, string> = {
  'hot-key':
    'Votes was created at 9,000 RCU (4 partitions) and lowered to 40 RCU: partitions never merge, so each keeps 10 RCU. The workload reads ' +
    'Candidate_A 200 times a second (100 RCU), all on one partition. Press Run (speed max): its burst credit drains, then it throttles while ' +
    'the other partitions idle. Then create a DAX cluster, tick Through DAX and run again.',
  'hot-partition':
    'Ballots was created at 3,000 WCU (4 partitions) and lowered to 200 WCU: partitions never merge, so each keeps 50 WCU. The workload writes ' +
    'Candidate_A 200 times a second, all on one partition. Press Run (speed max): once its burst credit is gone it throttles, though the table ' +
    'has 200 WCU. Then choose "Write-sharded hot key" (Candidate_A.0…9, suffix calculated from the voter id) and run again.',
  'hot-items':
    'Polls has 4 partitions of about 1,000 WCU (3,999 WCU in all). The workload shards Candidate_C over only two suffixes, 700 writes a second ' +
    'each, and both land on the same partition: 1,400 WCU a second against its 1,000 WCU maximum, so it throttles while the table has room to ' +
    'spare. Press Run (speed max) with adaptive capacity off, then tick Adaptive capacity and run again: within about 30 s the hot partition ' +
    'splits between the two items (5 partitions on the map) and throttling stops.',
}
