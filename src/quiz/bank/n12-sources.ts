import type { NoteSource } from '../types.ts'

/**
 * Helpers shared by the notes-1-and-2 question files: the `source` of a question and the AWS documentation
 * URLs its errata cite. Section strings must be listed in src/quiz/notes/<note>.sections.ts (the bank test
 * checks it).
 */

/** A section of `1-dynamodb-and-api-gateway.txt`. */
export function note1(section: string): NoteSource {
  return { note: '1-dynamodb-and-api-gateway.txt', section }
}

/** A section of `2-serverless-lambda-dynamodb-apigateway-cognito.md`. */
export function note2(section: string): NoteSource {
  return { note: '2-serverless-lambda-dynamodb-apigateway-cognito.md', section }
}

const DDB = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide'
const APIGW = 'https://docs.aws.amazon.com/apigateway/latest/developerguide'
const LAMBDA = 'https://docs.aws.amazon.com/lambda/latest/dg'

/** AWS documentation pages cited by errata in this bank. */
export const AWS_DOCS = {
  ddbCapacity: `${DDB}/read-write-operations.html`,
  ddbConstraints: `${DDB}/Constraints.html`,
  ddbErrors: `${DDB}/Programming.Errors.html`,
  ddbPartitions: `${DDB}/bp-partition-key-design.html`,
  ddbOnDemand: `${DDB}/on-demand-capacity-mode.html`,
  ddbStreams: `${DDB}/Streams.html`,
  ddbStreamSpec: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html',
  ddbTransactions: `${DDB}/transaction-apis.html`,
  ddbAtomicCounters: `${DDB}/WorkingWithItems.html#WorkingWithItems.AtomicCounters`,
  ddbBatchWrite: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html',
  ddbDaxCluster: `${DDB}/DAX.concepts.cluster.html`,
  cliPagination: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-pagination.html',
  apigwCaching: `${APIGW}/api-gateway-caching.html`,
  apigwCors: `${APIGW}/how-to-cors.html`,
  apigwTimeout: 'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/',
  lambdaQuotas: `${LAMBDA}/gettingstarted-limits.html`,
  lambdaLogs: `${LAMBDA}/monitoring-cloudwatchlogs.html`,
  lambdaApiGateway: `${LAMBDA}/services-apigateway.html`,
  lambdaPricing: 'https://aws.amazon.com/lambda/pricing/',
  lambdaBilling1ms: 'https://aws.amazon.com/blogs/aws/new-for-aws-lambda-1ms-billing-granularity-adds-cost-savings/',
} as const
