import type { AttributeValue, Item } from '../types.ts'

/**
 * A resolved document path: attribute / map-key names (placeholders already substituted) and list
 * indexes, e.g. `a.#b[2].c` with `#b → "x"` is `['a', 'x', 2, 'c']`.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.Attributes.html
 */
export type DocumentPath = ReadonlyArray<string | number>

/** AWS's rendering of a path in error messages: `[a, x, [2], c]`. */
export function formatPath(path: DocumentPath): string {
  return `[${path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join(', ')}]`
}

/** True if both paths name the same elements. */
export function samePath(a: DocumentPath, b: DocumentPath): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i])
}

/** The value at `path` in `item`, or undefined when any step is missing or has the wrong type. */
export function getPath(item: Item | undefined, path: DocumentPath): AttributeValue | undefined {
  if (!item || path.length === 0) return undefined
  const head = path[0]
  if (typeof head !== 'string' || !Object.hasOwn(item, head)) return undefined
  let value: AttributeValue | undefined = item[head]
  for (let i = 1; i < path.length && value; i++) value = child(value, path[i]!)
  return value
}

/** One step down from a map (by key) or list (by index). */
export function child(value: AttributeValue, step: string | number): AttributeValue | undefined {
  if (typeof step === 'number') return 'L' in value ? value.L[step] : undefined
  return 'M' in value && Object.hasOwn(value.M, step) ? value.M[step] : undefined
}

/**
 * The first overlap or conflict among paths, checked in order against every earlier path, with AWS's
 * messages (UpdateExpression and ProjectionExpression):
 * - `Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]`
 * - `Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [0]]`
 *   (the same prefix used once as a map and once as a list).
 * Overlaps win over conflicts, as in AWS's error order.
 */
export function findPathOverlap(paths: readonly DocumentPath[]): string | undefined {
  let conflict: string | undefined
  for (let j = 1; j < paths.length; j++) {
    for (let i = 0; i < j; i++) {
      const one = paths[i]!
      const two = paths[j]!
      const relation = relate(one, two)
      const text = `must remove or rewrite one of these paths; path one: ${formatPath(one)}, path two: ${formatPath(two)}`
      if (relation === 'overlap') return `Two document paths overlap with each other; ${text}`
      if (relation === 'conflict') conflict ??= `Two document paths conflict with each other; ${text}`
    }
  }
  return conflict
}

function relate(a: DocumentPath, b: DocumentPath): 'overlap' | 'conflict' | 'distinct' {
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (typeof a[i] !== typeof b[i]) return 'conflict'
    if (a[i] !== b[i]) return 'distinct'
  }
  return 'overlap'
}
