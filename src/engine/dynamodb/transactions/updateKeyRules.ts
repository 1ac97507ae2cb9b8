import type { Table } from '../Table.ts'
import type { TransactWriteAction } from '../validation/TransactWriteItems.ts'
import { checkUpdateKeyRules } from '../validation/updateKeyRules.ts'

/**
 * UpdateItem's rules about key attributes (validation/updateKeyRules.ts), applied to a TransactWriteItems
 * `Update` action before any item is read: no action may write a table key attribute, even below it
 * (`REMOVE sk`, `ADD pk.x :n`), and nothing may be written or read below an index key attribute (`g.x`).
 * A breach fails the whole request with a ValidationException carrying UpdateItem's text, e.g.
 * `One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key`
 * (emulators that track AWS, e.g. fakecloud, refuse a transactional key update the same way).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html
 *
 * Not applied here: an index key attribute set to a value of the wrong type. AWS reports that one as the
 * action's `ValidationError` cancellation reason (`Type mismatch for Index Key <k> Expected: S Actual: N
 * IndexName: <idx>`, recorded on AWS by public conformance suites), which the evaluation of the update does.
 *
 * [unverified] That the below-an-index-key rule fails the request rather than cancelling the action, and
 * where AWS checks these rules relative to the other request-level checks: here after every action's table
 * and key and the one-action-per-item rule, before the ClientRequestToken and any condition.
 * @throws ValidationException `One or more parameter values were invalid: Cannot update attribute <k>. This
 *   attribute is part of the key`, `Key attributes must be scalars; list random access '[]' and map lookup '.'
 *   are not allowed: IndexKey: <k>`
 */
export function checkTransactUpdateKeys(table: Table, action: TransactWriteAction): void {
  if (action.kind !== 'Update' || !action.expressions.updateActions) return
  checkUpdateKeyRules(table, action.expressions.updateActions, { indexKeyTypes: false })
}
