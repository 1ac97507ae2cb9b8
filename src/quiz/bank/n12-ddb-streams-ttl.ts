import type { Question } from '../types.ts'
import { AWS_DOCS, note1 } from './n12-sources.ts'

/** DynamoDB Streams and Time to Live (note 1). */
export const questions: Question[] = [
  {
    id: 'n12-ddb-stream-view-types',
    topic: 'dynamodb',
    subtopic: 'streams',
    source: note1('DynamoDB - Streams:'),
    kind: 'single',
    prompt: 'Which list gives the valid StreamViewType values exactly?',
    choices: [
      'KEY_ATTRIBUTES_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGE',
      'KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES',
      'KEYS, NEW, OLD, BOTH',
      'INSERT, MODIFY, REMOVE',
    ],
    answer: 1,
    explanation:
      'The enum values are KEYS_ONLY, NEW_IMAGE, OLD_IMAGE and NEW_AND_OLD_IMAGES (plural). INSERT/MODIFY/REMOVE are eventName values of stream records, not view types. Keys are included in every record whatever the view type.',
    difficulty: 2,
    errata: {
      notesSay: 'Stream types are KEY_ATTRIBUTES_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGE.',
      awsSays: 'StreamViewType is KEYS_ONLY | NEW_IMAGE | OLD_IMAGE | NEW_AND_OLD_IMAGES.',
      source: AWS_DOCS.ddbStreamSpec,
    },
  },
  {
    id: 'n12-ddb-stream-retention',
    topic: 'dynamodb',
    subtopic: 'streams',
    source: note1('DynamoDB - Streams:'),
    kind: 'numeric',
    prompt: 'How long does a DynamoDB stream keep its records?',
    answer: 24,
    unit: 'hours',
    explanation:
      'Records are retained for 24 hours and can be trimmed any time after that. A consumer that falls further behind loses data (TrimmedDataAccessException). Kinesis Data Streams for DynamoDB is a separate feature with its own, longer retention.',
    difficulty: 1,
  },
  {
    id: 'n12-ddb-stream-no-backfill',
    topic: 'dynamodb',
    subtopic: 'streams',
    source: note1('DynamoDB - Streams:'),
    kind: 'truefalse',
    prompt: 'When you enable a stream on a table with 1 million items, the stream first receives a record for each existing item.',
    answer: false,
    explanation:
      'A stream only captures modifications made after it was enabled; existing items are not replayed. To process existing data, scan the table (or export it) separately.',
    difficulty: 1,
  },
  {
    id: 'n12-ddb-stream-lambda-esm',
    topic: 'dynamodb',
    subtopic: 'streams',
    source: note1('DynamoDB - Streams:'),
    kind: 'single',
    prompt: 'What connects a Lambda function to a DynamoDB stream?',
    choices: [
      'A resource-based policy on the table that pushes records to Lambda',
      'An event source mapping: Lambda polls the stream shards and invokes the function synchronously with batches',
      'An SNS topic subscribed to the table',
      'A CloudWatch alarm on the table',
    ],
    answer: 1,
    explanation:
      'DynamoDB does not push to Lambda. The event source mapping polls each shard (about 4 times per second) and invokes the function synchronously with {"Records": [...]}, by default in batches of up to 100, waiting for the result before moving on in that shard.',
    difficulty: 2,
  },
  {
    id: 'n12-ddb-stream-ordering',
    topic: 'dynamodb',
    subtopic: 'streams',
    source: note1('DynamoDB - Streams:'),
    kind: 'truefalse',
    prompt: 'DynamoDB Streams guarantee that records for the same item appear in the order the item was modified.',
    answer: true,
    explanation:
      'Each record appears exactly once, and changes to one item keep their order. There is no global order across different items, which may live in different shards.',
    difficulty: 2,
  },
  {
    id: 'n12-ddb-ttl-attribute-format',
    topic: 'dynamodb',
    subtopic: 'ttl',
    source: note1('DynamoDB - TTL :'),
    kind: 'single',
    prompt: 'A developer stores the expiry time of session items as epoch milliseconds (e.g. 1767225600000) in the TTL attribute. What happens?',
    choices: [
      'Items expire at the right time; DynamoDB detects milliseconds',
      'They never expire as intended: TTL expects epoch seconds, so the value means a date tens of thousands of years away',
      'The table rejects the writes with a ValidationException',
      'Items are deleted immediately',
    ],
    answer: 1,
    explanation:
      'The TTL attribute must be a top-level Number holding Unix epoch time in seconds. Other formats are simply ignored by the TTL process; writes are not rejected. Store Math.floor(ms / 1000).',
    difficulty: 2,
  },
  {
    id: 'n12-ddb-ttl-deletion-timing',
    topic: 'dynamodb',
    subtopic: 'ttl',
    source: note1('DynamoDB - TTL :'),
    kind: 'single',
    prompt: 'An item\'s TTL time has just passed. Which statement is correct?',
    choices: [
      'It is deleted within one second and can no longer be read',
      'It is deleted by a background process, typically within a few days; until then it still shows up in reads and should be filtered out',
      'It is deleted exactly 48 hours later',
      'It is hidden from reads immediately but kept for 24 hours',
    ],
    answer: 1,
    explanation:
      'TTL deletion is best-effort background work. The developer guide now says expired items are typically deleted within a few days (the API reference says within two days; older notes say 48 hours). Until then they still appear in GetItem, Query and Scan, so filter on the TTL attribute if that matters.',
    difficulty: 2,
  },
  {
    id: 'n12-ddb-ttl-free',
    topic: 'dynamodb',
    subtopic: 'ttl',
    source: note1('DynamoDB - TTL :'),
    kind: 'truefalse',
    prompt: 'Deletions performed by TTL consume write capacity units.',
    answer: false,
    explanation:
      'TTL deletes are free: they consume no WCU. They are still removed from indexes, and with a stream enabled they appear as REMOVE records.',
    difficulty: 1,
  },
  {
    id: 'n12-ddb-ttl-stream-record',
    topic: 'dynamodb',
    subtopic: 'ttl',
    source: note1('DynamoDB - TTL :'),
    kind: 'single',
    prompt: 'How can a stream consumer tell a TTL deletion from a user\'s DeleteItem?',
    choices: [
      'The eventName is EXPIRE instead of REMOVE',
      'It is a REMOVE record whose userIdentity is {type: "Service", principalId: "dynamodb.amazonaws.com"}',
      'TTL deletions do not appear in the stream',
      'The record has no Keys',
    ],
    answer: 1,
    explanation:
      'Both are REMOVE records, but a TTL deletion carries userIdentity type Service with principal dynamodb.amazonaws.com (absent for user deletes). An event source mapping filter on userIdentity can select only TTL deletions, for example to archive expired items.',
    difficulty: 3,
  },
]
