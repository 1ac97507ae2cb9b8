import type { StateCreator } from 'zustand'
import type { Simulation } from '../../engine/Simulation.ts'
import type { Trace } from '../../engine/trace.ts'
import type { AttributeDefinition, BillingMode, KeySchemaElement, TableStatus } from '../../engine/dynamodb/types.ts'

/** What panels see of one table (a read-only mirror of engine state). */
export interface TableView {
  name: string
  status: TableStatus
  keySchema: KeySchemaElement[]
  attributeDefinitions: AttributeDefinition[]
  billingMode: BillingMode
  readCapacityUnits: number
  writeCapacityUnits: number
  /** On-demand maximum request units per second (OnDemandThroughput), when one is set. */
  maxReadRequestUnits?: number
  maxWriteRequestUnits?: number
  itemCount: number
  sizeBytes: number
  partitionCount: number
  /** The stream's view type when DynamoDB Streams is enabled on the table (StreamSpecification), else absent. */
  streamViewType?: string
}

/** What the architecture view shows of one DAX cluster: its size and cache hit/miss counters. */
export interface DaxClusterView {
  name: string
  nodes: number
  itemHits: number
  itemMisses: number
  /** Query and Scan cache hits/misses together (the query cache holds both). */
  queryHits: number
  queryMisses: number
}

export interface SimSlice {
  /** Engine version this mirror was taken at. */
  version: number
  /** Virtual time, ms. */
  now: number
  tables: TableView[]
  /** DAX clusters, by name (counters only: cheap to copy on every sync). */
  daxClusters: DaxClusterView[]
  /** Most recent traces, oldest first (at most 200 kept here). */
  traces: Trace[]
  syncFrom: (sim: Simulation) => void
}

const MAX_TRACES_IN_STORE = 200

/** Mirrors engine state into the store; the only place the UI reads the Simulation. */
export const createSimSlice: StateCreator<SimSlice, [], [], SimSlice> = (set, get) => ({
  version: -1,
  now: 0,
  tables: [],
  daxClusters: [],
  traces: [],
  syncFrom: (sim) => {
    if (get().version === sim.version) return
    const tables: TableView[] = [...sim.dynamodb.tables.values()]
      .map((t) => ({
        name: t.name,
        status: t.meta.TableStatus,
        keySchema: t.meta.KeySchema,
        attributeDefinitions: t.meta.AttributeDefinitions,
        billingMode: t.meta.BillingMode,
        readCapacityUnits: t.meta.ProvisionedThroughput.ReadCapacityUnits,
        writeCapacityUnits: t.meta.ProvisionedThroughput.WriteCapacityUnits,
        ...(t.meta.OnDemandThroughput?.MaxReadRequestUnits !== undefined ? { maxReadRequestUnits: t.meta.OnDemandThroughput.MaxReadRequestUnits } : {}),
        ...(t.meta.OnDemandThroughput?.MaxWriteRequestUnits !== undefined ? { maxWriteRequestUnits: t.meta.OnDemandThroughput.MaxWriteRequestUnits } : {}),
        itemCount: t.itemCount,
        sizeBytes: t.sizeBytes,
        partitionCount: t.partitionCount(),
        ...(t.meta.StreamSpecification?.StreamEnabled ? { streamViewType: t.meta.StreamSpecification.StreamViewType ?? '' } : {}),
      }))
      .sort((a, b) => a.name.localeCompare(b.name))
    const daxClusters: DaxClusterView[] = [...sim.dax.clusters.values()]
      .map((c) => {
        const k = c.counters
        return {
          name: c.name,
          nodes: c.config.nodes,
          itemHits: k.ItemCacheHits,
          itemMisses: k.ItemCacheMisses,
          queryHits: k.QueryCacheHits + k.ScanCacheHits,
          queryMisses: k.QueryCacheMisses + k.ScanCacheMisses,
        }
      })
      .sort((a, b) => a.name.localeCompare(b.name))
    set({ version: sim.version, now: sim.clock.now(), tables, daxClusters, traces: sim.traces.list().slice(-MAX_TRACES_IN_STORE) })
  },
})
