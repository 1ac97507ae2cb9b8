import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { GlobalSecondaryIndexState, OnDemandThroughputState, ProvisionedThroughputState, Table } from '../Table.ts'
import { describeTableDescription, type TableDescription } from '../describe.ts'
import { ValidationException } from '../errors.ts'
import { assertCanStartOperation, assertTableNotBusy, scheduleTableEvent, TABLE_EVENTS } from '../tableLifecycle.ts'
import { formatStreamLabel } from '../utcFormat.ts'
import { checkGlobalSecondaryIndexUpdates } from '../validation/GlobalSecondaryIndexUpdates.ts'
import { validateUpdateTable, type UpdateTableInput } from '../validation/UpdateTable.ts'
import {
  applyThroughputChangeQuota,
  assertTableThroughputChanges,
  assertWithinTableMaximum,
  recordPayPerRequestSwitch,
} from '../validation/throughputChange.ts'
import { assertOnDemandThroughput, assertOnDemandWithinQuota, hasOnDemandMembers, mergeOnDemandThroughput, onDemandEcho } from '../validation/onDemandThroughput.ts'

export type { UpdateTableInput } from '../validation/UpdateTable.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html#API_UpdateTable_ResponseSyntax */
export interface UpdateTableOutput {
  TableDescription: TableDescription
}

const INVALID = 'One or more parameter values were invalid: '

/**
 * UpdateTable: throughput, billing mode, OnDemandThroughput, stream, deletion protection and GSI create/update/delete.
 * Every check runs before anything changes. Table-level changes put the table in UPDATING; the new
 * throughput/billing mode take effect when it returns to ACTIVE (`db.timings.updateTableMs`, or
 * `billingModeSwitchMs` for a billing switch, `streamUpdateMs` for a stream change); until then the table keeps its previous capacity and the
 * response shows the old units with the new Last*DateTime (as AWS does). A GSI Create allocates
 * (table UPDATING, Backfilling false), then backfills (table ACTIVE, Backfilling true), then goes ACTIVE.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html
 * @throws ValidationException, ResourceNotFoundException, ResourceInUseException, LimitExceededException (see helpers)
 */
