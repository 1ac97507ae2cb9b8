import { create } from 'zustand'
import { createSimSlice, type SimSlice } from './simSlice.ts'
import { createUiSlice, type UiSlice } from './uiSlice.ts'

export type AppState = SimSlice & UiSlice

/** The one bound store (STYLE.md §2): engine mirror + UI state. */
export const useSimStore = create<AppState>()((...a) => ({ ...createSimSlice(...a), ...createUiSlice(...a) }))
