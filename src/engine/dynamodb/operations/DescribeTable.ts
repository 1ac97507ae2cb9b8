import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { Table } from '../Table.ts'
import { describeTableDescription, type TableDescription } from '../describe.ts'
import { Violations, checkTableNameFirst, expectTypes } from '../validation/tableConstraints.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTable.html#API_DescribeTable_ResponseSyntax */
export interface DescribeTableOutput {
  Table: TableDescription
}

/**
 * Validates a control-plane TableName (required, 3–255 characters, `[a-zA-Z0-9_.-]+`), records it on the
 * trace and returns the table.
 * @throws ValidationException for a missing or malformed TableName
 * @throws ResourceNotFoundException `Requested resource not found: Table: <name> not found`
 */
export function requireNamedTable(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): Table {
  expectTypes(raw, { TableName: 'string' })
  checkTableNameFirst(raw)
  const v = new Violations()
  v.namePattern('tableName', raw['TableName'])
  v.throwIfAny()
  const name = raw['TableName'] as string
  ctx.tableName = name
  return db.requireTable(name, `Requested resource not found: Table: ${name} not found`)
}

/**
 * DescribeTable: the table's full TableDescription, in any status.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTable.html
 * @throws ValidationException for a missing or malformed TableName
 * @throws ResourceNotFoundException `Requested resource not found: Table: <name> not found`
 */
export function describeTable(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): DescribeTableOutput {
  const table = requireNamedTable(db, raw, ctx)
  return { Table: describeTableDescription(db, table) }
}
