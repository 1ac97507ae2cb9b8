import type { NoteFile } from '../types.ts'
import { sections as note1 } from './1-dynamodb-and-api-gateway.sections.ts'
import { sections as note2 } from './2-serverless-lambda-dynamodb-apigateway-cognito.sections.ts'
import { sections as note3 } from './3-serverless-architecture-and-best-practices.sections.ts'
import { sections as note4 } from './4-api-gateway-lambda-dynamodb-cognito.sections.ts'
import { sections as note5 } from './5-dynamodb-deep-dive.sections.ts'

/** Every section heading of each study note (../shared/notes/<file>), in file order. */
export const noteSections: Readonly<Record<NoteFile, readonly string[]>> = {
  '1-dynamodb-and-api-gateway.txt': note1,
  '2-serverless-lambda-dynamodb-apigateway-cognito.md': note2,
  '3-serverless-architecture-and-best-practices.md': note3,
  '4-api-gateway-lambda-dynamodb-cognito.md': note4,
  '5-dynamodb-deep-dive.txt': note5,
}

export const noteFiles = Object.keys(noteSections) as NoteFile[]
