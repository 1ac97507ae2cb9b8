import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import { InternalServerError } from '../errors.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html (stub, being implemented) */
export function deleteItem(_db: DynamoDB, _input: unknown, _ctx: OperationContext): unknown {
  throw new InternalServerError('DeleteItem is not implemented yet')
}
