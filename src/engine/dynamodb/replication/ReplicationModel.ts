import type { VirtualClock } from '../../clock/VirtualClock.ts'
import type { Table } from '../Table.ts'
import type { AttributeValue, Item } from '../types.ts'
import { keyString } from '../attributes/keys.ts'
import type { ItemChange } from '../writes.ts'
import { SeededRandom } from '../../clock/SeededRandom.ts'
import { DEFAULT_REPLICATION, checkReplicationSettings, type ReplicationSettings } from './settings.ts'

/** One committed version of an item, with the virtual ms at which each follower replica applies it. */
interface Version {
  at: number
  item: Item | undefined
  /** Visible-from times on follower replicas 1 and 2 (the leader, replica 0, sees it at `at`). */
  visibleAt: [number, number]
}

/** What a replica returned for one key. */
export interface ReplicaRead {
  /** The item as that replica has it (undefined: not there, e.g. a just-inserted item). */
  item: Item | undefined
  /** 0 = leader; 1, 2 = followers; undefined when no replica lags for this key (any replica answers the same). */
  replica: 0 | 1 | 2 | undefined
  /** True when the replica returned an older version than the leader has. */
  stale: boolean
}

/** Snapshot part of the model (the version history is transient: it only spans the lag window). */
export interface ReplicationState {
  settings: ReplicationSettings
  random: number
}

/**
 * The consistency model: every write reaches the leader replica at commit time and each of the two follower
 * replicas (one per Availability Zone) `lagMs + jitter` later, in commit order. A strongly consistent read asks
 * the leader; an eventually consistent read asks one of the three replicas, chosen with a seeded generator, and
 * gets the newest version that replica has applied at the read's virtual time.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadConsistency.html
 *
 * No event is scheduled per write: staleness is decided at read time from the commit time and the replica
 * lag. Memory is bounded by the window: a key's history is dropped once every replica has its newest version,
 * and older versions are trimmed as soon as a newer one is visible everywhere.
 */
export class ReplicationModel {
  readonly clock: VirtualClock
  readonly random: SeededRandom
  #settings: ReplicationSettings = { ...DEFAULT_REPLICATION }
  #histories = new WeakMap<Table, Map<string, Version[]>>()
  /** FIFO of (history, key, time all replicas have it): swept as time passes. */
  #pending: { map: Map<string, Version[]>; key: string; until: number }[] = []
  #head = 0

  /** @param seed seed of the model's own generator (so replica choices don't disturb other random draws). */
  constructor(clock: VirtualClock, seed: number) {
    this.clock = clock
    this.random = new SeededRandom(seed)
  }

  get settings(): Readonly<ReplicationSettings> {
    return this.#settings
  }

  /**
   * Changes the lag settings (virtual ms). Versions already written keep the lag they were written with.
   * @throws Error with a readable message for a negative, non-numeric or unknown setting
   */
  configure(patch: Partial<ReplicationSettings>): void {
    const problem = checkReplicationSettings(patch)
    if (problem) throw new Error(problem)
    this.#settings = { ...this.#settings, ...patch }
  }

