/**
 * The consistency model: replica lag for eventually consistent reads and GSI propagation lag.
 * Read paths: GetItem calls {@link readReplica}; Query and Scan call replicaQueryCandidates / replicaScanCandidates
 * (readViews.ts, built on {@link replicaRows}). GSIs lag through the `gsiLagMs` setting (register.ts).
 */
import type { Simulation } from '../../Simulation.ts'
import type { ReplicationSettings } from './settings.ts'
import { replication } from './register.ts'

export { replication, replicationOf, replicationSettings, GSI_PROPAGATION_EVENT } from './register.ts'
export { ReplicationModel, keyId, type ReplicaRead, type ReplicationState } from './ReplicationModel.ts'
export { replicaRows } from './replicaRows.ts'
export { replicaQueryCandidates, replicaScanCandidates } from './readViews.ts'
export { readReplica } from './readReplica.ts'
export { DEFAULT_REPLICATION, TYPICAL_REPLICATION, REPLICA_NAMES, type ReplicationSettings } from './settings.ts'

/**
 * Sets replica lag / jitter / GSI lag (virtual ms) on the simulation's DynamoDB and notifies subscribers
 * (the UI's "replica lag" slider). Writes already made keep the lag they were written with.
 * @throws Error with a readable message for a negative or non-numeric value
 */
export function configureReplication(sim: Simulation, patch: Partial<ReplicationSettings>): void {
  replication(sim.dynamodb).configure(patch)
  sim.changed()
}
