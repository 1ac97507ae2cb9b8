import { partitionCountFor, PARTITION_MAX_BYTES, PARTITION_MAX_RCU, PARTITION_MAX_WCU } from '../../engine/dynamodb/partitions.ts'
import { fmt, pick, type GeneratorDraw, type QuestionGenerator } from './types.ts'

/**
 * Partition count questions, from src/engine/dynamodb/partitions.ts partitionCountFor: one partition per
 * 3,000 RCU + 1,000 WCU (summed) and per 10 GB. This is the classic (2017) published rule; AWS no
 * longer publishes partition math (../shared/AWS-FACTS.md §3.1), so the explanation says so.
 */

const HISTORICAL = 'This is the classic rule DynamoDB documented until 2017 (and the simulator models); AWS no longer publishes partition math, but the per-partition ceilings of 3,000 RCU, 1,000 WCU and 10 GB still apply.'
const GB = 1024 * 1024 * 1024

export const partitionsByCapacityGenerator: QuestionGenerator = {
  id: 'partitions-capacity',
  title: 'Partitions by capacity',
  topic: 'dynamodb',
  subtopic: 'partitions',
  source: { note: '1-dynamodb-and-api-gateway.txt', section: 'DynamoDB partitions:' },
  generate(random): GeneratorDraw {
    const rcu = pick(random, [500, 1000, 1500, 2000, 3000, 4000, 5000, 6000, 7500, 9000, 10000, 12000])
    const wcu = pick(random, [100, 250, 500, 800, 1000, 1500, 2000, 2500, 3000, 4000])
    const answer = partitionCountFor(rcu, wcu, 0)
    const sum = rcu / PARTITION_MAX_RCU + wcu / PARTITION_MAX_WCU
    return {
      prompt: `A new provisioned table is created with ${fmt(rcu)} RCU and ${fmt(wcu)} WCU and holds almost no data. Using the classic partition formula, how many partitions does it start with?`,
      answer,
      params: { rcu, wcu },
      unit: 'partitions',
      difficulty: 2,
      explanation: `Partitions for throughput = ceil(RCU / 3,000 + WCU / 1,000): the two shares are added, not maxed. ${HISTORICAL}`,
      steps: [
        `Read share: ${fmt(rcu)} / 3,000 = ${fmt(rcu / PARTITION_MAX_RCU)}.`,
        `Write share: ${fmt(wcu)} / 1,000 = ${fmt(wcu / PARTITION_MAX_WCU)}.`,
        `Sum and round up: ceil(${fmt(sum)}) = ${answer} partition(s).`,
      ],
    }
  },
}

export const partitionsBySizeGenerator: QuestionGenerator = {
  id: 'partitions-size',
  title: 'Partitions by size and capacity',
  topic: 'dynamodb',
  subtopic: 'partitions',
  source: { note: '1-dynamodb-and-api-gateway.txt', section: 'DynamoDB partitions:' },
  generate(random): GeneratorDraw {
    const rcu = pick(random, [100, 500, 1000, 2000, 3000, 6000])
    const wcu = pick(random, [50, 100, 250, 500, 1000, 2000])
    const gb = pick(random, [5, 8, 12, 20, 25, 40, 55, 80, 100, 150])
    const answer = partitionCountFor(rcu, wcu, gb * GB)
    const byCapacity = Math.ceil(rcu / PARTITION_MAX_RCU + wcu / PARTITION_MAX_WCU)
    const bySize = Math.ceil((gb * GB) / PARTITION_MAX_BYTES)
    return {
      prompt: `A provisioned table has ${fmt(rcu)} RCU, ${fmt(wcu)} WCU and stores ${gb} GB. Using the classic formula (by capacity and by size), how many partitions does it need?`,
      answer,
      params: { rcu, wcu, gb },
      unit: 'partitions',
      difficulty: 3,
      explanation: `Compute partitions for throughput (RCU / 3,000 + WCU / 1,000) and for size (GB / 10), take the larger, round up. ${HISTORICAL}`,
      steps: [
        `By capacity: ceil(${fmt(rcu)} / 3,000 + ${fmt(wcu)} / 1,000) = ${byCapacity}.`,
        `By size: ceil(${gb} GB / 10 GB) = ${bySize}.`,
        `Take the larger: max(${byCapacity}, ${bySize}) = ${answer} partition(s).`,
      ],
    }
  },
}
