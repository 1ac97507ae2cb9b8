import { useSyncExternalStore } from 'react'
import { getHttpLog, subscribeHttpLog, type HttpExchange } from '../../wire/httpLog.ts'

function requestIdOf(x: HttpExchange): string | undefined {
  const entry = Object.entries(x.responseHeaders).find(([k]) => k.toLowerCase() === 'x-amzn-requestid')
  return entry?.[1]
}

function prettyBody(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2)
  } catch {
    return body
  }
}

/** The raw HTTP request and response of one exchange, found by its x-amzn-RequestId. */
export function RawHttpExchange({ requestId }: { requestId: string }) {
  const log = useSyncExternalStore(subscribeHttpLog, getHttpLog)
  const x = [...log].reverse().find((e) => requestIdOf(e) === requestId)
  if (!x) return null
  const headers = (h: Record<string, string>) => Object.entries(h).map(([k, v]) => `${k}: ${v}`).join('\n')
  return (
    <details className="card" data-testid="raw-http" open>
      <summary>Raw HTTP exchange</summary>
      <div className="stack">
        <pre data-testid="raw-http-request">{`${x.method} ${x.url}\n${headers(x.requestHeaders)}\n\n${prettyBody(x.requestBody)}`}</pre>
        <pre data-testid="raw-http-response">{`HTTP ${x.status}\n${headers(x.responseHeaders)}\n\n${prettyBody(x.responseBody)}`}</pre>
      </div>
    </details>
  )
}
