/**
 * Base class of every AWS service error the engine throws.
 *
 * Mirrors aws-sdk-js-v3's `ServiceException`: `name` is the AWS error code (the `__type` suffix on the
 * wire), `message` is the text AWS sends, and `$fault` says whose fault it is. The wire layer
 * (`src/wire/serializeError.ts`) turns it into the service's HTTP error shape and status.
 *
 * Engine operations throw these; `Simulation.request` catches them and records the failure in the trace.
 */
export abstract class AwsServiceException extends Error {
  abstract override readonly name: string
  readonly $fault: 'client' | 'server' = 'client'
  /** Extra fields that AWS sends next to `message` (e.g. `CancellationReasons`, `Item`). */
  extra: Record<string, unknown> | undefined = undefined
}

/** Thrown for a broken internal invariant: a bug in the simulator, never an AWS error. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant failed: ${message}`)
}
