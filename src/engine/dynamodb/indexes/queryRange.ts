import type { AttributeValue, Item } from '../types.ts'
import type { LegacyCondition, LegacyConditions } from '../validation/legacyConditions.ts'
import type { ReadTarget } from './readTarget.ts'
import { compareKeys } from './keyCompare.ts'
import { beginsWith } from '../expressions/values.ts'

/**
 * The entries a Query reads, in order: one item collection (or index partition), seeked to the first sort
 * key inside the key condition (and past the ExclusiveStartKey), stopping at the last one inside it.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.KeyConditionExpressions.html
 */

interface RangeBounds {
  /** True for sort key values before the condition's range (a prefix of the ascending order). */
  below: (v: AttributeValue) => boolean
  /** True for sort key values after the condition's range (a suffix of the ascending order). */
  above: (v: AttributeValue) => boolean
}

const never = (): boolean => false

/** The sort key range of a key condition (`EQ`, `LT`, `LE`, `GT`, `GE`, `BETWEEN`, `BEGINS_WITH`). */
export function rangeBounds(c: LegacyCondition | undefined): RangeBounds {
  if (!c) return { below: never, above: never }
  const [a, b] = c.AttributeValueList as [AttributeValue, AttributeValue | undefined]
  const cmp = (v: AttributeValue): number => compareKeys(v, a)
  switch (c.ComparisonOperator) {
    case 'EQ':
      return { below: (v) => cmp(v) < 0, above: (v) => cmp(v) > 0 }
    case 'LT':
      return { below: never, above: (v) => cmp(v) >= 0 }
    case 'LE':
      return { below: never, above: (v) => cmp(v) > 0 }
    case 'GT':
      return { below: (v) => cmp(v) <= 0, above: never }
    case 'GE':
      return { below: (v) => cmp(v) < 0, above: never }
    case 'BETWEEN':
      return { below: (v) => cmp(v) < 0, above: (v) => compareKeys(v, b!) > 0 }
    case 'BEGINS_WITH':
      return { below: (v) => cmp(v) < 0, above: (v) => cmp(v) > 0 && !beginsWith(v, a) }
    default:
      return { below: never, above: never }
  }
}

/**
 * Entries of `target` matching the key conditions, in sort key order (descending when `forward` is false),
 * strictly after `startKey` in that order.
 */
export function* queryCandidates(target: ReadTarget, keyConditions: LegacyConditions, forward: boolean, startKey?: Item): IterableIterator<Item> {
  const hashValue = keyConditions[target.hashKey]!.AttributeValueList[0]!
  const range = target.rangeKey
  const { below, above } = rangeBounds(range === undefined ? undefined : keyConditions[range])
  const sortValue = (e: Item): AttributeValue => e[range!]!
  const order = target.index ? target.index.compare : (x: Item, y: Item): number => (range === undefined ? 0 : compareKeys(x[range]!, y[range]!))
  const pastStart = (e: Item): boolean => startKey !== undefined && (forward ? order(e, startKey) <= 0 : order(e, startKey) >= 0)
  const outside = range === undefined ? never : forward ? (e: Item) => below(sortValue(e)) : (e: Item) => above(sortValue(e))
  const beyond = range === undefined ? never : forward ? (e: Item) => above(sortValue(e)) : (e: Item) => below(sortValue(e))
  const skip = (e: Item): boolean => outside(e) || pastStart(e)
  const entries = target.index ? target.index.partition(hashValue, skip, !forward) : target.table.items.collection(hashValue, skip, !forward)
  for (const e of entries) {
    if (beyond(e)) return
    yield e
  }
}
