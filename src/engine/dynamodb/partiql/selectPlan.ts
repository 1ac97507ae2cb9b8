import type { AttributeValue, Item } from '../types.ts'
import type { Table } from '../Table.ts'
import type { ReadTarget } from '../indexes/readTarget.ts'
import type { LegacyCondition, LegacyConditions } from '../validation/legacyConditions.ts'
import type { Expr, PathExpr, SelectStatement } from './ast.ts'
import { ValidationException } from '../errors.ts'
import { INVALID, typeOf } from '../attributes/validate.ts'
import { resolveReadTarget } from '../indexes/readTarget.ts'
import { compareKeyValues } from '../keyOrder.ts'
import { indexDefinitions } from '../indexes/maintenance.ts'
import { constantValue } from './values.ts'
import { conjuncts, equalityOn, isAttr, rootNames } from './keys.ts'
import {
  MSG_CONSISTENT_GSI,
  MSG_NO_INDEX,
  MSG_ORDER_BY_NO_HASH,
  MSG_ORDER_BY_NO_WHERE,
  MSG_OVERLAPPING_RANGE,
} from './errors.ts'

/**
 * How a SELECT reads: DynamoDB runs it as a GetItem when the WHERE pins the full primary key with `=`, as a
 * Query when it pins the partition key with `=` or `IN` (one Query per value), and as a Scan otherwise
 * (AWS-FACTS §8, "full-scan rule"). The whole WHERE is then applied to every item read, as a filter.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.select.html
 */
export interface SelectPlan {
  target: ReadTarget
  mode: 'get' | 'query' | 'scan'
  /** Partition key values to query, in order (query mode); the key (get mode) is `partitions[0]` + range. */
  partitions: AttributeValue[]
  /** Sort key condition of each Query, when the WHERE has one on the sort key. */
  range?: LegacyCondition
  /** The full key (get mode). */
  key?: Item
  forward: boolean
  where?: Expr
  projection: '*' | PathExpr[]
}

/**
 * Resolves the table or index and decides how to read.
 * @throws ValidationException `The table does not have the specified index`, `Strongly consistent read is not
 *   supported on Global Secondary Indexes`, projection and ORDER BY errors, filter/projection attributes an
 *   index does not project
 */
export function planSelect(table: Table, s: SelectStatement, params: readonly AttributeValue[], consistent: boolean): SelectPlan {
  const indexName = s.source.index
  if (indexName !== undefined) {
    const def = indexDefinitions(table).find((d) => d.IndexName === indexName)
    if (!def) throw new ValidationException(MSG_NO_INDEX)
    if (def.kind === 'GSI' && consistent) throw new ValidationException(MSG_CONSISTENT_GSI)
  }
  const target = resolveReadTarget(table, indexName, false)
  if (s.projection !== '*') {
    const names = s.projection.map((p) => [...p.steps].reverse().find((x) => typeof x === 'string'))
    const twice = names.find((n, i) => names.indexOf(n) !== i)
    if (twice !== undefined) throw new ValidationException(`Duplicate identifiers in select clause: ${twice}`)
  }
  const terms = conjuncts(s.where)
  checkProjected(target, s, terms.some((t) => equalityOn(t, target.hashKey) !== undefined || (t.kind === 'in' && !t.negated && isAttr(t.value, target.hashKey))))

  const plan: SelectPlan = { target, mode: 'scan', partitions: [], forward: !s.orderBy?.descending, projection: s.projection }
  if (s.where) plan.where = s.where
  const hashType = table.attributeType(target.hashKey) ?? 'S'
  for (const t of terms) {
    const eq = equalityOn(t, target.hashKey)
    if (eq) {
      plan.partitions = [constantValue(eq, params)!]
      break
    }
    // IN on an index's partition key is not pushed down: the index is scanned.
    if (t.kind === 'in' && !t.negated && isAttr(t.value, target.hashKey) && target.kind === 'table') {
      const values = t.list.map((e) => constantValue(e, params)).filter((v): v is AttributeValue => v !== undefined)
      plan.partitions = values.filter((v, i) => values.findIndex((w) => JSON.stringify(w) === JSON.stringify(v)) === i)
      break
    }
  }
  // An OR of partition keys is pushed down on the table only; on an index it is a Scan.
  if (plan.partitions.length === 0 && s.where?.kind === 'or' && target.kind === 'table') plan.partitions = orPartitions(s.where, target, params)
  if (s.orderBy) checkOrderBy(target, s, plan.partitions.length)
  if (plan.partitions.length === 0) return plan
  plan.mode = 'query'
  // A partition value of the wrong type matches nothing: the Query reads nothing.
  plan.partitions = plan.partitions.filter((v) => typeOf(v) === hashType)
  // ORDER BY the partition key reads the partitions in key order.
  if (s.orderBy && isAttr(s.orderBy.path, target.hashKey)) {
    plan.partitions.sort((a, b) => compareKeyValues(a, b) * (s.orderBy!.descending ? -1 : 1))
  }
  if (target.rangeKey !== undefined) {
    const range = rangeCondition(terms, target.rangeKey, table.attributeType(target.rangeKey) ?? 'S', params)
    if (range) plan.range = range
  }
  if (s.where?.kind === 'or') return plan
  const single = plan.partitions.length === 1
  const fullKey = target.rangeKey === undefined || plan.range?.ComparisonOperator === 'EQ'
  if (target.kind === 'table' && single && fullKey) {
    plan.mode = 'get'
    plan.key = { [target.hashKey]: plan.partitions[0]! }
    if (target.rangeKey !== undefined) plan.key[target.rangeKey] = plan.range!.AttributeValueList[0]!
  }
  return plan
}

