import type { AttributeValue, Item } from '../types.ts'

/** A document path: attribute / map-key names and list indexes, e.g. `['a', 'x', 2, 'c']`. */
export type PathSteps = ReadonlyArray<string | number>

/**
 * The parts of `item` named by `paths`, nested as in the item (maps stay maps; picked list elements are
 * gathered in index order), as UpdateItem's `UPDATED_OLD` / `UPDATED_NEW` return them. Paths that do not
 * exist in `item` are skipped. Returns a deep copy.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-ReturnValues
 */
export function pickPaths(item: Item, paths: readonly PathSteps[]): Item {
  const out: Record<string, AttributeValue> = {}
  const listPicks = new Map<AttributeValue, Map<number, AttributeValue>>()
  for (const path of paths) {
    const head = path[0]
    if (typeof head !== 'string' || !Object.hasOwn(item, head)) continue
    insert(out, head, item[head]!, path.slice(1), listPicks)
  }
  return finish(out, listPicks) as Item
}

// Builds a partial copy; picked list elements are recorded per (copied) list and compacted at the end.
function insert(
  container: Record<string, AttributeValue>,
  key: string,
  source: AttributeValue,
  rest: PathSteps,
  listPicks: Map<AttributeValue, Map<number, AttributeValue>>,
): void {
  if (rest.length === 0) {
    container[key] = clone(source)
    return
  }
  const step = rest[0]!
  if (typeof step === 'string') {
    if (!('M' in source) || !Object.hasOwn(source.M, step)) return
    let target = container[key]
    if (!target || !('M' in target)) container[key] = target = { M: {} }
    insert(target.M, step, source.M[step]!, rest.slice(1), listPicks)
    return
  }
  if (!('L' in source) || step >= source.L.length) return
  let target = container[key]
  if (!target || !('L' in target)) container[key] = target = { L: [] }
  let picks = listPicks.get(target)
  if (!picks) listPicks.set(target, (picks = new Map()))
  const holder: Record<string, AttributeValue> = {}
  const existing = picks.get(step)
  if (existing) holder['x'] = existing
  insert(holder, 'x', source.L[step]!, rest.slice(1), listPicks)
  if (holder['x']) picks.set(step, holder['x'])
}

function finish(value: Record<string, AttributeValue>, listPicks: Map<AttributeValue, Map<number, AttributeValue>>): Record<string, AttributeValue> {
  for (const v of Object.values(value)) fix(v, listPicks)
  return value
}

function fix(v: AttributeValue, listPicks: Map<AttributeValue, Map<number, AttributeValue>>): void {
  if ('M' in v) finish(v.M, listPicks)
  const picks = listPicks.get(v)
  if (picks && 'L' in v) {
    v.L = [...picks.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => e)
    for (const e of v.L) fix(e, listPicks)
  }
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T
}
