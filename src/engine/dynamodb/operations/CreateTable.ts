import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import { InternalServerError } from '../errors.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html (stub, being implemented) */
export function createTable(_db: DynamoDB, _input: unknown, _ctx: OperationContext): unknown {
  throw new InternalServerError('CreateTable is not implemented yet')
}
