import { ValidationException } from '../errors.ts'

/**
 * `Select` rules shared by Query and Scan (checked before the table is looked up).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html#DDB-Query-request-Select
 * Messages as observed on DynamoDB (DynamoDB Local's validator and emulator suites checked against AWS).
 */

export type Select = 'ALL_ATTRIBUTES' | 'ALL_PROJECTED_ATTRIBUTES' | 'SPECIFIC_ATTRIBUTES' | 'COUNT'

/** AWS's enum order for the `select` constraint message. */
export const SELECT_VALUES: readonly Select[] = ['SPECIFIC_ATTRIBUTES', 'COUNT', 'ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES']

function what(select: string): string {
  return select === 'COUNT' ? 'only the Count' : select
}

/**
 * A projection (ProjectionExpression or AttributesToGet) combined with a Select other than
 * SPECIFIC_ATTRIBUTES. On Query AWS reports it as a constraint violation (`1 validation error detected: `
 * prefix); on Scan without the prefix.
 * @throws ValidationException `Cannot specify the ProjectionExpression when choosing to get only the Count`,
 *   `… ALL_ATTRIBUTES`, `… ALL_PROJECTED_ATTRIBUTES` (or AttributesToGet)
 */
export function checkSelectProjection(input: Record<string, unknown>, operation: 'Query' | 'Scan'): void {
  const select = input['Select']
  if (typeof select !== 'string' || select === 'SPECIFIC_ATTRIBUTES') return
  const member = input['ProjectionExpression'] != null ? 'ProjectionExpression' : input['AttributesToGet'] != null ? 'AttributesToGet' : undefined
  if (!member) return
  const prefix = operation === 'Query' ? '1 validation error detected: ' : ''
  throw new ValidationException(`${prefix}Cannot specify the ${member} when choosing to get ${what(select)}`)
}

/**
 * The other Select rules: SPECIFIC_ATTRIBUTES needs a projection; ALL_PROJECTED_ATTRIBUTES needs an index.
 * @throws ValidationException `Must specify the AttributesToGet or ProjectionExpression when choosing to get
 *   SPECIFIC_ATTRIBUTES`, `ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName`
 */
export function checkSelectTarget(input: Record<string, unknown>): void {
  const select = input['Select']
  const projected = input['ProjectionExpression'] != null || input['AttributesToGet'] != null
  if (select === 'SPECIFIC_ATTRIBUTES' && !projected) {
    throw new ValidationException('Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES')
  }
  if (select === 'ALL_PROJECTED_ATTRIBUTES' && input['IndexName'] == null) {
    throw new ValidationException('ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName')
  }
}
