import { setupServer, type SetupServer } from 'msw/node'
import type { Simulation } from '../engine/Simulation.ts'
import { createHandlers, type CreateHandlersOptions } from './handlers.ts'

/**
 * An msw/node server answering AWS endpoints from `sim`, for tests that drive the real AWS SDK.
 * Usage: `const server = createSimServer(sim); beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterAll(() => server.close())`.
 */
export function createSimServer(sim: Simulation, options: CreateHandlersOptions = {}): SetupServer {
  return setupServer(...createHandlers(sim, options))
}
