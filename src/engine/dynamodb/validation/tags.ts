import type { DynamoDB } from '../DynamoDB.ts'
import type { Table } from '../Table.ts'
import { AccessDeniedException, ResourceNotFoundException, ValidationException } from '../errors.ts'
import { notNull, optionalList, optionalString, optionalStruct } from './requestShapes.ts'

/**
 * Request checks shared by TagResource, UntagResource and ListTagsOfResource, in the order and wording AWS
 * uses (dynalite validations/tagResource.js and tests, recorded against AWS):
 * 1. no ResourceArn → `Invalid TableArn`;
 * 2. not shaped like an ARN with a resource path → AccessDeniedException (the IAM check runs on it as given);
 * 3. the action's list member missing → `Value null at 'tags'` / `'tagKeys'`;
 * 4. not a table ARN → `Invalid TableArn: Invalid ResourceArn provided as input <arn>`;
 * 5. an empty list → `Atleast one Tag needs to be provided as Input.` (sic);
 * then the table lookup.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TagResource.html
 */

/** The IAM principal the simulator's requests run as, for AccessDeniedException texts. */
export function principalArn(db: DynamoDB): string {
  return `arn:aws:iam::${db.accountId}:user/learner`
}

/** Checks steps 1, 2 and 4 (and, with `list`, steps 3 and 5) and returns the ARN. */
export function checkResourceArn(
  db: DynamoDB,
  raw: Record<string, unknown>,
  action: string,
  list?: { member: 'Tags' | 'TagKeys'; field: string; emptyMessage: string },
): string {
  const arn = optionalString(raw.ResourceArn)
  if (arn === undefined) throw new ValidationException('Invalid TableArn')
  if (!/^.+:.+:.+:.+:.+:.+\/.+$/.test(arn)) {
    throw new AccessDeniedException(`User: ${principalArn(db)} is not authorized to perform: dynamodb:${action} on resource: ${arn || '*'}`)
  }
  const values = list ? optionalList(raw[list.member], list.member) : undefined
  if (list && values === undefined) throw new ValidationException(`1 validation error detected: ${notNull(list.field)}`)
  if (!/^arn:aws[a-z-]*:dynamodb:[^:]+:\d+:table\/[^/]{2}[^/]+$/.test(arn)) {
    throw new ValidationException(`Invalid TableArn: Invalid ResourceArn provided as input ${arn}`)
  }
  if (list && values!.length === 0) throw new ValidationException(list.emptyMessage)
  return arn
}

/** Tags as sent: a list of `{Key, Value}` structures with string members. */
export function tagList(raw: unknown): { Key: string; Value: string }[] {
  return (optionalList(raw, 'Tags') ?? []).map((t) => {
    const s = optionalStruct(t, 'Tag') ?? {}
    return { Key: optionalString(s.Key) as string, Value: optionalString(s.Value) as string }
  })
}

/**
 * The table an ARN names, in this account and Region.
 * @throws ResourceNotFoundException with `message` (AWS's texts differ per action)
 */
export function tableForArn(db: DynamoDB, arn: string, message: string): Table {
  const name = arn.slice(arn.indexOf(':table/') + ':table/'.length)
  const table = db.tables.get(name)
  if (!table || table.meta.TableArn !== arn) throw new ResourceNotFoundException(message)
  return table
}

/** Not-found text of TagResource and ListTagsOfResource (AWS's spelling, "ResourcArn"). */
export function resourceArnNotFound(arn: string): string {
  return `Requested resource not found: ResourcArn: ${arn} not found`
}
