import { useMemo, useState } from 'react'
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import {
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  ScanCommand,
  type AttributeValue,
  type ConsumedCapacity,
} from '@aws-sdk/client-dynamodb'
import { useSimStore } from '../store/index.ts'
import { dynamodbClient } from '../queries/dynamodbClient.ts'
import { JsonEditor } from '../components/JsonEditor.tsx'
import { ErrorBox } from '../components/ErrorBox.tsx'
import { cellText, parseItemText, toPlain, type ItemFormat } from '../itemFormat.ts'
import { CapacityBreakdown } from '../components/CapacityBreakdown.tsx'

type Item = Record<string, AttributeValue>

const EMPTY_ITEM_HINT = '{\n  \n}'

/**
 * Item explorer of one table: Scan results in a grid (page by page), GetItem by key, and an item editor
 * (plain JSON or DynamoDB JSON) with Put and Delete. Every request goes through the AWS SDK.
 */
export function ItemExplorer({ tableName, tableStatus, itemCount }: { tableName: string; tableStatus: string; itemCount: number }) {
  const table = useSimStore((s) => s.tables.find((t) => t.name === tableName))
  const queryClient = useQueryClient()
  const [editorText, setEditorText] = useState(EMPTY_ITEM_HINT)
  const [format, setFormat] = useState<ItemFormat>('auto')
  const [lastResult, setLastResult] = useState<string>('')
  const [lastCapacity, setLastCapacity] = useState<ConsumedCapacity | undefined>()
  const [selectedKey, setSelectedKey] = useState<string | undefined>()
  const keyNames = useMemo(() => table?.keySchema.map((k) => k.AttributeName) ?? [], [table])
  const keyTypes = useMemo(() => Object.fromEntries(table?.attributeDefinitions.map((d) => [d.AttributeName, d.AttributeType]) ?? []), [table])
  const [keyInputs, setKeyInputs] = useState<Record<string, string>>({})

  const scan = useInfiniteQuery({
    queryKey: ['dynamodb', 'Scan', tableName, tableStatus, itemCount],
    enabled: tableStatus === 'ACTIVE' || tableStatus === 'UPDATING',
    initialPageParam: undefined as Item | undefined,
    queryFn: ({ pageParam }) =>
      dynamodbClient('explorer').send(
        new ScanCommand({ TableName: tableName, Limit: 50, ReturnConsumedCapacity: 'INDEXES', ...(pageParam ? { ExclusiveStartKey: pageParam } : {}) }),
      ),
    getNextPageParam: (last) => last.LastEvaluatedKey,
  })
  const items: Item[] = useMemo(() => scan.data?.pages.flatMap((p) => p.Items ?? []) ?? [], [scan.data])
  const columns = useMemo(() => {
    const names = new Set<string>(keyNames)
    for (const it of items) for (const k of Object.keys(it)) names.add(k)
    return [...names]
  }, [items, keyNames])

  const keyOf = (item: Item): Item => Object.fromEntries(keyNames.filter((k) => item[k]).map((k) => [k, item[k]!]))
  const describeCapacity = (c: ConsumedCapacity | undefined) => (c?.CapacityUnits !== undefined ? ` — consumed ${c.CapacityUnits} capacity units` : '')

  const put = useMutation({
    mutationFn: () => {
      const { item } = parseItemText(editorText, format)
      return dynamodbClient('explorer').send(new PutItemCommand({ TableName: tableName, Item: item, ReturnConsumedCapacity: 'INDEXES' }))
    },
    onSuccess: (out) => {
      setLastResult(`PutItem succeeded${describeCapacity(out.ConsumedCapacity)}`)
      setLastCapacity(out.ConsumedCapacity)
      void queryClient.invalidateQueries({ queryKey: ['dynamodb', 'Scan', tableName] })
    },
  })
  const del = useMutation({
    mutationFn: () => {
      const { item } = parseItemText(editorText, format)
      return dynamodbClient('explorer').send(new DeleteItemCommand({ TableName: tableName, Key: keyOf(item), ReturnConsumedCapacity: 'INDEXES' }))
    },
    onSuccess: (out) => {
      setLastResult(`DeleteItem succeeded${describeCapacity(out.ConsumedCapacity)}`)
      setLastCapacity(out.ConsumedCapacity)
      setEditorText(EMPTY_ITEM_HINT)
      void queryClient.invalidateQueries({ queryKey: ['dynamodb', 'Scan', tableName] })
    },
  })
  const get = useMutation({
    mutationFn: () => {
      const Key: Item = {}
      for (const k of keyNames) {
        const type = keyTypes[k] ?? 'S'
        Key[k] = (type === 'N' ? { N: keyInputs[k] ?? '' } : type === 'B' ? { B: keyInputs[k] ?? '' } : { S: keyInputs[k] ?? '' }) as AttributeValue
      }
      return dynamodbClient('explorer').send(new GetItemCommand({ TableName: tableName, Key, ReturnConsumedCapacity: 'INDEXES' }))
    },
    onSuccess: (out) => {
      if (out.Item) showItem(out.Item)
      setLastResult(`GetItem ${out.Item ? 'found the item' : 'found no item'}${describeCapacity(out.ConsumedCapacity)}`)
      setLastCapacity(out.ConsumedCapacity)
    },
  })

  const showItem = (item: Item) => {
    setEditorText(JSON.stringify(format === 'plain' ? toPlain(item) : item, null, 2))
    setSelectedKey(JSON.stringify(keyOf(item)))
  }
  const error = put.error ?? del.error ?? get.error

  return (
    <div className="stack">
      <div className="card stack">
        <div className="row">
          <h3 style={{ margin: 0 }}>Items</h3>
          <span className="muted" data-testid="scan-summary">
            {scan.isPending ? 'Scanning…' : `${items.length} item${items.length === 1 ? '' : 's'} shown (Scan, ${scan.data?.pages.length ?? 0} page${scan.data?.pages.length === 1 ? '' : 's'})`}
          </span>
          <button onClick={() => void scan.refetch()}>Refresh</button>
          {scan.hasNextPage && <button onClick={() => void scan.fetchNextPage()}>Next page</button>}
        </div>
        <ErrorBox error={scan.error} />
        <CapacityBreakdown consumed={scan.data?.pages.at(-1)?.ConsumedCapacity} />
        <div style={{ maxHeight: '22rem', overflow: 'auto' }}>
          <table className="grid" aria-label={`Items of ${tableName}`} data-testid="items-grid">
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c}>
                    {c}
                    {keyNames.indexOf(c) >= 0 ? <span className="muted"> {keyNames.indexOf(c) === 0 ? 'PK' : 'SK'}</span> : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((it) => {
                const k = JSON.stringify(keyOf(it))
                return (
                  <tr
                    key={k}
                    tabIndex={0}
                    className={selectedKey === k ? 'selected' : undefined}
                    onClick={() => showItem(it)}
                    onKeyDown={(e) => e.key === 'Enter' && showItem(it)}
                  >
                    {columns.map((c) => (
                      <td key={c} className="mono">{cellText(it[c])}</td>
                    ))}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      </div>
      <div className="card stack">
        <h3 style={{ margin: 0 }}>Get item by key</h3>
        <div className="row">
          {keyNames.map((k) => (
            <label key={k}>
              {k} ({keyTypes[k] ?? 'S'})
              <input value={keyInputs[k] ?? ''} onChange={(e) => setKeyInputs({ ...keyInputs, [k]: e.target.value })} data-testid={`get-key-${k}`} />
            </label>
          ))}
          <button onClick={() => get.mutate()} disabled={get.isPending} data-testid="get-item">GetItem</button>
        </div>
      </div>
      <div className="card stack">
        <div className="row">
          <h3 style={{ margin: 0 }}>Item editor</h3>
          <label className="row" style={{ flexDirection: 'row' }}>
            Format
            <select value={format} onChange={(e) => setFormat(e.target.value as ItemFormat)} data-testid="item-format">
              <option value="auto">Auto-detect</option>
              <option value="plain">Plain JSON</option>
              <option value="dynamodb">DynamoDB JSON</option>
            </select>
          </label>
        </div>
        <p className="muted" style={{ margin: 0 }}>
          Write plain JSON (<code>{'{"id": "a1", "score": 42}'}</code>) or DynamoDB JSON (<code>{'{"id": {"S": "a1"}, "score": {"N": "42"}}'}</code>).
        </p>
        <JsonEditor value={editorText} onChange={setEditorText} label="Item JSON" testId="item-editor" minHeight="9rem" />
        <div className="row">
          <button className="primary" onClick={() => put.mutate()} disabled={put.isPending} data-testid="put-item">Put item</button>
          <button className="danger" onClick={() => del.mutate()} disabled={del.isPending} data-testid="delete-item">Delete item</button>
          <span className="ok" data-testid="item-result" aria-live="polite">{lastResult}</span>
        </div>
        <CapacityBreakdown consumed={lastCapacity} />
        <ErrorBox error={error} />
      </div>
    </div>
  )
}
