import type { NoteSource } from '../types.ts'

/** Source helpers for the notes 3, 4 and 5 question files: `n3('lambda limits')` → `{ note, section }`. */
export const n3 = (section: string): NoteSource => ({ note: '3-serverless-architecture-and-best-practices.md', section })
export const n4 = (section: string): NoteSource => ({ note: '4-api-gateway-lambda-dynamodb-cognito.md', section })
export const n5 = (section: string): NoteSource => ({ note: '5-dynamodb-deep-dive.txt', section })

/** AWS documentation pages cited by errata and explanations. */
export const AWS_DOCS = {
  lambdaQuotas: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  lambdaPricing: 'https://aws.amazon.com/lambda/pricing/',
  lambdaNodeHandler: 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html',
  ddbConstraints: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Constraints.html',
  ddbCapacity: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html',
  ddbThroughputTroubleshooting: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TroubleshootingThrottling.html',
  ddbPartitionKeyDesign: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html',
  ddbOnDemand: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html',
  ddbDataTypes: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html',
  ddbCoreComponents: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.CoreComponents.html',
  ddbTtl: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TTL.html',
  ddbTransactions: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html',
  ddbDaxCluster: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.cluster.html',
  ddbFineGrained: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/specifying-conditions.html',
  ddbPartiqlSelect: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.select.html',
  iamPolicyVersion: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html',
  apigwMappingReference: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html',
  apigwPricing: 'https://aws.amazon.com/api-gateway/pricing/',
  cognitoTokens: 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html',
  dataPipeline: 'https://docs.aws.amazon.com/datapipeline/latest/DeveloperGuide/what-is-datapipeline.html',
} as const
