import type { SeededRandom } from '../clock/SeededRandom.ts'

/**
 * Modeled latencies, in virtual ms. These are a teaching model, not measurements: DynamoDB answers
 * in single-digit milliseconds inside a Region; the network leg is a client in the same Region.
 * Each figure gets seeded jitter of ±25 %.
 */
export const DYNAMODB_LATENCY_MS = {
  /** One way, client ↔ the regional endpoint. */
  network: 3,
  /** Request router: authentication, validation, finding the partition. */
  router: 1,
  /** Storage node read (eventually consistent, any replica). */
  read: 2,
  /** Storage node strongly consistent read (leader replica). */
  consistentRead: 3,
  /** Storage node write: leader plus one of the two other replicas must acknowledge. */
  write: 5,
} as const

export function jitter(random: SeededRandom, ms: number): number {
  return Math.round(ms * random.between(0.75, 1.25) * 1000) / 1000
}
