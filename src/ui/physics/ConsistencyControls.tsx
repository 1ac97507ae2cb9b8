import { useState } from 'react'
import type { Item } from '../../engine/dynamodb/types.ts'
import { replication, replicationOf } from '../../engine/dynamodb/replication/index.ts'
import { pickKey } from '../../engine/dynamodb/attributes/keys.ts'
import { runtimeSimulation } from '../runtime.ts'
import { useFrameUpdates } from './useFrameUpdates.ts'

interface ReadResult {
  kind: 'eventual' | 'strong'
  value: string
  stale: boolean
}

interface Demo {
  key: string
  wrote: string
  reads: ReadResult[]
}

const DEMO_ATTRIBUTE = 'DemoVersion'

function currentLag(): { lagMs: number; gsiLagMs: number } {
  const s = replicationOf(runtimeSimulation().dynamodb)?.settings
  return { lagMs: s?.lagMs ?? 0, gsiLagMs: s?.gsiLagMs ?? 0 }
}

/**
 * Writes a new DemoVersion to the table's first item, then reads it back at the same virtual instant: three
 * eventually consistent reads (each may reach a replica that has not applied the write yet) and one
 * strongly consistent read (always the leader). Sent through the engine with source `demo`.
 */
function writeThenRead(tableName: string): Demo | string {
  const sim = runtimeSimulation()
  const table = sim.dynamodb.tables.get(tableName)
  const first = table?.items.items().next().value as Item | undefined
  if (!table || !first) return `Table ${tableName} has no item to write to.`
  const Key = pickKey(first, table.hashKey, table.rangeKey)
  const old = Number((first[DEMO_ATTRIBUTE] as { N?: string } | undefined)?.N ?? '0')
  const wrote = String(old + 1)
  const put = sim.request('dynamodb', 'PutItem', { TableName: tableName, Item: { ...first, [DEMO_ATTRIBUTE]: { N: wrote } } }, { source: 'demo' })
  if (put.error) return `${put.error.name}: ${put.error.message}`
  const reads: ReadResult[] = []
  for (const kind of ['eventual', 'eventual', 'eventual', 'strong'] as const) {
    const r = sim.request('dynamodb', 'GetItem', { TableName: tableName, Key, ConsistentRead: kind === 'strong' }, { source: 'demo' })
    if (r.error) return `${r.error.name}: ${r.error.message}`
    const item = (r.output as { Item?: Item }).Item
    const value = (item?.[DEMO_ATTRIBUTE] as { N?: string } | undefined)?.N ?? (item ? '(none)' : 'not found')
    reads.push({ kind, value, stale: value !== wrote })
  }
  const hashValue = Object.values(Key)[0] as { S?: string; N?: string }
  return { key: hashValue.S ?? hashValue.N ?? '?', wrote, reads }
}

/**
 * Replica lag (how long the two follower replicas take to apply a write) and GSI propagation lag, widened
 * here so a stale eventually consistent read is easy to see; and a write-then-read demonstration.
 */
export function ConsistencyControls({ tableName }: { tableName: string }) {
  const [lag, setLag] = useState(currentLag)
  const [demo, setDemo] = useState<Demo | string>()
  useFrameUpdates(() => setLag(currentLag()), 500)
  const configure = (patch: { lagMs?: number; gsiLagMs?: number }) => {
    const sim = runtimeSimulation()
    replication(sim.dynamodb).configure(patch)
    sim.changed()
    setLag(currentLag())
  }
  return (
    <section className="card stack" aria-label="Consistency">
      <h3>Consistency: replica lag</h3>
      <label>
        Replica lag: {lag.lagMs} virtual ms
        <input type="range" min={0} max={5000} step={50} value={lag.lagMs} onChange={(e) => configure({ lagMs: e.target.valueAsNumber })} data-testid="replica-lag" />
      </label>
      <label>
        GSI propagation lag: {lag.gsiLagMs} virtual ms
        <input type="range" min={0} max={10000} step={100} value={lag.gsiLagMs} onChange={(e) => configure({ gsiLagMs: e.target.valueAsNumber })} />
      </label>
      <p className="muted phys-note">
        Every write goes to three replicas, one per Availability Zone; the leader has it at once, the other two a little later. An eventually
        consistent read may reach a replica that is behind; a strongly consistent read always reads the leader. AWS gives no figure beyond "usually
        within a second", so the lag is a model (0 by default).
      </p>
      <div className="row">
        <button onClick={() => setDemo(writeThenRead(tableName))} data-testid="consistency-demo">
          Write, then read at once
        </button>
      </div>
      {typeof demo === 'string' && <p className="err">{demo}</p>}
      {demo && typeof demo !== 'string' && (
        <div data-testid="consistency-result">
          <p>
            Wrote {DEMO_ATTRIBUTE} = {demo.wrote} to {demo.key}, then read it:
          </p>
          <ul>
            {demo.reads.map((r, i) => (
              <li key={i} className={r.stale ? 'warn' : 'ok'}>
                {r.kind === 'strong' ? 'strongly consistent' : 'eventually consistent'}: {r.value}
                {r.stale ? ' (stale)' : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
