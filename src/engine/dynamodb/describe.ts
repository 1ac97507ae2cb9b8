import type { DynamoDB } from './DynamoDB.ts'
import type { OnDemandThroughputState, ProvisionedThroughputState, StreamSpecificationState, Table } from './Table.ts'
import type { AttributeDefinition, BillingMode, IndexStatus, KeySchemaElement, Projection, TableStatus } from './types.ts'
import { utcDay } from './utcFormat.ts'
import { indexStats } from './indexes/maintenance.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_LocalSecondaryIndexDescription.html */
export interface LocalSecondaryIndexDescription {
  IndexName: string
  KeySchema: KeySchemaElement[]
  Projection: Projection
  IndexSizeBytes: number
  ItemCount: number
  IndexArn: string
}

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalSecondaryIndexDescription.html */
export interface GlobalSecondaryIndexDescription extends LocalSecondaryIndexDescription {
  IndexStatus: IndexStatus
  /** Present while the index is CREATING (false during resource allocation, true while backfilling). */
  Backfilling?: boolean
  ProvisionedThroughput: ProvisionedThroughputState
  /** The index's on-demand maximum; absent when none is set. */
  OnDemandThroughput?: OnDemandThroughputState
}

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableDescription.html */
export interface TableDescription {
  AttributeDefinitions: AttributeDefinition[]
  TableName: string
  KeySchema: KeySchemaElement[]
  TableStatus: TableStatus
  /** Epoch seconds. */
  CreationDateTime: number
  ProvisionedThroughput: ProvisionedThroughputState
  TableSizeBytes: number
  ItemCount: number
  TableArn: string
  TableId: string
  BillingModeSummary?: { BillingMode: BillingMode; LastUpdateToPayPerRequestDateTime?: number }
  /**
   * The table's on-demand maximum: only the members set (a removed member is omitted, the struct is absent
   * when none is set; observed on AWS, ack-api-quirks DDB-TABLE-182).
   */
  OnDemandThroughput?: OnDemandThroughputState
  LocalSecondaryIndexes?: LocalSecondaryIndexDescription[]
  GlobalSecondaryIndexes?: GlobalSecondaryIndexDescription[]
  StreamSpecification?: StreamSpecificationState
  LatestStreamLabel?: string
  LatestStreamArn?: string
  DeletionProtectionEnabled: boolean
}

/**
 * DescribeTable's ProvisionedThroughput: NumberOfDecreasesToday counts only decreases made in the
 * current UTC day (AWS resets it at midnight UTC); on-demand tables and their GSIs show 0/0.
 */
function throughputView(pt: ProvisionedThroughputState, onDemand: boolean, nowS: number): ProvisionedThroughputState {
  const sameDay = pt.LastDecreaseDateTime !== undefined && utcDay(pt.LastDecreaseDateTime) === utcDay(nowS)
  return {
    ...(pt.LastIncreaseDateTime !== undefined ? { LastIncreaseDateTime: pt.LastIncreaseDateTime } : {}),
    ...(pt.LastDecreaseDateTime !== undefined ? { LastDecreaseDateTime: pt.LastDecreaseDateTime } : {}),
    NumberOfDecreasesToday: sameDay ? pt.NumberOfDecreasesToday : 0,
    ReadCapacityUnits: onDemand ? 0 : pt.ReadCapacityUnits,
    WriteCapacityUnits: onDemand ? 0 : pt.WriteCapacityUnits,
  }
}

const byName = (a: { AttributeName: string }, b: { AttributeName: string }): number => (a.AttributeName < b.AttributeName ? -1 : a.AttributeName > b.AttributeName ? 1 : 0)

function projectionView(p: Projection): Projection {
  return p.NonKeyAttributes ? { ...p, NonKeyAttributes: [...p.NonKeyAttributes].sort() } : { ...p }
}

/**
 * Builds the TableDescription that CreateTable, DescribeTable, UpdateTable and DeleteTable return.
 * AttributeDefinitions and NonKeyAttributes come back sorted by name, as AWS returns them.
 * TableSizeBytes/ItemCount are live here (AWS refreshes them about every six hours: a documented
 * simplification so learners see their writes). Index sizes and counts come from the index stores (indexes/maintenance.ts).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTable.html
 */
export function describeTableDescription(db: DynamoDB, table: Table): TableDescription {
  const m = table.meta
  const onDemand = m.BillingMode === 'PAY_PER_REQUEST'
  const nowS = db.clock.epochSeconds()
  const d: TableDescription = {
    AttributeDefinitions: [...m.AttributeDefinitions].sort(byName).map((a) => ({ ...a })),
    TableName: m.TableName,
    KeySchema: m.KeySchema.map((k) => ({ ...k })),
    TableStatus: m.TableStatus,
    CreationDateTime: m.CreationDateTime,
    ProvisionedThroughput: throughputView(m.ProvisionedThroughput, onDemand, nowS),
    TableSizeBytes: table.sizeBytes,
    ItemCount: table.itemCount,
    TableArn: m.TableArn,
    TableId: m.TableId,
    DeletionProtectionEnabled: m.DeletionProtectionEnabled ?? false,
  }
  if (onDemand || m.LastUpdateToPayPerRequestDateTime !== undefined) {
    d.BillingModeSummary = {
      BillingMode: m.BillingMode,
      ...(m.LastUpdateToPayPerRequestDateTime !== undefined ? { LastUpdateToPayPerRequestDateTime: m.LastUpdateToPayPerRequestDateTime } : {}),
    }
  }
  if (m.OnDemandThroughput) d.OnDemandThroughput = { ...m.OnDemandThroughput }
  if (m.LocalSecondaryIndexes?.length) {
    d.LocalSecondaryIndexes = m.LocalSecondaryIndexes.map((i) => ({
      IndexName: i.IndexName,
      KeySchema: i.KeySchema.map((k) => ({ ...k })),
      Projection: projectionView(i.Projection),
      ...indexStats(table, i.IndexName),
      IndexArn: `${m.TableArn}/index/${i.IndexName}`,
    }))
  }
  if (m.GlobalSecondaryIndexes?.length) {
    d.GlobalSecondaryIndexes = m.GlobalSecondaryIndexes.map((i) => ({
      IndexName: i.IndexName,
      KeySchema: i.KeySchema.map((k) => ({ ...k })),
      Projection: projectionView(i.Projection),
      IndexStatus: i.IndexStatus,
      ...(i.Backfilling !== undefined ? { Backfilling: i.Backfilling } : {}),
      ProvisionedThroughput: throughputView(i.ProvisionedThroughput ?? { ReadCapacityUnits: 0, WriteCapacityUnits: 0, NumberOfDecreasesToday: 0 }, onDemand, nowS),
      ...(i.OnDemandThroughput ? { OnDemandThroughput: { ...i.OnDemandThroughput } } : {}),
      ...indexStats(table, i.IndexName),
      IndexArn: `${m.TableArn}/index/${i.IndexName}`,
    }))
  }
  if (m.StreamSpecification?.StreamEnabled) d.StreamSpecification = { ...m.StreamSpecification }
  // The latest stream's label and ARN stay visible after the stream is disabled (observed on AWS).
  if (m.LatestStreamLabel) d.LatestStreamLabel = m.LatestStreamLabel
  if (m.LatestStreamArn) d.LatestStreamArn = m.LatestStreamArn
  return d
}
