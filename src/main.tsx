import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import './ui/theme.css'
import { App } from './ui/App.tsx'
import { openWorkspace, autoSave } from './ui/workspace.ts'
import { setRuntimeSimulation } from './ui/runtime.ts'
import { useSimStore } from './ui/store/index.ts'
import { startClockDriver } from './ui/clockDriver.ts'
import { startBrowserWorker } from './wire/browser.ts'

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } })

async function main() {
  const { sim, warning } = openWorkspace()
  setRuntimeSimulation(sim)
  const sync = () => useSimStore.getState().syncFrom(sim)
  sim.subscribe(sync)
  sync()
  await startBrowserWorker(sim)
  autoSave(sim)
  startClockDriver(sim)
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App warning={warning} />
      </QueryClientProvider>
    </StrictMode>,
  )
}

main().catch((e: unknown) => {
  const root = document.getElementById('root')
  if (root) root.textContent = `Serverless Sim could not start: ${(e as Error)?.message ?? String(e)}`
})
