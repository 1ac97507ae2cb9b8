import { lazy, Suspense, useEffect } from 'react'
import { useSimStore } from './store/index.ts'
import { selectPanel, selectWorkspaceName } from './store/selectors.ts'
import type { PanelId } from './store/uiSlice.ts'
import { ClockControls } from './ClockControls.tsx'
import { WorkspaceMenu } from './WorkspaceMenu.tsx'
import { TablesPanel } from './panels/TablesPanel.tsx'
import { ArchitectureView } from './diagram/ArchitectureView.tsx'
import { TraceInspector } from './diagram/TraceInspector.tsx'
import { preloadJsonEditor } from './components/JsonEditor.tsx'

// Panels outside the default view load on demand: the console pulls in every SDK command class, the quiz
// its question bank, the load panel its charts. Pointing at (or focusing) a panel's button starts the download.
const loadConsolePanel = () => import('./panels/ConsolePanel.tsx')
const ConsolePanel = lazy(() => loadConsolePanel().then((m) => ({ default: m.ConsolePanel })))
const loadQuizPanel = () => import('./quiz/QuizPanel.tsx')
const loadLoadPanel = () => import('./physics/LoadPanel.tsx')
const QuizPanel = lazy(() => loadQuizPanel().then((m) => ({ default: m.QuizPanel })))
const LoadPanel = lazy(() => loadLoadPanel().then((m) => ({ default: m.LoadPanel })))

const PANELS: { id: PanelId; label: string; hint: string; preload?: () => Promise<unknown> }[] = [
  { id: 'tables', label: 'Tables', hint: 'Create tables, browse and edit items' },
  { id: 'console', label: 'Console', hint: 'Send any DynamoDB operation as JSON', preload: loadConsolePanel },
  { id: 'load', label: 'Load & capacity', hint: 'Load generator, partitions, capacity, throttling, DAX', preload: loadLoadPanel },
  { id: 'quiz', label: 'Quiz', hint: 'Practice, exams and spaced review', preload: loadQuizPanel },
]

/** Starts a lazy panel's download early; a failure is left to the panel's own load (lazy) to report. */
function preload(p: (typeof PANELS)[number]) {
  p.preload?.().catch(() => undefined)
}

/** Reads `?panel=` so tests and links can open a panel directly. */
function panelFromUrl(): PanelId | undefined {
  const p = new URLSearchParams(globalThis.location?.search ?? '').get('panel')
  return PANELS.some((x) => x.id === p) ? (p as PanelId) : undefined
}

// The Tables panel (the default) and the console show a JSON editor: start fetching CodeMirror's chunk now,
// while the MSW worker starts, so it is usually there by the first render. Failures surface in JsonEditor.
if (['tables', 'console'].includes(panelFromUrl() ?? 'tables')) preloadJsonEditor().catch(() => undefined)

export function App({ warning }: { warning?: string }) {
  const panel = useSimStore(selectPanel)
  const setPanel = useSimStore((s) => s.setPanel)
  const workspaceName = useSimStore(selectWorkspaceName)

  useEffect(() => {
    const p = panelFromUrl()
    if (p) setPanel(p)
  }, [setPanel])

  return (
    <div className="app">
      <header className="app-header">
        <h1>Serverless Sim</h1>
        <span className="workspace" data-testid="workspace-name">{workspaceName}</span>
        <WorkspaceMenu />
        <ClockControls />
      </header>
      {warning ? <div className="banner" role="alert">{warning}</div> : <div />}
      <div className="app-body">
        <nav className="sidebar" aria-label="Panels">
          {PANELS.map((p) => (
            <button
              key={p.id}
              aria-current={panel === p.id ? 'page' : undefined}
              onClick={() => setPanel(p.id)}
              onPointerEnter={() => preload(p)}
              onFocus={() => preload(p)}
              title={p.hint}
            >
              {p.label}
            </button>
          ))}
        </nav>
        <main className="main" id="main">
          {panel === 'tables' && <TablesPanel />}
          {panel === 'console' && (
            <Suspense fallback={<p className="muted">Loading the console…</p>}>
              <ConsolePanel />
            </Suspense>
          )}
          {panel === 'load' && (
            <Suspense fallback={<p className="muted">Loading…</p>}>
              <LoadPanel />
            </Suspense>
          )}
          {panel === 'quiz' && (
            <Suspense fallback={<p className="muted">Loading the quiz…</p>}>
              <QuizPanel />
            </Suspense>
          )}
        </main>
        <aside className="side-view" aria-label="Architecture and traces">
          <ArchitectureView />
          <TraceInspector />
        </aside>
      </div>
    </div>
  )
}
