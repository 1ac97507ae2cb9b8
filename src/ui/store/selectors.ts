import type { AppState } from './index.ts'

export const selectNow = (s: AppState) => s.now
export const selectTables = (s: AppState) => s.tables
export const selectTraces = (s: AppState) => s.traces
export const selectPanel = (s: AppState) => s.panel
export const selectSelectedTableName = (s: AppState) => s.selectedTableName
export const selectSelectedTable = (s: AppState) => s.tables.find((t) => t.name === s.selectedTableName)
export const selectSelectedTraceId = (s: AppState) => s.selectedTraceId
export const selectSelectedTrace = (s: AppState) => s.traces.find((t) => t.id === s.selectedTraceId)
export const selectPlaying = (s: AppState) => s.playing
export const selectSpeed = (s: AppState) => s.speed
export const selectWorkspaceName = (s: AppState) => s.workspaceName
/** The last 5 traces, newest first (use with useShallow: the trace objects keep their identity). */
export const selectRecentTraces = (s: AppState) => s.traces.slice(-5).reverse()
