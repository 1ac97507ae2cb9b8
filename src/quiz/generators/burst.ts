import { fmt, pick, type GeneratorDraw, type QuestionGenerator } from './types.ts'

/**
 * Burst capacity: DynamoDB retains up to 5 minutes (300 s) of unused read and write capacity for bursts.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html#bp-partition-key-throughput-bursting
 * (../shared/AWS-FACTS.md §3.3). AWS says details "might change" and background work may use it, so
 * this is the documented upper bound.
 */

/** Seconds of unused capacity DynamoDB retains for bursts. @default 300 */
export const BURST_WINDOW_SECONDS = 300

/** Burst capacity banked after `idleSeconds` of consuming `usedPerSecond` of `provisioned` units/s. */
export function burstCapacityAvailable(provisioned: number, usedPerSecond: number, idleSeconds: number): number {
  return Math.min(idleSeconds, BURST_WINDOW_SECONDS) * Math.max(0, provisioned - usedPerSecond)
}

export const burstGenerator: QuestionGenerator = {
  id: 'burst',
  title: 'Burst capacity',
  topic: 'dynamodb',
  subtopic: 'throttling',
  source: { note: '3-serverless-architecture-and-best-practices.md', section: 'Burst Capacity' },
  generate(random): GeneratorDraw {
    const unit = pick(random, ['WCU', 'RCU'] as const)
    const provisioned = pick(random, [10, 20, 25, 50, 100, 200, 400, 500, 1000])
    const used = Math.floor(provisioned * pick(random, [0, 0, 0.2, 0.25, 0.5, 0.6, 0.8]))
    const idle = pick(random, [30, 60, 120, 180, 240, 300, 420, 600, 900, 3600])
    const answer = burstCapacityAvailable(provisioned, used, idle)
    const window = Math.min(idle, BURST_WINDOW_SECONDS)
    return {
      prompt: `A table provisioned with ${fmt(provisioned)} ${unit} consumed ${used === 0 ? 'nothing' : `a steady ${fmt(used)} ${unit}/s`} for the last ${fmt(idle)} seconds. At most how much burst capacity (in ${unit}) can it have banked?`,
      answer,
      unit,
      params: { provisioned, used, idle },
      difficulty: idle > BURST_WINDOW_SECONDS ? 3 : 2,
      explanation: 'DynamoDB keeps up to 300 seconds (5 minutes) of unused capacity for bursts: banked = min(idle seconds, 300) × unused units per second. Anything older than 5 minutes is not kept. AWS documents this as best-effort (it may also be used for background work).',
      steps: [
        `Unused per second: ${fmt(provisioned)} − ${fmt(used)} = ${fmt(provisioned - used)} ${unit}/s.`,
        `Seconds that count: min(${fmt(idle)}, 300) = ${window} s.`,
        `Banked: ${window} × ${fmt(provisioned - used)} = ${fmt(answer)} ${unit}.`,
      ],
    }
  },
}
