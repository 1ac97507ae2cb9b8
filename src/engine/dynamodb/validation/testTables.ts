import type { Simulation } from '../../Simulation.ts'
import type { KeySchemaElement, ScalarAttributeType, TableStatus } from '../types.ts'
import { Table, type GlobalSecondaryIndexState, type LocalSecondaryIndexState } from '../Table.ts'

/**
 * Test fixture: puts a table straight into `sim.dynamodb.tables` (no CreateTable, no CREATING phase), so
 * item-operation tests do not depend on CreateTable. Not used by the product.
 */
export function addTestTable(
  sim: Simulation,
  name: string,
  keys: { hash: [string, ScalarAttributeType]; range?: [string, ScalarAttributeType] },
  options: {
    status?: TableStatus
    attributes?: [string, ScalarAttributeType][]
    lsi?: LocalSecondaryIndexState[]
    gsi?: GlobalSecondaryIndexState[]
  } = {},
): Table {
  const KeySchema: KeySchemaElement[] = [{ AttributeName: keys.hash[0], KeyType: 'HASH' }]
  const defs = [keys.hash]
  if (keys.range) {
    KeySchema.push({ AttributeName: keys.range[0], KeyType: 'RANGE' })
    defs.push(keys.range)
  }
  defs.push(...(options.attributes ?? []))
  const table = new Table({
    TableName: name,
    TableId: `00000000-0000-0000-0000-${String(sim.dynamodb.tables.size).padStart(12, '0')}`,
    TableArn: sim.dynamodb.tableArn(name),
    KeySchema,
    AttributeDefinitions: defs.map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
    BillingMode: 'PROVISIONED',
    ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5, NumberOfDecreasesToday: 0 },
    TableStatus: options.status ?? 'ACTIVE',
    CreationDateTime: sim.clock.epochSeconds(),
    ...(options.lsi ? { LocalSecondaryIndexes: options.lsi } : {}),
    ...(options.gsi ? { GlobalSecondaryIndexes: options.gsi } : {}),
  })
  sim.dynamodb.tables.set(name, table)
  return table
}
