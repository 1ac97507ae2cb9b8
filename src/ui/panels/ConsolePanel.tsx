import { useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import * as DDB from '@aws-sdk/client-dynamodb'
import { useSimStore } from '../store/index.ts'
import { selectTables } from '../store/selectors.ts'
import { dynamodbClient } from '../queries/dynamodbClient.ts'
import { JsonEditor } from '../components/JsonEditor.tsx'
import { ErrorBox } from '../components/ErrorBox.tsx'
import { CONSOLE_TEMPLATES, templateFor } from './consoleTemplates.ts'
import { RawHttpExchange } from './RawHttpExchange.tsx'
import { CopyAs } from './CopyAs.tsx'
import { CapacityBreakdown } from '../components/CapacityBreakdown.tsx'
import { ErrorDetails } from './query/ErrorDetails.tsx'
import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb'

const OPERATIONS = Object.keys(CONSOLE_TEMPLATES)

type CommandCtor = new (input: unknown) => object

/** Sends `operation` with `input` through the real SDK client (so it crosses MSW and the wire). */
async function sendOperation(operation: string, input: unknown): Promise<{ output: Record<string, unknown>; requestId?: string }> {
  const Ctor = (DDB as unknown as Record<string, CommandCtor>)[`${operation}Command`]
  if (!Ctor) throw new Error(`Unknown operation ${operation}`)
  const output = (await dynamodbClient('console').send(new Ctor(input) as never)) as Record<string, unknown> & { $metadata?: { requestId?: string } }
  const { $metadata, ...rest } = output
  return { output: rest, requestId: $metadata?.requestId }
}

/**
 * Operation console: pick an operation, edit its JSON request (from a template), send it through the
 * AWS SDK, and see the response, the AWS error, ConsumedCapacity and the raw HTTP exchange.
 */
export function ConsolePanel() {
  const tables = useSimStore(selectTables)
  const selectedTableName = useSimStore((s) => s.selectedTableName)
  const table = selectedTableName ?? tables[0]?.name ?? 'GameScores'
  const [operation, setOperation] = useState('GetItem')
  const [text, setText] = useState(() => templateFor('GetItem', table))
  const [parseError, setParseError] = useState<Error | undefined>()
  const [sent, setSent] = useState<{ operation: string; input: Record<string, unknown> } | undefined>()
  const send = useMutation({ mutationFn: (input: unknown) => sendOperation(operation, input) })

  const choose = (op: string) => {
    setOperation(op)
    setText(templateFor(op, table))
    send.reset()
    setParseError(undefined)
  }
  const submit = () => {
    setParseError(undefined)
    let input: unknown
    try {
      input = JSON.parse(text)
    } catch (e) {
      setParseError(Object.assign(new Error(`The request is not valid JSON: ${(e as Error).message}`), { name: 'Invalid JSON' }))
      return
    }
    if (input && typeof input === 'object' && !Array.isArray(input)) setSent({ operation, input: input as Record<string, unknown> })
    send.mutate(input)
  }
  const consumed = send.data?.output['ConsumedCapacity']
  const errorMeta = (send.error as { $metadata?: { requestId?: string } } | null)?.$metadata
  const requestId = send.data?.requestId ?? errorMeta?.requestId

  return (
    <div className="stack">
      <h2>Operation console</h2>
      <div className="row">
        <label style={{ flexDirection: 'row', alignItems: 'center', gap: '0.5rem' }}>
          Operation
          <select value={operation} onChange={(e) => choose(e.target.value)} data-testid="console-operation">
            {OPERATIONS.map((op) => (
              <option key={op} value={op}>{op}</option>
            ))}
          </select>
        </label>
        <button onClick={() => choose(operation)}>Reset to template</button>
        <button className="primary" onClick={submit} disabled={send.isPending} data-testid="console-send">
          Send
        </button>
      </div>
      <JsonEditor value={text} onChange={setText} label={`${operation} request JSON`} testId="console-editor" minHeight="14rem" />
      <ErrorBox error={parseError ?? send.error} />
      {!parseError && <ErrorDetails error={send.error} />}
      {consumed !== undefined && (
        <div className="card" data-testid="consumed-capacity">
          <h3>ConsumedCapacity</h3>
          <CapacityBreakdown consumed={consumed as ConsumedCapacity | ConsumedCapacity[]} />
          <pre>{JSON.stringify(consumed, null, 2)}</pre>
        </div>
      )}
      {send.data && (
        <div className="card" data-testid="console-response">
          <h3>Response</h3>
          <pre>{JSON.stringify(send.data.output, null, 2)}</pre>
        </div>
      )}
      {requestId && <RawHttpExchange requestId={requestId} />}
      {sent && <CopyAs operation={sent.operation} input={sent.input} />}
    </div>
  )
}
