/** Fields of an SDK error that are not part of every error (shown by ErrorBox or SDK metadata). */
const COMMON = new Set(['name', 'message', 'Message', 'stack', 'cause'])

/** The extra fields AWS sent with an error, e.g. `CancellationReasons` of TransactionCanceledException. */
export function errorDetails(error: unknown): Record<string, unknown> | undefined {
  if (!error || typeof error !== 'object') return undefined
  const extra = Object.fromEntries(Object.entries(error).filter(([k, v]) => !COMMON.has(k) && !k.startsWith('$') && !k.startsWith('__') && v !== undefined))
  return Object.keys(extra).length ? extra : undefined
}

/**
 * Shows the extra fields of an AWS error response next to the ErrorBox: CancellationReasons of a
 * cancelled transaction (in the order of its actions), the Item of ReturnValuesOnConditionCheckFailure.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html#API_TransactWriteItems_Errors
 */
export function ErrorDetails({ error }: { error: unknown }) {
  const extra = errorDetails(error)
  if (!extra) return null
  return (
    <div className="card" data-testid="error-details">
      <h3>Error details</h3>
      {Array.isArray(extra['CancellationReasons']) && (
        <ol className="cancellation-reasons" data-testid="cancellation-reasons">
          {(extra['CancellationReasons'] as { Code?: string; Message?: string }[]).map((r, i) => (
            <li key={i}>
              <span className={r.Code === 'None' ? 'muted' : 'err'}>{r.Code}</span>
              {r.Message ? `: ${r.Message}` : ''}
            </li>
          ))}
        </ol>
      )}
      <pre>{JSON.stringify(extra, null, 2)}</pre>
    </div>
  )
}
