import type { Question } from '../types.ts'
import { questions as ddbBasics } from './n12-ddb-basics.ts'
import { questions as ddbCapacity } from './n12-ddb-capacity.ts'
import { questions as ddbFeatures } from './n12-ddb-features.ts'
import { questions as ddbPatterns } from './n12-ddb-patterns.ts'

/**
 * Questions drawn from notes 1 (`1-dynamodb-and-api-gateway.txt`) and 2
 * (`2-serverless-lambda-dynamodb-apigateway-cognito.md`), one file per topic (`n12-*.ts`).
 */
export const questions: Question[] = [...ddbBasics, ...ddbCapacity, ...ddbFeatures, ...ddbPatterns]
