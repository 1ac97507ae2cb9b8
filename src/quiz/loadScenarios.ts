import { Simulation } from '../engine/Simulation.ts'
import { describePartitions, getMetrics } from '../engine/dynamodb/physics/index.ts'
import { startWorkload, type LoadRun, type Workload } from '../engine/load/index.ts'
import type { Observation, Scenario, ScenarioOutcome } from './scenarios.ts'

/**
 * Load scenarios of "predict then run": tables with provisioned throughput and load-generator workloads
 * (src/engine/load) against the capacity physics (src/engine/dynamodb/physics: partitions, per-second
 * token buckets, a 300 s burst bucket that starts full, ProvisionedThroughputExceededException). One spec
 * runs in a fresh simulation (`Scenario.run`, the tests and the in-quiz outcome) and in the app's main
 * simulation (src/ui/quiz/runInSimulator.ts, for the charts and the architecture view).
 * Facts: AWS-FACTS.md §3.1 (partitions), §3.3 (burst), §3.4 (adaptive capacity), §4.3 (SDK retries).
 */

/** ProvisionedThroughput of CreateTable/UpdateTable. */
export interface Throughput {
  ReadCapacityUnits: number
  WriteCapacityUnits: number
}

/** A table a load scenario creates (partition key `pk`, a string). */
export interface LoadTable {
  /** Name in a fresh simulation; the main simulation uses a free name derived from it. */
  name: string
  /** Throughput at CreateTable: it decides the partition count, ceil(RCU/3,000 + WCU/1,000) (AWS-FACTS §3.1). */
  create: Throughput
  /** Throughput it is lowered to once ACTIVE: partitions never merge, so each keeps an equal share of it. */
  lower?: Throughput
}

/** One workload of a load scenario, sent to one of its tables. */
export interface LoadStep {
  /** Shown before each observation when the scenario has several runs (e.g. 'Single key'). */
  label: string
  /** `LoadTable.name` of the target table. */
  table: string
  workload: Omit<Workload, 'tableName'>
}

export interface LoadScenarioSpec {
  tables: LoadTable[]
  /** Started together, at a whole virtual second. */
  runs: LoadStep[]
}

/** What one load run did, read from the engine: the run's counters, the table's metrics and burst buckets. */
export interface LoadRunResult {
  label: string
  tableName: string
  /** The capacity the workload uses (reads: RCU, writes: WCU). */
  unit: 'RCU' | 'WCU'
  /** Requests (first attempts), attempts sent (retries included), attempts throttled. */
  requests: number
  attempts: number
  throttled: number
  /** Requests that succeeded (possibly after retries) and that failed after the SDK gave up. */
  succeeded: number
  failed: number
  /** Second of the run (0-based) with the first throttled attempt; undefined when nothing throttled. */
  firstThrottleSecond: number | undefined
  /** Capacity units consumed during the run (retries included) and provisioned over its duration. */
  consumed: number
  provisioned: number
  /** Provisioned units per second (the table's rate) and the run's length, virtual seconds. */
  rate: number
  seconds: number
  /** Burst capacity spent (sum of every partition's burst bucket drops) and the buckets' total at the start. */
  burstUsed: number
  burstAtStart: number
  /** Partitions of the table. */
  partitions: number
  /** The simulation's adaptive capacity switch during the run. */
  adaptiveCapacity: boolean
}

/** A load scenario in progress: its tables (by spec name), runs and starting point. */
export interface StartedLoad {
  spec: LoadScenarioSpec
  names: Record<string, string>
  runs: LoadRun[]
  /** Virtual second the runs started at. */
  startSecond: number
  /** Burst bucket level per partition id, per table spec name, at the start (the workload's dimension). */
  burstBefore: Record<string, Map<number, number>>
}

const isWrite = (s: LoadStep): boolean => s.workload.readRatio < 0.5

/** Advances `sim` 1 s at a time (at most 10 virtual minutes) until every table in `names` is ACTIVE. */
function waitActive(sim: Simulation, names: string[]): void {
  const active = () => names.every((n) => sim.dynamodb.tables.get(n)?.meta.TableStatus === 'ACTIVE')
  for (let i = 0; i < 600 && !active(); i++) sim.advanceBy(1000)
}

