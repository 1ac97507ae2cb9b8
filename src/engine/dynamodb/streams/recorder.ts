import type { DynamoDB } from '../DynamoDB.ts'
import type { AttributeValue, Item } from '../types.ts'
import type { ItemChange } from '../writes.ts'
import { canonicalNumber } from '../attributes/keys.ts'
import { itemSize } from '../attributes/size.ts'
import { hexId } from './ids.ts'
import { openStreamOf, relayoutShards, shardCountFor, shardIndexFor, shardStartsFor, syncStreams } from './lifecycle.ts'
import { sequenceNumber, streamsOf, type StoredRecord } from './model.ts'

/**
 * Turns committed item changes into stream records (registered on `db.changeListeners`). A write that leaves
 * the item unchanged produces no record; Keys are always present; NewImage/OldImage follow the view type;
 * SizeBytes = size(Keys) + size(NewImage) + size(OldImage) (AWS-FACTS §9, verified on AWS recordings).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamRecord.html
 */
export function recordChange(db: DynamoDB, change: ItemChange): void {
  // No stream anywhere and none to open for this table: nothing to record (and nothing to sync; the request
  // that enables a stream syncs them itself).
  if (streamsOf(db).streams.length === 0 && !change.table.meta.StreamSpecification?.StreamEnabled) return
  syncStreams(db)
  const stream = openStreamOf(db, change.table)
  if (!stream) return
  if (change.old && change.new && sameItem(change.old, change.new)) return
  const count = shardCountFor(db, change.table)
  if (count !== stream.partitionCount) relayoutShards(db, stream, count, shardStartsFor(db, change.table))
  const partition = shardIndexFor(db, change.table, change.key)
  const open = stream.shards.filter((s) => s.EndingSequenceNumber === undefined)
  const shard = open.find((s) => s.partition === partition) ?? open[0]
  if (!shard) return

  const store = streamsOf(db)
  const seq = sequenceNumber(++store.seq)
  const view = stream.StreamViewType
  const Keys = copy(change.key)
  const record: StoredRecord = {
    eventID: hexId(`${stream.StreamArn}|${seq}`, 32),
    eventName: change.old === undefined ? 'INSERT' : change.new === undefined ? 'REMOVE' : 'MODIFY',
    SequenceNumber: seq,
    at: change.at,
    ApproximateCreationDateTime: Math.floor((db.clock.epochMs + change.at) / 1000),
    Keys,
    SizeBytes: itemSize(Keys),
  }
  if (change.new && (view === 'NEW_IMAGE' || view === 'NEW_AND_OLD_IMAGES')) {
    record.NewImage = copy(change.new)
    record.SizeBytes += itemSize(record.NewImage)
  }
  if (change.old && (view === 'OLD_IMAGE' || view === 'NEW_AND_OLD_IMAGES')) {
    record.OldImage = copy(change.old)
    record.SizeBytes += itemSize(record.OldImage)
  }
  if (change.cause === 'ttl') record.ttl = true
  shard.records.push(record)
}

/** Registers the recorder as a change listener (called by the DynamoDB constructor). */
export function registerStreams(db: DynamoDB): void {
  db.changeListeners.push(recordChange)
}

function copy(item: Item): Item {
  return JSON.parse(JSON.stringify(item)) as Item
}

/** True when two items hold the same attributes and values (set order and number spelling ignored). */
export function sameItem(a: Item, b: Item): boolean {
  return canonical({ M: a }) === canonical({ M: b })
}

function canonical(v: AttributeValue): string {
  const x = v as Record<string, unknown>
  if (typeof x['N'] === 'string') return `N:${canonicalNumber(x['N'])}`
  if (Array.isArray(x['NS'])) return `NS:${JSON.stringify((x['NS'] as string[]).map(canonicalNumber).sort())}`
  if (Array.isArray(x['SS'])) return `SS:${JSON.stringify([...(x['SS'] as string[])].sort())}`
  if (Array.isArray(x['BS'])) return `BS:${JSON.stringify([...(x['BS'] as string[])].sort())}`
  if (Array.isArray(x['L'])) return `L:[${(x['L'] as AttributeValue[]).map(canonical).join(',')}]`
  if (x['M'] && typeof x['M'] === 'object') {
    const m = x['M'] as Record<string, AttributeValue>
    return `M:{${Object.keys(m)
      .sort()
      .map((k) => `${JSON.stringify(k)}=${canonical(m[k]!)}`)
      .join(',')}}`
  }
  return JSON.stringify(v)
}
