/**
 * The last raw HTTP exchanges that went through the wire layer, for the console panel's "HTTP" view.
 * A tiny observable store without React: `subscribeHttpLog(listener)` + `getHttpLog()` fit
 * `useSyncExternalStore` (the array only changes identity when an exchange is added or the log cleared).
 */
export interface HttpExchange {
  /** Sequence number, 1-based, in arrival order. */
  seq: number
  /** Virtual ms (simulation clock) at which the request arrived. */
  at: number
  method: string
  url: string
  /** The protocol-relevant request headers (content-type, x-amz-target, x-amz-date, x-sim-source...). */
  requestHeaders: Record<string, string>
  requestBody: string
  status: number
  responseHeaders: Record<string, string>
  responseBody: string
  /** Trace of the request in the simulation, when it reached a service. */
  traceId?: string
}

/** How many exchanges are kept (oldest dropped first). @default 200 */
export const HTTP_LOG_CAPACITY = 200

/** Request headers worth showing; the signature (`authorization`) and transport noise are left out. */
export const LOGGED_REQUEST_HEADERS = ['content-type', 'x-amz-target', 'x-amz-date', 'x-sim-source', 'amz-sdk-invocation-id', 'user-agent'] as const

let entries: readonly HttpExchange[] = []
let seq = 0
const listeners = new Set<() => void>()

/** The retained exchanges, oldest first. Same array until the next change. */
export function getHttpLog(): readonly HttpExchange[] {
  return entries
}

/** Calls `listener` after every change; returns the unsubscribe function. */
export function subscribeHttpLog(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** Adds one exchange (its `seq` is assigned here) and notifies subscribers. */
export function recordHttpExchange(exchange: Omit<HttpExchange, 'seq'>): HttpExchange {
  const entry: HttpExchange = { seq: ++seq, ...exchange }
  const next = entries.length >= HTTP_LOG_CAPACITY ? entries.slice(entries.length - HTTP_LOG_CAPACITY + 1) : entries.slice()
  next.push(entry)
  entries = next
  emit()
  return entry
}

/** Empties the log (the sequence keeps counting). */
export function clearHttpLog(): void {
  entries = []
  emit()
}

function emit(): void {
  for (const l of [...listeners]) l()
}
