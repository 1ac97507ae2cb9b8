import { DynamoDBClient } from '@aws-sdk/client-dynamodb'

/** Region the learner's clients talk to; MSW answers any `dynamodb.<region>.amazonaws.com` host. */
export const REGION = 'us-east-1'

/**
 * Credentials of AWS's documentation example; the simulator never talks to real AWS.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html
 */
export const EXAMPLE_CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'simulated-secret-key' }

const clients = new Map<string, DynamoDBClient>()

/**
 * A real AWS SDK v3 DynamoDB client whose requests MSW routes into the engine. `source` tags the trace
 * (header `x-sim-source`) so the architecture view shows who sent what. One attempt: the learner sees
 * errors as they happen (the load generator models the SDK's retries itself).
 */
export function dynamodbClient(source: 'console' | 'explorer' | 'app'): DynamoDBClient {
  let client = clients.get(source)
  if (!client) {
    client = new DynamoDBClient({ region: REGION, credentials: EXAMPLE_CREDENTIALS, maxAttempts: 1 })
    client.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { headers?: Record<string, string> }
        if (request.headers) request.headers['x-sim-source'] = source
        return next(args)
      },
      { step: 'build', name: 'simSourceHeader' },
    )
    clients.set(source, client)
  }
  return client
}
