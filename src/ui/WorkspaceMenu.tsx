import { useRef, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { runtimeSimulation } from './runtime.ts'
import { useSimStore } from './store/index.ts'
import { selectWorkspaceName } from './store/selectors.ts'
import { resetWorkspace } from './workspace.ts'

// Export/import (with the quiz progress and its scheduler, ts-fsrs) load on first use, not with the app.
const loadWorkspaceFile = () => import('./workspaceFile.ts')

/** Header actions: export the workspace to a JSON file, import one, or start over. */
export function WorkspaceMenu() {
  const name = useSimStore(selectWorkspaceName)
  const setWorkspaceName = useSimStore((s) => s.setWorkspaceName)
  const queryClient = useQueryClient()
  const fileInput = useRef<HTMLInputElement>(null)
  const [message, setMessage] = useState<{ kind: 'ok' | 'err'; text: string } | undefined>()

  const download = async () => {
    let text: string
    try {
      const { exportWorkspace } = await loadWorkspaceFile()
      text = exportWorkspace(runtimeSimulation(), name)
    } catch (e) {
      setMessage({ kind: 'err', text: (e as Error).message })
      return
    }
    const blob = new Blob([text], { type: 'application/json' })
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = `${name.replace(/[^\w.-]+/g, '-') || 'workspace'}.serverless-sim.json`
    a.click()
    URL.revokeObjectURL(url)
    setMessage({ kind: 'ok', text: 'Workspace exported.' })
  }
  const load = async (file: File | undefined) => {
    if (!file) return
    try {
      const { importWorkspace } = await loadWorkspaceFile()
      const { name: imported } = importWorkspace(runtimeSimulation(), await file.text())
      setWorkspaceName(imported)
      await queryClient.invalidateQueries()
      setMessage({ kind: 'ok', text: `Opened ${imported}.` })
    } catch (e) {
      setMessage({ kind: 'err', text: (e as Error).message })
    } finally {
      if (fileInput.current) fileInput.current.value = ''
    }
  }
  const reset = () => {
    if (globalThis.confirm?.('Start over with the default workspace? Export first if you want to keep this one.') ?? true) {
      resetWorkspace()
      globalThis.location.reload()
    }
  }
  return (
    <div className="row" role="group" aria-label="Workspace">
      <button onClick={() => void download()} data-testid="workspace-export">Export</button>
      <button onClick={() => fileInput.current?.click()} data-testid="workspace-import">Import</button>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        tabIndex={-1}
        aria-label="Workspace file to import"
        data-testid="workspace-file"
        onChange={(e) => void load(e.target.files?.[0])}
      />
      <button onClick={reset} className="danger">Reset</button>
      {message && (
        <span role="status" className={message.kind} data-testid="workspace-message">{message.text}</span>
      )}
    </div>
  )
}
