import type { DynamoDB } from '../dynamodb/DynamoDB.ts'
import type { ItemChange } from '../dynamodb/writes.ts'
import { copyItem } from '../dynamodb/attributes/validate.ts'
import { keyId } from '../dynamodb/replication/ReplicationModel.ts'
import { DaxCluster, type DaxClusterOptions, type DaxClusterState } from './DaxCluster.ts'
import { ClusterNotFoundFault } from './errors.ts'

/** Snapshot of every cluster. */
export interface DaxState {
  clusters: DaxClusterState[]
}

/** Item cache key: table name + canonical primary key. */
export function itemCacheKey(change: Pick<ItemChange, 'table' | 'key'>): string {
  return `${change.table.name}\u0001${keyId(change.table, change.key)}`
}

/**
 * The DAX clusters of the simulated account, in front of one DynamoDB service. Owns write-through: a DAX
 * write runs inside {@link writingThrough}, and the change listener it registers on DynamoDB
 * (`db.changeListeners`, writes.ts) stores each committed item in that cluster's item cache (a delete stores
 * "not found"). Writes made directly to DynamoDB leave every cache alone, as on AWS.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.consistency.html
 */
export class DaxService {
  readonly db: DynamoDB
  readonly clusters = new Map<string, DaxCluster>()
  #writer: DaxCluster | undefined
  #collect: ItemChange[] | undefined

  constructor(db: DynamoDB) {
    this.db = db
    db.changeListeners.push((_db, change) => this.#onChange(change))
  }

  /** @throws Error for a duplicate name or bad options */
  create(options: DaxClusterOptions): DaxCluster {
    if (this.clusters.has(options.name)) throw new Error(`A DAX cluster named ${options.name} already exists`)
    const cluster = new DaxCluster(options)
    this.clusters.set(cluster.name, cluster)
    return cluster
  }

  delete(name: string): boolean {
    return this.clusters.delete(name)
  }

  /**
   * The cluster a request goes to: the named one, else the first cluster that serves `tableName`.
   * @throws ClusterNotFoundFault when there is none
   */
  resolve(name: string | undefined, tableName: string | undefined): DaxCluster {
    if (name !== undefined) {
      const c = this.clusters.get(name)
      if (!c) throw new ClusterNotFoundFault()
      return c
    }
    for (const c of this.clusters.values()) if (tableName === undefined || c.serves(tableName)) return c
    throw new ClusterNotFoundFault()
  }

  /**
   * Runs a DynamoDB write for `cluster`: committed changes update its item cache, or, with `collect`, are
   * only collected there (TransactWriteItems: DAX fills the cache afterwards by reading the items back).
   */
  writingThrough<T>(cluster: DaxCluster, fn: () => T, collect?: ItemChange[]): T {
    const prev = this.#writer
    const prevCollect = this.#collect
    this.#writer = cluster
    this.#collect = collect
    try {
      return fn()
    } finally {
      this.#writer = prev
      this.#collect = prevCollect
    }
  }

  #onChange(change: ItemChange): void {
    const c = this.#writer
    if (!c || !c.serves(change.table.name) || change.cause !== 'request') return
    if (this.#collect) this.#collect.push(change)
    else c.itemCache.set(itemCacheKey(change), change.new ? copyItem(change.new) : null, change.at, c.config.itemTtlMs)
  }

  getState(): DaxState {
    return { clusters: [...this.clusters.values()].map((c) => c.getState()) }
  }

  setState(state: DaxState | undefined): void {
    this.clusters.clear()
    for (const s of state?.clusters ?? []) this.clusters.set(s.config.name, DaxCluster.fromState(s))
  }
}
