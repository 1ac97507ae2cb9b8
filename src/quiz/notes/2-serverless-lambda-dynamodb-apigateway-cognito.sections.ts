/**
 * Section headings of the study note `2-serverless-lambda-dynamodb-apigateway-cognito.md`
 * (../shared/notes/), in file order.
 *
 * Rule: every markdown heading line (`#`, `##`, `###`, `####`), with the leading `#`s and surrounding
 * whitespace removed, verbatim (typos kept). A heading that occurs twice in the note
 * ("AWS Cognito User Pools (CUP)") is listed once.
 */
export const sections: string[] = [
  'Notes from Dani:',
  '157. Serverless introduction',
  "What's serverless",
  'Serverless in AWS',
  '158. Lambda Overview',
  'Benefits of AWS Lambda',
  'AWS Lambda Language support',
  'AWS Lambda Integrations (Most Used / Main Ones)',
  'Example: Serverless Thumbnail creation',
  'Example: Serverless cronjob',
  'Pricing',
  '159. Lambda Hands on',
  '160. Lambda Limits',
  '161. Lambda@Edge',
  'Lambda@Edge part 2',
  'Lambda@Edge: Global',
  'Lambda@Edge: Use cases',
  '162. DynamoDB overview',
  'DynamoDB Basics',
  'DynamoDB - Provisioned Throughput',
  '163. DynamoDB Hands on',
  '164. [SAA-C02] DynamoDB Advanced Features',
  'DynamoDB - DAX',
  'DynamoDB Streams',
  'DynamoDB - New features',
  'DynamoDB - Security & Other features',
  'DynamoBD - Other features',
  '165. API Gateway Overview',
  'AWS API Gateway',
  'API Gateway - Integrations at a high level',
  'API Gateway - Endpoint types',
  '166. API Gateway Basics Hands-On',
  '167. API Gateway Security',
  'IAM Permissions',
  'Lambda Authorizer (formerly Custom Authorizers)',
  'Cognito User Pools',
  'API Gateway - Security - Summary',
  '168. AWS Cognito Overview',
  'AWS Cognito User Pools (CUP)',
  'AWS Cognito - Federated Identity Pools',
  'AWS Cognito Sync',
  '169. [SAA-C02] Serverless Application Model (SAM) Overview',
  'Quiz!',
]
