import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import { ValidationException } from '../errors.ts'
import { MAX_TAGS, tagsError } from '../validation/CreateTable.ts'
import { checkResourceArn, resourceArnNotFound, tableForArn, tagList } from '../validation/tags.ts'

/**
 * TagResource: adds tags to a table (a tag with an existing key replaces its value). Empty response.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TagResource.html
 *
 * Order: member types, validation/tags.ts checks, each tag (validation/CreateTable.ts `tagsError`: key 1–128,
 * value ≤ 256, no `aws:` prefix, no duplicate keys, ≤ 50 in the request), table lookup, then the 50-tag limit
 * on the merged set. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html
 * @throws ValidationException, SerializationException, AccessDeniedException, ResourceNotFoundException
 *   (`Requested resource not found: ResourcArn: <arn> not found`)
 */
export function tagResource(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): Record<string, never> {
  const tags = tagList(raw.Tags)
  const arn = checkResourceArn(db, raw, 'TagResource', {
    member: 'Tags',
    field: 'tags',
    emptyMessage: 'Atleast one Tag needs to be provided as Input.',
  })
  const problem = tagsError(tags)
  if (problem) throw new ValidationException(problem)
  const table = tableForArn(db, arn, resourceArnNotFound(arn))
  ctx.tableName = table.name
  const merged = new Map((table.meta.Tags ?? []).map((t) => [t.Key, t.Value]))
  for (const t of tags) merged.set(t.Key, t.Value)
  if (merged.size > MAX_TAGS) throw new ValidationException('Number of Tags exceed the current limit for the provided ResourceArn')
  table.meta.Tags = [...merged].map(([Key, Value]) => ({ Key, Value }))
  return {}
}
