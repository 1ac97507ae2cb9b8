import type { Trace } from '../../engine/trace.ts'
import type { TableView } from '../store/simSlice.ts'

/**
 * Hand-written traces in the shape src/engine/dynamodb/trace.ts builds (client → request router →
 * partition → client), for the diagram's unit tests.
 */
export function getItemTrace(over: Partial<Trace> = {}): Trace {
  return {
    id: 't-1',
    source: 'console',
    service: 'dynamodb',
    operation: 'GetItem',
    resource: 'GameScores',
    start: 1000,
    end: 1010,
    outcome: 'ok',
    hops: [
      { service: 'dynamodb', component: 'request router', operation: 'GetItem', start: 1003, end: 1004, outcome: 'ok', detail: { table: 'GameScores' } },
      { service: 'dynamodb', component: 'partition 1', operation: 'eventually consistent read', start: 1004, end: 1006, outcome: 'ok', detail: { partition: 1, table: 'GameScores', consumedCapacity: 0.5 } },
      { service: 'client', component: 'client', operation: 'response', start: 1006, end: 1010, outcome: 'ok', detail: {} },
    ],
    detail: { consumedCapacity: [{ TableName: 'GameScores', CapacityUnits: 0.5 }], partitions: [1] },
    ...over,
  }
}

/** A request that failed validation: it stops at the router. */
export function validationErrorTrace(over: Partial<Trace> = {}): Trace {
  return {
    id: 't-2',
    source: 'console',
    service: 'dynamodb',
    operation: 'PutItem',
    resource: 'GameScores',
    start: 2000,
    end: 2007,
    outcome: 'error',
    hops: [
      { service: 'dynamodb', component: 'request router', operation: 'PutItem', start: 2003, end: 2004, outcome: 'error', detail: { error: 'ValidationException', message: 'One or more parameter values were invalid: Missing the key UserId in the item' } },
      { service: 'client', component: 'client', operation: 'response', start: 2004, end: 2007, outcome: 'error', detail: {} },
    ],
    error: { name: 'ValidationException', message: 'One or more parameter values were invalid: Missing the key UserId in the item' },
    detail: {},
    ...over,
  }
}

export function table(over: Partial<TableView> = {}): TableView {
  return {
    name: 'GameScores',
    status: 'ACTIVE',
    keySchema: [{ AttributeName: 'UserId', KeyType: 'HASH' }],
    attributeDefinitions: [{ AttributeName: 'UserId', AttributeType: 'S' }],
    billingMode: 'PROVISIONED',
    readCapacityUnits: 5,
    writeCapacityUnits: 5,
    itemCount: 36,
    sizeBytes: 4000,
    partitionCount: 2,
    ...over,
  }
}
