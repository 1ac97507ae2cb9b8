import type { Trace, TraceHop } from '../../engine/trace.ts'
import type { ConsumedCapacity } from '../../engine/dynamodb/types.ts'

/** The trace inspector's figures, computed without React so they are unit-tested. */

export interface WaterfallRow {
  key: string
  hop: TraceHop
  /** Virtual ms from the start of the trace to the start of the hop. */
  offsetMs: number
  durationMs: number
  /** Bar position and width as % of the trace's duration (width at least 0.5 % so instant hops show). */
  leftPct: number
  widthPct: number
  detail: [string, string][]
}

/** Rounds virtual ms for display: "3.1", "11.84" → "11.8", "0" → "0". */
export function ms(value: number): string {
  return String(Math.round(value * 10) / 10)
}

/** A detail value as text: strings and numbers as they are, the rest as compact JSON. */
export function formatValue(v: unknown): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (v === undefined) return '—'
  return JSON.stringify(v)
}

/** One row per hop, bars scaled to the trace's total duration. */
export function waterfallRows(trace: Trace): WaterfallRow[] {
  const total = Math.max(trace.end - trace.start, 1e-9)
  return trace.hops.map((hop, i) => {
    const offsetMs = hop.start - trace.start
    const durationMs = hop.end - hop.start
    const leftPct = Math.min(100, Math.max(0, (offsetMs / total) * 100))
    const widthPct = Math.max(0.5, Math.min(100 - leftPct, (durationMs / total) * 100))
    return {
      key: `${i}:${hop.service}:${hop.component}`,
      hop,
      offsetMs,
      durationMs,
      leftPct,
      widthPct,
      detail: Object.entries(hop.detail).map(([k, v]) => [k, formatValue(v)] as [string, string]),
    }
  })
}

const READS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems'])

/**
 * Consumed capacity as a learner reads it: "0.5 RCU (GameScores)". Reads are in read capacity units, writes
 * in write capacity units (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConsumedCapacity.html).
 * Undefined when the trace carries none.
 */
export function formatConsumedCapacity(trace: Trace): string | undefined {
  const cc = trace.detail['consumedCapacity']
  if (!Array.isArray(cc) || cc.length === 0) return undefined
  return (cc as ConsumedCapacity[])
    .map((c) => {
      const unit = c.ReadCapacityUnits !== undefined ? 'RCU' : c.WriteCapacityUnits !== undefined ? 'WCU' : READS.has(trace.operation) ? 'RCU' : 'WCU'
      return `${c.CapacityUnits} ${unit} (${c.TableName})`
    })
    .join(', ')
}

/** The partition(s) the request touched, e.g. "0" or "0, 3"; undefined when it never reached storage. */
export function formatPartitions(trace: Trace): string | undefined {
  const p = trace.detail['partitions']
  return Array.isArray(p) && p.length ? p.join(', ') : undefined
}

/** Trace-level details other than the ones shown in their own fields. */
export function otherDetails(trace: Trace): [string, string][] {
  return Object.entries(trace.detail)
    .filter(([k]) => k !== 'consumedCapacity' && k !== 'partitions')
    .map(([k, v]) => [k, formatValue(v)])
}