  /** Number of keys whose replicas currently disagree (for the UI and tests). */
  get laggingKeys(): number {
    this.#sweep(this.clock.now())
    let n = 0
    for (let i = this.#head; i < this.#pending.length; i++) if (this.#pending[i]!.map.has(this.#pending[i]!.key)) n++
    return n
  }

  /** Change listener: records the write's replication schedule (nothing when replicas don't lag). */
  record(change: ItemChange): void {
    const { lagMs, jitterMs } = this.#settings
    if (lagMs <= 0 && jitterMs <= 0) return
    const now = change.at
    this.#sweep(now)
    const table = change.table
    let map = this.#histories.get(table)
    if (!map) this.#histories.set(table, (map = new Map()))
    const key = keyId(table, change.key)
    let versions = map.get(key)
    if (!versions) map.set(key, (versions = [{ at: -Infinity, item: change.old, visibleAt: [-Infinity, -Infinity] }]))
    const prev = versions[versions.length - 1]!
    const d1 = lagMs + (jitterMs > 0 ? this.random.next() * jitterMs : 0)
    const d2 = lagMs + (jitterMs > 0 ? this.random.next() * jitterMs : 0)
    // Replicas apply the log in order: a version is never visible before the one before it.
    const visibleAt: [number, number] = [Math.max(prev.visibleAt[0], now + d1), Math.max(prev.visibleAt[1], now + d2)]
    versions.push({ at: now, item: change.new, visibleAt })
    while (versions.length > 2 && Math.max(...versions[1]!.visibleAt) <= now) versions.shift()
    this.#pending.push({ map, key, until: Math.max(...visibleAt) })
  }

  /**
   * Reads `key` as the chosen replica has it at the current virtual time. `latest` is the leader's item
   * (what the table stores now). Strongly consistent reads always get it.
   */
  read(table: Table, key: Item, latest: Item | undefined, consistent: boolean): ReplicaRead {
    if (consistent) return { item: latest, replica: 0, stale: false }
    const map = this.#histories.get(table)
    if (!map || map.size === 0) return { item: latest, replica: undefined, stale: false }
    const now = this.clock.now()
    const versions = map.get(keyId(table, key))
    if (!versions || Math.max(...versions[versions.length - 1]!.visibleAt) <= now) return { item: latest, replica: undefined, stale: false }
    const replica = this.random.int(0, 2) as 0 | 1 | 2
    if (replica === 0) return { item: latest, replica, stale: false }
    for (let i = versions.length - 1; i >= 0; i--) {
      const v = versions[i]!
      if (v.visibleAt[replica - 1] <= now) return { item: i === versions.length - 1 ? latest : v.item, replica, stale: i !== versions.length - 1 }
    }
    return { item: versions[0]!.item, replica, stale: true }
  }

  /**
   * A replica's view of a whole table, for Query and Scan: undefined when no key of `table` lags now (read
   * the table as stored), else one replica (seeded; strongly consistent reads never get a view) and, per
   * lagging key, the item that replica has (undefined = absent there).
   */
  view(table: Table, consistent: boolean): { replica: 1 | 2; items: Map<string, Item | undefined> } | undefined {
    if (consistent) return undefined
    const map = this.#histories.get(table)
    if (!map || map.size === 0) return undefined
    const now = this.clock.now()
    this.#sweep(now)
    if (map.size === 0) return undefined
    const replica = this.random.int(0, 2)
    if (replica === 0) return undefined
    const items = new Map<string, Item | undefined>()
    for (const [key, versions] of map) {
      for (let i = versions.length - 1; i >= 0; i--) {
        const v = versions[i]!
        if (v.visibleAt[replica - 1] <= now || i === 0) {
          if (i !== versions.length - 1) items.set(key, v.item)
          break
        }
      }
    }
    return items.size ? { replica: replica as 1 | 2, items } : undefined
  }

  /** Forgets every history (after a snapshot restore: restored replicas are in step). */
  reset(): void {
    this.#histories = new WeakMap()
    this.#pending = []
    this.#head = 0
  }

  getState(): ReplicationState {
    return { settings: { ...this.#settings }, random: this.random.getState() }
  }

  setState(state: ReplicationState): void {
    const problem = checkReplicationSettings(state.settings)
    if (problem) throw new Error(problem)
    this.#settings = { ...DEFAULT_REPLICATION, ...state.settings }
    this.random.setState(state.random)
    this.reset()
  }

  #sweep(now: number): void {
    const q = this.#pending
    while (this.#head < q.length && q[this.#head]!.until <= now) {
      const p = q[this.#head++]!
      const versions = p.map.get(p.key)
      if (versions && Math.max(...versions[versions.length - 1]!.visibleAt) <= now) p.map.delete(p.key)
    }
    if (this.#head > 1024 && this.#head * 2 > q.length) {
      this.#pending = q.slice(this.#head)
      this.#head = 0
    }
  }
}

/** Identity of an item's primary key inside one table (canonical key strings, so N "1.0" = N "1"). */
export function keyId(table: Table, key: Item): string {
  const range = table.rangeKey
  return range === undefined ? table.items.hashOf(key) : `${table.items.hashOf(key)}\u0000${keyString(key[range] as AttributeValue)}`
}