/** The key conditions of the Query on partition `value`. */
export function keyConditionsFor(plan: SelectPlan, value: AttributeValue): LegacyConditions {
  const out: LegacyConditions = { [plan.target.hashKey]: { ComparisonOperator: 'EQ', AttributeValueList: [value] } }
  if (plan.range && plan.target.rangeKey !== undefined) out[plan.target.rangeKey] = plan.range
  return out
}

const RANGE_OPS: Record<string, LegacyCondition['ComparisonOperator']> = { '=': 'EQ', '<': 'LT', '<=': 'LE', '>': 'GT', '>=': 'GE' }
const FLIPPED: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=' }

function rangeCondition(terms: Expr[], rangeKey: string, type: string, params: readonly AttributeValue[]): LegacyCondition | undefined {
  const ok = (v: AttributeValue | undefined): v is AttributeValue => v !== undefined && typeOf(v) === type
  for (const t of terms) {
    if (t.kind === 'compare' && t.op !== '<>') {
      const left = isAttr(t.left, rangeKey)
      const right = isAttr(t.right, rangeKey)
      if (left === right) continue
      const other = left ? t.right : t.left
      if (other.kind !== 'literal' && other.kind !== 'param') continue
      const v = constantValue(other, params)
      if (ok(v)) return { ComparisonOperator: RANGE_OPS[left ? t.op : FLIPPED[t.op]!]!, AttributeValueList: [v] }
    }
    if (t.kind === 'between' && !t.negated && isAttr(t.value, rangeKey)) {
      const lo = t.low.kind === 'literal' || t.low.kind === 'param' ? constantValue(t.low, params) : undefined
      const hi = t.high.kind === 'literal' || t.high.kind === 'param' ? constantValue(t.high, params) : undefined
      if (ok(lo) && ok(hi)) return { ComparisonOperator: 'BETWEEN', AttributeValueList: [lo, hi] }
    }
    if (t.kind === 'call' && t.name === 'begins_with' && t.args.length === 2 && isAttr(t.args[0]!, rangeKey) && type !== 'N') {
      const v = t.args[1]!.kind === 'literal' || t.args[1]!.kind === 'param' ? constantValue(t.args[1]!, params) : undefined
      if (ok(v)) return { ComparisonOperator: 'BEGINS_WITH', AttributeValueList: [v] }
    }
  }
  return undefined
}

