import { ValidationException } from '../errors.ts'

/** The expression parameters, named as in the request (and in AWS's `Invalid <kind>: …` messages). */
export type ExpressionKind =
  | 'ConditionExpression'
  | 'UpdateExpression'
  | 'ProjectionExpression'
  | 'FilterExpression'
  | 'KeyConditionExpression'

/** `ValidationException("Invalid <kind>: <message>")`, the shape of every expression error AWS returns. */
export function invalidExpression(kind: ExpressionKind, message: string): ValidationException {
  return new ValidationException(`Invalid ${kind}: ${message}`)
}

/**
 * Collects semantic errors while an expression is checked, keeping the first message of each category.
 * AWS reports one error per request, choosing by category priority (e.g. a reserved word before an
 * undefined placeholder) rather than by position, so checkers record everything and ask for the winner.
 */
export class ExpressionErrors<Category extends string> {
  private readonly first = new Map<Category, string>()
  private readonly order: readonly Category[]

  constructor(order: readonly Category[]) {
    this.order = order
  }

  add(category: Category, message: string): void {
    if (!this.first.has(category)) this.first.set(category, message)
  }

  has(category: Category): boolean {
    return this.first.has(category)
  }

  get(category: Category): string | undefined {
    return this.first.get(category)
  }

  /** The message AWS would return: the first recorded message of the highest-priority category. */
  winner(): string | undefined {
    for (const category of this.order) {
      const message = this.first.get(category)
      if (message !== undefined) return message
    }
    return undefined
  }
}
