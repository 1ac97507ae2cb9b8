import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import { optionalString } from '../validation/requestShapes.ts'
import { checkResourceArn, resourceArnNotFound, tableForArn } from '../validation/tags.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTagsOfResource.html#API_ListTagsOfResource_ResponseSyntax */
export interface ListTagsOfResourceOutput {
  /** The table's tags (`[]` when it has none). */
  Tags: { Key: string; Value: string }[]
  /** Never set: a table has at most 50 tags, which fit one page. */
  NextToken?: string
}

/**
 * ListTagsOfResource: the tags of a table.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTagsOfResource.html
 * @throws ValidationException, SerializationException, AccessDeniedException, ResourceNotFoundException
 *   (`Requested resource not found: ResourcArn: <arn> not found`)
 */
export function listTagsOfResource(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): ListTagsOfResourceOutput {
  optionalString(raw.NextToken)
  const arn = checkResourceArn(db, raw, 'ListTagsOfResource')
  const table = tableForArn(db, arn, resourceArnNotFound(arn))
  ctx.tableName = table.name
  return { Tags: (table.meta.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })) }
}
