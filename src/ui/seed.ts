import type { Simulation } from '../engine/Simulation.ts'
import type { Item } from '../engine/dynamodb/types.ts'

/** The example table every new workspace starts with. */
export const EXAMPLE_TABLE = 'GameScores'

const PLAYERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'oscar']
const GAMES = ['Galaxy Invaders', 'Meteor Blasters', 'Starship X']

/**
 * Creates GameScores (partition key UserId S, sort key GameTitle S, 5 RCU / 5 WCU) with 36 items, through
 * the engine (not the wire), and waits on the virtual clock until it is ACTIVE.
 */
export function seedDefaultWorkspace(sim: Simulation): void {
  sim.batch(() => {
    sim.request('dynamodb', 'CreateTable', {
      TableName: EXAMPLE_TABLE,
      KeySchema: [
        { AttributeName: 'UserId', KeyType: 'HASH' },
        { AttributeName: 'GameTitle', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'UserId', AttributeType: 'S' },
        { AttributeName: 'GameTitle', AttributeType: 'S' },
      ],
      BillingMode: 'PROVISIONED',
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
    }, { source: 'seed' })
    for (let i = 0; i < 100 && sim.dynamodb.tables.get(EXAMPLE_TABLE)?.meta.TableStatus === 'CREATING'; i++) {
      if (!sim.step()) break
    }
    let n = 0
    for (const user of PLAYERS) {
      for (const game of GAMES) {
        n++
        const item: Item = {
          UserId: { S: user },
          GameTitle: { S: game },
          TopScore: { N: String(((n * 7919) % 9000) + 1000) },
          Wins: { N: String((n * 31) % 50) },
          Losses: { N: String((n * 17) % 40) },
          TopScoreDateTime: { S: `2026-0${(n % 9) + 1}-1${n % 10}T12:00:00Z` },
        }
        if (n % 4 === 0) item['Badges'] = { SS: ['Champion', n % 8 === 0 ? 'Speedrunner' : 'Veteran'] }
        sim.request('dynamodb', 'PutItem', { TableName: EXAMPLE_TABLE, Item: item }, { source: 'seed' })
      }
    }
    sim.traces.clear()
  })
}
