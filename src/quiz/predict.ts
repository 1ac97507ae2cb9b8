import type { PredictQuestion } from './types.ts'

/**
 * "Predict then run" questions: the learner predicts, then runs the scenario (src/quiz/scenarios.ts) in a
 * fresh simulation and sees the observed outcome and the trace. Load scenarios (throttling, burst, hot keys,
 * write sharding) can also run in the app's main simulation, for the charts and the architecture view. Their
 * answer keys are checked against the engine's outcome (scenarios.test.ts, `Scenario.answerOf`).
 */
export const predictQuestions: PredictQuestion[] = [
  {
    id: 'predict-read-consistency-5kb',
    kind: 'predict',
    topic: 'dynamodb',
    subtopic: 'capacity',
    scenario: 'ddb-read-consistency-5kb',
    source: { note: '5-dynamodb-deep-dive.txt', section: 'DynamoDB Read Capacity Units (RCU)' },
    difficulty: 2,
    prompt: 'A table holds one item of 5,012 bytes (about 5 KB). You read it once with an eventually consistent GetItem and once with a strongly consistent GetItem. How much read capacity does each read consume?',
    choices: ['0.5 RCU and 1 RCU', '1 RCU and 2 RCU', '1.5 RCU and 3 RCU', '2 RCU and 4 RCU'],
    answer: 1,
    explanation: 'Reads are billed in 4 KB blocks rounded up per item: 5,012 bytes → 2 blocks. A strongly consistent read costs 1 RCU per block (2 RCU); an eventually consistent read costs half (1 RCU). Rounding to 4 KB happens before halving, so it is not 5/4 × 0.5.',
  },
  {
    id: 'predict-conditional-put-existing',
    kind: 'predict',
    topic: 'dynamodb',
    subtopic: 'write-types',
    scenario: 'ddb-conditional-put-existing',
    source: { note: '5-dynamodb-deep-dive.txt', section: 'Conditional Writes - DO Not Overwrite Elements' },
    difficulty: 1,
    prompt: 'Item user-1 exists with name "Ana". You PutItem user-1 with name "Bruno" and ConditionExpression attribute_not_exists(pk). What happens?',
    choices: [
      'The put succeeds and the name becomes "Bruno"',
      'The put fails with ConditionalCheckFailedException and the name stays "Ana"',
      'The put succeeds but only adds attributes that were missing',
      'The put fails with ValidationException because pk is a key attribute',
    ],
    answer: 1,
    explanation: 'attribute_not_exists(pk) is true only when no item with that key exists. The item exists, so DynamoDB rejects the write with ConditionalCheckFailedException ("The conditional request failed") and the stored item is unchanged. This is the standard "do not overwrite" pattern. The failed write still consumes write capacity.',
  },
  {
    id: 'predict-table-status-lifecycle',
    kind: 'predict',
    topic: 'dynamodb',
    subtopic: 'tables',
    scenario: 'ddb-table-status-lifecycle',
    source: { note: '2-serverless-lambda-dynamodb-apigateway-cognito.md', section: '163. DynamoDB Hands on' },
    difficulty: 1,
    prompt: 'You call CreateTable and immediately DescribeTable, then wait one minute and call DescribeTable again. Which statuses do you see?',
    choices: ['ACTIVE, then ACTIVE', 'CREATING, then ACTIVE', 'CREATING, then still CREATING', 'PENDING, then ACTIVE'],
    answer: 1,
    explanation: 'CreateTable is asynchronous: it returns TableStatus CREATING and the table becomes ACTIVE a little later (usually seconds). Until it is ACTIVE, item reads and writes fail with ResourceNotFoundException, so scripts wait (e.g. the SDK waiter or `aws dynamodb wait table-exists`).',
  },
  {
    id: 'predict-update-small-attribute',
    kind: 'predict',
    topic: 'dynamodb',
    subtopic: 'capacity',
    scenario: 'ddb-update-small-attribute',
    source: { note: '5-dynamodb-deep-dive.txt', section: 'DynamoDB - Write Capacity Units (WCU)' },
    difficulty: 3,
    prompt: 'An item is 5,012 bytes. UpdateItem sets one new numeric attribute `visits = 1`. How many WCU does the update consume?',
    choices: ['1 WCU: only the changed attribute is billed', '5 WCU: the whole item is billed, rounded up to 1 KB', '6 WCU: the old item plus the new attribute, each rounded up', '10 WCU: an update is a read plus a write'],
    answer: 1,
    explanation: 'UpdateItem is billed on the full item: the larger of its size before and after the update, rounded up to 1 KB. Adding `visits` (6 bytes of name plus about 2 bytes of number) makes the item about 5,020 bytes, still within 5 × 1,024 = 5,120 bytes, so the update costs 5 WCU, even though only a few bytes changed.',
  },
  {
    id: 'predict-get-missing-item',
    kind: 'predict',
    topic: 'dynamodb',
    subtopic: 'capacity',
    scenario: 'ddb-get-missing-item',
    source: { note: '5-dynamodb-deep-dive.txt', section: 'DynamoDB - Reading Data' },
    difficulty: 2,
    prompt: 'On an empty table you GetItem a key that does not exist (eventually consistent), then DeleteItem the same key. What do they consume?',
    choices: ['Nothing: no item, no cost', '0.5 RCU and 1 WCU', '1 RCU and 0 WCU', 'The GetItem fails with ResourceNotFoundException'],
    answer: 1,
    explanation: 'A GetItem for a missing item still consumes the minimum read (0.5 RCU eventually consistent, 1 RCU strongly consistent) and returns a response without an Item field (not an error). Deleting a missing item also consumes the minimum 1 WCU.',
  },
  {
    id: 'predict-burst-absorbs-excess',
    kind: 'predict',
    topic: 'dynamodb',
    subtopic: 'throttling',
    scenario: 'ddb-burst-absorbs-excess',
    source: { note: '3-serverless-architecture-and-best-practices.md', section: 'Burst Capacity' },
    difficulty: 2,
    prompt: 'A new table has 10 WCU (one partition). Clients send 15 writes per second of 1 KB each (15 WCU/s) for 60 seconds, retrying throttles as the AWS SDK does. What happens?',
    choices: [
      'Nothing is throttled: the burst bucket covers the 5 WCU/s above the provisioned rate',
      'About a third of the writes are throttled from the first second: only 10 of the 15 fit each second',
      'The first seconds succeed, then writes are throttled after about 10 to 30 seconds',
      'The writes succeed for most of the minute and throttle only near the end',
    ],
    answer: 0,
    explanation:
      'DynamoDB saves up to 300 seconds of unused capacity per partition as burst capacity, and a new table starts with that bucket full: 300 s × 10 WCU = 3,000 WCU. ' +
      'The workload is 5 WCU/s above the provisioned 10 WCU/s, so 60 s need about 5 × 60 = 300 WCU of burst, a tenth of the bucket. Nothing throttles: the table consumes 900 WCU against 600 WCU provisioned. ' +
      'Burst capacity is for spikes: AWS says not to rely on it (a longer run drains it, see the 15-minute version).',
  },
  {
    id: 'predict-burst-drains',
    kind: 'predict',
    topic: 'dynamodb',
    subtopic: 'throttling',
    scenario: 'ddb-burst-drains',
    source: { note: '5-dynamodb-deep-dive.txt', section: 'DynamoDB - Throttling' },
    difficulty: 3,
    prompt: 'The same new 10 WCU table now receives 15 writes per second of 1 KB for 15 minutes. When does it start throttling (ProvisionedThroughputExceededException)?',
    choices: [
      'Never: burst capacity absorbs any excess',
      'From the first second: 15 WCU/s is above 10 WCU',
      'After about 5 minutes, because burst capacity holds 300 seconds',
      'After about 10 minutes, when the 3,000 WCU burst bucket is empty',
    ],
    answer: 3,
    explanation:
      'The burst bucket holds 300 seconds of the provisioned rate, 300 × 10 = 3,000 WCU, not 300 seconds of the workload. It drains at the excess rate, 15 − 10 = 5 WCU/s, so it lasts 3,000 / 5 = 600 s: ' +
      'throttling starts about 10 minutes in. From then on only 10 of the 15 writes per second fit; the SDK retries throttled writes with backoff, and requests that run out of retries fail.',
  },
  {
    id: 'predict-hot-key-reads',
    kind: 'predict',
    topic: 'dynamodb',
    subtopic: 'throttling',
    scenario: 'ddb-hot-key-reads',
    source: { note: '5-dynamodb-deep-dive.txt', section: 'DynamoDB - Partitions Internal' },
    difficulty: 3,
    prompt:
      'A table has 40 RCU spread over 4 partitions (10 RCU each). Clients read one key, Candidate_A, 60 times a second with eventually consistent GetItem (0.5 RCU each: 30 RCU/s) for 5 minutes. ' +
      'Adaptive capacity is off (the simulator\'s default, to show the raw partition limits). What happens?',
    choices: [
      'No throttling: 30 RCU/s is below the table\'s 40 RCU',
      'Throttling from the first second: one partition has only 10 RCU',
      'Throttling after about 2.5 minutes, once the hot partition\'s 3,000 RCU of burst is spent',
      'Throttling after about 5 minutes, once the table\'s 300 s of burst is spent',
    ],
    answer: 2,
    explanation:
      'A key lives on one partition, and a table\'s throughput is split evenly over its partitions, so the hot key can use 10 RCU/s, not 40. Its partition\'s burst bucket (300 s × 10 RCU = 3,000 RCU) ' +
      'covers the 20 RCU/s excess for 3,000 / 20 = 150 s, then reads throttle while the other three partitions idle: the table consumes about half of what it pays for. ' +
      'On real DynamoDB, adaptive capacity is always on and lets a hot partition borrow unused table capacity (up to 3,000 RCU / 1,000 WCU per partition), which would absorb this load; ' +
      'it cannot help once the hot key needs more than the table has or more than one partition\'s maximum. Caching the hot key (DAX) or spreading keys fixes that.',
  },
  {
    id: 'predict-write-sharding',
    kind: 'predict',
    topic: 'dynamodb',
    subtopic: 'partitions',
    scenario: 'ddb-write-sharding',
    source: { note: '1-dynamodb-and-api-gateway.txt', section: 'DynamoDB Write Sharding:' },
    difficulty: 3,
    prompt:
      'Two tables each have 200 WCU over 4 partitions (50 WCU each). Both receive 150 writes/s of 1 KB for 5 minutes: on the first every write uses the key Candidate_A; ' +
      'on the second the key is Candidate_A.0 … Candidate_A.9, the suffix calculated from the voter id. Adaptive capacity is off. What happens?',
    choices: [
      'Both throttle: 150 writes/s on one candidate is a hot key either way',
      'The single key throttles after about 2.5 minutes; the sharded keys spread over the partitions and do not throttle',
      'Neither throttles: 150 WCU/s is below the tables\' 200 WCU',
      'The sharded table throttles more, because every write goes to a different partition',
    ],
    answer: 1,
    explanation:
      'One key lives on one partition: 150 WCU/s against its 50 WCU/s drains that partition\'s burst (300 × 50 = 15,000 WCU) at 100 WCU/s, so throttling starts after about 150 s while the other partitions idle. ' +
      'With ten suffixes the keys hash to different partitions, so each partition gets a share of the 150 writes/s that its 50 WCU (plus a little burst) can serve. ' +
      'A calculated suffix (from the voter id) lets a reader find an item again; reading the total for Candidate_A means reading all ten shards and adding them up.',
  },
]
