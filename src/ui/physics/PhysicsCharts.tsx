import { useEffect, useRef, useState } from 'react'
import { runtimeSimulation } from '../runtime.ts'
import { createPartitionMap, type PartitionMap } from './createPartitionMap.ts'
import { createCapacityChart, type CapacityChart } from './createCapacityChart.ts'
import { chartScopes, chartSeries, type ChartDimension } from './chartData.ts'
import { keysOnPartition, readPhysicsView, type PhysicsView } from './physicsView.ts'
import { useFrameUpdates } from './useFrameUpdates.ts'

/** Virtual seconds the capacity chart shows. */
const CHART_WINDOW_S = 180

function read(tableName: string, index: string): PhysicsView | undefined {
  try {
    return readPhysicsView(runtimeSimulation(), tableName, CHART_WINDOW_S, index)
  } catch {
    return undefined
  }
}

/**
 * The partition map and the capacity chart for one table (d3, mounted once; redrawn at most once per
 * animation frame while the engine changes), with the keys of the clicked partition.
 */
export function PhysicsCharts({ tableName, dimension, onDimension }: { tableName: string; dimension: ChartDimension; onDimension(d: ChartDimension): void }) {
  const mapRef = useRef<SVGSVGElement>(null)
  const chartRef = useRef<SVGSVGElement>(null)
  const map = useRef<PartitionMap | undefined>(undefined)
  const chart = useRef<CapacityChart | undefined>(undefined)
  const [selected, setSelected] = useState<number>()
  const [scope, setScope] = useState('table')
  const [mapIndex, setMapIndex] = useState('')
  const [indexes, setIndexes] = useState<string[]>([])
  const [scopes, setScopes] = useState<{ id: string; label: string }[]>([])
  const [keys, setKeys] = useState<{ keys: string[]; more: boolean }>({ keys: [], more: false })
  const [summary, setSummary] = useState('')

  useEffect(() => {
    map.current = createPartitionMap(mapRef.current!, { onSelect: (id) => setSelected(id) })
    chart.current = createCapacityChart(chartRef.current!)
    return () => {
      map.current?.destroy()
      chart.current?.destroy()
      map.current = undefined
      chart.current = undefined
    }
  }, [])

  useEffect(() => {
    setMapIndex('')
    setSelected(undefined)
  }, [tableName])

  useFrameUpdates(() => {
    const view = read(tableName, mapIndex)
    if (!view) {
      map.current?.update({ partitions: [], dimension, selectedId: undefined, keyTicks: [] })
      setSummary(`Table ${tableName} does not exist.`)
      return
    }
    map.current?.update({ partitions: view.partitions, dimension, selectedId: selected, keyTicks: view.keyTicks })
    chart.current?.update(chartSeries(view, scope, dimension), dimension === 'read' ? 'RCU' : 'WCU')
    setIndexes((old) => (old.join('\n') === view.indexes.join('\n') ? old : view.indexes))
    const s = chartScopes(view)
    setScopes((old) => (old.length === s.length && old.every((o, i) => o.id === s[i]!.id) ? old : s))
    const hot = view.partitions.filter((p) => p.hot).map((p) => p.id)
    setSummary(
      (view.index ? `GSI ${view.index}: ` : '') +
        `${view.partitions.length} partition${view.partitions.length === 1 ? '' : 's'}, ${view.billing === 'PROVISIONED' ? `${view.rcu} RCU / ${view.wcu} WCU` : 'on-demand'}` +
        (hot.length ? `; hot: ${hot.map((h) => `P${h}`).join(', ')}` : ''),
    )
    if (selected !== undefined) {
      const k = keysOnPartition(runtimeSimulation(), tableName, selected, 60, view.index)
      setKeys((old) => (old.more === k.more && old.keys.join('\n') === k.keys.join('\n') ? old : k))
    }
  }, 50, [selected, scope, dimension, tableName, mapIndex])

  return (
    <>
      <section className="card stack" aria-label="Partition map">
        <div className="row phys-head">
          <h3>Partition map</h3>
          <span className="muted" data-testid="pmap-summary">{summary}</span>
          {indexes.length > 0 && (
            <label className="phys-inline phys-push">
              Partitions of
              <select
                value={mapIndex}
                onChange={(e) => {
                  setMapIndex(e.target.value)
                  setSelected(undefined)
                  setScope('table')
                }}
                data-testid="map-resource"
              >
                <option value="">table {tableName}</option>
                {indexes.map((i) => (
                  <option key={i} value={i}>
                    GSI {i}
                  </option>
                ))}
              </select>
            </label>
          )}
          <div className={indexes.length > 0 ? 'row' : 'row phys-push'} role="group" aria-label="Dimension">
            <button aria-pressed={dimension === 'read'} onClick={() => onDimension('read')} data-testid="dim-read">
              Reads
            </button>
            <button aria-pressed={dimension === 'write'} onClick={() => onDimension('write')} data-testid="dim-write">
              Writes
            </button>
          </div>
        </div>
        <svg ref={mapRef} className="phys-svg" data-testid="partition-map" />
        <p className="muted phys-note">
          Each partition owns a range of the hash ring; a key's hash decides its partition. Bars: units consumed per second (last 5 s) against the
          partition's share (dashed). Glowing orange: over its share, spending burst credit; purple: throttling. Click a partition to list its keys.
        </p>
        {selected !== undefined && (
          <div data-testid="partition-keys" aria-live="polite">
            <strong>
              Keys on partition P{selected}
              {mapIndex ? ` of ${mapIndex}` : ''}
            </strong> ({keys.keys.length}
            {keys.more ? '+' : ''}): <span className="mono">{keys.keys.join(', ') || 'none'}</span>
          </div>
        )}
      </section>
      <section className="card stack" aria-label="Capacity chart">
        <div className="row phys-head">
          <h3>Capacity over virtual time</h3>
          <label className="phys-inline phys-push">
            Show
            <select value={scope} onChange={(e) => setScope(e.target.value)} data-testid="chart-scope">
              {scopes.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <svg ref={chartRef} className="phys-svg" data-testid="capacity-chart" />
        <ul className="phys-legend" aria-label="Legend">
          <li><span className="phys-swatch phys-swatch--consumed" /> consumed</li>
          <li><span className="phys-swatch phys-swatch--provisioned" /> provisioned</li>
          <li><span className="phys-swatch phys-swatch--throttle" /> throttle events (right axis)</li>
          <li><span className="phys-swatch phys-swatch--burst" /> burst bucket (one line per partition)</li>
        </ul>
      </section>
    </>
  )
}
