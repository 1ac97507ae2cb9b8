import { describe, expect, it } from 'vitest'
import { deleteWorkload, loadSavedWorkloads, preset, PRESETS, saveWorkload, WORKLOADS_KEY } from './workloads.ts'

function memoryStorage(): Storage {
  const m = new Map<string, string>()
  return {
    get length() {
      return m.size
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  }
}

describe('workloads', () => {
  describe('functionality', () => {
    it('offers the four presets the brief names, the hot key as reads', () => {
      const names = PRESETS.map((p) => p.name)
      for (const n of ['Hot key', 'Uniform', 'Write-sharded hot key', 'Spike']) expect(names).toContain(n)
      expect(preset('Hot key')!.readRatio).toBe(1)
      expect(preset('Hot key (writes)')!.readRatio).toBe(0)
    })

    it('saves, replaces by name and deletes workloads', () => {
      const s = memoryStorage()
      const w = preset('Uniform')!
      saveWorkload({ ...w, name: 'Mine' }, s)
      saveWorkload({ ...w, name: 'Mine', durationSeconds: 5 }, s)
      expect(loadSavedWorkloads(s)).toHaveLength(1)
      expect(loadSavedWorkloads(s)[0]!.durationSeconds).toBe(5)
      expect(deleteWorkload('Mine', s)).toEqual([])
    })

    it('reads damaged or invalid saved data as an empty list', () => {
      const s = memoryStorage()
      s.setItem(WORKLOADS_KEY, '{not json')
      expect(loadSavedWorkloads(s)).toEqual([])
      s.setItem(WORKLOADS_KEY, JSON.stringify([{ name: 'bad', durationSeconds: -1 }]))
      expect(loadSavedWorkloads(s)).toEqual([])
    })
  })
})
