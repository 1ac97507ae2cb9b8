import { Simulation } from '../../Simulation.ts'

/** Test fixtures for Time to Live: an ACTIVE on-demand table (hash key `id`) and the TTL actions on it. */

export const HOUR = 3_600_000

/** A simulation with an ACTIVE on-demand table `name` (hash key `id`, S). */
export function ttlTable(name = 'Sessions'): Simulation {
  const sim = new Simulation()
  sim.request('dynamodb', 'CreateTable', {
    TableName: name,
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  })
  sim.advanceBy(60_000)
  return sim
}

export const enableTtl = (sim: Simulation, attr = 'expiresAt', table = 'Sessions') =>
  sim.request('dynamodb', 'UpdateTimeToLive', { TableName: table, TimeToLiveSpecification: { Enabled: true, AttributeName: attr } })
export const disableTtl = (sim: Simulation, attr = 'expiresAt', table = 'Sessions') =>
  sim.request('dynamodb', 'UpdateTimeToLive', { TableName: table, TimeToLiveSpecification: { Enabled: false, AttributeName: attr } })
export const describeTtl = (sim: Simulation, table = 'Sessions') => sim.request('dynamodb', 'DescribeTimeToLive', { TableName: table })
