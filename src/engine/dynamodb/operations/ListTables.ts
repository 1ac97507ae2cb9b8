import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import { Violations, expectTypes } from '../validation/tableConstraints.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html#API_ListTables_RequestSyntax */
export interface ListTablesInput {
  ExclusiveStartTableName?: string
  /** 1–100. @default 100 */
  Limit?: number
}

export interface ListTablesOutput {
  TableNames: string[]
  LastEvaluatedTableName?: string
}

/** Largest and default page size. @default 100 */
export const LIST_TABLES_MAX_LIMIT = 100

/**
 * ListTables: table names in ascending (code-unit) order, at most `Limit` per page, starting after
 * ExclusiveStartTableName (which need not exist). LastEvaluatedTableName is set only when more names
 * follow. Tables in any status are listed.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html
 * @throws ValidationException for a Limit outside 1–100 or a malformed ExclusiveStartTableName (dynalite's texts)
 */
export function listTables(db: DynamoDB, raw: Record<string, unknown>, _ctx: OperationContext): ListTablesOutput {
  expectTypes(raw, { ExclusiveStartTableName: 'string', Limit: 'number' })
  // Constraint errors, limit first; unlike TableName, a bad length is a constraint here (dynalite test/listTables.js, recorded).
  const v = new Violations()
  v.minValue('limit', raw['Limit'], 1)
  v.maxValue('limit', raw['Limit'], LIST_TABLES_MAX_LIMIT)
  v.namePattern('exclusiveStartTableName', raw['ExclusiveStartTableName'])
  if (typeof raw['ExclusiveStartTableName'] === 'string') {
    v.minLength('exclusiveStartTableName', raw['ExclusiveStartTableName'], 3)
    v.maxLength('exclusiveStartTableName', raw['ExclusiveStartTableName'], 255)
  }
  v.throwIfAny()
  const input = raw as ListTablesInput
  const limit = input.Limit ?? LIST_TABLES_MAX_LIMIT
  const start = input.ExclusiveStartTableName
  const names = [...db.tables.keys()].sort().filter((n) => start === undefined || n > start)
  const page = names.slice(0, limit)
  return names.length > limit ? { TableNames: page, LastEvaluatedTableName: page[page.length - 1]! } : { TableNames: page }
}
