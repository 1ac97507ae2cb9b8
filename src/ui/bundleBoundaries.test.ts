import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Value (non-type) static imports and re-exports of a module; `import()` is not one of them. */
function staticImports(code: string): string[] {
  const out: string[] = []
  const re = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";()=:]*?\s+from\s+)?['"]([^'"]+)['"]/gm
  for (const m of code.matchAll(re)) if (!m[1]) out.push(m[2])
  return out
}

/** Everything the first load evaluates: our modules and the packages they import, from src/main.tsx. */
function startupGraph(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    if (!/\.tsx?$/.test(file)) return // CSS
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec))
      else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0])
    }
  }
  visit(resolve(SRC, 'main.tsx'))
  return { files, packages }
}

describe('bundle boundaries', () => {
  const { files, packages } = startupGraph()
  const rel = [...files].map((f) => f.slice(SRC.length + 1))

  it('walks the startup graph (sanity check of the walker)', () => {
    expect(rel).toContain('ui/App.tsx')
    expect(rel).toContain('ui/panels/TablesPanel.tsx')
    expect(rel).toContain('ui/components/JsonEditor.tsx')
    expect(packages).toContain('react')
    expect(packages).toContain('@aws-sdk/client-dynamodb')
  })

  it('keeps CodeMirror out of the first load (JsonEditor loads it on demand)', () => {
    expect(rel).not.toContain('ui/components/CodeMirrorJsonEditor.tsx')
    expect([...packages].filter((p) => p === 'codemirror' || p.startsWith('@codemirror/') || p.startsWith('@lezer/'))).toEqual([])
  })

  it('keeps the lazy panels (console, load, quiz) and workspace export/import out of the first load', () => {
    for (const lazy of ['ui/panels/ConsolePanel.tsx', 'ui/physics/LoadPanel.tsx', 'ui/quiz/QuizPanel.tsx', 'ui/workspaceFile.ts']) {
      expect(rel).not.toContain(lazy)
    }
    expect(packages).not.toContain('ts-fsrs')
  })
})
