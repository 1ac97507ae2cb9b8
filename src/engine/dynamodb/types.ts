/**
 * DynamoDB wire shapes, named as in the API reference and the SDK v3 models
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Types_Amazon_DynamoDB.html).
 * Numbers (`N`, `NS`) stay strings everywhere: DynamoDB keeps 38 significant digits exactly.
 * Binary (`B`, `BS`) values are base64 strings on the wire and in the engine.
 */

export type AttributeValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { BOOL: boolean }
  | { NULL: true }
  | { M: Record<string, AttributeValue> }
  | { L: AttributeValue[] }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }

export type AttributeType = 'S' | 'N' | 'B' | 'BOOL' | 'NULL' | 'M' | 'L' | 'SS' | 'NS' | 'BS'

/** A whole item or a key: attribute name → value. */
export type Item = Record<string, AttributeValue>

export type ScalarAttributeType = 'S' | 'N' | 'B'
export type KeyType = 'HASH' | 'RANGE'
export type BillingMode = 'PROVISIONED' | 'PAY_PER_REQUEST'
export type TableStatus = 'CREATING' | 'UPDATING' | 'DELETING' | 'ACTIVE' | 'INACCESSIBLE_ENCRYPTION_CREDENTIALS' | 'ARCHIVING' | 'ARCHIVED'
export type IndexStatus = 'CREATING' | 'UPDATING' | 'DELETING' | 'ACTIVE'
export type ProjectionType = 'ALL' | 'KEYS_ONLY' | 'INCLUDE'
export type ReturnConsumedCapacity = 'INDEXES' | 'TOTAL' | 'NONE'
export type ReturnValue = 'NONE' | 'ALL_OLD' | 'UPDATED_OLD' | 'ALL_NEW' | 'UPDATED_NEW'

export interface KeySchemaElement {
  AttributeName: string
  KeyType: KeyType
}

export interface AttributeDefinition {
  AttributeName: string
  AttributeType: ScalarAttributeType
}

export interface ProvisionedThroughput {
  ReadCapacityUnits: number
  WriteCapacityUnits: number
}

export interface Projection {
  ProjectionType?: ProjectionType
  NonKeyAttributes?: string[]
}

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Capacity.html */
export interface Capacity {
  ReadCapacityUnits?: number
  WriteCapacityUnits?: number
  CapacityUnits?: number
}

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConsumedCapacity.html */
export interface ConsumedCapacity {
  TableName: string
  CapacityUnits: number
  ReadCapacityUnits?: number
  WriteCapacityUnits?: number
  Table?: Capacity
  LocalSecondaryIndexes?: Record<string, Capacity>
  GlobalSecondaryIndexes?: Record<string, Capacity>
}
