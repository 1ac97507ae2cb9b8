import { useState } from 'react'
import { calculateCapacity, type CalcInput } from './calculator.ts'

/**
 * The capacity calculator: items per second or minute × item size × consistency (× 2 transactional) →
 * RCU or WCU, showing each rounding step (uses the engine's readUnits/writeUnits).
 */
export function CapacityCalculator() {
  const [input, setInput] = useState<CalcInput>({ kind: 'write', items: 120, per: 'minute', itemKB: 2, consistency: 'strong' })
  const set = (patch: Partial<CalcInput>) => setInput((i) => ({ ...i, ...patch }))
  const r = calculateCapacity(input)
  return (
    <section className="card stack" aria-label="Capacity calculator">
      <h3>Capacity calculator</h3>
      <div className="phys-fields">
        <label>
          Operation
          <select value={input.kind} onChange={(e) => {
            const kind = e.target.value as CalcInput['kind']
            set({ kind, consistency: kind === 'write' && input.consistency === 'eventual' ? 'strong' : input.consistency })
          }} data-testid="calc-kind">
            <option value="read">reads</option>
            <option value="write">writes</option>
          </select>
        </label>
        <label>
          How many
          <input type="number" min={0} value={input.items} onChange={(e) => set({ items: e.target.valueAsNumber || 0 })} data-testid="calc-items" />
        </label>
        <label>
          Per
          <select value={input.per} onChange={(e) => set({ per: e.target.value as CalcInput['per'] })} data-testid="calc-per">
            <option value="second">second</option>
            <option value="minute">minute</option>
          </select>
        </label>
        <label>
          Item size (KB)
          <input type="number" min={0} step={0.5} value={input.itemKB} onChange={(e) => set({ itemKB: e.target.valueAsNumber || 0 })} data-testid="calc-size" />
        </label>
        <label>
          Kind
          <select value={input.consistency} onChange={(e) => set({ consistency: e.target.value as CalcInput['consistency'] })} data-testid="calc-consistency">
            {input.kind === 'read' && <option value="eventual">eventually consistent</option>}
            <option value="strong">{input.kind === 'read' ? 'strongly consistent' : 'standard'}</option>
            <option value="transactional">transactional (× 2)</option>
          </select>
        </label>
      </div>
      <ol className="phys-steps">
        {r.steps.map((s) => (
          <li key={s.label}>
            <span className="muted">{s.label}:</span> <span className="mono">{s.formula}</span>
          </li>
        ))}
      </ol>
      <p className="phys-result" data-testid="calc-result">
        {r.units} {r.unitName}
      </p>
      <p className="muted phys-note">1 RCU = one strongly consistent read per second of up to 4 KB (two eventually consistent); 1 WCU = one write per second of up to 1 KB.</p>
    </section>
  )
}
