import { WORKLOAD_PRESETS, workloadProblems, type Workload } from '../../engine/load/index.ts'

/** localStorage key of the learner's saved workloads (a JSON array of Workload). */
export const WORKLOADS_KEY = 'serverless-sim.workloads.v1'

/** Table the hot-key scenario creates (and the presets point at). */
export const SCENARIO_TABLE = 'Votes'

/**
 * The panel's presets: the load engine's WORKLOAD_PRESETS, with "Hot key" made a read workload (eventually
 * consistent GetItem of one item), because that is the hot key DAX can absorb: a DAX hit costs no RCU,
 * while writes always go through to DynamoDB (AWS-FACTS §10). The write version stays as "Hot key (writes)",
 * next to "Write-sharded hot key", the fix for it.
 */
export const PRESETS: readonly Workload[] = buildPresets()

function buildPresets(): Workload[] {
  const out: Workload[] = []
  for (const p of WORKLOAD_PRESETS) {
    if (p.name === 'Hot key') {
      out.push({ ...p, readRatio: 1, consistency: 'eventual' })
      out.push({ ...p, name: 'Hot key (writes)' })
    } else out.push({ ...p })
  }
  return out.map((w) => ({ ...w, tableName: SCENARIO_TABLE }))
}

/** A copy of the preset named `name` (undefined when there is none). */
export function preset(name: string): Workload | undefined {
  const p = PRESETS.find((w) => w.name === name)
  return p ? structuredClone(p) : undefined
}

/** The saved workloads; a damaged or foreign value reads as none (it is never thrown at the learner). */
export function loadSavedWorkloads(storage: Storage | undefined = globalThis.localStorage): Workload[] {
  try {
    const raw = storage?.getItem(WORKLOADS_KEY)
    if (!raw) return []
    const v: unknown = JSON.parse(raw)
    if (!Array.isArray(v)) return []
    return v.filter((w): w is Workload => !!w && typeof w === 'object' && typeof (w as Workload).name === 'string' && workloadProblems(w as Workload).length === 0)
  } catch {
    return []
  }
}

/** Saves `w` (replacing a saved workload of the same name). Returns the new list. */
export function saveWorkload(w: Workload, storage: Storage | undefined = globalThis.localStorage): Workload[] {
  const list = loadSavedWorkloads(storage).filter((x) => x.name !== w.name)
  list.push(structuredClone(w))
  write(list, storage)
  return list
}

/** Deletes the saved workload named `name`. Returns the new list. */
export function deleteWorkload(name: string, storage: Storage | undefined = globalThis.localStorage): Workload[] {
  const list = loadSavedWorkloads(storage).filter((x) => x.name !== name)
  write(list, storage)
  return list
}

function write(list: Workload[], storage: Storage | undefined): void {
  try {
    storage?.setItem(WORKLOADS_KEY, JSON.stringify(list))
  } catch {
    // Storage full or disabled: the list stays in memory for this session.
  }
}
