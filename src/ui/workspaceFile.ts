import type { Simulation, SimulationState } from '../engine/Simulation.ts'
import { exportQuizProgress, importQuizProgress } from './quiz/progressStore.ts'

/** Format tag of an exported workspace file. */
export const WORKSPACE_FILE_FORMAT = 'serverless-sim-workspace/1'

export interface WorkspaceFile {
  format: typeof WORKSPACE_FILE_FORMAT
  name: string
  /** Virtual clock time at export, ms (for the file name and a quick look). */
  exportedAtVirtualMs: number
  engine: SimulationState
  /** Quiz progress JSON (see quiz/progressStore.ts). */
  quiz: string
}

/** The whole workspace (engine state + quiz progress) as a JSON string. */
export function exportWorkspace(sim: Simulation, name: string): string {
  const file: WorkspaceFile = {
    format: WORKSPACE_FILE_FORMAT,
    name,
    exportedAtVirtualMs: sim.clock.now(),
    engine: sim.getState(),
    quiz: exportQuizProgress(),
  }
  return JSON.stringify(file)
}

/**
 * Replaces the workspace with an exported one. All or nothing: on any problem the current workspace and
 * quiz progress are left as they were.
 * @throws Error with a message a learner can act on
 */
export function importWorkspace(sim: Simulation, text: string): { name: string } {
  let file: Partial<WorkspaceFile>
  try {
    file = JSON.parse(text) as Partial<WorkspaceFile>
  } catch {
    throw new Error('This file is not JSON, so it is not a Serverless Sim workspace.')
  }
  if (!file || typeof file !== 'object' || file.format !== WORKSPACE_FILE_FORMAT || !file.engine) {
    throw new Error(`This file is not a Serverless Sim workspace (expected format "${WORKSPACE_FILE_FORMAT}").`)
  }
  const quizBackup = exportQuizProgress()
  if (typeof file.quiz === 'string') importQuizProgress(file.quiz)
  try {
    sim.setState(file.engine)
  } catch (e) {
    importQuizProgress(quizBackup)
    throw e
  }
  return { name: typeof file.name === 'string' && file.name ? file.name : 'Imported workspace' }
}
