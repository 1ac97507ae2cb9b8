import { getPath } from './paths.ts'
import { typeOf } from './operands.ts'
import { beginsWith, compareScalars, containsValue, equalValues, sizeOf } from './values.ts'
import type { Condition, Operand } from './conditionCheck.ts'
import type { AttributeValue, Item } from '../types.ts'

/**
 * Evaluates a checked ConditionExpression / FilterExpression against an item (undefined = no item, so
 * every path is missing). A comparison with a missing operand is false, except `<>`, which is true
 * (a missing attribute is not equal to anything). Different types are never equal or ordered.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html
 */
export function evaluateCondition(condition: Condition, item: Item | undefined): boolean {
  switch (condition.kind) {
    case 'and':
      return evaluateCondition(condition.left, item) && evaluateCondition(condition.right, item)
    case 'or':
      return evaluateCondition(condition.left, item) || evaluateCondition(condition.right, item)
    case 'not':
      return !evaluateCondition(condition.operand, item)
    case 'compare': {
      const left = operandValue(condition.left, item)
      const right = operandValue(condition.right, item)
      if (!left || !right) return condition.op === '<>'
      if (condition.op === '=') return equalValues(left, right)
      if (condition.op === '<>') return !equalValues(left, right)
      const order = compareScalars(left, right)
      if (order === undefined) return false
      return condition.op === '<' ? order < 0 : condition.op === '<=' ? order <= 0 : condition.op === '>' ? order > 0 : order >= 0
    }
    case 'between': {
      const value = operandValue(condition.operand, item)
      const lower = operandValue(condition.lower, item)
      const upper = operandValue(condition.upper, item)
      if (!value || !lower || !upper) return false
      const low = compareScalars(value, lower)
      const high = compareScalars(value, upper)
      return low !== undefined && high !== undefined && low >= 0 && high <= 0
    }
    case 'in': {
      const value = operandValue(condition.operand, item)
      if (!value) return false
      return condition.list.some((o) => {
        const candidate = operandValue(o, item)
        return candidate !== undefined && equalValues(value, candidate)
      })
    }
    case 'function':
      return evaluateFunction(condition.name, condition.args, item)
  }
}

function evaluateFunction(name: string, args: Operand[], item: Item | undefined): boolean {
  const [first, second] = args.map((a) => operandValue(a, item))
  switch (name) {
    case 'attribute_exists':
      return first !== undefined
    case 'attribute_not_exists':
      return first === undefined
    case 'attribute_type':
      return first !== undefined && second !== undefined && 'S' in second && typeOf(first) === second.S
    case 'begins_with':
      return first !== undefined && second !== undefined && beginsWith(first, second)
    case 'contains':
      return first !== undefined && second !== undefined && containsValue(first, second)
    default:
      return false
  }
}

/** The value of an operand for `item`: a path's value, a placeholder's value, or `size(...)` as an N. */
function operandValue(operand: Operand, item: Item | undefined): AttributeValue | undefined {
  if (operand.kind === 'value') return operand.value
  if (operand.kind === 'path') return getPath(item, operand.path)
  if (operand.name !== 'size') return undefined
  const target = operandValue(operand.args[0]!, item)
  const size = target && sizeOf(target)
  return size === undefined ? undefined : { N: String(size) }
}
