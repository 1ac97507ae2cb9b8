import type { AttributeValue } from '../types.ts'

/** The expression placeholder maps every expression-using item action accepts. */
export interface ExpressionParams {
  /** `#name` → attribute name. */
  ExpressionAttributeNames?: Record<string, string>
  /** `:value` → AttributeValue. */
  ExpressionAttributeValues?: Record<string, AttributeValue>
}
