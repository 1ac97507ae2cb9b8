import type { ReadPage } from './usePagedRead.ts'

/**
 * Count vs ScannedCount of the last page (and of all pages so far): the filter runs after the read, so
 * capacity is charged on what was read (ScannedCount), not on what was returned (Count).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.FilterExpression.html
 */
export function CountSummary({ pages }: { pages: ReadPage[] }) {
  const last = pages.at(-1)
  if (!last) return null
  const count = last.output.Count ?? 0
  const scanned = last.output.ScannedCount ?? 0
  const totalCount = pages.reduce((n, p) => n + (p.output.Count ?? 0), 0)
  const totalScanned = pages.reduce((n, p) => n + (p.output.ScannedCount ?? 0), 0)
  return (
    <div className="count-summary" data-testid="count-summary">
      <div className="count-figures">
        <span>
          <span className="count-label">Count</span> <strong data-testid="read-count">{count}</strong>
        </span>
        <span className="count-vs">vs</span>
        <span>
          <span className="count-label">ScannedCount</span> <strong data-testid="read-scanned-count">{scanned}</strong>
        </span>
        {pages.length > 1 && (
          <span className="muted" data-testid="read-totals">
            (all {pages.length} pages: {totalCount} returned of {totalScanned} read)
          </span>
        )}
      </div>
      <p className="count-explain" data-testid="count-explain">
        {count === scanned
          ? scanned === 1
            ? 'DynamoDB read 1 item and returned it: nothing was filtered out.'
            : `DynamoDB read ${scanned} items and returned all of them: nothing was filtered out.`
          : `The filter runs after the read: DynamoDB read ${scanned} item${scanned === 1 ? '' : 's'} (you pay for their data) and returned ${count}.`}
      </p>
    </div>
  )
}
