import type { Table } from '../Table.ts'
import type { BillingMode } from '../types.ts'
import type { UpdateTableInput } from './UpdateTable.ts'
import { LimitExceededException, ResourceInUseException, ResourceNotFoundException, ValidationException } from '../errors.ts'
import { MAX_GSIS, projectionError } from './CreateTable.ts'
import { assertIndexThroughputChanges } from './throughputChange.ts'
import { assertOnDemandThroughput } from './onDemandThroughput.ts'

const INVALID = 'One or more parameter values were invalid: '

/**
 * Checks UpdateTable's GlobalSecondaryIndexUpdates against the table as it stands (nothing is changed
 * here, so a rejected request changes nothing). `target` is the billing mode after the call.
 * Sources: AWS API reference (one Create or Delete per call), GSI.OnlineOps.html, and behaviour
 * observed on AWS in 2026 (ack-api-quirks DDB-TABLE-159/170/380 and its ValidationException catalogue).
 * @throws LimitExceededException `Subscriber limit exceeded: Only 1 online index can be created or deleted
 *   simultaneously per table` / `Subscriber limit exceeded: Number of global secondary indexes exceeds per-table limit of 20`
 * @throws ResourceNotFoundException `Requested resource not found: Index <index> for table <table>`
 * @throws ResourceInUseException when the index named by an Update is not ACTIVE
 * @throws ValidationException for key schema, projection, throughput and OnDemandThroughput errors of a Create or Update
 */
export function checkGlobalSecondaryIndexUpdates(table: Table, input: UpdateTableInput, target: BillingMode): void {
  const updates = input.GlobalSecondaryIndexUpdates ?? []
  const existing = table.meta.GlobalSecondaryIndexes ?? []
  const online = updates.filter((u) => u.Create || u.Delete)
  // A backfilling index may itself be deleted (GSI.OnlineOps.html); any other create/delete must wait.
  const busy = existing.filter((g) => (g.IndexStatus === 'CREATING' || g.IndexStatus === 'DELETING') && !(g.Backfilling && online[0]?.Delete?.IndexName === g.IndexName))
  if (online.length > 1 || (online.length === 1 && busy.length > 0)) {
    throw new LimitExceededException('Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table')
  }
  const notFound = (name: string): ResourceNotFoundException => new ResourceNotFoundException(`Requested resource not found: Index ${name} for table ${table.name}`)
  const isLsi = (name: string): boolean => (table.meta.LocalSecondaryIndexes ?? []).some((l) => l.IndexName === name)
  for (const u of updates) {
    if (u.Update) {
      if (isLsi(u.Update.IndexName)) throw new ValidationException(`Cannot update an index that is not a GlobalSecondaryIndex: ${u.Update.IndexName}`)
      const g = existing.find((i) => i.IndexName === u.Update!.IndexName)
      if (!g) throw notFound(u.Update.IndexName)
      if (g.IndexStatus !== 'ACTIVE') {
        throw new ResourceInUseException(`Attempt to change a resource which is still in use: Index is being updated. Table: ${table.name} Index: ${g.IndexName}`)
      }
      const pt = u.Update.ProvisionedThroughput
      if (pt) {
        if (table.meta.BillingMode === 'PAY_PER_REQUEST' && target === 'PAY_PER_REQUEST') {
          throw new ValidationException(`${INVALID}The only Updates for index: ${g.IndexName} when TableThroughputMode is PAY_PER_REQUEST can be to OnDemandThroughput, WarmThroughput`)
        }
        if (target === 'PAY_PER_REQUEST') {
          throw new ValidationException(`${INVALID}Neither ReadCapacityUnits nor WriteCapacityUnits can be specified for index: ${g.IndexName} when BillingMode is PAY_PER_REQUEST`)
        }
        if (table.meta.BillingMode === 'PROVISIONED' && g.ProvisionedThroughput) assertIndexThroughputChanges(g.IndexName, g.ProvisionedThroughput, pt.ReadCapacityUnits, pt.WriteCapacityUnits)
      }
      // The index's on-demand maximum: -1 removes a member, as on the table [unverified for GSIs].
      assertOnDemandThroughput(u.Update.OnDemandThroughput, 'UpdateTable', target, { index: g.IndexName }, true)
    }
    if (u.Delete && isLsi(u.Delete.IndexName)) throw new ValidationException(`Cannot delete an index that is not a GlobalSecondaryIndex: ${u.Delete.IndexName}`)
    if (u.Delete && !existing.some((i) => i.IndexName === u.Delete!.IndexName)) throw notFound(u.Delete.IndexName)
    if (u.Create) checkCreate(table, input, u.Create, target)
  }
  if (table.meta.BillingMode === 'PAY_PER_REQUEST' && target === 'PROVISIONED') {
    // Switching to provisioned: every GSI needs its throughput in the same call (nothing is auto-assigned;
    // observed on AWS, DDB-TABLE-152).
    for (const g of existing) {
      if (!updates.some((u) => u.Update?.IndexName === g.IndexName && u.Update.ProvisionedThroughput)) {
        throw new ValidationException(`${INVALID}ProvisionedThroughput must be specified for index: ${g.IndexName}`)
      }
    }
  }
}

