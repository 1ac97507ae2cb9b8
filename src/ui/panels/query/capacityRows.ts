/**
 * Rows of the ConsumedCapacity breakdown: the total of each table, then the table itself, each LSI and
 * each GSI, as DynamoDB reports them with ReturnConsumedCapacity INDEXES.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConsumedCapacity.html
 */
import type { Capacity, ConsumedCapacity } from '@aws-sdk/client-dynamodb'

export interface CapacityRow {
  tableName: string
  /** 'total' = ConsumedCapacity.CapacityUnits of the table; then 'table', 'LSI', 'GSI' parts. */
  part: 'total' | 'table' | 'LSI' | 'GSI'
  /** Index name for LSI/GSI rows. */
  name?: string
  capacityUnits?: number
  readCapacityUnits?: number
  writeCapacityUnits?: number
}

function row(tableName: string, part: CapacityRow['part'], c: Capacity | ConsumedCapacity, name?: string): CapacityRow {
  return {
    tableName,
    part,
    ...(name !== undefined ? { name } : {}),
    ...(c.CapacityUnits !== undefined ? { capacityUnits: c.CapacityUnits } : {}),
    ...(c.ReadCapacityUnits !== undefined ? { readCapacityUnits: c.ReadCapacityUnits } : {}),
    ...(c.WriteCapacityUnits !== undefined ? { writeCapacityUnits: c.WriteCapacityUnits } : {}),
  }
}

/** Accepts one ConsumedCapacity (single-table operations) or a list (batch, transactions, PartiQL). */
export function capacityRows(consumed: ConsumedCapacity | ConsumedCapacity[] | undefined): CapacityRow[] {
  if (!consumed) return []
  const list = Array.isArray(consumed) ? consumed : [consumed]
  const rows: CapacityRow[] = []
  for (const c of list) {
    const t = c.TableName ?? ''
    rows.push(row(t, 'total', c))
    if (c.Table) rows.push(row(t, 'table', c.Table))
    for (const [name, cap] of Object.entries(c.LocalSecondaryIndexes ?? {})) rows.push(row(t, 'LSI', cap, name))
    for (const [name, cap] of Object.entries(c.GlobalSecondaryIndexes ?? {})) rows.push(row(t, 'GSI', cap, name))
  }
  return rows
}
