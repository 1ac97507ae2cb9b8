import type { Expr } from './ast.ts'
import { ValidationException } from '../errors.ts'

/**
 * A statement that is only an expression (`x IS INT4`, `a = 1`, `[1, 2]`) parses but is not a statement
 * DynamoDB runs: `ValidationException: Unsupported operation: <node>`, where `<node>` names the root of the
 * expression tree the way AWS's PartiQL parser (partiql-lang-kotlin's `PartiqlAst.Expr`) calls it. Recorded
 * on AWS: `x IS INT4` (and the other type names) → `Unsupported operation: IsType`.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.statements.html
 *
 * [unverified] The other node names (`Id`, `Path`, `Lit`, `Missing`, `Parameter`, `Eq`, `Ne`, `Lt`, `Lte`,
 * `Gt`, `Gte`, `Plus`, `Minus`, `And`, `Or`, `Not`, `Between`, `InCollection`, `Call`, `List`, `Bag`,
 * `Struct`) follow the same AST's class names; `NOT IN`, `NOT BETWEEN` and `IS NOT` are a `Not` around the
 * positive form, as that parser builds them.
 */
export function unsupportedOperation(e: Expr): ValidationException {
  return new ValidationException(`Unsupported operation: ${nodeName(e)}`)
}

const COMPARISONS = { '=': 'Eq', '<>': 'Ne', '<': 'Lt', '<=': 'Lte', '>': 'Gt', '>=': 'Gte' } as const

function nodeName(e: Expr): string {
  switch (e.kind) {
    case 'path':
      return e.steps.length === 1 ? 'Id' : 'Path'
    case 'literal':
      return e.value.type === 'missing' ? 'Missing' : 'Lit'
    case 'param':
      return 'Parameter'
    case 'list':
      return 'List'
    case 'bag':
      return 'Bag'
    case 'struct':
      return 'Struct'
    case 'compare':
      return COMPARISONS[e.op]
    case 'arith':
      return e.op === '+' ? 'Plus' : 'Minus'
    case 'and':
      return 'And'
    case 'or':
      return 'Or'
    case 'not':
      return 'Not'
    case 'between':
      return e.negated ? 'Not' : 'Between'
    case 'in':
      return e.negated ? 'Not' : 'InCollection'
    case 'is':
      return e.negated ? 'Not' : 'IsType'
    case 'call':
      return 'Call'
  }
}
