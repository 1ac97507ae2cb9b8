import { useState } from 'react'
import type { KeyDistribution, RatePattern, Workload } from '../../engine/load/index.ts'
import { useSimStore } from '../store/index.ts'
import { selectTables } from '../store/selectors.ts'
import { deleteWorkload, loadSavedWorkloads, PRESETS, saveWorkload } from './workloads.ts'

interface NumFieldProps {
  label: string
  value: number
  onChange(v: number): void
  step?: number
  min?: number
  testId?: string
}

function NumField({ label, value, onChange, step = 1, min = 0, testId }: NumFieldProps) {
  return (
    <label>
      {label}
      <input type="number" value={Number.isFinite(value) ? value : ''} step={step} min={min} data-testid={testId} onChange={(e) => onChange(e.target.valueAsNumber)} />
    </label>
  )
}

const RATE_DEFAULTS: Record<RatePattern['kind'], RatePattern> = {
  constant: { kind: 'constant', perSecond: 100 },
  ramp: { kind: 'ramp', from: 10, to: 300 },
  spike: { kind: 'spike', base: 50, spike: 450, startSecond: 30, durationSeconds: 20 },
}

const KEY_DEFAULTS: Record<KeyDistribution['kind'], KeyDistribution> = {
  uniform: { kind: 'uniform', count: 1000 },
  zipf: { kind: 'zipf', count: 1000, skew: 1.1 },
  hotKey: { kind: 'hotKey', key: 'Candidate_A', fraction: 1 },
  sharded: { kind: 'sharded', key: 'Candidate_A', shards: 10, suffix: 'calculated', sourceAttribute: 'VoterId', sourceCount: 10_000 },
}

function RateFields({ rate, set }: { rate: RatePattern; set(r: RatePattern): void }) {
  switch (rate.kind) {
    case 'constant':
      return <NumField label="Requests/s" value={rate.perSecond} onChange={(v) => set({ ...rate, perSecond: v })} testId="wl-rate" />
    case 'ramp':
      return (
        <>
          <NumField label="From req/s" value={rate.from} onChange={(v) => set({ ...rate, from: v })} />
          <NumField label="To req/s" value={rate.to} onChange={(v) => set({ ...rate, to: v })} />
        </>
      )
    case 'spike':
      return (
        <>
          <NumField label="Base req/s" value={rate.base} onChange={(v) => set({ ...rate, base: v })} />
          <NumField label="Spike +req/s" value={rate.spike} onChange={(v) => set({ ...rate, spike: v })} />
          <NumField label="Spike at (s)" value={rate.startSecond} onChange={(v) => set({ ...rate, startSecond: v })} />
          <NumField label="Spike for (s)" value={rate.durationSeconds} onChange={(v) => set({ ...rate, durationSeconds: v })} />
        </>
      )
  }
}

function KeyFields({ keys, set }: { keys: KeyDistribution; set(k: KeyDistribution): void }) {
  switch (keys.kind) {
    case 'uniform':
      return <NumField label="Keys" value={keys.count} min={1} onChange={(v) => set({ ...keys, count: v })} />
    case 'zipf':
      return (
        <>
          <NumField label="Keys" value={keys.count} min={1} onChange={(v) => set({ ...keys, count: v })} />
          <NumField label="Skew" value={keys.skew} step={0.1} onChange={(v) => set({ ...keys, skew: v })} />
        </>
      )
    case 'hotKey':
      return (
        <>
          <label>
            Hot key
            <input value={keys.key ?? 'hot'} onChange={(e) => set({ ...keys, key: e.target.value })} />
          </label>
          <NumField label="Share of requests" value={keys.fraction ?? 1} step={0.05} onChange={(v) => set({ ...keys, fraction: v })} />
        </>
      )
    case 'sharded':
      return (
        <>
          <label>
            Key
            <input value={keys.key} onChange={(e) => set({ ...keys, key: e.target.value })} />
          </label>
          <NumField label="Shards (N)" value={keys.shards} min={1} onChange={(v) => set({ ...keys, shards: v })} />
          <label>
            Suffix
            <select value={keys.suffix} onChange={(e) => set({ ...keys, suffix: e.target.value as 'random' | 'calculated' })}>
              <option value="random">random 0…N-1</option>
              <option value="calculated">calculated: hash(VoterId) mod N</option>
            </select>
          </label>
        </>
      )
  }
}

