import { ValidationException } from '../errors.ts'

/** Test helper: runs `fn`, expecting a ValidationException, and returns its message. */
export function validationMessage(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    if (e instanceof ValidationException) return e.message
    throw e
  }
  throw new Error('expected a ValidationException')
}
