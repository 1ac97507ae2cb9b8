/**
 * Section headings of 4-api-gateway-lambda-dynamodb-cognito.md, verbatim (each string is an exact, trimmed substring of a line in the note).
 *
 * Rule: this note has no markdown headings, so a section title is a stand-alone title line that is not a list item or code: a line that starts with a capital letter and ends with ':' (e.g. "Lambda Functions:"), stored trimmed and without the trailing ':'; plus "Request - Response cycle", the one title line (after a '---' rule) that has no colon. Lower-case lead-ins such as "two properties:" and definition lines such as "event - contains the request object" are not titles; untitled blocks belong to the title above them.
 *
 * The quiz coverage check requires at least one question citing each entry.
 */
export const sections: string[] = [
  'API Gateway',
  'Request - Response cycle',
  'BODY MAPPING TEMPLATE',
  'Lambda Functions',
  'Provisioned concurrency',
  'Exceptions',
  'Dynamo DB - NoSQL data storage',
  'Writing to database',
  'Reading from database',
  'Global Secondary Index',
  'Local Secondary Index',
  'Streams',
  'Cognito',
  'Cognito tokens',
  'AWS Cognito - User Authentication',
]
