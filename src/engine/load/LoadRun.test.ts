import { describe, expect, it } from 'vitest'
import { Simulation } from '../Simulation.ts'
import { startWorkload } from './LoadRun.ts'
import { createDaxCluster } from '../dax/index.ts'
import type { Workload } from './workload.ts'
import type { LatencyPercentiles, LoadCounters } from './stats.ts'

/** A Simulation seeded `seed` with an ACTIVE table Votes (hash key pk) created from `input` (the rest of CreateTable's input). */
function simWithVotes(seed: number, input: Record<string, unknown>): Simulation {
  // CreateTable → ACTIVE by stepping the clock's lifecycle events.
  const sim = new Simulation({ seed })
  sim.request('dynamodb', 'CreateTable', { TableName: 'Votes', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], ...input })
  for (let i = 0; i < 100 && sim.dynamodb.tables.get('Votes')?.meta.TableStatus !== 'ACTIVE'; i++) sim.step()
  return sim
}

function simWithTable(rcu: number, wcu: number, seed = 1): Simulation {
  return simWithVotes(seed, {
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    ProvisionedThroughput: { ReadCapacityUnits: rcu, WriteCapacityUnits: wcu },
  })
}

/** Votes at 2 RCU / 2 WCU with a stream (NEW_AND_OLD_IMAGES) and a GSI byVoter (hash key VoterId, 1 RCU / 1 WCU, `projection`). */
function simWithVoterIndex(seed: number, projection: 'KEYS_ONLY' | 'ALL'): Simulation {
  return simWithVotes(seed, {
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'VoterId', AttributeType: 'S' },
    ],
    ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 2 },
    GlobalSecondaryIndexes: [
      { IndexName: 'byVoter', KeySchema: [{ AttributeName: 'VoterId', KeyType: 'HASH' }], Projection: { ProjectionType: projection }, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } },
    ],
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
  })
}

function workload(over: Partial<Workload> = {}): Workload {
  return {
    name: 'test',
    tableName: 'Votes',
    durationSeconds: 10,
    rate: { kind: 'constant', perSecond: 50 },
    readRatio: 0,
    itemSizeBytes: 1024,
    consistency: 'eventual',
    keys: { kind: 'hotKey', key: 'Candidate_A' },
    throughDax: false,
    ...over,
  }
}

