import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import { InternalServerError } from '../errors.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html (stub, being implemented) */
export function listTables(_db: DynamoDB, _input: unknown, _ctx: OperationContext): unknown {
  throw new InternalServerError('ListTables is not implemented yet')
}
