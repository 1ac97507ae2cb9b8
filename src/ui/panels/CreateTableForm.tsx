import { useState, type FormEvent } from 'react'
import { useMutation } from '@tanstack/react-query'
import { CreateTableCommand, type CreateTableCommandInput } from '@aws-sdk/client-dynamodb'
import { dynamodbClient } from '../queries/dynamodbClient.ts'
import { ErrorBox } from '../components/ErrorBox.tsx'

type KeyType = 'S' | 'N' | 'B'

/** Builds the CreateTable request the form describes (exported for tests). */
export function buildCreateTableInput(f: {
  name: string
  pk: string
  pkType: KeyType
  sk: string
  skType: KeyType
  billing: 'PROVISIONED' | 'PAY_PER_REQUEST'
  rcu: number
  wcu: number
  /** On-demand maximum request units per second (OnDemandThroughput); undefined = no maximum. */
  maxRead?: number | undefined
  maxWrite?: number | undefined
}): CreateTableCommandInput {
  const attrs = [{ AttributeName: f.pk, AttributeType: f.pkType }]
  const keys: CreateTableCommandInput['KeySchema'] = [{ AttributeName: f.pk, KeyType: 'HASH' }]
  if (f.sk.trim()) {
    attrs.push({ AttributeName: f.sk, AttributeType: f.skType })
    keys.push({ AttributeName: f.sk, KeyType: 'RANGE' })
  }
  return {
    TableName: f.name,
    KeySchema: keys,
    AttributeDefinitions: attrs,
    BillingMode: f.billing,
    ...(f.billing === 'PROVISIONED' ? { ProvisionedThroughput: { ReadCapacityUnits: f.rcu, WriteCapacityUnits: f.wcu } } : {}),
    ...(f.billing === 'PAY_PER_REQUEST' && (f.maxRead !== undefined || f.maxWrite !== undefined)
      ? {
          OnDemandThroughput: {
            ...(f.maxRead !== undefined ? { MaxReadRequestUnits: f.maxRead } : {}),
            ...(f.maxWrite !== undefined ? { MaxWriteRequestUnits: f.maxWrite } : {}),
          },
        }
      : {}),
  }
}

/** An optional whole-number field: '' = undefined. */
const optionalUnits = (v: string): number | undefined => (v.trim() === '' ? undefined : Number(v))

/**
 * CreateTable form: name, keys and types, capacity mode, RCU/WCU, or for on-demand the optional maximum
 * read/write request units (OnDemandThroughput). Sends CreateTable through the SDK.
 */
export function CreateTableForm({ onCreated }: { onCreated: (name: string) => void }) {
  const [name, setName] = useState('')
  const [pk, setPk] = useState('pk')
  const [pkType, setPkType] = useState<KeyType>('S')
  const [sk, setSk] = useState('')
  const [skType, setSkType] = useState<KeyType>('S')
  const [billing, setBilling] = useState<'PROVISIONED' | 'PAY_PER_REQUEST'>('PROVISIONED')
  const [rcu, setRcu] = useState(5)
  const [wcu, setWcu] = useState(5)
  const [maxRead, setMaxRead] = useState('')
  const [maxWrite, setMaxWrite] = useState('')
  const create = useMutation({
    mutationFn: (input: CreateTableCommandInput) => dynamodbClient('explorer').send(new CreateTableCommand(input)),
    onSuccess: (out) => onCreated(out.TableDescription?.TableName ?? name),
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    create.mutate(buildCreateTableInput({ name, pk, pkType, sk, skType, billing, rcu, wcu, maxRead: optionalUnits(maxRead), maxWrite: optionalUnits(maxWrite) }))
  }
  const typeSelect = (value: KeyType, set: (t: KeyType) => void, label: string) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.target.value as KeyType)}>
        <option value="S">String (S)</option>
        <option value="N">Number (N)</option>
        <option value="B">Binary (B)</option>
      </select>
    </label>
  )
  return (
    <form className="card stack" onSubmit={submit} aria-label="Create table">
      <h3>Create table</h3>
      <label>
        Table name
        <input value={name} onChange={(e) => setName(e.target.value)} data-testid="create-table-name" placeholder="e.g. Orders" />
      </label>
      <div className="row">
        <label>
          Partition key
          <input value={pk} onChange={(e) => setPk(e.target.value)} data-testid="create-table-pk" />
        </label>
        {typeSelect(pkType, setPkType, 'Partition key type')}
      </div>
      <div className="row">
        <label>
          Sort key (optional)
          <input value={sk} onChange={(e) => setSk(e.target.value)} data-testid="create-table-sk" />
        </label>
        {typeSelect(skType, setSkType, 'Sort key type')}
      </div>
      <label>
        Capacity mode
        <select value={billing} onChange={(e) => setBilling(e.target.value as typeof billing)} data-testid="create-table-billing">
          <option value="PROVISIONED">Provisioned</option>
          <option value="PAY_PER_REQUEST">On-demand (PAY_PER_REQUEST)</option>
        </select>
      </label>
      {billing === 'PROVISIONED' && (
        <div className="row">
          <label>
            Read capacity units
            <input type="number" min={1} value={rcu} onChange={(e) => setRcu(Number(e.target.value))} />
          </label>
          <label>
            Write capacity units
            <input type="number" min={1} value={wcu} onChange={(e) => setWcu(Number(e.target.value))} />
          </label>
        </div>
      )}
      {billing === 'PAY_PER_REQUEST' && (
        <div className="row" role="group" aria-label="Maximum on-demand throughput (optional)">
          <label>
            Maximum read request units
            <input type="number" min={1} value={maxRead} onChange={(e) => setMaxRead(e.target.value)} placeholder="no maximum" data-testid="create-table-max-read" />
          </label>
          <label>
            Maximum write request units
            <input type="number" min={1} value={maxWrite} onChange={(e) => setMaxWrite(e.target.value)} placeholder="no maximum" data-testid="create-table-max-write" />
          </label>
        </div>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={create.isPending}>
          Create table
        </button>
      </div>
      <ErrorBox error={create.error} />
    </form>
  )
}