describe('LoadRun', () => {
  describe('validations', () => {
    it('refuses a workload with problems, with readable sentences', () => {
      const sim = simWithTable(5, 5)
      expect(() => startWorkload(sim, workload({ durationSeconds: 0 }))).toThrow('Duration (s) must be a number between 1 and 86400.')
      expect(() => startWorkload(sim, workload({ tableName: 'Nope' }))).toThrow('Table Nope does not exist.')
    })
  })

  describe('functionality', () => {
    it('sends rate × duration first attempts, evenly spread, and finishes', () => {
      const sim = simWithTable(1000, 1000)
      const start = sim.clock.now()
      const run = startWorkload(sim, workload({ durationSeconds: 4, rate: { kind: 'constant', perSecond: 100 }, readRatio: 0.5 }))
      sim.advanceBy(999) // requests n at n × 10 ms
      expect(run.counters().started).toBe(100)
      expect(run.progress()).toBeCloseTo(0.25, 2)
      run.runToEnd()
      expect(run.status).toBe('finished')
      expect(run.counters()).toMatchObject({ started: 400, sent: 400, succeeded: 400, throttled: 0, failed: 0 })
      expect(run.seconds().map((s) => s.sent)).toEqual([100, 100, 100, 100])
      expect(sim.clock.now()).toBeLessThan(start + 4000)
    })

    it('writes items of the workload size to the chosen keys', () => {
      const sim = simWithTable(1000, 1000)
      startWorkload(sim, workload({ durationSeconds: 1, keys: { kind: 'sharded', key: 'Candidate_A', shards: 4, suffix: 'calculated' }, itemSizeBytes: 2000 })).runToEnd()
      const table = sim.dynamodb.tables.get('Votes')!
      expect(table.itemCount).toBe(4)
      const out = sim.request('dynamodb', 'GetItem', { TableName: 'Votes', Key: { pk: { S: 'Candidate_A.0' } } }).output as { Item: Record<string, { S: string }> }
      expect(out.Item['VoterId']?.S).toMatch(/^voter-\d+$/)
      expect(table.sizeBytes / 4).toBeCloseTo(2000, -1)
    })

    it('is driven by clock events: nothing is sent until the clock moves, step sends the next millisecond', () => {
      const sim = simWithTable(1000, 1000)
      const run = startWorkload(sim, workload({ rate: { kind: 'constant', perSecond: 10 } }))
      expect(run.counters().sent).toBe(0)
      expect(sim.clock.nextEventAt()).toBe(sim.clock.now())
      sim.step()
      expect(run.counters().sent).toBe(1)
      sim.step()
      expect(run.counters().sent).toBe(2)
    })

    it('notifies subscribers once per wake-up, not per request (sim.batch)', () => {
      const sim = simWithTable(1000, 1000)
      startWorkload(sim, workload({ rate: { kind: 'constant', perSecond: 5000 } }))
      let calls = 0
      sim.subscribe(() => calls++)
      sim.batch(() => sim.advanceBy(100))
      expect(calls).toBe(1)
    })

    it('one wake-up sends many milliseconds, stopping at the advance target and before other clock events', () => {
      const sim = simWithTable(1000, 1000)
      const start = sim.clock.now()
      const seen: number[] = []
      sim.clock.on('test.probe', () => seen.push(run.counters().started))
      sim.clock.schedule(start + 500, 'test.probe')
      const run = startWorkload(sim, workload({ durationSeconds: 1, rate: { kind: 'constant', perSecond: 1000 } }))
      sim.advanceBy(250)
      expect(sim.clock.now()).toBe(start + 250)
      expect(run.counters().started).toBe(251) // milliseconds 0..250
      expect(sim.clock.nextEventAt()).toBe(start + 251)
      run.runToEnd()
      // The probe, scheduled before the run's wake-up for the same instant, saw milliseconds 0..499 only.
      expect(seen).toEqual([500])
      expect(run.counters().started).toBe(1000)
      expect(run.status).toBe('finished')
    })

    it('samples traces: every attempt of 1 request in traceEvery is traced, the rest are not logged', () => {
      const sim = simWithTable(1000, 1000)
      const before = sim.traces.list().length
      const run = startWorkload(sim, workload({ durationSeconds: 2, rate: { kind: 'constant', perSecond: 100 } }), { traceEvery: 10 })
      run.runToEnd()
      const load = sim.traces.list().slice(before).filter((t) => t.source === 'load')
      expect(load.length).toBe(20)
      expect(run.counters().sent).toBe(200)
    })

    it('a snapshot restored mid-run fires its leftover wake-up harmlessly in a new simulation', () => {
      const sim = simWithTable(1000, 1000)
      startWorkload(sim, workload())
      sim.advanceBy(500)
      const state = JSON.parse(JSON.stringify(sim.getState())) as ReturnType<Simulation['getState']>
      const fresh = new Simulation()
      fresh.setState(state)
      expect(fresh.clock.nextEventAt()).toBeDefined()
      expect(() => fresh.advanceBy(5000)).not.toThrow()
    })

    it('runToEnd stops a run whose wake-up was removed by a restore', () => {
      const sim = simWithTable(1000, 1000)
      const before = sim.getState()
      const run = startWorkload(sim, workload())
      sim.setState(before)
      run.runToEnd()
      expect(run.status).toBe('stopped')
    })

    it('stop() ends the run and cancels its clock event', () => {
      const sim = simWithTable(1000, 1000)
      const run = startWorkload(sim, workload())
      sim.advanceBy(500)
      run.stop()
      const sent = run.counters().sent
      sim.advanceBy(5000)
      expect(run.status).toBe('stopped')
      expect(run.counters().sent).toBe(sent)
      expect(sim.clock.nextEventAt()).toBeUndefined()
    })
  })

  describe('capacity', () => {
    it('throttles a hot key on a 1-WCU table once burst is spent, and retries the SDK v3 way', () => {
      const sim = simWithTable(1, 1)
      const run = startWorkload(sim, workload({ durationSeconds: 20, rate: { kind: 'constant', perSecond: 50 } }), { recordAttempts: 100_000 })
      run.runToEnd()
      const c = run.counters()
      const log = run.attempts()
      expect(c.throttled).toBeGreaterThan(0)
      expect(c.retried).toBeGreaterThan(0)
      expect(c.sent).toBe(c.started + c.retried)
      expect(c.succeeded + c.failed).toBe(c.started)
      // The burst bucket starts full (300 s × 1 WCU): no throttling for the first ~300 writes.
      const firstThrottle = log.find((a) => a.error)!
      expect(firstThrottle.seq).toBeGreaterThanOrEqual(250)
      expect(firstThrottle.error).toBe('ProvisionedThroughputExceededException')
      // Installed SDK's defaults: at most 4 attempts; backoff floor(r × min(20 s, 1,000 × 2^i)) before retry i;
      // the retry is sent after the error response plus that delay.
      const bySeq = new Map<number, typeof log>()
      for (const a of log) bySeq.set(a.seq, [...(bySeq.get(a.seq) ?? []), a])
      expect([...bySeq.values()].some((attempts) => attempts.length === 4)).toBe(true)
      for (const attempts of bySeq.values()) {
        expect(attempts.length).toBeLessThanOrEqual(4)
        for (let i = 0; i + 1 < attempts.length; i++) {
          const a = attempts[i]!
          expect(a.delayMs).toBeGreaterThanOrEqual(0)
          expect(a.delayMs).toBeLessThan(1000 * 2 ** i)
          expect(attempts[i + 1]!.at).toBe(a.at + Math.ceil(a.latencyMs + a.delayMs!))
        }
      }
      // Retry quota: each throttling retry takes 5 tokens, so it drains and the SDK stops retrying.
      const retries = log.filter((a) => a.delayMs !== undefined)
      expect(retries.some((a, i) => i > 0 && a.quota === retries[i - 1]!.quota - 5)).toBe(true)
      expect(c.failedAfterRetries).toBeGreaterThan(0)
      expect(c.failed).toBe(c.failedAfterRetries)
    })
  })

  describe('scenarios', () => {
    it('hot key → throttle → DAX fixes it: a hot-key read workload throttles a 1 RCU table, not through DAX', () => {
      const run = (throughDax: boolean): { counters: LoadCounters; latency: LatencyPercentiles } => {
        const sim = simWithTable(1, 1)
        sim.request('dynamodb', 'PutItem', { TableName: 'Votes', Item: { pk: { S: 'Candidate_A' }, votes: { N: '1' } } })
        if (throughDax) createDaxCluster(sim, { name: 'votes-dax', nodes: 3 })
        const r = startWorkload(sim, workload({ durationSeconds: 60, rate: { kind: 'constant', perSecond: 50 }, readRatio: 1, throughDax }), { traceEvery: 1000 })
        r.runToEnd()
        return { counters: r.counters(), latency: r.latency() }
      }
      const direct = run(false)
      expect(direct.counters.throttled).toBeGreaterThan(500)
      const dax = run(true)
      expect(dax.counters).toMatchObject({ started: 3000, succeeded: 3000, throttled: 0, retried: 0 })
      // Cache hits answer in well under a millisecond; direct reads take DynamoDB's milliseconds.
      expect(dax.latency.p50).toBeLessThan(1)
      expect(direct.latency.p50).toBeGreaterThan(5)
    })

    it('hot partition → write sharding fixes it: the same writes spread over Candidate_A.0-9 stop throttling', () => {
      // 3,000 RCU + 20 WCU → 2 partitions of 10 WCU; 20 writes/s of 1 KB on one key is 2× its partition's share.
      const run = (keys: Workload['keys']): ReturnType<ReturnType<typeof startWorkload>['counters']> => {
        const sim = simWithTable(3000, 20)
        const r = startWorkload(sim, workload({ durationSeconds: 400, rate: { kind: 'constant', perSecond: 20 }, keys }))
        r.runToEnd()
        return r.counters()
      }
      expect(run({ kind: 'hotKey', key: 'Candidate_A' }).throttled).toBeGreaterThan(100)
      expect(run({ kind: 'sharded', key: 'Candidate_A', shards: 10, suffix: 'calculated' }).throttled).toBe(0)
    })
  })

  describe('fast path', () => {
    it('gives the same counters, per-second series, latency, attempts, items, capacity state and traces as the full path', () => {
      const once = (fastPath: boolean, over: Partial<Workload>): unknown => {
        const sim = simWithVoterIndex(5, 'KEYS_ONLY')
        const run = startWorkload(sim, workload({ durationSeconds: 30, rate: { kind: 'constant', perSecond: 40 }, readRatio: 0.4, seed: 11, ...over }), { traceEvery: 9, recordAttempts: 100_000, fastPath })
        run.runToEnd()
        const db = sim.dynamodb.getState()
        return { c: run.counters(), s: run.seconds(), l: run.latency(), a: run.attempts(), db, random: sim.random.getState(), traces: sim.traces.getState(), now: sim.clock.now() }
      }
      for (const over of [
        {},
        { keys: { kind: 'sharded', key: 'Candidate_A', shards: 3, suffix: 'calculated', sourceAttribute: 'VoterId', sourceCount: 20 } } as const,
        { consistency: 'strong', keys: { kind: 'zipf', count: 30, skew: 1.1 } } as const,
      ]) {
        const full = once(false, over) as { c: LoadCounters }
        expect(full.c.throttled).toBeGreaterThan(0)
        expect(full.c.retried).toBeGreaterThan(0)
        expect(once(true, over)).toEqual(full)
      }
    })
  })

  describe('determinism', () => {
    it('the same seed gives the same counters, series and latency', () => {
      const once = (): unknown => {
        const sim = simWithTable(1, 1)
        const run = startWorkload(sim, workload({ durationSeconds: 15, keys: { kind: 'zipf', count: 50, skew: 1.2 }, readRatio: 0.3, seed: 7 }))
        run.runToEnd()
        return { c: run.counters(), s: run.seconds(), l: run.latency() }
      }
      expect(once()).toEqual(once())
    })

    it('gives the same run however the clock is driven: runToEnd, advanceBy steps, or one step per event', () => {
      const once = (drive: (sim: Simulation, run: ReturnType<typeof startWorkload>) => void): unknown => {
        const sim = simWithVoterIndex(9, 'ALL')
        const end = sim.clock.now() + 120_000
        // Mid-run, an UpdateTable raises the write capacity (applied by a lifecycle event when UPDATING ends).
        sim.clock.on('test.raise', () => {
          sim.request('dynamodb', 'UpdateTable', { TableName: 'Votes', ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 20 } })
        })
        sim.clock.schedule(sim.clock.now() + 12_350, 'test.raise') // the millisecond of request 494's first attempt (traced)
        const w = workload({ durationSeconds: 30, rate: { kind: 'constant', perSecond: 40 }, readRatio: 0.4, seed: 3, keys: { kind: 'sharded', key: 'Candidate_A', shards: 3, suffix: 'calculated', sourceAttribute: 'VoterId', sourceCount: 20 } })
        const run = startWorkload(sim, w, { traceEvery: 13, recordAttempts: 10_000 })
        drive(sim, run)
        expect(run.status).toBe('finished')
        sim.advanceTo(end)
        return { c: run.counters(), s: run.seconds(), l: run.latency(), a: run.attempts(), db: sim.dynamodb.getState(), random: sim.random.getState(), traces: sim.traces.getState() }
      }
      const toEnd = once((_sim, run) => run.runToEnd()) as { c: LoadCounters }
      expect(toEnd.c.throttled).toBeGreaterThan(0)
      expect(toEnd.c.retried).toBeGreaterThan(0)
      expect(once((sim, run) => {
        while (run.status === 'running') sim.advanceBy(7)
      })).toEqual(toEnd)
      // One clock event at a time: one wake-up per millisecond with work, as before skipTo.
      expect(once((sim, run) => {
        while (run.status === 'running') sim.step()
      })).toEqual(toEnd)
    })
  })
})
