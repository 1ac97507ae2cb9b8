import type { AttributeValue, Item } from '../types.ts'
import type { PathSteps } from '../attributes/pickPaths.ts'
import type { UpdateAction } from './ast.ts'
import { ValidationException } from '../errors.ts'
import { copyItem } from '../attributes/validate.ts'
import { evalValue } from './evaluate.ts'

/**
 * UPDATE's SET and REMOVE clauses applied to a copy of an item. Every value is computed from the item as it
 * was before the statement (`SET a = a + 1, b = a` sees the old `a` twice). A SET whose value is MISSING
 * (e.g. `set_delete` emptying a set) removes the attribute.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.update.html
 */

const MSG_INVALID_PATH = 'The document path provided in the update expression is invalid for update'

/**
 * @returns the new item and the paths the actions touched (for RETURNING MODIFIED)
 * @throws ValidationException type errors in values, a path through a missing map or list
 */
export function applyActions(old: Item, actions: UpdateAction[], params: readonly AttributeValue[]): { item: Item; paths: PathSteps[] } {
  const values = actions.map((a) => (a.kind === 'set' ? evalValue(a.value, old, params) : undefined))
  const item = copyItem(old)
  const paths: PathSteps[] = []
  actions.forEach((a, i) => {
    const steps = a.path.steps
    paths.push(steps)
    const value = values[i]
    if (a.kind === 'set' && value !== undefined) setPath(item, steps, JSON.parse(JSON.stringify(value)) as AttributeValue)
    else removePath(item, steps)
  })
  return { item, paths }
}

function setPath(item: Item, steps: ReadonlyArray<string | number>, value: AttributeValue): void {
  const head = steps[0] as string
  if (steps.length === 1) {
    item[head] = value
    return
  }
  let parent: AttributeValue | undefined = item[head]
  for (let i = 1; i < steps.length - 1; i++) parent = parent ? child(parent, steps[i]!) : undefined
  const last = steps[steps.length - 1]!
  if (!parent) throw new ValidationException(MSG_INVALID_PATH)
  if (typeof last === 'number') {
    if (!('L' in parent)) throw new ValidationException(MSG_INVALID_PATH)
    if (last >= parent.L.length) parent.L.push(value)
    else parent.L[last] = value
  } else {
    if (!('M' in parent)) throw new ValidationException(MSG_INVALID_PATH)
    parent.M[last] = value
  }
}

function removePath(item: Item, steps: ReadonlyArray<string | number>): void {
  const head = steps[0] as string
  if (steps.length === 1) {
    delete item[head]
    return
  }
  let parent: AttributeValue | undefined = item[head]
  for (let i = 1; i < steps.length - 1; i++) parent = parent ? child(parent, steps[i]!) : undefined
  const last = steps[steps.length - 1]!
  if (!parent) return
  if (typeof last === 'number' && 'L' in parent) {
    if (last < parent.L.length) parent.L.splice(last, 1)
  } else if (typeof last === 'string' && 'M' in parent) delete parent.M[last]
}

function child(value: AttributeValue, step: string | number): AttributeValue | undefined {
  if (typeof step === 'number') return 'L' in value ? value.L[step] : undefined
  return 'M' in value && Object.hasOwn(value.M, step) ? value.M[step] : undefined
}
