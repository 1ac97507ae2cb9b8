import type { KeyDistribution } from './keys.ts'
import type { RatePattern } from './rate.ts'

export type { KeyDistribution } from './keys.ts'
export type { RatePattern } from './rate.ts'

/**
 * A load workload: a fleet of simulated SDK clients sending GetItem/PutItem to one table. Plain JSON, so the
 * UI can save it in the workspace and the list of saved workloads.
 */
export interface Workload {
  /** Shown in the saved-workload list. */
  name: string
  /** Target table (must exist and be ACTIVE when the run starts). */
  tableName: string
  /** Length of the run in virtual seconds. */
  durationSeconds: number
  /** First attempts per virtual second over time (retries come on top). */
  rate: RatePattern
  /** Fraction of requests that are reads (GetItem); the rest are writes (PutItem). 0..1. */
  readRatio: number
  /** Size of each written item in bytes, as DynamoDB counts it (names + values). @default 1024 */
  itemSizeBytes: number
  /** GetItem consistency: `eventual` (0.5 RCU per 4 KB) or `strong` (`ConsistentRead: true`, 1 RCU per 4 KB). */
  consistency: 'eventual' | 'strong'
  keys: KeyDistribution
  /** Send through the DAX cluster in front of the table (`sim.request('dax', …)`) instead of DynamoDB. */
  throughDax: boolean
  /** Seed of the run's own random generator (key choice, mix, retry jitter). @default 1 */
  seed?: number
}

/** Largest duration the runner accepts (a virtual day). */
export const MAX_DURATION_SECONDS = 86_400
/** Largest rate the runner accepts, requests per virtual second. */
export const MAX_RATE = 100_000
/** Largest number of distinct keys/shards/source values. */
export const MAX_KEYS = 1_000_000

/**
 * Problems with a workload, as readable sentences for the form (empty when it can be run).
 * The table's existence is checked when the run starts.
 */
export function workloadProblems(w: Workload): string[] {
  const p: string[] = []
  const num = (v: unknown, what: string, min: number, max: number, integer = false): void => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
      p.push(`${what} must be ${integer ? 'a whole number ' : 'a number '}between ${min} and ${max}.`)
    }
  }
  if (typeof w.tableName !== 'string' || w.tableName.length === 0) p.push('Choose a table.')
  num(w.durationSeconds, 'Duration (s)', 1, MAX_DURATION_SECONDS)
  num(w.readRatio, 'Read ratio', 0, 1)
  num(w.itemSizeBytes, 'Item size (bytes)', 1, 400 * 1024, true)
  if (w.consistency !== 'eventual' && w.consistency !== 'strong') p.push('Consistency must be eventual or strong.')
  const r = w.rate
  if (r?.kind === 'constant') num(r.perSecond, 'Rate', 0, MAX_RATE)
  else if (r?.kind === 'ramp') {
    num(r.from, 'Ramp start rate', 0, MAX_RATE)
    num(r.to, 'Ramp end rate', 0, MAX_RATE)
  } else if (r?.kind === 'spike') {
    num(r.base, 'Base rate', 0, MAX_RATE)
    num(r.spike, 'Spike rate', 0, MAX_RATE)
    num(r.startSecond, 'Spike start (s)', 0, MAX_DURATION_SECONDS)
    num(r.durationSeconds, 'Spike duration (s)', 0, MAX_DURATION_SECONDS)
  } else p.push('Rate must be constant, ramp or spike.')
  const k = w.keys
  if (k?.kind === 'uniform') num(k.count, 'Key count', 1, MAX_KEYS, true)
  else if (k?.kind === 'zipf') {
    num(k.count, 'Key count', 1, MAX_KEYS, true)
    num(k.skew, 'Zipf skew', 0, 10)
  } else if (k?.kind === 'hotKey') {
    if (k.fraction !== undefined) num(k.fraction, 'Hot key fraction', 0, 1)
    if (k.count !== undefined) num(k.count, 'Other key count', 1, MAX_KEYS, true)
  } else if (k?.kind === 'sharded') {
    if (typeof k.key !== 'string' || k.key.length === 0) p.push('Name the sharded key.')
    num(k.shards, 'Shards', 1, MAX_KEYS, true)
    if (k.suffix !== 'random' && k.suffix !== 'calculated') p.push('Suffix must be random or calculated.')
    if (k.sourceCount !== undefined) num(k.sourceCount, 'Source values', 1, MAX_KEYS, true)
  } else p.push('Key distribution must be uniform, zipf, hotKey or sharded.')
  return p
}

/** Ready-made workloads (the UI's presets). The table name is a placeholder the form replaces. */
export const WORKLOAD_PRESETS: readonly Workload[] = [
  {
    name: 'Hot key',
    tableName: 'Votes',
    durationSeconds: 120,
    rate: { kind: 'constant', perSecond: 200 },
    readRatio: 0,
    itemSizeBytes: 1024,
    consistency: 'eventual',
    keys: { kind: 'hotKey', key: 'Candidate_A' },
    throughDax: false,
  },
  {
    name: 'Uniform',
    tableName: 'Votes',
    durationSeconds: 120,
    rate: { kind: 'constant', perSecond: 200 },
    readRatio: 0.8,
    itemSizeBytes: 1024,
    consistency: 'eventual',
    keys: { kind: 'uniform', count: 10_000 },
    throughDax: false,
  },
  {
    name: 'Write-sharded hot key',
    tableName: 'Votes',
    durationSeconds: 120,
    rate: { kind: 'constant', perSecond: 200 },
    readRatio: 0,
    itemSizeBytes: 1024,
    consistency: 'eventual',
    keys: { kind: 'sharded', key: 'Candidate_A', shards: 10, suffix: 'calculated', sourceAttribute: 'VoterId', sourceCount: 10_000 },
    throughDax: false,
  },
  {
    name: 'Spike',
    tableName: 'Votes',
    durationSeconds: 300,
    rate: { kind: 'spike', base: 50, spike: 450, startSecond: 120, durationSeconds: 30 },
    readRatio: 0.5,
    itemSizeBytes: 1024,
    consistency: 'eventual',
    keys: { kind: 'zipf', count: 1_000, skew: 1.1 },
    throughDax: false,
  },
]
