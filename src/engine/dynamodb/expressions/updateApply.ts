import { ValidationException } from '../errors.ts'
import { addNumbers, subtractNumbers, validateNumber } from '../attributes/numbers.ts'
import { getPath } from './paths.ts'
import { typeOf } from './operands.ts'
import { equalValues, setElements } from './values.ts'
import type { DocumentPath } from './paths.ts'
import type { Update, UpdateOperand } from './updateCheck.ts'
import type { AttributeValue, Item } from '../types.ts'

/**
 * Applies a checked UpdateExpression, the way UpdateItem does.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html
 *
 * - Every SET value is computed from the item as it was before the update (so `SET a = b, b = a` swaps).
 * - SET on a list index past the end appends; REMOVE of list elements shifts the rest down (indexes refer
 *   to the list before the update).
 * - ADD: number addition, or set union; creates the attribute if absent. DELETE: removes set elements; an
 *   empty set removes the attribute.
 *
 * @param item the stored item, or undefined when there is none (the update then starts from `key`)
 * @returns a new item (inputs are not mutated) and the paths the expression wrote
 * @throws ValidationException `The provided expression refers to an attribute that does not exist in the item`,
 *   `An operand in the update expression has an incorrect data type`,
 *   `The document path provided in the update expression is invalid for update`, number overflow texts.
 */
export function applyUpdate(update: Update, item: Item | undefined, key: Item): { item: Item; updatedPaths: DocumentPath[] } {
  const before = item ?? key
  const root: AttributeValue = { M: cloneItem(before) }
  const values = update.actions.map((a) => (a.action === 'SET' ? evaluate(a.value, before) : undefined))
  const removals: DocumentPath[] = []
  const appends: Append[] = []
  for (const [i, action] of update.actions.entries()) {
    if (action.action === 'REMOVE') {
      removals.push(action.path)
      continue
    }
    const { parent, last } = locate(root, action.path)
    const existing = readChild(parent, last)
    if (action.action === 'SET') writeChild(parent, last, cloneValue(values[i]!), appends)
    else if (action.action === 'ADD') writeChild(parent, last, cloneValue(add(existing, action.value)), appends)
    else if (existing) {
      const remaining = remove(existing, action.value)
      if (remaining) writeChild(parent, last, remaining, appends)
      else deleteChild(parent, last)
    }
  }
  // Writes past the end of a list append in index order, whatever the order written (AWS docs).
  for (const { list, value } of appends.sort((a, b) => a.index - b.index)) list.push(value)
  // Highest list index first, so earlier indexes still point at the elements they named.
  for (const path of removals.sort((a, b) => byIndexAscending(b, a))) {
    // DynamoDB silently ignores a REMOVE of a nested path when the whole item is missing.
    if (item === undefined && path.length > 1 && !canLocate(root, path)) continue
    const { parent, last } = locate(root, path)
    deleteChild(parent, last)
  }
  return { item: (root as { M: Item }).M, updatedPaths: update.actions.map((a) => a.path) }
}

const INCORRECT_TYPE = 'An operand in the update expression has an incorrect data type'
const INVALID_PATH = 'The document path provided in the update expression is invalid for update'
const MISSING = 'The provided expression refers to an attribute that does not exist in the item'

function evaluate(operand: UpdateOperand, item: Item): AttributeValue {
  switch (operand.kind) {
    case 'value':
      return operand.value
    case 'path': {
      const value = getPath(item, operand.path)
      if (!value) throw new ValidationException(MISSING)
      return value
    }
    case 'if_not_exists':
      return getPath(item, operand.path) ?? evaluate(operand.fallback, item)
    case 'list_append': {
      const left = evaluate(operand.left, item)
      const right = evaluate(operand.right, item)
      if (!('L' in left) || !('L' in right)) throw new ValidationException(INCORRECT_TYPE)
      return { L: [...left.L, ...right.L] }
    }
    case '+':
    case '-': {
      const left = evaluate(operand.left, item)
      const right = evaluate(operand.right, item)
      if (!('N' in left) || !('N' in right)) throw new ValidationException(INCORRECT_TYPE)
      return { N: operand.kind === '+' ? addNumbers(left.N, right.N) : subtractNumbers(left.N, right.N) }
    }
  }
}

