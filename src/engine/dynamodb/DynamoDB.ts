import type { VirtualClock } from '../clock/VirtualClock.ts'
import type { SeededRandom } from '../clock/SeededRandom.ts'
import type { OperationContext } from './OperationContext.ts'
import type { ChangeListener } from './writes.ts'
import { Table, type TableState } from './Table.ts'
import { ResourceNotFoundException, UnknownOperationException } from './errors.ts'
import { operations, type DynamoDBOperation } from './operations/index.ts'
import { DEFAULT_TABLE_TIMINGS, registerTableLifecycle, type BackfillHook, type TableTimings } from './tableLifecycle.ts'
import { DEFAULT_PHYSICS_SETTINGS, type PhysicsSettings } from './physics/settings.ts'
import { registerAutoScaling } from './physics/autoScaling.ts'
import { registerIndexMaintenance } from './indexes/maintenance.ts'
import { DEFAULT_TTL_SETTINGS, type TtlSettings } from './ttl/TimeToLive.ts'
import { registerTimeToLive, restoreTimeToLive } from './ttl/sweeper.ts'
import { registerStreams } from './streams/recorder.ts'
import { syncStreams } from './streams/lifecycle.ts'
import { getStreamsState, setStreamsState, streamsOf, type StreamsState } from './streams/model.ts'
import { getIdempotencyState, setIdempotencyState, type ClientRequestTokenState } from './transactions/idempotency.ts'

export interface DynamoDBState {
  tables: TableState[]
  /** DynamoDB Streams: streams, shards and records (absent in older snapshots). */
  streams?: StreamsState
  /** Capacity physics switches (absent in older snapshots). */
  physics?: PhysicsSettings
  /** TransactWriteItems ClientRequestTokens still in their 10-minute window (absent when none, and in older snapshots). */
  clientRequestTokens?: ClientRequestTokenState[]
}

/**
 * The simulated DynamoDB service of one account in one Region. Holds the tables; each operation lives in
 * `operations/<Action>.ts` and is dispatched by its X-Amz-Target name.
 */
export class DynamoDB {
  readonly clock: VirtualClock
  readonly random: SeededRandom
  /** @default 'us-east-1' */
  readonly region: string
  /** @default '123456789012' (AWS documentation's example account) */
  readonly accountId: string
  readonly tables = new Map<string, Table>()
  /** Subscribers to committed item changes (index maintenance, Streams, DAX…); see writes.ts. */
  readonly changeListeners: ChangeListener[] = []
  /** Virtual durations of table/index status changes; the local endpoint sets shorter ones. */
  timings: TableTimings = { ...DEFAULT_TABLE_TIMINGS }
  /** Called when a GSI added by UpdateTable starts backfilling (set by the index-maintenance code). */
  onGsiBackfill: BackfillHook | undefined = undefined
  /** Modeled TTL timings (sweep interval, deletion delay, cooldown); see ttl/TimeToLive.ts. */
  ttl: TtlSettings = { ...DEFAULT_TTL_SETTINGS }
  /** Capacity physics switches (adaptive capacity, throttling); see physics/index.ts. */
  physics: PhysicsSettings = { ...DEFAULT_PHYSICS_SETTINGS }

  constructor(clock: VirtualClock, random: SeededRandom, region = 'us-east-1', accountId = '123456789012') {
    this.clock = clock
    this.random = random
    this.region = region
    this.accountId = accountId
    registerTableLifecycle(this)
    registerIndexMaintenance(this)
    registerTimeToLive(this)
    registerStreams(this)
    registerAutoScaling(this)
  }

  /** True when `name` is an operation this simulator implements. */
  static isOperation(name: string): name is DynamoDBOperation {
    return Object.hasOwn(operations, name)
  }

  /**
   * Runs one operation. `input` is the parsed JSON request body, not yet validated.
   * @throws UnknownOperationException for an operation name we do not implement
   * @throws any DynamoDB error the operation throws
   */
  execute(operation: string, input: unknown, ctx: OperationContext): unknown {
    const handler = (handlers ??= new Map(Object.entries(operations) as [string, Handler][])).get(operation)
    if (handler === undefined) throw new UnknownOperationException()
    const output = handler(this, input ?? {}, ctx)
    if (streamsInUse(this)) syncStreams(this) // a stream starts/stops with the request that enabled/disabled it
    return output
  }

  /**
   * The table called `name`, in any status.
   * @throws ResourceNotFoundException `Requested resource not found` (or `message`)
   */
  requireTable(name: string, message?: string): Table {
    const t = this.tables.get(name)
    if (!t) throw new ResourceNotFoundException(message)
    return t
  }

  tableArn(name: string): string {
    return `arn:aws:dynamodb:${this.region}:${this.accountId}:table/${name}`
  }

  getState(): DynamoDBState {
    const tokens = getIdempotencyState(this)
    return {
      tables: [...this.tables.values()].map((t) => t.getState()),
      streams: getStreamsState(this),
      physics: { ...this.physics },
      ...(tokens ? { clientRequestTokens: tokens } : {}),
    }
  }

  setState(state: DynamoDBState): void {
    this.tables.clear()
    this.physics = { ...DEFAULT_PHYSICS_SETTINGS, ...state.physics }
    for (const t of state.tables) this.tables.set(t.meta.TableName, Table.fromState(t))
    setStreamsState(this, state.streams)
    setIdempotencyState(this, state.clientRequestTokens)
    restoreTimeToLive(this)
  }
}

type Handler = (db: DynamoDB, input: any, ctx: OperationContext) => unknown

/** The dispatch table as a Map (built on first use): one lookup per request instead of `Object.hasOwn` and a property read. */
let handlers: ReadonlyMap<string, Handler> | undefined

/**
 * False when `syncStreams` would find nothing to do: no stream exists (open, closing or closed) and no table
 * has a stream to create. Most accounts have no stream, and every request would otherwise walk them.
 */
function streamsInUse(db: DynamoDB): boolean {
  if (streamsOf(db).streams.length > 0) return true
  for (const t of db.tables.values()) {
    const m = t.meta
    if (m.StreamSpecification?.StreamEnabled && m.LatestStreamArn && m.TableStatus !== 'DELETING') return true
  }
  return false
}
