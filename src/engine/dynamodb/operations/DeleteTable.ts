import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import { describeTableDescription, type TableDescription } from '../describe.ts'
import { ResourceInUseException, ValidationException } from '../errors.ts'
import { assertCanStartOperation, assertTableNotBusy, scheduleTableEvent, TABLE_EVENTS } from '../tableLifecycle.ts'
import { requireNamedTable } from './DescribeTable.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteTable.html#API_DeleteTable_ResponseSyntax */
export interface DeleteTableOutput {
  TableDescription: TableDescription
}

/**
 * DeleteTable: the table goes DELETING (its items are no longer served) and disappears after
 * `db.timings.deleteTableMs`. The response is the description in DELETING.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteTable.html
 * @throws ResourceNotFoundException `Requested resource not found: Table: <name> not found`
 * @throws ResourceInUseException while CREATING/UPDATING/DELETING, or while a GSI is CREATING, UPDATING or
 *   DELETING: `Attempt to change a resource which is still in use: Cannot delete table while indexes are being
 *   created, updated, or deleted.` (observed on AWS)
 * @throws ValidationException `Resource cannot be deleted as it is currently protected against deletion.
 *   Disable deletion protection first.` when DeletionProtectionEnabled
 * @throws LimitExceededException when 500 tables/indexes are already changing
 */
export function deleteTable(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): DeleteTableOutput {
  const table = requireNamedTable(db, raw, ctx)
  // AWS names the index conflict even while the table itself is UPDATING (GSI resource allocation).
  if (table.meta.TableStatus !== 'CREATING' && table.meta.GlobalSecondaryIndexes?.some((g) => g.IndexStatus !== 'ACTIVE')) {
    throw new ResourceInUseException('Attempt to change a resource which is still in use: Cannot delete table while indexes are being created, updated, or deleted.')
  }
  assertTableNotBusy(table)
  if (table.meta.DeletionProtectionEnabled) {
    throw new ValidationException('Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.')
  }
  assertCanStartOperation(db)
  table.meta.TableStatus = 'DELETING'
  scheduleTableEvent(db, TABLE_EVENTS.deleted, table, db.timings.deleteTableMs)
  return { TableDescription: describeTableDescription(db, table) }
}
