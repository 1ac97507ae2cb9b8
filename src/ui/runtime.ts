import type { Simulation } from '../engine/Simulation.ts'

/**
 * The running simulation, set once by main.tsx. Components do not use it: they read the store and send
 * requests through the AWS SDK. Only the clock driver, the store's clock actions and workspace actions do.
 */
let current: Simulation | undefined

export function setRuntimeSimulation(sim: Simulation): void {
  current = sim
}

export function runtimeSimulation(): Simulation {
  if (!current) throw new Error('The simulation has not started yet')
  return current
}
