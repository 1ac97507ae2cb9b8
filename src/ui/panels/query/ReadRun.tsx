import type { ReactNode } from 'react'
import { ReadResults } from './ReadResults.tsx'
import type { ReadInput, usePagedRead } from './usePagedRead.ts'
import type { KeyInfo } from './readRequest.ts'

/** The request a builder's form describes, or the error that keeps it from being sent. */
export interface ReadPreview {
  request?: ReadInput
  error?: Error
}

/** Runs `build` and catches its error: what the Query and Scan builders preview. */
export function previewOf(build: () => ReadInput): ReadPreview {
  try {
    return { request: build() }
  } catch (e) {
    return { error: e as Error }
  }
}

type PagedRead = ReturnType<typeof usePagedRead>

/** The Run button and the line that explains what the read costs (inside the builder's form card). */
export function RunButton({ operation, preview, read, children }: { operation: 'Query' | 'Scan'; preview: ReadPreview; read: PagedRead; children: ReactNode }) {
  return (
    <div className="row">
      <button className="primary" onClick={() => preview.request && read.run(preview.request)} disabled={!preview.request || read.pending} data-testid={`${operation.toLowerCase()}-run`}>
        Run {operation}
      </button>
      <span className="muted">{children}</span>
    </div>
  )
}

/** The pages a builder's read returned, with its request and capacity ({@link ReadResults}). */
export function BuilderResults({ operation, preview, read, keys }: { operation: 'Query' | 'Scan'; preview: ReadPreview; read: PagedRead; keys: KeyInfo }) {
  return (
    <ReadResults
      operation={operation}
      preview={preview}
      pages={read.pages}
      pending={read.pending}
      error={read.error}
      hasNext={read.hasNext}
      onNext={read.next}
      keyNames={[keys.hash?.name, keys.range?.name].filter((n): n is string => !!n)}
      idPrefix={operation.toLowerCase()}
    />
  )
}