function checkCreate(table: Table, input: UpdateTableInput, c: NonNullable<UpdateTableInput['GlobalSecondaryIndexUpdates']>[number]['Create'] & object, target: BillingMode): void {
  const m = table.meta
  if ([...(m.GlobalSecondaryIndexes ?? []), ...(m.LocalSecondaryIndexes ?? [])].some((i) => i.IndexName === c.IndexName)) {
    throw new ValidationException('Attempting to create an index which already exists')
  }
  if ((m.GlobalSecondaryIndexes?.length ?? 0) >= MAX_GSIS) {
    throw new LimitExceededException(`Subscriber limit exceeded: Number of global secondary indexes exceeds per-table limit of ${MAX_GSIS}`)
  }
  if (!input.AttributeDefinitions) throw new ValidationException(`${INVALID}AttributeDefinitions is not specified for index: ${c.IndexName}`)
  const defns = input.AttributeDefinitions.map((d) => d.AttributeName)
  const known = new Set([...defns, ...m.AttributeDefinitions.map((d) => d.AttributeName)])
  const keys = c.KeySchema.map((k) => k.AttributeName)
  if (keys.some((k) => !known.has(k))) {
    throw new ValidationException(`${INVALID}Some index key attributes are not defined in AttributeDefinitions. Keys: [${keys.join(', ')}], AttributeDefinitions: [${defns.join(', ')}]`)
  }
  if (c.KeySchema[1] && keys[0] === keys[1]) throw new ValidationException('Both the Hash Key and the Range Key element in the KeySchema have the same name')
  if (c.KeySchema[0]!.KeyType !== 'HASH') throw new ValidationException('Invalid KeySchema: The first KeySchemaElement is not a HASH key type')
  if (c.KeySchema[1] && c.KeySchema[1].KeyType !== 'RANGE') throw new ValidationException('Invalid KeySchema: The second KeySchemaElement is not a RANGE key type')
  const pe = projectionError(c.Projection)
  if (pe) throw new ValidationException(pe)
  if (target === 'PAY_PER_REQUEST' && c.ProvisionedThroughput) {
    throw new ValidationException(`${INVALID}Neither ReadCapacityUnits nor WriteCapacityUnits can be specified for index: ${c.IndexName} when BillingMode is PAY_PER_REQUEST`)
  }
  if (target === 'PROVISIONED' && !c.ProvisionedThroughput) throw new ValidationException(`${INVALID}ProvisionedThroughput must be specified for index: ${c.IndexName}`)
  assertOnDemandThroughput(c.OnDemandThroughput, 'UpdateTable', target, { index: c.IndexName }, false)
}