export function updateTable(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): UpdateTableOutput {
  const input = validateUpdateTable(raw)
  ctx.tableName = input.TableName
  const table = db.requireTable(input.TableName, `Requested resource not found: Table: ${input.TableName} not found`)
  assertTableNotBusy(table)
  const m = table.meta
  const target = input.BillingMode ?? m.BillingMode
  const pt = input.ProvisionedThroughput
  if (target === 'PAY_PER_REQUEST' && pt) {
    throw new ValidationException(`${INVALID}Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST`)
  }
  if (target === 'PROVISIONED' && m.BillingMode === 'PAY_PER_REQUEST' && !pt) {
    throw new ValidationException(`${INVALID}ProvisionedThroughput must be specified when BillingMode is PROVISIONED`)
  }
  // Billing-mode gate, then range (-1 removes a member); texts observed on AWS (onDemandThroughput.ts).
  assertOnDemandThroughput(input.OnDemandThroughput, 'UpdateTable', target, {}, true)
  const stream = input.StreamSpecification
  if (stream?.StreamEnabled && m.StreamSpecification?.StreamEnabled) {
    throw new ValidationException(`Table already has an enabled stream: TableName: ${m.TableName}`)
  }
  if (stream && !stream.StreamEnabled && !m.StreamSpecification?.StreamEnabled) {
    throw new ValidationException(`Table has no stream to disable: TableName: ${m.TableName}`)
  }
  checkGlobalSecondaryIndexUpdates(table, input, target)
  const nowS = db.clock.epochSeconds()
  let tablePt: ProvisionedThroughputState | undefined
  if (pt) {
    if (m.BillingMode === 'PROVISIONED') assertTableThroughputChanges(m.ProvisionedThroughput, pt.ReadCapacityUnits, pt.WriteCapacityUnits)
    assertWithinTableMaximum(db, pt.ReadCapacityUnits, pt.WriteCapacityUnits)
    tablePt = { ...m.ProvisionedThroughput }
    if (m.BillingMode === 'PROVISIONED') applyThroughputChangeQuota(tablePt, pt.ReadCapacityUnits, pt.WriteCapacityUnits, nowS)
  }
  assertOnDemandWithinQuota(db, input.OnDemandThroughput, {})
  for (const u of input.GlobalSecondaryIndexUpdates ?? []) {
    const g = u.Update ?? u.Create
    if (g) assertOnDemandWithinQuota(db, g.OnDemandThroughput, { index: g.IndexName })
  }
  const gsiPts = new Map<string, ProvisionedThroughputState>()
  for (const u of input.GlobalSecondaryIndexUpdates ?? []) {
    if (!u.Update?.ProvisionedThroughput) continue
    const g = m.GlobalSecondaryIndexes!.find((i) => i.IndexName === u.Update!.IndexName)!
    const next = { ...(g.ProvisionedThroughput ?? { ReadCapacityUnits: 0, WriteCapacityUnits: 0, NumberOfDecreasesToday: 0 }) }
    const upt = u.Update.ProvisionedThroughput
    if (m.BillingMode === 'PROVISIONED') applyThroughputChangeQuota(next, upt.ReadCapacityUnits, upt.WriteCapacityUnits, nowS)
    gsiPts.set(g.IndexName, next)
  }
  const switchesToOnDemand = input.BillingMode === 'PAY_PER_REQUEST' && m.BillingMode === 'PROVISIONED'
  if (switchesToOnDemand) {
    const probe = { ...m, payPerRequestSwitches: [...(m.payPerRequestSwitches ?? [])] }
    recordPayPerRequestSwitch(probe, nowS) // throws before any change when over the limit
  }
  assertCanStartOperation(db)

  // --- every check passed: apply ---
  applyChanges(db, table, input, { tablePt, gsiPts, switchesToOnDemand, nowS })
  const d = describeTableDescription(db, table)
  if (hasOnDemandMembers(input.OnDemandThroughput)) {
    // The response echoes -1 for a removed member (DescribeTable then omits it; ack-api-quirks DDB-TABLE-178/182).
    const echo = onDemandEcho(m.OnDemandThroughput, input.OnDemandThroughput)
    if (echo) d.OnDemandThroughput = echo
  }
  return { TableDescription: d }
}

