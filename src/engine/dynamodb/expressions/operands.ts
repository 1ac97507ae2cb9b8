import { isReservedWord } from './reservedWords.ts'
import type { DocumentPath } from './paths.ts'
import type { Placeholders } from './Placeholders.ts'
import type { RawPath, RawValue } from './operandParser.ts'
import type { AttributeType, AttributeValue } from '../types.ts'

/**
 * Resolution of parsed paths and `:value` placeholders, shared by the condition and update checkers.
 * Messages are AWS's (dynalite `db/*.pegjs`, diffed against DynamoDB).
 */

export const MSG_UNDEFINED_NAME = 'An expression attribute name used in the document path is not defined; attribute name: '
export const MSG_UNDEFINED_VALUE = 'An expression attribute value used in expression is not defined; attribute value: '

/** Problems found while resolving; the caller files each under its own error category. */
export interface ResolveProblems {
  reserved?(message: string): void
  undefinedName(message: string): void
  undefinedValue(message: string): void
}

/**
 * Resolves a parsed path: `#placeholders` → names, literal names checked against the reserved words.
 * @returns the path, or undefined if a placeholder is undefined
 */
export function resolvePath(raw: RawPath, placeholders: Placeholders, problems: ResolveProblems): DocumentPath | undefined {
  const path: Array<string | number> = []
  let ok = true
  for (const element of raw.elements) {
    if (element.kind === 'index') path.push(element.index)
    else if (element.kind === 'attribute') {
      if (isReservedWord(element.name)) {
        problems.reserved?.(`Attribute name is a reserved keyword; reserved keyword: ${element.name}`)
      }
      path.push(element.name)
    } else {
      const name = placeholders.name(element.placeholder)
      if (name === undefined) {
        problems.undefinedName(MSG_UNDEFINED_NAME + element.placeholder)
        ok = false
      } else path.push(name)
    }
  }
  return ok ? path : undefined
}

/** The value of a `:placeholder`, or undefined (reported) if it is not defined. */
export function resolveValue(raw: RawValue, placeholders: Placeholders, problems: ResolveProblems): AttributeValue | undefined {
  const value = placeholders.value(raw.placeholder)
  if (value === undefined) problems.undefinedValue(MSG_UNDEFINED_VALUE + raw.placeholder)
  return value
}

/** The data type of an attribute value (`S`, `N`, `SS`, `M`, …). */
export function typeOf(value: AttributeValue): AttributeType {
  return Object.keys(value).find((k) => TYPE_SET.has(k)) as AttributeType
}

const TYPE_SET: ReadonlySet<string> = new Set(['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS'])
