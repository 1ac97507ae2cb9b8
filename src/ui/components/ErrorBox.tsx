/** An AWS error as the learner should see it: the error name and AWS's message. */
export function ErrorBox({ error }: { error: unknown }) {
  if (!error) return null
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } }
  return (
    <div className="error-box" role="alert" data-testid="error-box">
      <span className="name" data-testid="error-name">{e.name ?? 'Error'}</span>
      {e.$metadata?.httpStatusCode ? <span className="muted"> (HTTP {e.$metadata.httpStatusCode})</span> : null}
      <div data-testid="error-message">{e.message}</div>
    </div>
  )
}