function applyChanges(
  db: DynamoDB,
  table: Table,
  input: UpdateTableInput,
  c: { tablePt: ProvisionedThroughputState | undefined; gsiPts: Map<string, ProvisionedThroughputState>; switchesToOnDemand: boolean; nowS: number },
): void {
  const m = table.meta
  let tableDelay = 0
  if (input.DeletionProtectionEnabled !== undefined) m.DeletionProtectionEnabled = input.DeletionProtectionEnabled
  if (hasOnDemandMembers(input.OnDemandThroughput)) {
    // Applied at once; the table stays ACTIVE (observed on AWS, ack-api-quirks DDB-TABLE-051).
    setOnDemand(m, mergeOnDemandThroughput(m.OnDemandThroughput, input.OnDemandThroughput))
  }
  if (input.BillingMode === 'PROVISIONED' && m.BillingMode === 'PAY_PER_REQUEST') {
    // Switching to provisioned drops the on-demand maxima (nubo-db/dynoxide#161, captured on AWS; GSIs [unverified]).
    setOnDemand(m, undefined)
    for (const g of m.GlobalSecondaryIndexes ?? []) setOnDemand(g, undefined)
  }
  if (input.BillingMode) {
    if (c.switchesToOnDemand) recordPayPerRequestSwitch(m, c.nowS)
    if (input.BillingMode !== m.BillingMode) m.pendingBillingMode = input.BillingMode
    tableDelay = Math.max(tableDelay, input.BillingMode !== m.BillingMode ? db.timings.billingModeSwitchMs : db.timings.updateTableMs)
  }
  if (c.tablePt && input.ProvisionedThroughput) {
    m.ProvisionedThroughput = c.tablePt
    m.pendingProvisionedThroughput = { ReadCapacityUnits: input.ProvisionedThroughput.ReadCapacityUnits, WriteCapacityUnits: input.ProvisionedThroughput.WriteCapacityUnits }
    tableDelay = Math.max(tableDelay, db.timings.updateTableMs)
  }
  if (input.StreamSpecification) {
    const s = input.StreamSpecification
    if (s.StreamEnabled) {
      m.StreamSpecification = { StreamEnabled: true, StreamViewType: s.StreamViewType! }
      m.LatestStreamLabel = formatStreamLabel(c.nowS)
      m.LatestStreamArn = `${m.TableArn}/stream/${m.LatestStreamLabel}`
    } else {
      delete m.StreamSpecification
    }
    tableDelay = Math.max(tableDelay, db.timings.streamUpdateMs)
  }
  for (const u of input.GlobalSecondaryIndexUpdates ?? []) {
    if (u.Update) {
      const g = m.GlobalSecondaryIndexes!.find((i) => i.IndexName === u.Update!.IndexName)!
      // An index's OnDemandThroughput applies at once; the index stays ACTIVE [unverified].
      if (hasOnDemandMembers(u.Update.OnDemandThroughput)) setOnDemand(g, mergeOnDemandThroughput(g.OnDemandThroughput, u.Update.OnDemandThroughput))
      if (u.Update.ProvisionedThroughput) {
        g.ProvisionedThroughput = c.gsiPts.get(g.IndexName)!
        g.pendingProvisionedThroughput = { ...u.Update.ProvisionedThroughput }
        g.IndexStatus = 'UPDATING'
        scheduleTableEvent(db, TABLE_EVENTS.indexUpdated, table, db.timings.indexUpdateMs, g.IndexName)
      }
    }
    if (u.Delete) {
      const g = m.GlobalSecondaryIndexes!.find((i) => i.IndexName === u.Delete!.IndexName)!
      g.IndexStatus = 'DELETING'
      delete g.Backfilling
      m.TableStatus = 'UPDATING'
      scheduleTableEvent(db, TABLE_EVENTS.indexDeleted, table, db.timings.indexDeleteMs, g.IndexName)
    }
    if (u.Create) {
      const cr = u.Create
      for (const k of cr.KeySchema) {
        const def = input.AttributeDefinitions!.find((d) => d.AttributeName === k.AttributeName)
        if (def && !m.AttributeDefinitions.some((d) => d.AttributeName === k.AttributeName)) m.AttributeDefinitions.push({ ...def })
      }
      const onDemand = (input.BillingMode ?? m.BillingMode) === 'PAY_PER_REQUEST'
      const created: GlobalSecondaryIndexState = {
        IndexName: cr.IndexName,
        KeySchema: cr.KeySchema.map((k) => ({ AttributeName: k.AttributeName, KeyType: k.KeyType })),
        Projection: { ...cr.Projection },
        IndexStatus: 'CREATING',
        Backfilling: false,
        ProvisionedThroughput: {
          ReadCapacityUnits: onDemand ? 0 : cr.ProvisionedThroughput!.ReadCapacityUnits,
          WriteCapacityUnits: onDemand ? 0 : cr.ProvisionedThroughput!.WriteCapacityUnits,
          NumberOfDecreasesToday: 0,
        },
      }
      setOnDemand(created, mergeOnDemandThroughput(undefined, cr.OnDemandThroughput))
      ;(m.GlobalSecondaryIndexes ??= []).push(created)
      m.TableStatus = 'UPDATING'
      scheduleTableEvent(db, TABLE_EVENTS.indexAllocated, table, db.timings.indexAllocationMs, cr.IndexName)
    }
  }
  if (tableDelay > 0) {
    m.TableStatus = 'UPDATING'
    scheduleTableEvent(db, TABLE_EVENTS.updated, table, tableDelay)
  }
}

/** Stores (or, when undefined, removes) a table's or GSI's OnDemandThroughput. */
function setOnDemand(o: { OnDemandThroughput?: OnDemandThroughputState }, v: OnDemandThroughputState | undefined): void {
  if (v) o.OnDemandThroughput = v
  else delete o.OnDemandThroughput
}
