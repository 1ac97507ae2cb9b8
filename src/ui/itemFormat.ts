import { marshall, unmarshall } from '@aws-sdk/util-dynamodb'
import type { AttributeValue } from '@aws-sdk/client-dynamodb'

export type ItemFormat = 'auto' | 'plain' | 'dynamodb'

const TYPE_KEYS = new Set(['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS'])

/** True when every top-level value looks like a DynamoDB AttributeValue ({"S": "x"}, {"N": "1"}, …). */
export function looksLikeDynamoDBJson(value: Record<string, unknown>): boolean {
  const values = Object.values(value)
  return (
    values.length > 0 &&
    values.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && TYPE_KEYS.has(Object.keys(v)[0]!))
  )
}

/**
 * Parses the item editor's text into DynamoDB JSON (the wire form). Plain JSON is marshalled by the AWS
 * SDK's util-dynamodb (numbers → N, arrays → L, objects → M). Throws an Error with a readable message.
 */
export function parseItemText(text: string, format: ItemFormat): { item: Record<string, AttributeValue>; detected: 'plain' | 'dynamodb' } {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (e) {
    throw new Error(`The item is not valid JSON: ${(e as Error).message}`, { cause: e })
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('The item must be a JSON object of attributes.')
  const obj = parsed as Record<string, unknown>
  const detected = format === 'auto' ? (looksLikeDynamoDBJson(obj) ? 'dynamodb' : 'plain') : format
  if (detected === 'dynamodb') return { item: obj as Record<string, AttributeValue>, detected }
  try {
    return { item: marshall(obj, { removeUndefinedValues: true, convertEmptyValues: false }), detected }
  } catch (e) {
    throw new Error(`The item could not be converted to DynamoDB JSON: ${(e as Error).message}`, { cause: e })
  }
}

/** Plain-JSON view of a DynamoDB item (numbers kept as text when they would lose precision). */
export function toPlain(item: Record<string, AttributeValue>): Record<string, unknown> {
  return unmarshall(item, { wrapNumbers: false, convertWithoutMapWrapper: true })
}

/** Short display text for one attribute value in a grid cell. */
export function cellText(value: AttributeValue | undefined): string {
  if (!value) return ''
  if (value.S !== undefined) return value.S
  if (value.N !== undefined) return value.N
  if (value.BOOL !== undefined) return String(value.BOOL)
  if (value.NULL !== undefined) return 'null'
  if (value.SS) return `{${value.SS.join(', ')}}`
  if (value.NS) return `{${value.NS.join(', ')}}`
  if (value.B !== undefined) return `<binary ${value.B.length} bytes>`
  if (value.BS) return `{${value.BS.length} binaries}`
  return JSON.stringify(value.M !== undefined ? { M: value.M } : { L: value.L })
}