/**
 * Creates the spec's tables under `names` (spec name → table name), waits until ACTIVE, lowers their
 * throughput where asked, and starts the runs at the next whole virtual second. Requests use source `quiz`.
 * @throws Error when a table cannot be created or a workload is invalid
 */
export function startLoadScenario(sim: Simulation, spec: LoadScenarioSpec, names: Record<string, string>): StartedLoad {
  return sim.batch(() => {
    const send = (op: string, input: Record<string, unknown>) => {
      const r = sim.request('dynamodb', op, input, { source: 'quiz' })
      if (r.error) throw new Error(`${op}: ${r.error.name}: ${r.error.message}`)
    }
    const all = spec.tables.map((t) => names[t.name]!)
    for (const t of spec.tables) {
      send('CreateTable', {
        TableName: names[t.name],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        ProvisionedThroughput: t.create,
      })
    }
    waitActive(sim, all)
    const lowered = spec.tables.filter((t) => t.lower)
    for (const t of lowered) send('UpdateTable', { TableName: names[t.name], ProvisionedThroughput: t.lower })
    if (lowered.length) waitActive(sim, all)
    sim.advanceTo(Math.ceil(sim.clock.now() / 1000) * 1000)
    const burstBefore: Record<string, Map<number, number>> = {}
    for (const step of spec.runs) {
      const table = describePartitions(sim.dynamodb, names[step.table]!)[0]!
      burstBefore[step.table] = new Map(table.partitions.map((p) => [p.id, isWrite(step) ? p.burstWrite : p.burstRead]))
    }
    const runs = spec.runs.map((step) => startWorkload(sim, { ...step.workload, tableName: names[step.table]! }))
    return { spec, names, runs, startSecond: sim.clock.now() / 1000, burstBefore }
  })
}

/** True while any run of `started` is still sending (first attempts or retries). */
export const loadRunning = (started: StartedLoad): boolean => started.runs.some((r) => r.status === 'running')

/** Reads what each run did (call once they have finished). */
export function loadResults(sim: Simulation, started: StartedLoad): LoadRunResult[] {
  const db = sim.dynamodb
  const to = Math.floor(sim.clock.now() / 1000) + 1
  return started.spec.runs.map((step, i) => {
    const run = started.runs[i]!
    const write = isWrite(step)
    const tableName = started.names[step.table]!
    const from = started.startSecond
    const m = getMetrics(db, tableName, { from, to })
    const sum = (xs: number[], n = xs.length) => xs.slice(0, n).reduce((a, b) => a + b, 0)
    const duration = step.workload.durationSeconds
    const provisionedSeries = m.table[write ? 'ProvisionedWriteCapacityUnits' : 'ProvisionedReadCapacityUnits']
    let burstUsed = 0
    const before = started.burstBefore[step.table]!
    for (const p of m.partitions.filter((x) => x.resource === '')) {
      let level = before.get(p.id) ?? 0
      for (const next of p.series[write ? 'BurstWriteCapacityUnits' : 'BurstReadCapacityUnits']) {
        if (next < level) burstUsed += level - next
        level = next
      }
    }
    const c = run.counters()
    const first = run.seconds().find((s) => s.throttled > 0)
    return {
      label: step.label,
      tableName,
      unit: write ? 'WCU' : 'RCU',
      requests: c.started,
      attempts: c.sent,
      throttled: c.throttled,
      succeeded: c.succeeded,
      failed: c.failed,
      firstThrottleSecond: first?.second,
      consumed: round(sum(m.table[write ? 'ConsumedWriteCapacityUnits' : 'ConsumedReadCapacityUnits'])),
      provisioned: round(sum(provisionedSeries, duration)),
      rate: provisionedSeries[0] ?? 0,
      seconds: duration,
      burstUsed: round(burstUsed),
      burstAtStart: round([...before.values()].reduce((a, b) => a + b, 0)),
      partitions: before.size,
      adaptiveCapacity: db.physics.adaptiveCapacity,
    }
  })
}

const round = (n: number): number => Math.round(n * 10) / 10
const fmt = (n: number): string => n.toLocaleString('en-US')

