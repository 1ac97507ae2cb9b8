import { readUnits, writeUnits, READ_UNIT_BYTES, WRITE_UNIT_BYTES } from '../../engine/dynamodb/capacity.ts'
import type { SeededRandom } from '../../engine/clock/SeededRandom.ts'
import { fmt, pick, type GeneratorDraw, type QuestionGenerator } from './types.ts'

/**
 * RCU / WCU questions. Arithmetic from src/engine/dynamodb/capacity.ts (readUnits/writeUnits), per
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html:
 * 1 RCU = one strongly consistent read/s of up to 4 KB (two eventually consistent), 1 WCU = one write/s
 * of up to 1 KB, transactional ×2, item sizes rounded up per item. Per-minute rates are converted to
 * per-second first because DynamoDB enforces capacity per second.
 */

const SIZES_KB = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 6.5, 7, 8, 9.5, 10, 12, 12.5, 17, 20] as const
const RATES = [1, 2, 3, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 75, 100, 120, 150, 200, 250] as const

/** Draws a rate, sometimes quoted per minute (always a whole number per second). */
function drawRate(random: SeededRandom): { perSecond: number; quoted: string; perMinute: boolean } {
  const perSecond = pick(random, RATES)
  const perMinute = random.next() < 0.35
  return { perSecond, perMinute, quoted: perMinute ? `${fmt(perSecond * 60)} per minute` : `${fmt(perSecond)} per second` }
}

const sizeText = (kb: number): string => `${fmt(kb)} KB`

export const rcuGenerator: QuestionGenerator = {
  id: 'rcu',
  title: 'Read capacity units',
  topic: 'dynamodb',
  subtopic: 'capacity',
  source: { note: '1-dynamodb-and-api-gateway.txt', section: 'Read Capacity Units:' },
  generate(random): GeneratorDraw {
    const kb = pick(random, SIZES_KB)
    const bytes = kb * 1024
    const rate = drawRate(random)
    const consistency = pick(random, ['eventual', 'strong', 'transactional'] as const)
    const perRead = readUnits(bytes, consistency)
    const exact = rate.perSecond * perRead
    const answer = Math.ceil(exact)
    const kind = consistency === 'eventual' ? 'eventually consistent' : consistency === 'strong' ? 'strongly consistent' : 'transactional (TransactGetItems)'
    const blocks = Math.ceil(bytes / READ_UNIT_BYTES)
    return {
      prompt: `An application makes ${rate.quoted} ${kind} reads of items of ${sizeText(kb)} each. How many RCU must the table provision (whole units)?`,
      answer,
      params: { bytes, perSecond: rate.perSecond, perMinute: rate.perMinute, consistency },
      unit: 'RCU',
      difficulty: rate.perMinute || consistency === 'transactional' ? 3 : 2,
      explanation: 'Each read is rounded up to the next 4 KB; a strongly consistent read costs 1 RCU per 4 KB, an eventually consistent read half of that, a transactional read twice. Multiply by reads per second (DynamoDB enforces capacity per second).',
      steps: [
        ...(rate.perMinute ? [`Convert to per second: ${fmt(rate.perSecond * 60)} / 60 = ${fmt(rate.perSecond)} reads/s.`] : []),
        `Round the item up to 4 KB blocks: ${sizeText(kb)} = ${fmt(bytes)} bytes → ceil(${fmt(bytes)} / 4,096) = ${blocks} block(s).`,
        `Units per read (${kind}): ${blocks} × ${consistency === 'eventual' ? '0.5' : consistency === 'strong' ? '1' : '2'} = ${fmt(perRead)} RCU.`,
        `Per second: ${fmt(rate.perSecond)} × ${fmt(perRead)} = ${fmt(exact)} RCU${answer !== exact ? ` → provision whole units: ${answer}` : ''}.`,
      ],
    }
  },
}

export const wcuGenerator: QuestionGenerator = {
  id: 'wcu',
  title: 'Write capacity units',
  topic: 'dynamodb',
  subtopic: 'capacity',
  source: { note: '1-dynamodb-and-api-gateway.txt', section: 'Write Capacity Units:' },
  generate(random): GeneratorDraw {
    const kb = pick(random, SIZES_KB)
    const bytes = kb * 1024
    const rate = drawRate(random)
    const perWrite = writeUnits(bytes)
    const answer = rate.perSecond * perWrite
    return {
      prompt: `An application writes ${rate.quoted} items of ${sizeText(kb)} each (standard, non-transactional writes). How many WCU must the table provision?`,
      answer,
      params: { bytes, perSecond: rate.perSecond, perMinute: rate.perMinute },
      unit: 'WCU',
      difficulty: rate.perMinute ? 2 : 1,
      explanation: 'Each write is rounded up to the next 1 KB and costs 1 WCU per KB; multiply by writes per second. A per-minute rate is divided by 60 first because DynamoDB enforces capacity per second.',
      steps: [
        ...(rate.perMinute ? [`Convert to per second: ${fmt(rate.perSecond * 60)} / 60 = ${fmt(rate.perSecond)} writes/s.`] : []),
        `Round the item up to 1 KB: ceil(${fmt(bytes)} / ${WRITE_UNIT_BYTES}) = ${perWrite} WCU per write.`,
        `Per second: ${fmt(rate.perSecond)} × ${perWrite} = ${fmt(answer)} WCU.`,
      ],
    }
  },
}

export const transactionalWcuGenerator: QuestionGenerator = {
  id: 'transactional-wcu',
  title: 'Transactional write capacity',
  topic: 'dynamodb',
  subtopic: 'transactions',
  source: { note: '1-dynamodb-and-api-gateway.txt', section: 'DynamoDB Transactions - CAPACITY COMPUTAIONS' },
  generate(random): GeneratorDraw {
    const kb = pick(random, SIZES_KB)
    const bytes = kb * 1024
    const rate = drawRate(random)
    const perWrite = writeUnits(bytes, true)
    const answer = rate.perSecond * perWrite
    return {
      prompt: `An application runs ${rate.quoted} TransactWriteItems calls, each writing one item of ${sizeText(kb)}. How many WCU must the table provision?`,
      answer,
      params: { bytes, perSecond: rate.perSecond, perMinute: rate.perMinute },
      unit: 'WCU',
      difficulty: 3,
      explanation: 'A transactional write costs twice a standard write (prepare and commit): 2 WCU per 1 KB, rounded up per item, times the per-second rate.',
      steps: [
        ...(rate.perMinute ? [`Convert to per second: ${fmt(rate.perSecond * 60)} / 60 = ${fmt(rate.perSecond)} transactions/s.`] : []),
        `Round the item up to 1 KB: ceil(${fmt(bytes)} / 1,024) = ${perWrite / 2} KB → ${perWrite / 2} WCU standard.`,
        `Transactional ×2: ${perWrite} WCU per write.`,
        `Per second: ${fmt(rate.perSecond)} × ${perWrite} = ${fmt(answer)} WCU.`,
      ],
    }
  },
}
