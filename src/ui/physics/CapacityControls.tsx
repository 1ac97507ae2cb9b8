import { useState } from 'react'
import type { ScalingActivity } from '../../engine/dynamodb/physics/model.ts'
import { configureAutoScaling, DEFAULT_TARGET_UTILIZATION } from '../../engine/dynamodb/physics/autoScaling.ts'
import { currentWorkload, estimateCost, type CostEstimate } from '../../engine/dynamodb/physics/cost.ts'
import { runtimeSimulation } from '../runtime.ts'
import { useFrameUpdates } from './useFrameUpdates.ts'

interface Live {
  adaptive: boolean
  autoScaling: boolean
  activities: ScalingActivity[]
  cost: CostEstimate | undefined
}

function readLive(tableName: string): Live {
  const sim = runtimeSimulation()
  const table = sim.dynamodb.tables.get(tableName)
  let cost: CostEstimate | undefined
  try {
    cost = table ? estimateCost(currentWorkload(sim.dynamodb, tableName, 60)) : undefined
  } catch {
    cost = undefined
  }
  return {
    adaptive: sim.dynamodb.physics.adaptiveCapacity,
    autoScaling: !!table?.capacity.autoScaling,
    activities: table?.capacity.autoScaling?.activities.slice(-5).reverse() ?? [],
    cost,
  }
}

const usd = (n: number): string => (n < 0.01 ? `$${n.toFixed(5)}` : `$${n.toFixed(2)}`)

/**
 * Adaptive capacity switch, auto scaling settings, and the cost estimate (provisioned vs on-demand at the
 * current workload, with the price source).
 */
export function CapacityControls({ tableName }: { tableName: string }) {
  const [live, setLive] = useState<Live>(() => readLive(tableName))
  const [policy, setPolicy] = useState({ min: 5, max: 400, target: DEFAULT_TARGET_UTILIZATION })
  const [error, setError] = useState<string>()
  useFrameUpdates(() => setLive(readLive(tableName)), 250, [tableName])

  const setAdaptive = (on: boolean) => {
    const sim = runtimeSimulation()
    sim.dynamodb.physics.adaptiveCapacity = on
    sim.changed()
    setLive((l) => ({ ...l, adaptive: on })) // at once: the frame updates come up to 250 ms later
  }
  const applyScaling = (on: boolean) => {
    const sim = runtimeSimulation()
    try {
      setError(undefined)
      configureAutoScaling(sim.dynamodb, tableName, on ? { read: policy, write: policy } : {})
      sim.changed()
    } catch (e) {
      setError(`${(e as Error).name}: ${(e as Error).message}`)
    }
  }
  const c = live.cost
  return (
    <section className="card stack" aria-label="Capacity controls">
      <h3>Adaptive capacity</h3>
      <label className="phys-check">
        <input type="checkbox" checked={live.adaptive} onChange={(e) => setAdaptive(e.target.checked)} data-testid="adaptive-capacity" />
        Adaptive capacity
      </label>
      <p className="muted phys-note">
        On real DynamoDB it is always on: a hot partition may borrow the table's unused throughput, up to 3,000 RCU / 1,000 WCU per partition. It is
        off here by default so you can first see a hot partition throttle while the table as a whole still has capacity to spare.
      </p>
      <p className="muted phys-note">
        It also isolates frequently accessed items: a partition that keeps running near its 3,000 RCU / 1,000 WCU ceiling (here: over 80 % of it
        for half of a 30-second window) splits between its busiest keys, so two hot keys end up on separate partitions (watch the partition map).
        One hot key is never split further: it stays capped at the ceiling. A table that is simply out of capacity does not split, and tables
        with a local secondary index never do.
      </p>

      <h3>Auto scaling</h3>
      <div className="phys-fields">
        <label>
          Min units
          <input type="number" min={1} value={policy.min} onChange={(e) => setPolicy({ ...policy, min: e.target.valueAsNumber })} />
        </label>
        <label>
          Max units
          <input type="number" min={1} value={policy.max} onChange={(e) => setPolicy({ ...policy, max: e.target.valueAsNumber })} />
        </label>
        <label>
          Target utilization (%)
          <input type="number" min={20} max={90} value={policy.target} onChange={(e) => setPolicy({ ...policy, target: e.target.valueAsNumber })} />
        </label>
      </div>
      <div className="row">
        <button onClick={() => applyScaling(true)} data-testid="autoscaling-apply">
          {live.autoScaling ? 'Update auto scaling' : 'Turn on auto scaling'}
        </button>
        <button onClick={() => applyScaling(false)} disabled={!live.autoScaling}>
          Turn off
        </button>
      </div>
      {error && <p className="err">{error}</p>}
      <p className="muted phys-note">
        Target tracking on reads and writes: scale out after 2 one-minute data points above the target, scale in after 15 below; the change is an
        UpdateTable, so it takes time and counts against the daily decrease quota.
      </p>
      {live.activities.length > 0 && (
        <ul className="phys-activities" aria-label="Scaling activity">
          {live.activities.map((a) => (
            <li key={`${a.at}-${a.dimension}`}>
              {Math.floor(a.at / 1000)}s: {a.dimension} {a.from} → {a.to} <span className={a.status === 'Successful' ? 'ok' : 'err'}>{a.status}</span>
            </li>
          ))}
        </ul>
      )}

      <h3>Cost estimate</h3>
      {c ? (
        <table className="grid" data-testid="cost-estimate">
          <thead>
            <tr>
              <th>mode, at the recent traffic (average of up to the last 60 virtual s)</th>
              <th>$/hour</th>
              <th>$/month</th>
            </tr>
          </thead>
          <tbody>
            <tr className={c.cheaper === 'PROVISIONED' ? 'selected' : undefined}>
              <td>
                provisioned {c.provisioned.rcu} RCU + {c.provisioned.wcu} WCU
              </td>
              <td>{usd(c.provisioned.perHour)}</td>
              <td>{usd(c.provisioned.perMonth)}</td>
            </tr>
            <tr className={c.cheaper === 'PAY_PER_REQUEST' ? 'selected' : undefined}>
              <td>on-demand</td>
              <td>{usd(c.onDemand.perHour)}</td>
              <td>{usd(c.onDemand.perMonth)}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p className="muted">No table.</p>
      )}
      {c && (
        <p className="muted phys-note">
          {c.prices.region} list prices, throughput only: ${c.prices.provisionedRcuHour}/RCU-hour, ${c.prices.provisionedWcuHour}/WCU-hour; on-demand $
          {c.prices.onDemandPerMillionReadRequestUnits} per million reads, ${c.prices.onDemandPerMillionWriteRequestUnits} per million writes; month ={' '}
          {c.prices.hoursPerMonth} h. Sources: <a href={c.prices.sources.provisioned}>provisioned</a>, <a href={c.prices.sources.onDemand}>on-demand</a>.
        </p>
      )}
    </section>
  )
}
