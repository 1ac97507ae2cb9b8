import { ValidationException } from '../errors.ts'
import type { Update } from './updateCheck.ts'

/**
 * UpdateItem's rules on key attributes in an UpdateExpression (dynalite `db/index.js` `validateUpdates`,
 * diffed against DynamoDB): table key attributes can't be written at all, and index key attributes can
 * only be written whole (no `.` or `[]` below them).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html
 *
 * @param tableKeys the table's key attribute names (hash first)
 * @param indexKeys key attribute names of the table's secondary indexes
 * @throws ValidationException `One or more parameter values were invalid: Cannot update attribute <k>. This attribute is part of the key`
 *   or `Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: <k>`
 */
export function checkUpdateKeys(update: Update, tableKeys: readonly string[], indexKeys: readonly string[] = []): void {
  for (const key of tableKeys) {
    if (update.actions.some((a) => a.path[0] === key)) {
      throw new ValidationException(`One or more parameter values were invalid: Cannot update attribute ${key}. This attribute is part of the key`)
    }
  }
  for (const key of indexKeys) {
    if (update.actions.some((a) => a.path[0] === key && a.path.length > 1)) {
      throw new ValidationException(
        `Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: ${key}`,
      )
    }
  }
}
