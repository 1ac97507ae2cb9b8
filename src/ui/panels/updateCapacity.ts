import type { TableDescription, UpdateTableCommandInput } from '@aws-sdk/client-dynamodb'

/** A table's capacity mode, spelled as the BillingMode field. */
export type CapacityMode = 'PROVISIONED' | 'PAY_PER_REQUEST'

/** The capacity a table has now (from DescribeTable). Maxima are absent when no OnDemandThroughput maximum is set. */
export interface CurrentCapacity {
  billingMode: CapacityMode
  readCapacityUnits: number
  writeCapacityUnits: number
  maxReadRequestUnits?: number | undefined
  maxWriteRequestUnits?: number | undefined
}

/**
 * What the Capacity form holds. Unit fields are the inputs' text: '' for an on-demand maximum means "no
 * change"; `removeMax*` asks to remove the current maximum (sent as -1, as AWS's API does).
 */
export interface CapacityFormState {
  billingMode: CapacityMode
  readCapacityUnits: string
  writeCapacityUnits: string
  maxReadRequestUnits: string
  maxWriteRequestUnits: string
  removeMaxRead: boolean
  removeMaxWrite: boolean
}

/**
 * Reads the current capacity out of a DescribeTable `Table`. A table whose BillingModeSummary is absent is
 * provisioned (AWS omits the summary for tables that were always provisioned).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableDescription.html
 */
export function currentCapacity(t: TableDescription): CurrentCapacity {
  const od = t.OnDemandThroughput
  return {
    billingMode: t.BillingModeSummary?.BillingMode === 'PAY_PER_REQUEST' ? 'PAY_PER_REQUEST' : 'PROVISIONED',
    readCapacityUnits: t.ProvisionedThroughput?.ReadCapacityUnits ?? 0,
    writeCapacityUnits: t.ProvisionedThroughput?.WriteCapacityUnits ?? 0,
    // DescribeTable omits a member with no maximum; -1 is never a current maximum.
    maxReadRequestUnits: od?.MaxReadRequestUnits !== undefined && od.MaxReadRequestUnits > 0 ? od.MaxReadRequestUnits : undefined,
    maxWriteRequestUnits: od?.MaxWriteRequestUnits !== undefined && od.MaxWriteRequestUnits > 0 ? od.MaxWriteRequestUnits : undefined,
  }
}

/**
 * The form's starting state: the table's mode; provisioned units prefilled (a table on-demand today shows
 * the units it last had, or 5/5 — the console's default — when it never had any); maxima empty (= no change).
 */
export function initialFormState(c: CurrentCapacity): CapacityFormState {
  const units = (n: number) => String(n > 0 ? n : 5)
  return {
    billingMode: c.billingMode,
    readCapacityUnits: units(c.readCapacityUnits),
    writeCapacityUnits: units(c.writeCapacityUnits),
    maxReadRequestUnits: '',
    maxWriteRequestUnits: '',
    removeMaxRead: false,
    removeMaxWrite: false,
  }
}

/** '' (or blanks) → undefined; anything else → Number (a bad value goes to AWS, which names it). */
const optionalNumber = (v: string): number | undefined => (v.trim() === '' ? undefined : Number(v))

/**
 * Builds the UpdateTable request the Capacity form describes:
 * - `BillingMode` only when the mode changes;
 * - provisioned target: `ProvisionedThroughput` with both units (AWS requires both members; sending an
 *   unchanged pair lets DynamoDB answer its "will not change" ValidationException, which is the lesson);
 * - on-demand target: `OnDemandThroughput` with only the maxima the learner typed, -1 for a maximum to
 *   remove (only when the table has one: the form offers removal only then), and no `OnDemandThroughput`
 *   at all when nothing was given.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html
 */
export function buildUpdateTableInput(tableName: string, current: CurrentCapacity, f: CapacityFormState): UpdateTableCommandInput {
  const input: UpdateTableCommandInput = { TableName: tableName }
  if (f.billingMode !== current.billingMode) input.BillingMode = f.billingMode
  if (f.billingMode === 'PROVISIONED') {
    input.ProvisionedThroughput = { ReadCapacityUnits: Number(f.readCapacityUnits), WriteCapacityUnits: Number(f.writeCapacityUnits) }
    return input
  }
  const maxRead = f.removeMaxRead && current.maxReadRequestUnits !== undefined ? -1 : optionalNumber(f.maxReadRequestUnits)
  const maxWrite = f.removeMaxWrite && current.maxWriteRequestUnits !== undefined ? -1 : optionalNumber(f.maxWriteRequestUnits)
  if (maxRead !== undefined || maxWrite !== undefined) {
    input.OnDemandThroughput = {
      ...(maxRead !== undefined ? { MaxReadRequestUnits: maxRead } : {}),
      ...(maxWrite !== undefined ? { MaxWriteRequestUnits: maxWrite } : {}),
    }
  }
  return input
}
