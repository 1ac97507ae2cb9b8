/**
 * DAX (DynamoDB Accelerator): clusters with an item cache and a query cache in front of DynamoDB.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.html (../../../shared/AWS-FACTS.md §10)
 *
 * Usage:
 *   const cluster = createDaxCluster(sim, { name: 'demo', nodes: 3 })
 *   sim.request('dax', 'GetItem', { TableName: 'Music', Key: {...} }, { source: 'console' })
 *   cluster.stats()  // hits, misses, ratios, per-node requests, average latencies
 */
import type { Simulation } from '../Simulation.ts'
import type { DaxCluster, DaxClusterOptions, DaxClusterStats } from './DaxCluster.ts'

export { DaxCluster, DAX_QUERY_CACHE_DEFAULT_TTL_MS, DAX_MAX_NODES, DAX_DEFAULT_CACHE_ENTRIES } from './DaxCluster.ts'
export type { DaxClusterOptions, DaxClusterStats, DaxClusterState, DaxCounters } from './DaxCluster.ts'
export { DaxService, type DaxState } from './DaxService.ts'
export { daxRequest, DAX_OPERATIONS } from './request.ts'
export { DAX_LATENCY_MS, DAX_NODE_REQUESTS_PER_SECOND } from './latency.ts'
export { ClusterNotFoundFault } from './errors.ts'
export { DAX_ITEM_CACHE_DEFAULT_TTL_MS } from './hitRatio.ts'

/**
 * Creates a DAX cluster in front of the simulation's DynamoDB (nodes 1–10, item and query TTL default 5
 * minutes, every table unless `tableNames`). Requests reach it with `sim.request('dax', op, input)`.
 * @throws Error with a readable message for a duplicate name, a node count outside 1–10 or a negative TTL
 */
export function createDaxCluster(sim: Simulation, options: DaxClusterOptions): DaxCluster {
  const cluster = sim.dax.create(options)
  sim.changed()
  return cluster
}

/** Deletes a cluster (its caches go with it). Returns false when there was none. */
export function deleteDaxCluster(sim: Simulation, name: string): boolean {
  const deleted = sim.dax.delete(name)
  if (deleted) sim.changed()
  return deleted
}

/** Stats of every cluster, for the UI. */
export function daxStats(sim: Simulation): DaxClusterStats[] {
  return [...sim.dax.clusters.values()].map((c) => c.stats())
}

/**
 * Changes a cluster's nodes (1–10), TTLs, tables or cache bound, and notifies subscribers.
 * @throws ClusterNotFoundFault for an unknown name; Error for bad values
 */
export function configureDaxCluster(sim: Simulation, name: string, patch: Partial<Omit<DaxClusterOptions, 'name'>>): DaxCluster {
  const cluster = sim.dax.resolve(name, undefined)
  cluster.configure(patch)
  sim.changed()
  return cluster
}