function checkOrderBy(target: ReadTarget, s: SelectStatement, partitions: number): void {
  if (!s.where) throw new ValidationException(MSG_ORDER_BY_NO_WHERE)
  if (partitions === 0) throw new ValidationException(MSG_ORDER_BY_NO_HASH)
  const steps = s.orderBy!.path.steps
  const name = steps.map(String).join('.')
  if (steps.length !== 1 || (steps[0] !== target.hashKey && steps[0] !== target.rangeKey)) {
    throw new ValidationException(`Variable reference ${name} in ORDER BY clause must be part of the primary key`)
  }
  if (partitions > 1 && steps[0] !== target.hashKey) {
    throw new ValidationException('Must have hash key in ORDER BY clause when more than one hash key condition specified in WHERE clause.')
  }
}

/**
 * On an index, a keyed read (partition key `=` or `IN` at the top level) may filter only on attributes the index
 * projects, and a GSI read may only project those. An unkeyed read is a Scan of the index entries, where an
 * unprojected attribute is simply missing.
 */
function checkProjected(target: ReadTarget, s: SelectStatement, keyed: boolean): void {
  const projected = target.projected
  if (!projected || !target.indexName) return
  const filterMissing = [...rootNames(s.where)].filter((n) => !projected.has(n))
  if (keyed && filterMissing.length) {
    throw new ValidationException(`${INVALID}Secondary index ${target.indexName} does not project one or more filter attributes: [${filterMissing.join(', ')}]`)
  }
  if (target.kind !== 'GSI' || s.projection === '*') return
  const names = new Set<string>()
  for (const p of s.projection) if (typeof p.steps[0] === 'string') names.add(p.steps[0])
  const missing = [...names].filter((n) => !projected.has(n))
  if (missing.length) throw new ValidationException(`${INVALID}Global secondary index ${target.indexName} does not project [${missing.join(', ')}]`)
}

function disjuncts(e: Expr): Expr[] {
  return e.kind === 'or' ? [...disjuncts(e.left), ...disjuncts(e.right)] : [e]
}

/**
 * `pk = 1 OR pk = 2` (each OR branch pinning the partition key) is still a Query, one per value. On one
 * partition, a branch with a sort key range (`=`, `<`, BETWEEN, begins_with…) beside a branch that filters on
 * other attributes without touching the sort key is refused; negated or `<>` sort key terms do not count as a
 * range (as AWS answers them).
 * @throws ValidationException `Overlapping conditions with range keys are not supported in where clause`
 */
function orPartitions(where: Expr, target: ReadTarget, params: readonly AttributeValue[]): AttributeValue[] {
  const branches: { value: AttributeValue; ranged: boolean; filtered: boolean }[] = []
  const rangeKey = target.rangeKey
  for (const d of disjuncts(where)) {
    const terms = conjuncts(d)
    const eq = terms.find((t) => equalityOn(t, target.hashKey) !== undefined)
    if (!eq) return []
    const others = terms.filter((t) => t !== eq)
    const ranged = rangeKey !== undefined && others.some((t) => isRangeTerm(t, rangeKey))
    const filtered = others.length > 0 && (rangeKey === undefined || !others.some((t) => rootNames(t).has(rangeKey)))
    branches.push({ value: constantValue(equalityOn(eq, target.hashKey)!, params)!, ranged, filtered })
  }
  const values: AttributeValue[] = []
  for (const b of branches) {
    const same = branches.filter((o) => JSON.stringify(o.value) === JSON.stringify(b.value))
    if (same.some((o) => o.ranged) && same.some((o) => o.filtered)) throw new ValidationException(MSG_OVERLAPPING_RANGE)
    if (!values.some((v) => JSON.stringify(v) === JSON.stringify(b.value))) values.push(b.value)
  }
  return values
}

/** A positive sort key condition a Query could use as its range. */
function isRangeTerm(t: Expr, rangeKey: string): boolean {
  if (t.kind === 'compare') return t.op !== '<>' && (isAttr(t.left, rangeKey) || isAttr(t.right, rangeKey))
  if (t.kind === 'between') return !t.negated && isAttr(t.value, rangeKey)
  if (t.kind === 'in') return !t.negated && isAttr(t.value, rangeKey)
  return t.kind === 'call' && t.name === 'begins_with' && t.args.length > 0 && isAttr(t.args[0]!, rangeKey)
}
