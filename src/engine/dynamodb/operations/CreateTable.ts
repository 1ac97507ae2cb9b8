import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { GlobalSecondaryIndexState, TableMeta } from '../Table.ts'
import { Table } from '../Table.ts'
import { describeTableDescription, type TableDescription } from '../describe.ts'
import { LimitExceededException, ResourceInUseException } from '../errors.ts'
import { assertCanStartOperation, MAX_TABLES_PER_REGION, scheduleTableEvent, TABLE_EVENTS } from '../tableLifecycle.ts'
import { formatStreamLabel } from '../utcFormat.ts'
import { validateCreateTable } from '../validation/CreateTable.ts'
import { assertWithinTableMaximum } from '../validation/throughputChange.ts'
import { assertOnDemandWithinQuota, mergeOnDemandThroughput } from '../validation/onDemandThroughput.ts'

export type { CreateTableInput } from '../validation/CreateTable.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html#API_CreateTable_ResponseSyntax */
export interface CreateTableOutput {
  TableDescription: TableDescription
}

/** A version-4 style UUID from the seeded generator (TableId). */
function seededUuid(db: DynamoDB): string {
  const hex = Array.from({ length: 32 }, () => db.random.int(0, 15).toString(16))
  hex[12] = '4'
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  const s = hex.join('')
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
}

/** Sets a new GSI's OnDemandThroughput (only the members given; `{}` stores nothing). */
function withOnDemand(g: GlobalSecondaryIndexState, odt: Parameters<typeof mergeOnDemandThroughput>[1]): GlobalSecondaryIndexState {
  const o = mergeOnDemandThroughput(undefined, odt)
  if (o) g.OnDemandThroughput = o
  return g
}

/**
 * CreateTable: validates, creates the table in CREATING and schedules CREATING → ACTIVE (GSIs flip
 * with it) after `db.timings.createTableMs` (or `createTableWithIndexesMs` when it has GSIs).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html
 * @throws ValidationException for invalid input (see validateCreateTable)
 * @throws ResourceInUseException `Table already exists: <name>`
 * @throws LimitExceededException above the per-table capacity maximum (provisioned, or an OnDemandThroughput
 *   maximum), 500 in-flight operations or 2,500 tables
 */
export function createTable(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): CreateTableOutput {
  const input = validateCreateTable(raw)
  ctx.tableName = input.TableName
  if (db.tables.has(input.TableName)) throw new ResourceInUseException(`Table already exists: ${input.TableName}`)
  const onDemand = input.BillingMode === 'PAY_PER_REQUEST'
  if (!onDemand) assertWithinTableMaximum(db, input.ProvisionedThroughput!.ReadCapacityUnits, input.ProvisionedThroughput!.WriteCapacityUnits)
  assertOnDemandWithinQuota(db, input.OnDemandThroughput, {})
  for (const g of input.GlobalSecondaryIndexes ?? []) assertOnDemandWithinQuota(db, g.OnDemandThroughput, { index: g.IndexName })
  assertCanStartOperation(db)
  // Message [unverified]: AWS's generic LimitExceededException text.
  if (db.tables.size >= MAX_TABLES_PER_REGION) throw new LimitExceededException()

  const nowS = db.clock.epochSeconds()
  const arn = db.tableArn(input.TableName)
  const gsis: GlobalSecondaryIndexState[] | undefined = input.GlobalSecondaryIndexes?.map((g) => withOnDemand({
    IndexName: g.IndexName,
    KeySchema: g.KeySchema.map((k) => ({ AttributeName: k.AttributeName, KeyType: k.KeyType })),
    Projection: { ...g.Projection },
    IndexStatus: 'CREATING',
    Backfilling: false,
    ProvisionedThroughput: {
      ReadCapacityUnits: onDemand ? 0 : g.ProvisionedThroughput!.ReadCapacityUnits,
      WriteCapacityUnits: onDemand ? 0 : g.ProvisionedThroughput!.WriteCapacityUnits,
      NumberOfDecreasesToday: 0,
    },
  }, g.OnDemandThroughput))
  const meta: TableMeta = {
    TableName: input.TableName,
    TableId: seededUuid(db),
    TableArn: arn,
    KeySchema: input.KeySchema.map((k) => ({ AttributeName: k.AttributeName, KeyType: k.KeyType })),
    AttributeDefinitions: input.AttributeDefinitions.map((a) => ({ AttributeName: a.AttributeName, AttributeType: a.AttributeType })),
    BillingMode: onDemand ? 'PAY_PER_REQUEST' : 'PROVISIONED',
    ProvisionedThroughput: {
      ReadCapacityUnits: onDemand ? 0 : input.ProvisionedThroughput!.ReadCapacityUnits,
      WriteCapacityUnits: onDemand ? 0 : input.ProvisionedThroughput!.WriteCapacityUnits,
      NumberOfDecreasesToday: 0,
    },
    TableStatus: 'CREATING',
    CreationDateTime: nowS,
    DeletionProtectionEnabled: input.DeletionProtectionEnabled ?? false,
  }
  if (onDemand) meta.LastUpdateToPayPerRequestDateTime = nowS
  const odt = mergeOnDemandThroughput(undefined, input.OnDemandThroughput)
  if (odt) meta.OnDemandThroughput = odt
  if (input.LocalSecondaryIndexes) {
    meta.LocalSecondaryIndexes = input.LocalSecondaryIndexes.map((l) => ({
      IndexName: l.IndexName,
      KeySchema: l.KeySchema.map((k) => ({ AttributeName: k.AttributeName, KeyType: k.KeyType })),
      Projection: { ...l.Projection },
    }))
  }
  if (gsis) meta.GlobalSecondaryIndexes = gsis
  if (input.StreamSpecification?.StreamEnabled) {
    meta.StreamSpecification = { StreamEnabled: true, StreamViewType: input.StreamSpecification.StreamViewType! }
    meta.LatestStreamLabel = formatStreamLabel(nowS)
    meta.LatestStreamArn = `${arn}/stream/${meta.LatestStreamLabel}`
  }
  if (input.Tags?.length) meta.Tags = input.Tags.map((t) => ({ Key: t.Key, Value: t.Value }))

  const table = new Table(meta)
  db.tables.set(meta.TableName, table)
  scheduleTableEvent(db, TABLE_EVENTS.created, table, gsis ? db.timings.createTableWithIndexesMs : db.timings.createTableMs)
  return { TableDescription: describeTableDescription(db, table) }
}
