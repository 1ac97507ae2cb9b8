import { EditorView } from 'codemirror'

/** Dark editor colours matching theme.css. */
export const oneDarkish = EditorView.theme(
  {
    '&': { backgroundColor: '#0b1016', color: '#e8eef4', border: '1px solid #2f3e4d', borderRadius: '6px', fontSize: '0.95rem' },
    '.cm-content': { caretColor: '#4db2ff', fontFamily: 'ui-monospace, Menlo, Consolas, monospace' },
    '.cm-gutters': { backgroundColor: '#111821', color: '#6f8394', border: 'none' },
    '.cm-activeLine': { backgroundColor: '#15202b' },
    '.cm-activeLineGutter': { backgroundColor: '#15202b' },
    '&.cm-focused': { outline: '3px solid #4db2ff' },
    '.cm-selectionBackground, &.cm-focused .cm-selectionBackground': { backgroundColor: '#264f78 !important' },
  },
  { dark: true },
)
