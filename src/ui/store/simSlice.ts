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
  itemCount: number
  sizeBytes: number
  partitionCount: number
}

export interface SimSlice {
  /** Engine version this mirror was taken at. */
  version: number
  /** Virtual time, ms. */
  now: number
  tables: TableView[]
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
        itemCount: t.itemCount,
        sizeBytes: t.sizeBytes,
        partitionCount: t.partitionCount(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name))
    set({ version: sim.version, now: sim.clock.now(), tables, traces: sim.traces.list().slice(-MAX_TRACES_IN_STORE) })
  },
})
