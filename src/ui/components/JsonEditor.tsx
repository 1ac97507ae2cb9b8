import { useEffect, useState } from 'react'

export interface JsonEditorProps {
  value: string
  onChange: (value: string) => void
  /** Accessible name of the editor. */
  label: string
  testId?: string
  minHeight?: string
}

type EditorModule = typeof import('./CodeMirrorJsonEditor.tsx')

let loaded: EditorModule | undefined
let loading: Promise<EditorModule> | undefined

/**
 * Starts downloading the CodeMirror editor chunk (once; later calls return the same promise). Call it
 * early (e.g. at startup, while the MSW worker starts) so the first `JsonEditor` rarely shows its fallback.
 */
export function preloadJsonEditor(): Promise<EditorModule> {
  loading ??= import('./CodeMirrorJsonEditor.tsx').then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = undefined // a later mount may retry
      throw e
    },
  )
  return loading
}

/**
 * JSON editor (CodeMirror 6, see CodeMirrorJsonEditor.tsx). CodeMirror lives in its own chunk, loaded on
 * first use: until it arrives, a read-only preview of `value` with a "Loading editor…" status stands in
 * (same label and height). The parent owns the text: a changed `value` replaces the document, edits flow
 * back through `onChange`.
 */
export function JsonEditor(props: JsonEditorProps) {
  const [mod, setMod] = useState<EditorModule | undefined>(loaded)
  const [failure, setFailure] = useState<string | undefined>()

  useEffect(() => {
    if (mod) return
    let live = true
    preloadJsonEditor().then(
      (m) => live && setMod(m),
      (e: unknown) => live && setFailure((e as Error)?.message ?? String(e)),
    )
    return () => {
      live = false
    }
  }, [mod])

  if (mod) return <mod.CodeMirrorJsonEditor {...props} />
  const { value, label, minHeight = '12rem' } = props
  return (
    <div className="json-editor json-editor-loading" style={{ minHeight }} role="group" aria-label={label} aria-busy={!failure}>
      {failure ? (
        <p className="err" role="alert">The editor could not load ({failure}). Reload the page to try again.</p>
      ) : (
        <p className="muted" role="status">Loading editor…</p>
      )}
      <pre>{value}</pre>
    </div>
  )
}
