/**
 * The consistency model: replica lag for eventually consistent reads and GSI propagation lag.
 * Read paths: GetItem calls {@link readReplica}; Query and Scan call {@link replicaRows}.
 */
export { replication, replicationOf, GSI_PROPAGATION_EVENT } from './register.ts'
export { ReplicationModel, keyId, type ReplicaRead, type ReplicationState } from './ReplicationModel.ts'
export { replicaRows } from './replicaRows.ts'
export { readReplica } from './readReplica.ts'
export { DEFAULT_REPLICATION, TYPICAL_REPLICATION, REPLICA_NAMES, type ReplicationSettings } from './settings.ts'