/** The results as the quiz shows them (one group of lines per run). */
export function loadObservations(results: LoadRunResult[]): Observation[] {
  const many = results.length > 1
  return results.flatMap((r) => {
    const p = many ? `${r.label}: ` : ''
    return [
      { label: `${p}Throttled attempts (ProvisionedThroughputExceededException)`, value: fmt(r.throttled) },
      { label: `${p}First throttle`, value: r.firstThrottleSecond === undefined ? 'none' : `in second ${r.firstThrottleSecond} of the run` },
      { label: `${p}Requests`, value: `${fmt(r.requests)} sent, ${fmt(r.succeeded)} succeeded, ${fmt(r.failed)} failed (${fmt(r.attempts - r.requests)} retries)` },
      { label: `${p}Consumed vs provisioned`, value: `${fmt(r.consumed)} ${r.unit} consumed vs ${fmt(r.provisioned)} ${r.unit} provisioned (${fmt(r.rate)} ${r.unit}/s × ${r.seconds} s)` },
      {
        label: `${p}Burst capacity used`,
        value: `${fmt(r.burstUsed)} of ${fmt(r.burstAtStart)} ${r.unit}${r.partitions > 1 ? ` (${r.partitions} partitions, ${fmt(r.burstAtStart / r.partitions)} each)` : ''}`,
      },
      ...(r.adaptiveCapacity ? [{ label: `${p}Adaptive capacity`, value: 'on in this simulation (the question assumes off)' }] : []),
    ]
  })
}

/** Runs a load scenario in a fresh simulation, 10 virtual seconds at a time. */
function runLoad(spec: LoadScenarioSpec): ScenarioOutcome {
  const sim = new Simulation({ seed: 7 })
  const names = Object.fromEntries(spec.tables.map((t) => [t.name, t.name]))
  const started = startLoadScenario(sim, spec, names)
  for (let i = 0; i < 100_000 && loadRunning(started); i++) sim.advanceBy(10_000)
  const load = loadResults(sim, started)
  return { observations: loadObservations(load), traces: sim.traces.latest(20), virtualMs: sim.clock.now(), load }
}

/** Chooses by the first throttle second: none → `none`, else the first of `bands` ([from, to] s → choice). */
function byFirstThrottle(r: LoadRunResult | undefined, none: number, bands: [number, number, number][]): number {
  const s = r?.firstThrottleSecond
  if (s === undefined) return r ? none : -1
  return bands.find(([from, to]) => s >= from && s <= to)?.[2] ?? -1
}

/** 1 KB writes (PutItem of 1,024 bytes = 1 WCU) over `count` uniform keys. */
const writes = (perSecond: number, durationSeconds: number): Omit<Workload, 'tableName'> => ({
  name: `${perSecond} writes/s`,
  durationSeconds,
  rate: { kind: 'constant', perSecond },
  readRatio: 0,
  itemSizeBytes: 1024,
  consistency: 'eventual',
  keys: { kind: 'uniform', count: 1000 },
  throughDax: false,
})

const TEN_WCU: LoadTable = { name: 'Quiz-10WCU', create: { ReadCapacityUnits: 5, WriteCapacityUnits: 10 } }
/** 4 partitions (9,000/3,000 + 1,000/1,000), lowered to 40 RCU: 10 RCU per partition. */
const HOT_KEY: LoadTable = { name: 'Quiz-HotKey', create: { ReadCapacityUnits: 9000, WriteCapacityUnits: 1000 }, lower: { ReadCapacityUnits: 40, WriteCapacityUnits: 40 } }
/** 4 partitions (3,000/3,000 + 3,000/1,000), lowered to 200 WCU: 50 WCU per partition. */
const ballots = (name: string): LoadTable => ({ name, create: { ReadCapacityUnits: 3000, WriteCapacityUnits: 3000 }, lower: { ReadCapacityUnits: 40, WriteCapacityUnits: 200 } })

