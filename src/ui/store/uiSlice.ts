import type { StateCreator } from 'zustand'

export type PanelId = 'tables' | 'console' | 'quiz' | 'load'

/** Clock speeds offered in the header: virtual ms per wall ms. 0 = as fast as possible (jump to events). */
export const SPEEDS = [0.1, 1, 10, 100] as const

export interface UiSlice {
  panel: PanelId
  selectedTableName: string | undefined
  selectedTraceId: string | undefined
  playing: boolean
  speed: number
  workspaceName: string
  setPanel: (panel: PanelId) => void
  selectTable: (name: string | undefined) => void
  selectTrace: (id: string | undefined) => void
  setPlaying: (playing: boolean) => void
  setSpeed: (speed: number) => void
  setWorkspaceName: (name: string) => void
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  panel: 'tables',
  selectedTableName: undefined,
  selectedTraceId: undefined,
  playing: true,
  speed: 1,
  workspaceName: 'Default workspace',
  setPanel: (panel) => set({ panel }),
  selectTable: (selectedTableName) => set({ selectedTableName }),
  selectTrace: (selectedTraceId) => set({ selectedTraceId }),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  setWorkspaceName: (workspaceName) => set({ workspaceName }),
})
