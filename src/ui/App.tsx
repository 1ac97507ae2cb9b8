import { lazy, Suspense, useEffect } from 'react'
import { useSimStore } from './store/index.ts'
import { selectPanel, selectWorkspaceName } from './store/selectors.ts'
import type { PanelId } from './store/uiSlice.ts'
import { ClockControls } from './ClockControls.tsx'
import { WorkspaceMenu } from './WorkspaceMenu.tsx'
import { TablesPanel } from './panels/TablesPanel.tsx'
import { ConsolePanel } from './panels/ConsolePanel.tsx'
import { ArchitectureView } from './diagram/ArchitectureView.tsx'
import { TraceInspector } from './diagram/TraceInspector.tsx'

const QuizPanel = lazy(() => import('./quiz/QuizPanel.tsx').then((m) => ({ default: m.QuizPanel })))
const LoadPanel = lazy(() => import('./physics/LoadPanel.tsx').then((m) => ({ default: m.LoadPanel })))

const PANELS: { id: PanelId; label: string; hint: string }[] = [
  { id: 'tables', label: 'Tables', hint: 'Create tables, browse and edit items' },
  { id: 'console', label: 'Console', hint: 'Send any DynamoDB operation as JSON' },
  { id: 'load', label: 'Load & capacity', hint: 'Load generator, partitions, capacity, throttling, DAX' },
  { id: 'quiz', label: 'Quiz', hint: 'Practice, exams and spaced review' },
]

/** Reads `?panel=` so tests and links can open a panel directly. */
function panelFromUrl(): PanelId | undefined {
  const p = new URLSearchParams(globalThis.location?.search ?? '').get('panel')
  return PANELS.some((x) => x.id === p) ? (p as PanelId) : undefined
}

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
            <button key={p.id} aria-current={panel === p.id ? 'page' : undefined} onClick={() => setPanel(p.id)} title={p.hint}>
              {p.label}
            </button>
          ))}
        </nav>
        <main className="main" id="main">
          {panel === 'tables' && <TablesPanel />}
          {panel === 'console' && <ConsolePanel />}
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
