import { useEffect, useRef } from 'react'
import { EditorView, basicSetup } from 'codemirror'
import { json } from '@codemirror/lang-json'
import { EditorState } from '@codemirror/state'
import { oneDarkish } from './editorTheme.ts'
import type { JsonEditorProps } from './JsonEditor.tsx'

/**
 * A CodeMirror 6 JSON editor. The parent owns the text: a changed `value` prop replaces the document
 * (when it differs from what the editor holds), edits flow back through `onChange`.
 * Loaded on demand through `JsonEditor` (JsonEditor.tsx), which keeps CodeMirror out of the main chunk.
 */
export function CodeMirrorJsonEditor({ value, onChange, label, testId, minHeight = '12rem' }: JsonEditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          basicSetup,
          json(),
          oneDarkish,
          EditorView.theme({ '&': { minHeight }, '.cm-scroller': { minHeight } }),
          EditorView.contentAttributes.of({ 'aria-label': label, ...(testId ? { 'data-testid': testId } : {}) }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) onChangeRef.current(u.state.doc.toString())
          }),
        ],
      }),
    })
    view.current = v
    return () => {
      v.destroy()
      view.current = null
    }
    // Created once; later `value` changes are applied by the effect below.
  }, [])

  useEffect(() => {
    const v = view.current
    if (v && v.state.doc.toString() !== value) {
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } })
    }
  }, [value])

  return <div ref={host} className="json-editor" />
}
