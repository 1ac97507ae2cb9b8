import { READ_UNIT_BYTES, WRITE_UNIT_BYTES, readUnits, writeUnits } from '../../engine/dynamodb/capacity.ts'

/**
 * The capacity calculator's arithmetic, step by step, for the panel to show each rounding.
 * Units come from the engine's capacity.ts (readUnits/writeUnits), so the calculator, the quiz and the
 * simulator always agree. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html
 * (AWS-FACTS §2: 1 RCU = one strongly consistent read/s of ≤ 4 KB or two eventually consistent ones;
 * 1 WCU = one write/s of ≤ 1 KB; transactional = × 2).
 */

export type CalcKind = 'read' | 'write'
export type CalcConsistency = 'eventual' | 'strong' | 'transactional'

export interface CalcInput {
  kind: CalcKind
  /** How many items are read or written per `per`. */
  items: number
  per: 'second' | 'minute'
  /** Item size in KB (1 KB = 1,024 bytes). */
  itemKB: number
  /** Reads: eventual, strong or transactional. Writes: strong means standard, transactional doubles. */
  consistency: CalcConsistency
}

export interface CalcStep {
  label: string
  /** The arithmetic as text, e.g. `ceil(2 KB / 1 KB) = 2`. */
  formula: string
  value: number
}

export interface CalcResult {
  steps: CalcStep[]
  /** Exact units per second (may be fractional, e.g. 1.5). */
  exact: number
  /** Whole capacity units to provision (ceil of `exact`). */
  units: number
  unitName: 'RCU' | 'WCU'
}

const fmt = (n: number): string => String(Math.round(n * 1000) / 1000)

/** Units one item costs and the items per second, then the total, with every rounding as a step. */
export function calculateCapacity(input: CalcInput): CalcResult {
  const read = input.kind === 'read'
  const unitKB = (read ? READ_UNIT_BYTES : WRITE_UNIT_BYTES) / 1024
  const bytes = Math.round(input.itemKB * 1024)
  const steps: CalcStep[] = []
  const perSecond = input.per === 'minute' ? input.items / 60 : input.items
  steps.push({
    label: 'Items per second',
    formula: input.per === 'minute' ? `${fmt(input.items)} / 60 = ${fmt(perSecond)}` : `${fmt(perSecond)}`,
    value: perSecond,
  })
  const blocks = Math.max(1, Math.ceil(bytes / (unitKB * 1024)))
  steps.push({
    label: `Round the item size up to whole ${unitKB} KB blocks`,
    formula: `ceil(${fmt(input.itemKB)} KB / ${unitKB} KB) = ${blocks} (${blocks * unitKB} KB)`,
    value: blocks,
  })
  const perItem = read ? readUnits(bytes, input.consistency) : writeUnits(bytes, input.consistency === 'transactional')
  const factor =
    input.consistency === 'transactional' ? '× 2 (transactional)' : read && input.consistency === 'eventual' ? '× 0.5 (eventually consistent)' : '× 1 (strongly consistent)'
  steps.push({
    label: `${read ? 'RCU' : 'WCU'} per item`,
    formula: read || input.consistency === 'transactional' ? `${blocks} ${factor} = ${fmt(perItem)}` : `${blocks} = ${fmt(perItem)}`,
    value: perItem,
  })
  const exact = perSecond * perItem
  steps.push({ label: 'Per second', formula: `${fmt(perSecond)} × ${fmt(perItem)} = ${fmt(exact)}`, value: exact })
  const units = Math.ceil(exact - 1e-9)
  steps.push({ label: 'Provision whole units', formula: `ceil(${fmt(exact)}) = ${units}`, value: units })
  return { steps, exact, units, unitName: read ? 'RCU' : 'WCU' }
}