export const loadScenarios: Scenario[] = [
  {
    id: 'ddb-burst-absorbs-excess',
    title: '15 writes/s against 10 WCU for 60 s',
    setup: ['CreateTable Quiz-10WCU (5 RCU / 10 WCU, one partition) and wait until ACTIVE.', 'Send 15 PutItem/s of 1 KB (1 WCU each) over 1,000 keys for 60 virtual seconds, retrying throttles as the AWS SDK v3 does.'],
    load: { tables: [TEN_WCU], runs: [{ label: '15 writes/s', table: TEN_WCU.name, workload: writes(15, 60) }] },
    answerOf: (o) => byFirstThrottle(o.load?.[0], 0, [[0, 2, 1], [3, 30, 2], [31, 60, 3]]),
    run() {
      return runLoad(this.load!)
    },
  },
  {
    id: 'ddb-burst-drains',
    title: '15 writes/s against 10 WCU for 15 minutes',
    setup: ['CreateTable Quiz-10WCU (5 RCU / 10 WCU, one partition) and wait until ACTIVE.', 'Send 15 PutItem/s of 1 KB over 1,000 keys for 900 virtual seconds (15 minutes), retrying throttles as the AWS SDK v3 does.'],
    load: { tables: [TEN_WCU], runs: [{ label: '15 writes/s', table: TEN_WCU.name, workload: writes(15, 900) }] },
    answerOf: (o) => byFirstThrottle(o.load?.[0], 0, [[0, 5, 1], [240, 360, 2], [540, 660, 3]]),
    run() {
      return runLoad(this.load!)
    },
  },
  {
    id: 'ddb-hot-key-reads',
    title: 'A hot key read 60 times a second on a 40 RCU table of 4 partitions',
    setup: [
      'CreateTable Quiz-HotKey at 9,000 RCU / 1,000 WCU (4 partitions), wait, then UpdateTable to 40 RCU / 40 WCU: partitions never merge, so each keeps 10 RCU.',
      'Send 60 eventually consistent GetItem/s, all for the key "Candidate_A" (0.5 RCU each: 30 RCU/s), for 300 virtual seconds.',
    ],
    load: {
      tables: [HOT_KEY],
      runs: [{ label: 'Hot key', table: HOT_KEY.name, workload: { ...writes(60, 300), name: 'Hot key reads', readRatio: 1, keys: { kind: 'hotKey', key: 'Candidate_A' } } }],
    },
    answerOf: (o) => byFirstThrottle(o.load?.[0], 0, [[0, 5, 1], [120, 180, 2], [270, 300, 3]]),
    run() {
      return runLoad(this.load!)
    },
  },
  {
    id: 'ddb-write-sharding',
    title: 'Write sharding a hot partition key',
    setup: [
      'CreateTable Quiz-Ballots and Quiz-Ballots-Sharded at 3,000 RCU / 3,000 WCU (4 partitions each), wait, then UpdateTable both to 40 RCU / 200 WCU: 50 WCU per partition.',
      'For 300 virtual seconds send 150 PutItem/s of 1 KB to each: on Quiz-Ballots all with the key "Candidate_A"; on Quiz-Ballots-Sharded with the keys "Candidate_A.0" … "Candidate_A.9", the suffix calculated from the voter id.',
    ],
    load: {
      tables: [ballots('Quiz-Ballots'), ballots('Quiz-Ballots-Sharded')],
      runs: [
        { label: 'Single key', table: 'Quiz-Ballots', workload: { ...writes(150, 300), name: 'Hot key writes', keys: { kind: 'hotKey', key: 'Candidate_A' } } },
        {
          label: 'Sharded',
          table: 'Quiz-Ballots-Sharded',
          workload: { ...writes(150, 300), name: 'Write-sharded hot key', keys: { kind: 'sharded', key: 'Candidate_A', shards: 10, suffix: 'calculated', sourceAttribute: 'VoterId', sourceCount: 10_000 } },
        },
      ],
    },
    answerOf(o) {
      const [single, sharded] = o.load ?? []
      if (!single || !sharded) return -1
      const singleLate = byFirstThrottle(single, -1, [[120, 180, 1]]) === 1
      if (singleLate && sharded.throttled === 0) return 1
      if (single.throttled > 0 && sharded.throttled > 0) return sharded.throttled > single.throttled ? 3 : 0
      return single.throttled === 0 && sharded.throttled === 0 ? 2 : -1
    },
    run() {
      return runLoad(this.load!)
    },
  },
]
