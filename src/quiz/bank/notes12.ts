import type { Question } from '../types.ts'
import { questions as apigwCore } from './n12-apigw-core.ts'
import { questions as apigwNote2 } from './n12-apigw-note2.ts'
import { questions as apigwOps } from './n12-apigw-ops.ts'
import { questions as cognitoSam } from './n12-cognito-sam.ts'
import { questions as ddbBasics } from './n12-ddb-basics.ts'
import { questions as ddbCapacity } from './n12-ddb-capacity.ts'
import { questions as ddbFeatures } from './n12-ddb-features.ts'
import { questions as ddbNote2 } from './n12-ddb-note2.ts'
import { questions as ddbPartitions } from './n12-ddb-partitions.ts'
import { questions as ddbPatterns } from './n12-ddb-patterns.ts'
import { questions as ddbStreamsTtl } from './n12-ddb-streams-ttl.ts'
import { questions as lambda } from './n12-lambda.ts'
import { questions as lambdaLimits } from './n12-lambda-limits.ts'

/**
 * Questions drawn from notes 1 (`1-dynamodb-and-api-gateway.txt`) and 2
 * (`2-serverless-lambda-dynamodb-apigateway-cognito.md`), one file per topic (`n12-*.ts`).
 * Every question cites a section listed in src/quiz/notes/<note>.sections.ts.
 */
export const questions: Question[] = [
  // note 1
  ...ddbBasics,
  ...ddbCapacity,
  ...ddbPartitions,
  ...ddbFeatures,
  ...ddbStreamsTtl,
  ...ddbPatterns,
  ...apigwCore,
  ...apigwOps,
  // note 2
  ...lambda,
  ...lambdaLimits,
  ...ddbNote2,
  ...apigwNote2,
  ...cognitoSam,
]