function add(existing: AttributeValue | undefined, value: AttributeValue): AttributeValue {
  if (!existing) return value
  if (typeOf(existing) !== typeOf(value)) throw new ValidationException(INCORRECT_TYPE)
  if ('N' in existing && 'N' in value) return { N: addNumbers(existing.N, value.N) }
  const current = setElements(existing)!
  const added = setElements(value)!.filter((e, i, all) => !current.some((c) => equalValues(c, e)) && all.findIndex((x) => equalValues(x, e)) === i)
  return makeSet(typeOf(existing), [...current, ...added])
}

function remove(existing: AttributeValue, value: AttributeValue): AttributeValue | undefined {
  if (typeOf(existing) !== typeOf(value)) throw new ValidationException(INCORRECT_TYPE)
  const removed = setElements(value)!
  const left = setElements(existing)!.filter((e) => !removed.some((r) => equalValues(r, e)))
  return left.length > 0 ? makeSet(typeOf(existing), left) : undefined
}

function makeSet(type: string, elements: AttributeValue[]): AttributeValue {
  if (type === 'SS') return { SS: elements.map((e) => (e as { S: string }).S) }
  if (type === 'NS') return { NS: elements.map((e) => (e as { N: string }).N) }
  return { BS: elements.map((e) => (e as { B: string }).B) }
}

/** The container holding the path's last element; throws if a step is missing or of the wrong type. */
function locate(root: AttributeValue, path: DocumentPath): { parent: AttributeValue; last: string | number } {
  let parent = root
  for (const step of path.slice(0, -1)) {
    const next = readChild(parent, step)
    if (!next) throw new ValidationException(INVALID_PATH)
    parent = next
  }
  const last = path[path.length - 1]!
  if (typeof last === 'number' ? !('L' in parent) : !('M' in parent)) throw new ValidationException(INVALID_PATH)
  return { parent, last }
}

function readChild(parent: AttributeValue, step: string | number): AttributeValue | undefined {
  if (typeof step === 'number') return 'L' in parent ? parent.L[step] : undefined
  return 'M' in parent && Object.hasOwn(parent.M, step) ? parent.M[step] : undefined
}

/** A SET/ADD of a list index past the end, applied after the other writes. */
interface Append {
  list: AttributeValue[]
  index: number
  value: AttributeValue
}

function writeChild(parent: AttributeValue, step: string | number, value: AttributeValue, appends: Append[]): void {
  if (typeof step === 'number' && 'L' in parent) {
    if (step < parent.L.length) parent.L[step] = value
    else appends.push({ list: parent.L, index: step, value })
  } else if (typeof step === 'string' && 'M' in parent) parent.M[step] = value
}

function deleteChild(parent: AttributeValue, step: string | number): void {
  if (typeof step === 'number' && 'L' in parent) {
    if (step < parent.L.length) parent.L.splice(step, 1)
  } else if (typeof step === 'string' && 'M' in parent) delete parent.M[step]
}

/** Orders paths so that, within one list, lower indexes come first (other paths keep a stable order). */
function byIndexAscending(a: DocumentPath, b: DocumentPath): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a[i]!
    const y = b[i]!
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return 0
}

function canLocate(root: AttributeValue, path: DocumentPath): boolean {
  try {
    locate(root, path)
    return true
  } catch {
    return false
  }
}

/** Deep copy of an item, so updates never touch the stored one. */
export function cloneItem(item: Item): Item {
  const copy: Item = {}
  for (const name of Object.keys(item)) copy[name] = cloneValue(item[name]!)
  return copy
}

/** Deep copy of a value; numbers take their canonical form (`"1.50"` → `"1.5"`), as DynamoDB stores them. */
function cloneValue(value: AttributeValue): AttributeValue {
  if ('M' in value) return { M: cloneItem(value.M) }
  if ('L' in value) return { L: value.L.map(cloneValue) }
  if ('N' in value) return { N: validateNumber(value.N) }
  if ('SS' in value) return { SS: [...value.SS] }
  if ('NS' in value) return { NS: value.NS.map(validateNumber) }
  if ('BS' in value) return { BS: [...value.BS] }
  return { ...value }
}
