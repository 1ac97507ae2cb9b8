import type { SeededRandom } from '../clock/SeededRandom.ts'
import { jitter } from '../dynamodb/latency.ts'

/**
 * Modeled DAX latencies, in virtual ms (a teaching model, not measurements). AWS: DAX answers cache hits in
 * microseconds, "an order of magnitude" faster than DynamoDB's single-digit milliseconds; a miss costs a
 * DynamoDB round trip on top. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.html
 * Each figure gets the same seeded ±25 % jitter as DynamoDB's (../dynamodb/latency.ts).
 */
export const DAX_LATENCY_MS = {
  /** One way, application ↔ DAX node inside the same VPC. */
  network: 0.1,
  /** Cache lookup (item or query cache) on the node. */
  lookup: 0.05,
  /** Updating the item cache after a write or filling it after a miss. */
  fill: 0.02,
} as const

/**
 * Requests per second one node serves before it queues (a model of a `dax.r5.large`-class node; AWS does not
 * publish a figure). The node count only changes this throughput and latency, never the results.
 * @default 50000
 */
export const DAX_NODE_REQUESTS_PER_SECOND = 50_000

/**
 * Latency factor of a node that has already served `load` requests in the current virtual second:
 * 1 / (1 − utilization), utilization capped at 0.95 (so at most 20×). Queueing theory's M/M/1 shape.
 */
export function loadFactor(load: number, perSecond = DAX_NODE_REQUESTS_PER_SECOND): number {
  const u = Math.min(load / perSecond, 0.95)
  return 1 / (1 - u)
}

/** One jittered DAX step, scaled by the node's load factor, rounded to the microsecond. */
export function daxStep(random: SeededRandom, ms: number, factor: number): number {
  return Math.round(jitter(random, ms) * factor * 1000) / 1000
}
