import { setupWorker, type SetupWorker } from 'msw/browser'
import type { Simulation } from '../engine/Simulation.ts'
import { createHandlers } from './handlers.ts'

/**
 * Starts the Mock Service Worker in the browser so that the real AWS SDK's requests to AWS endpoints
 * are answered by `sim`. Call it (and await it) before rendering the app. Other requests (the app's own
 * files, anything not AWS) pass through untouched.
 *
 * The worker script is `public/mockServiceWorker.js`, served under Vite's base URL.
 */
export async function startBrowserWorker(sim: Simulation): Promise<SetupWorker> {
  const worker = setupWorker(...createHandlers(sim))
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
  return worker
}
