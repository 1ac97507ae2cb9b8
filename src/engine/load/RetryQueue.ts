/** A request waiting for its next attempt. Plain data (no closures), so a run's queue could be snapshotted. */
export interface PendingAttempt {
  /** Virtual ms at which the attempt is sent. */
  due: number
  /** Request sequence number (0-based, order of first attempts); ties on `due` go in this order. */
  seq: number
  /** Virtual ms of the first attempt (client-observed latency runs from here). */
  start: number
  /** Number of the attempt to send (2 = first retry). */
  attempt: number
  read: boolean
  /** Partition key value and, for calculated sharding, the source attribute. */
  key: string
  sourceName: string | undefined
  sourceValue: string | undefined
  /** Retry quota tokens this retry took (refunded on success). */
  cost: number
  /** The request is one of the sampled ones whose attempts are traced. */
  traced: boolean
}

/** Binary min-heap of pending attempts ordered by (`due`, `seq`). */
export class RetryQueue {
  #h: PendingAttempt[] = []

  get size(): number {
    return this.#h.length
  }

  /** The earliest attempt, without removing it. */
  peek(): PendingAttempt | undefined {
    return this.#h[0]
  }

  push(p: PendingAttempt): void {
    const h = this.#h
    h.push(p)
    let i = h.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!before(h[i]!, h[parent]!)) break
      const t = h[i]!
      h[i] = h[parent]!
      h[parent] = t
      i = parent
    }
  }

  pop(): PendingAttempt | undefined {
    const h = this.#h
    const top = h[0]
    const last = h.pop()
    if (h.length > 0 && last) {
      h[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < h.length && before(h[l]!, h[m]!)) m = l
        if (r < h.length && before(h[r]!, h[m]!)) m = r
        if (m === i) break
        const t = h[i]!
        h[i] = h[m]!
        h[m] = t
        i = m
      }
    }
    return top
  }

  clear(): void {
    this.#h = []
  }
}

function before(a: PendingAttempt, b: PendingAttempt): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq)
}
