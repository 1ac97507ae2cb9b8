import type { AttributeValue, Item } from '../types.ts'
import type { Table } from '../Table.ts'
import type { UpdateAction, UpdateOperand } from '../expressions/index.ts'
import { ValidationException } from '../errors.ts'
import { checkUpdateKeys } from '../expressions/index.ts'
import { validateIndexKeys } from './keys.ts'

/** AWS's text when an UpdateExpression gives an index key attribute, from the item, a type it doesn't allow. */
export const MSG_INDEX_KEY_UNSUPPORTED_TYPE = 'The update expression attempted to update the secondary index key to unsupported type'

/**
 * The rules AWS checks on an UpdateExpression before it looks at the item (dynalite test/updateItem.js,
 * recorded against AWS), in its order:
 * 1. no action may write a table key attribute, even below it (`add a.b :v`);
 * 2. an index key attribute set whole to a value whose type is known from the expression (a literal, `+`/`-`,
 *    list_append, ADD of a number or set) must have the declared type;
 * 3. no action may write or read below an index key attribute (`d.b`, `d[1]`).
 *
 * `options.indexKeyTypes: false` skips rule 2 (TransactWriteItems reports a wrong index key type as the
 * action's cancellation reason instead, recorded on AWS; see transactions/updateKeyRules.ts).
 * @throws ValidationException `One or more parameter values were invalid: Cannot update attribute <k>. This attribute is part of the key`,
 *   `One or more parameter values were invalid: Type mismatch for Index Key <k> Expected: S Actual: N IndexName: <idx>`,
 *   `Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: <k>`
 */
export function checkUpdateKeyRules(table: Table, actions: readonly UpdateAction[], options: { indexKeyTypes?: boolean } = {}): void {
  checkUpdateKeys({ actions: [...actions] }, table.meta.KeySchema.map((k) => k.AttributeName))
  const indexes = [...(table.meta.LocalSecondaryIndexes ?? []), ...(table.meta.GlobalSecondaryIndexes ?? [])]
  if (!indexes.length) return
  if (options.indexKeyTypes !== false) checkIndexKeyTypes(table, actions)

  const indexKeys = new Set(indexes.flatMap((i) => i.KeySchema.map((k) => k.AttributeName)))
  for (const a of actions) {
    const paths = [a.path, ...(a.action === 'SET' ? operandPaths(a.value) : [])]
    for (const path of paths) {
      const head = path[0]
      if (path.length > 1 && typeof head === 'string' && indexKeys.has(head)) {
        throw new ValidationException(`Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: ${head}`)
      }
    }
  }
}

/** Rule 2: index key attributes set whole to a value of a type known from the expression. */
function checkIndexKeyTypes(table: Table, actions: readonly UpdateAction[]): void {
  const typed: Item = {}
  for (const a of actions) {
    if (a.path.length !== 1 || typeof a.path[0] !== 'string') continue
    const value = a.action === 'SET' ? staticValue(a.value) : a.action === 'ADD' ? a.value : undefined
    if (value) typed[a.path[0]] = value
  }
  validateIndexKeys(table, typed)
}

/** A stand-in value of the type a SET operand is known to produce, or undefined when it depends on the item. */
function staticValue(op: UpdateOperand): AttributeValue | undefined {
  if (op.kind === 'value') return op.value
  if (op.kind === '+' || op.kind === '-') return { N: '0' }
  if (op.kind === 'list_append') return { L: [] }
  return undefined
}

function operandPaths(op: UpdateOperand): (readonly (string | number)[])[] {
  if (op.kind === 'path') return [op.path]
  if (op.kind === 'value') return []
  if (op.kind === 'if_not_exists') return [op.path, ...operandPaths(op.fallback)]
  return [...operandPaths(op.left), ...operandPaths(op.right)]
}
