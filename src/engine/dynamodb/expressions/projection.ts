import { TokenCursor } from './TokenCursor.ts'
import { ExpressionErrors } from './ExpressionErrors.ts'
import { parsePath } from './operandParser.ts'
import { findPathOverlap } from './paths.ts'
import { resolvePath } from './operands.ts'
import { cloneItem } from './updateApply.ts'
import type { DocumentPath } from './paths.ts'
import type { Placeholders } from './Placeholders.ts'
import type { RawPath } from './operandParser.ts'
import type { AttributeValue, Item } from '../types.ts'

/**
 * ProjectionExpression: `path (',' path)*`, where a path may reach into maps (`a.b`) and lists (`a[0]`).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ProjectionExpressions.html
 */
export interface Projection {
  paths: DocumentPath[]
}

const NO_KEYWORDS: ReadonlySet<string> = new Set()

/** Parses a projection; returns the paths or AWS's `Syntax error; token: …, near: …` text. */
export function parseProjection(text: string): { result: RawPath[] } | { error: string } {
  const cursor = new TokenCursor(text)
  return cursor.parseAll(() => {
    const paths = [parsePath(cursor, NO_KEYWORDS)]
    while (cursor.isSymbol(',')) {
      cursor.next()
      paths.push(parsePath(cursor, NO_KEYWORDS))
    }
    return paths
  })
}

type Category = 'reserved' | 'attrNameVal' | 'pathOverlap'

/**
 * Resolves the paths and checks them, reporting (in AWS's priority) a reserved word, an undefined
 * `#name`, or two overlapping/conflicting paths.
 * @returns the projection, or the message without the `Invalid ProjectionExpression: ` prefix
 */
export function checkProjection(raws: RawPath[], placeholders: Placeholders): { result: Projection } | { error: string } {
  const errors = new ExpressionErrors<Category>(['reserved', 'attrNameVal', 'pathOverlap'])
  const problems = {
    reserved: (m: string) => errors.add('reserved', m),
    undefinedName: (m: string) => errors.add('attrNameVal', m),
    undefinedValue: (m: string) => errors.add('attrNameVal', m),
  }
  const paths = raws.map((raw) => resolvePath(raw, placeholders, problems) ?? [])
  const overlap = findPathOverlap(paths.filter((p) => p.length > 0))
  if (overlap) errors.add('pathOverlap', overlap)
  const error = errors.winner()
  return error === undefined ? { result: { paths } } : { error }
}

interface Trie {
  children: Map<string | number, Trie>
  /** The whole value at this point is wanted. */
  whole: boolean
}

/**
 * The parts of `item` named by the projection (a new item). Missing paths are skipped; list elements keep
 * their relative order, so `a[3], a[1]` gives `a: [a[1], a[3]]`; containers left empty are dropped.
 */
export function projectItem(projection: Projection, item: Item): Item {
  const root: Trie = { children: new Map(), whole: false }
  for (const path of projection.paths) {
    let node = root
    for (const step of path) {
      let next = node.children.get(step)
      if (!next) node.children.set(step, (next = { children: new Map(), whole: false }))
      node = next
    }
    node.whole = true
  }
  const result: Item = {}
  for (const [name, node] of root.children) {
    if (typeof name !== 'string' || !Object.hasOwn(item, name)) continue
    const value = extract(item[name]!, node)
    if (value) result[name] = value
  }
  return result
}

function extract(value: AttributeValue, node: Trie): AttributeValue | undefined {
  if (node.whole) return cloneItem({ v: value }).v
  if ('M' in value) {
    const map: Record<string, AttributeValue> = {}
    for (const [key, child] of node.children) {
      if (typeof key !== 'string' || !Object.hasOwn(value.M, key)) continue
      const part = extract(value.M[key]!, child)
      if (part) map[key] = part
    }
    return Object.keys(map).length > 0 ? { M: map } : undefined
  }
  if ('L' in value) {
    const indexes = [...node.children.keys()].filter((k): k is number => typeof k === 'number').sort((a, b) => a - b)
    const list: AttributeValue[] = []
    for (const index of indexes) {
      const element = value.L[index]
      const part = element && extract(element, node.children.get(index)!)
      if (part) list.push(part)
    }
    return list.length > 0 ? { L: list } : undefined
  }
  return undefined
}
