import type { Question } from '../types.ts'
import { apiGatewayQuestions } from './n345-apigateway.ts'
import { architectureQuestions } from './n345-architecture.ts'
import { cognitoQuestions } from './n345-cognito.ts'
import { dynamodbCapacityQuestions } from './n345-dynamodb-capacity.ts'
import { dynamodbFeatureQuestions } from './n345-dynamodb-features.ts'
import { dynamodbIntroQuestions } from './n345-dynamodb-intro.ts'
import { dynamodbNote4Questions } from './n345-dynamodb-n4.ts'
import { dynamodbOperationsQuestions } from './n345-dynamodb-operations.ts'
import { frameworkQuestions } from './n345-frameworks.ts'
import { lambdaQuestions } from './n345-lambda.ts'

/**
 * Questions drawn from notes 3, 4 and 5 (3-serverless-architecture-and-best-practices.md,
 * 4-api-gateway-lambda-dynamodb-cognito.md, 5-dynamodb-deep-dive.txt), aggregated from the per-topic
 * `n345-*.ts` files. Every question cites a section listed in src/quiz/notes/<note>.sections.ts.
 */
export const questions: Question[] = [
  ...architectureQuestions,
  ...frameworkQuestions,
  ...lambdaQuestions,
  ...apiGatewayQuestions,
  ...cognitoQuestions,
  ...dynamodbIntroQuestions,
  ...dynamodbNote4Questions,
  ...dynamodbCapacityQuestions,
  ...dynamodbOperationsQuestions,
  ...dynamodbFeatureQuestions,
]