/**
 * The workload designer: presets, the learner's saved workloads (localStorage), and every field of a
 * workload (duration, rate over time, mix, item size, consistency, key distribution, through DAX).
 */
export function WorkloadForm({ workload, onChange }: { workload: Workload; onChange(w: Workload): void }) {
  const tables = useSimStore(selectTables)
  const [saved, setSaved] = useState<Workload[]>(() => loadSavedWorkloads())
  const set = (patch: Partial<Workload>) => onChange({ ...workload, ...patch })
  // A preset's table name is a placeholder: it runs against the table chosen now. A saved workload keeps its table if it exists.
  const pickPreset = (w: Workload) => onChange({ ...structuredClone(w), tableName: workload.tableName })
  const pickSaved = (w: Workload) => onChange({ ...structuredClone(w), tableName: tables.some((t) => t.name === w.tableName) ? w.tableName : workload.tableName })
  return (
    <section className="card stack" aria-label="Workload">
      <h3>Workload</h3>
      <div className="row" role="group" aria-label="Presets">
        {PRESETS.map((p) => (
          <button key={p.name} onClick={() => pickPreset(p)} aria-pressed={workload.name === p.name} data-testid={`preset-${p.name}`}>
            {p.name}
          </button>
        ))}
      </div>
      {saved.length > 0 && (
        <ul className="phys-saved" aria-label="Saved workloads">
          {saved.map((w) => (
            <li key={w.name} className="row">
              <button onClick={() => pickSaved(w)}>{w.name}</button>
              <button className="danger" aria-label={`Delete ${w.name}`} onClick={() => setSaved(deleteWorkload(w.name))}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="phys-fields">
        <label>
          Name
          <input value={workload.name} onChange={(e) => set({ name: e.target.value })} data-testid="wl-name" />
        </label>
        <label>
          Table
          <select value={workload.tableName} onChange={(e) => set({ tableName: e.target.value })} data-testid="wl-table">
            {!tables.some((t) => t.name === workload.tableName) && <option value={workload.tableName}>{workload.tableName} (missing)</option>}
            {tables.map((t) => (
              <option key={t.name}>{t.name}</option>
            ))}
          </select>
        </label>
        <NumField label="Duration (virtual s)" value={workload.durationSeconds} min={1} onChange={(v) => set({ durationSeconds: v })} testId="wl-duration" />
        <label>
          Rate over time
          <select value={workload.rate.kind} onChange={(e) => set({ rate: RATE_DEFAULTS[e.target.value as RatePattern['kind']] })}>
            <option value="constant">constant</option>
            <option value="ramp">ramp</option>
            <option value="spike">spike</option>
          </select>
        </label>
        <RateFields rate={workload.rate} set={(rate) => set({ rate })} />
        <NumField label="Reads (%)" value={Math.round(workload.readRatio * 100)} onChange={(v) => set({ readRatio: v / 100 })} testId="wl-reads" />
        <NumField label="Item size (bytes)" value={workload.itemSizeBytes} min={1} onChange={(v) => set({ itemSizeBytes: v })} />
        <label>
          Reads are
          <select value={workload.consistency} onChange={(e) => set({ consistency: e.target.value as Workload['consistency'] })}>
            <option value="eventual">eventually consistent</option>
            <option value="strong">strongly consistent</option>
          </select>
        </label>
        <label>
          Keys
          <select value={workload.keys.kind} onChange={(e) => set({ keys: KEY_DEFAULTS[e.target.value as KeyDistribution['kind']] })}>
            <option value="uniform">uniform</option>
            <option value="zipf">Zipf (skewed)</option>
            <option value="hotKey">one hot key</option>
            <option value="sharded">write-sharded hot key</option>
          </select>
        </label>
        <KeyFields keys={workload.keys} set={(keys) => set({ keys })} />
      </div>
      <div className="row">
        <label className="phys-check">
          <input type="checkbox" checked={workload.throughDax} onChange={(e) => set({ throughDax: e.target.checked })} data-testid="wl-dax" />
          Through DAX
        </label>
        <button onClick={() => setSaved(saveWorkload(workload))} data-testid="wl-save">
          Save workload
        </button>
      </div>
    </section>
  )
}
