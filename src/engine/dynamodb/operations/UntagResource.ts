import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import { optionalList, optionalString } from '../validation/requestShapes.ts'
import { checkResourceArn, tableForArn } from '../validation/tags.ts'

/**
 * UntagResource: removes tags by key from a table (absent keys are ignored). Empty response.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UntagResource.html
 *
 * Order: member types, validation/tags.ts checks (`Atleast one Tag Key needs to be provided as Input.` for an
 * empty TagKeys), table lookup (`Requested resource not found`, unlike TagResource's text).
 * @throws ValidationException, SerializationException, AccessDeniedException, ResourceNotFoundException
 */
export function untagResource(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): Record<string, never> {
  const keys = (optionalList(raw.TagKeys, 'TagKeys') ?? []).map((k) => optionalString(k) as string)
  const arn = checkResourceArn(db, raw, 'UntagResource', {
    member: 'TagKeys',
    field: 'tagKeys',
    emptyMessage: 'Atleast one Tag Key needs to be provided as Input.',
  })
  const table = tableForArn(db, arn, 'Requested resource not found')
  ctx.tableName = table.name
  const remove = new Set(keys)
  const kept = (table.meta.Tags ?? []).filter((t) => !remove.has(t.Key))
  if (kept.length) table.meta.Tags = kept
  else delete table.meta.Tags
  return {}
}
