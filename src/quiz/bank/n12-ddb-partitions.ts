import type { Question } from '../types.ts'
import { AWS_DOCS, note1 } from './n12-sources.ts'

/**
 * DynamoDB partitions (classic estimates, per-partition limits) and throttling (note 1). The partition formula
 * is the historical estimate AWS no longer publishes; questions say so.
 */
export const questions: Question[] = [
  {
    id: 'n12-ddb-provisioned-per-second-enforcement',
    topic: 'dynamodb',
    subtopic: 'throttling',
    source: note1('a) Provisioned Capacity Mode'),
    kind: 'truefalse',
    prompt:
      'A provisioned table has 60 WCU. Because 60 WCU × 60 s = 3,600 writes per minute, it is guaranteed to accept 3,600 one-KB writes that all arrive within the same second.',
    answer: false,
    explanation:
      'Provisioned capacity is a per-second rate. CloudWatch shows per-minute sums, but DynamoDB enforces the limit each second, so a one-second spike of 3,600 writes is far above 60 WCU. Burst capacity (up to 5 minutes of unused capacity) may absorb part of a spike, but it is best-effort and not guaranteed; the rest is throttled.',
    difficulty: 2,
  },
  {
    id: 'n12-ddb-partitions-by-capacity-1000-1000',
    topic: 'dynamodb',
    subtopic: 'partitions',
    source: note1('DynamoDB partitions:'),
    kind: 'numeric',
    prompt:
      'Using the classic estimate (one partition serves up to 3,000 RCU or 1,000 WCU), how many partitions does a new table with 1,000 RCU and 1,000 WCU start with?',
    answer: 2,
    unit: 'partitions',
    explanation:
      'The historical formula adds the two ratios and rounds up: 1,000/3,000 + 1,000/1,000 = 1.33 → 2 partitions. Taking the larger ratio (1) instead of the sum is the usual mistake. AWS no longer publishes this formula; it is a teaching estimate, while the per-partition limits of 3,000 RCU, 1,000 WCU and about 10 GB are still quoted.',
    difficulty: 2,
    errata: {
      notesSay: 'The number of partitions is computed as RCU/3000 + WCU/1000 (by capacity) and size/10 GB (by size).',
      awsSays:
        'AWS no longer documents partition math; the formula is a 2017-era estimate. Today AWS only quotes per-partition limits (3,000 RCU, 1,000 WCU, about 10 GB) and manages splits itself.',
      source: AWS_DOCS.ddbPartitions,
    },
  },
  {
    id: 'n12-ddb-partitions-by-capacity-5000-2000',
    topic: 'dynamodb',
    subtopic: 'partitions',
    source: note1('DynamoDB partitions:'),
    kind: 'numeric',
    prompt: 'Classic estimate: how many partitions for a table provisioned with 5,000 RCU and 2,000 WCU?',
    answer: 4,
    unit: 'partitions',
    explanation: '5,000/3,000 + 2,000/1,000 = 1.67 + 2 = 3.67, rounded up to 4 partitions. The throughput is then split evenly: 1,250 RCU and 500 WCU per partition.',
    difficulty: 2,
  },
  {
    id: 'n12-ddb-partitions-by-size-45gb',
    topic: 'dynamodb',
    subtopic: 'partitions',
    source: note1('DynamoDB partitions:'),
    kind: 'numeric',
    prompt: 'Using the classic rule of about 10 GB per partition, how many partitions are needed just to hold 45 GB of data?',
    answer: 5,
    unit: 'partitions',
    explanation: '45 / 10 = 4.5, rounded up to 5. You cannot have half a partition, so the count is always rounded up.',
    difficulty: 1,
  },
  {
    id: 'n12-ddb-partitions-max-of-both',
    topic: 'dynamodb',
    subtopic: 'partitions',
    source: note1('DynamoDB partitions:'),
    kind: 'numeric',
    prompt: 'Classic estimate: a table has 6,000 RCU, 500 WCU and holds 50 GB. How many partitions does it need?',
    answer: 5,
    unit: 'partitions',
    explanation:
      'By capacity: 6,000/3,000 + 500/1,000 = 2.5 → 3. By size: 50/10 = 5. The table needs enough partitions for both constraints, so the larger number wins: 5. Adding 3 + 5 double counts.',
    difficulty: 3,
  },
  {
    id: 'n12-ddb-per-partition-wcu-share',
    topic: 'dynamodb',
    subtopic: 'partitions',
    source: note1('DynamoDB partitions:'),
    kind: 'numeric',
    prompt: 'A table provisioned with 2,000 WCU is spread over 4 partitions. Ignoring adaptive capacity, how many WCU does each partition receive?',
    answer: 500,
    unit: 'WCU',
    explanation:
      'Provisioned throughput is divided evenly between partitions: 2,000 / 4 = 500 WCU each. A single hot key can therefore be throttled while the table as a whole is under its limit; adaptive capacity now shifts unused capacity to hot partitions, up to 1,000 WCU per partition.',
    difficulty: 2,
  },
  {
    id: 'n12-ddb-throttle-exception-name',
    topic: 'dynamodb',
    subtopic: 'throttling',
    source: note1('DynamoDB - Throttling:'),
    kind: 'single',
    prompt: 'A provisioned table receives more writes per second than its WCU allow. Which exception does the client get?',
    choices: [
      'ProvisionedThroughputExceedException',
      'ProvisionedThroughputExceededException',
      'ThroughputLimitException',
      'ConditionalCheckFailedException',
    ],
    answer: 1,
    explanation:
      'The exact name is ProvisionedThroughputExceededException ("The level of configured provisioned throughput for the table was exceeded..."). The SDKs treat it as a throttling error and retry it automatically with backoff. ConditionalCheckFailedException is about failed conditions, not capacity.',
    difficulty: 1,
    errata: {
      notesSay: 'Exceeding RCU/WCU raises "ProvisionedThroughputExceedException".',
      awsSays: 'The exception is named ProvisionedThroughputExceededException.',
      source: AWS_DOCS.ddbErrors,
    },
  },
  {
    id: 'n12-ddb-throttle-causes',
    topic: 'dynamodb',
    subtopic: 'throttling',
    source: note1('DynamoDB - Throttling:'),
    kind: 'multiple',
    prompt: 'Choose the TWO situations that typically cause throttling on a provisioned table whose total capacity looks sufficient.',
    choices: [
      'Most requests target the same partition key value (a hot key)',
      'Items are very large, so each request consumes many capacity units',
      'The reads are eventually consistent',
      'Time to Live is enabled on the table',
    ],
    choose: 2,
    answer: [0, 1],
    explanation:
      'A hot key concentrates traffic on one partition, whose share of capacity is limited (at most 3,000 RCU / 1,000 WCU), and large items multiply the units per request. Eventually consistent reads halve the cost, and TTL deletes consume no write capacity at all.',
    difficulty: 2,
  },
  {
    id: 'n12-ddb-throttle-client-reaction',
    topic: 'dynamodb',
    subtopic: 'throttling',
    source: note1('DynamoDB - Throttling:'),
    kind: 'single',
    prompt: 'What is the recommended client behaviour after a throttling error from DynamoDB?',
    choices: [
      'Retry immediately in a tight loop until it succeeds',
      'Retry with exponential backoff and jitter (the AWS SDKs do this automatically)',
      'Switch the table to on-demand on every throttle',
      'Give up: throttled requests are never retryable',
    ],
    answer: 1,
    explanation:
      'Throttling errors are retryable. Exponential backoff with random jitter spreads retries so they do not add to the spike. The JavaScript SDK v3 retries with backoff by default (3 attempts in total in standard mode). Immediate retries make the overload worse; changing capacity mode is a capacity-planning decision, not an error handler.',
    difficulty: 1,
  },
]
