/**
 * "Copy as": turns a DynamoDB request (operation + input JSON, as sent by the console) into an AWS CLI
 * command and into AWS SDK for JavaScript v3 code.
 *
 * CLI rules follow the AWS CLI's own argument building (aws-cli `awscli/clidriver.py`, botocore
 * `xform_name`): each top-level parameter becomes `--kebab-case-name`; booleans become `--flag` /
 * `--no-flag`; numbers and strings are plain values; lists of strings are space-separated values; maps,
 * structures and lists of structures are JSON. `--limit` and `--exclusive-start-key` are sent as given,
 * which turns the CLI's automatic pagination off, so the command makes exactly the request shown.
 * https://docs.aws.amazon.com/cli/latest/reference/dynamodb/
 */

/** botocore's xform_name: `ReturnConsumedCapacity` → `return-consumed-capacity`, `SSESpecification` → `sse-specification`. */
export function kebabName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
}

/** Quotes a value for a POSIX shell (single quotes; embedded ' becomes '\''). */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_.,:/@%+=-]+$/.test(value)) return value
  return `'${value.replace(/'/g, `'\\''`)}'`
}

function cliArgs(name: string, value: unknown): string[] {
  const flag = `--${kebabName(name)}`
  if (value === undefined || value === null) return []
  if (typeof value === 'boolean') return [value ? flag : `--no-${kebabName(name)}`]
  if (typeof value === 'number') return [flag, String(value)]
  if (typeof value === 'string') return [flag, shellQuote(value)]
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [flag, ...value.map((v) => shellQuote(v))]
  return [flag, shellQuote(JSON.stringify(value))]
}

/**
 * The AWS CLI command for `operation` with `input`, one option per line.
 * @param endpointUrl adds `--endpoint-url` (e.g. the local endpoint `http://127.0.0.1:8000`)
 */
export function toAwsCli(operation: string, input: Record<string, unknown>, endpointUrl?: string): string {
  const parts: string[][] = [['aws', 'dynamodb', kebabName(operation)]]
  for (const [name, value] of Object.entries(input)) {
    const args = cliArgs(name, value)
    if (args.length) parts.push(args)
  }
  if (endpointUrl) parts.push(['--endpoint-url', endpointUrl])
  return parts.map((p) => p.join(' ')).join(' \\\n  ')
}

/** AWS SDK for JavaScript v3 code that sends the same request. */
export function toSdkV3(operation: string, input: Record<string, unknown>, region = 'us-east-1'): string {
  const command = `${operation}Command`
  const body = JSON.stringify(input, null, 2)
  return [
    `import { DynamoDBClient, ${command} } from '@aws-sdk/client-dynamodb'`,
    '',
    `const client = new DynamoDBClient({ region: '${region}' })`,
    '',
    `const output = await client.send(new ${command}(${body}))`,
    'console.log(output)',
    '',
  ].join('\n')
}
