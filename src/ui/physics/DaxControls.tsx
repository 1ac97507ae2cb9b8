import { useState } from 'react'
import { createDaxCluster, deleteDaxCluster, DAX_ITEM_CACHE_DEFAULT_TTL_MS, DAX_QUERY_CACHE_DEFAULT_TTL_MS, type DaxClusterStats } from '../../engine/dax/index.ts'
import { runtimeSimulation } from '../runtime.ts'
import { useFrameUpdates } from './useFrameUpdates.ts'

/** Name of the cluster this panel creates. */
export const DAX_CLUSTER_NAME = 'sim-dax'

/** Stats of the cluster that serves `tableName` (the one `sim.request('dax', …)` uses), if any. */
export function daxClusterFor(tableName: string): DaxClusterStats | undefined {
  const sim = runtimeSimulation()
  for (const c of sim.dax.clusters.values()) if (c.serves(tableName)) return c.stats()
  return undefined
}

const pct = (r: number): string => `${(r * 100).toFixed(1)}%`
const latency = (ms: number): string => (ms < 1 ? `${Math.round(ms * 1000)} µs` : `${ms.toFixed(2)} ms`)

/**
 * The DAX cluster in front of DynamoDB: create it (nodes 1–10, item and query cache TTLs, 5 minutes by
 * default), change it, delete it; live hit/miss counts and the modeled latency of a hit and of a miss.
 */
export function DaxControls({ tableName }: { tableName: string }) {
  const [stats, setStats] = useState<DaxClusterStats | undefined>(() => daxClusterFor(tableName))
  const [form, setForm] = useState({ nodes: 3, itemTtlS: DAX_ITEM_CACHE_DEFAULT_TTL_MS / 1000, queryTtlS: DAX_QUERY_CACHE_DEFAULT_TTL_MS / 1000 })
  const [error, setError] = useState<string>()
  useFrameUpdates(() => setStats(daxClusterFor(tableName)), 200, [tableName])

  const options = { nodes: form.nodes, itemTtlMs: form.itemTtlS * 1000, queryTtlMs: form.queryTtlS * 1000 }
  const act = (fn: () => void) => {
    try {
      setError(undefined)
      fn()
      setStats(daxClusterFor(tableName))
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const create = () => act(() => createDaxCluster(runtimeSimulation(), { name: DAX_CLUSTER_NAME, ...options }))
  const update = () =>
    act(() => {
      const sim = runtimeSimulation()
      sim.dax.clusters.get(stats!.name)?.configure(options)
      sim.changed()
    })
  const remove = () => act(() => deleteDaxCluster(runtimeSimulation(), stats!.name))

  return (
    <section className="card stack" aria-label="DAX">
      <h3>DAX cluster</h3>
      <div className="phys-fields">
        <label>
          Nodes (1–10)
          <input type="number" min={1} max={10} value={form.nodes} onChange={(e) => setForm({ ...form, nodes: e.target.valueAsNumber })} data-testid="dax-nodes" />
        </label>
        <label>
          Item cache TTL (s)
          <input type="number" min={0} value={form.itemTtlS} onChange={(e) => setForm({ ...form, itemTtlS: e.target.valueAsNumber })} />
        </label>
        <label>
          Query cache TTL (s)
          <input type="number" min={0} value={form.queryTtlS} onChange={(e) => setForm({ ...form, queryTtlS: e.target.valueAsNumber })} />
        </label>
      </div>
      <div className="row">
        {stats ? (
          <>
            <button onClick={update}>Apply</button>
            <button className="danger" onClick={remove}>
              Delete cluster
            </button>
          </>
        ) : (
          <button className="primary" onClick={create} data-testid="dax-create">
            Create DAX cluster
          </button>
        )}
      </div>
      {error && (
        <p className="err" role="alert">
          {error}
        </p>
      )}
      {stats ? (
        <dl className="phys-counters" data-testid="dax-stats">
          <div>
            <dt>cluster</dt>
            <dd>
              {stats.name} · {stats.nodes} node{stats.nodes === 1 ? '' : 's'}
            </dd>
          </div>
          <div>
            <dt>item cache hits / misses</dt>
            <dd data-testid="dax-item-hits">
              {stats.ItemCacheHits} / {stats.ItemCacheMisses}
            </dd>
          </div>
          <div>
            <dt>item hit ratio</dt>
            <dd>{pct(stats.itemCacheHitRatio)}</dd>
          </div>
          <div>
            <dt>query cache hits / misses</dt>
            <dd>
              {stats.QueryCacheHits + stats.ScanCacheHits} / {stats.QueryCacheMisses + stats.ScanCacheMisses}
            </dd>
          </div>
          <div>
            <dt>passed through / writes</dt>
            <dd>
              {stats.passThroughCount} / {stats.writeCount}
            </dd>
          </div>
          <div>
            <dt>latency hit / miss</dt>
            <dd>
              {latency(stats.averageHitLatencyMs)} / {latency(stats.averageMissLatencyMs)}
            </dd>
          </div>
          <div>
            <dt>requests per node</dt>
            <dd>{stats.nodeRequests.join(' · ')}</dd>
          </div>
        </dl>
      ) : (
        <p className="muted">No cluster serves {tableName}. A workload "through DAX" needs one.</p>
      )}
      <p className="muted phys-note">
        A hit is answered from the node's cache in microseconds and costs no RCU; a miss reads DynamoDB (eventually consistent) and fills the cache.
        Strongly consistent reads pass through uncached. Writes go through to DynamoDB and update the item cache, never the query cache.
      </p>
    </section>
  )
}
