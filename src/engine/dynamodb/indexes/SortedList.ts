/**
 * A sorted sequence kept in chunks (a flat B+-tree of one level): insert and delete cost O(log n + chunk),
 * finding a position costs O(log n), and iterating from a position in either direction costs O(1) per
 * element. Item collections and secondary indexes use it so a Query never sorts: it seeks to the first
 * key in range and walks (DynamoDB stores items sorted by sort key inside each partition key value,
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.Partitions.html).
 *
 * The order must be total over the stored values (`compare(a, b) === 0` means the same entry).
 */
export class SortedList<T> {
  readonly #compare: (a: T, b: T) => number
  #chunks: T[][] = []
  #size = 0

  /** Largest chunk before it is split in two. @default 512 */
  static readonly CHUNK = 512

  constructor(compare: (a: T, b: T) => number) {
    this.#compare = compare
  }

  get size(): number {
    return this.#size
  }

  /** Inserts `value`, or replaces the stored value that compares equal. Returns the replaced value. */
  insert(value: T): T | undefined {
    if (this.#chunks.length === 0) {
      this.#chunks.push([value])
      this.#size = 1
      return undefined
    }
    const c = this.#chunkFor(value)
    const chunk = this.#chunks[c]!
    const i = lowerBound(chunk, (x) => this.#compare(x, value) < 0)
    if (i < chunk.length && this.#compare(chunk[i]!, value) === 0) {
      const old = chunk[i]
      chunk[i] = value
      return old
    }
    chunk.splice(i, 0, value)
    this.#size++
    if (chunk.length > SortedList.CHUNK) this.#chunks.splice(c + 1, 0, chunk.splice(chunk.length >> 1))
    return undefined
  }

  /** Removes the stored value that compares equal to `probe`. Returns it. */
  delete(probe: T): T | undefined {
    if (this.#chunks.length === 0) return undefined
    const c = this.#chunkFor(probe)
    const chunk = this.#chunks[c]!
    const i = lowerBound(chunk, (x) => this.#compare(x, probe) < 0)
    if (i >= chunk.length || this.#compare(chunk[i]!, probe) !== 0) return undefined
    const [old] = chunk.splice(i, 1)
    this.#size--
    if (chunk.length === 0) this.#chunks.splice(c, 1)
    return old
  }

  /**
   * Forward: the values for which `skip` is false, in order; `skip` must hold for a prefix of the list
   * (the values before the start). Reverse: the values for which `skip` is false, in reverse order; `skip`
   * must hold for a suffix of the list (the values after the start).
   */
  *from(skip: (value: T) => boolean, reverse = false): IterableIterator<T> {
    const chunks = this.#chunks
    if (!reverse) {
      let c = lowerBound(chunks, (ch) => skip(ch[ch.length - 1]!))
      if (c >= chunks.length) return
      let i = lowerBound(chunks[c]!, skip)
      for (; c < chunks.length; c++, i = 0) {
        const chunk = chunks[c]!
        for (; i < chunk.length; i++) yield chunk[i]!
      }
      return
    }
    let c = lowerBound(chunks, (ch) => !skip(ch[0]!)) - 1
    if (c < 0) return
    let i = lowerBound(chunks[c]!, (x) => !skip(x)) - 1
    for (; c >= 0; c--, i = c >= 0 ? chunks[c]!.length - 1 : 0) {
      const chunk = chunks[c]!
      for (; i >= 0; i--) yield chunk[i]!
    }
  }

  /** All values in order. */
  *values(): IterableIterator<T> {
    for (const chunk of this.#chunks) yield* chunk
  }

  /** The chunk that holds (or should hold) `value`. */
  #chunkFor(value: T): number {
    const c = lowerBound(this.#chunks, (ch) => this.#compare(ch[ch.length - 1]!, value) < 0)
    return Math.min(c, this.#chunks.length - 1)
  }
}

/** First index whose element fails `isBefore` (elements failing it must all come after those passing). */
function lowerBound<E>(array: readonly E[], isBefore: (e: E) => boolean): number {
  let lo = 0
  let hi = array.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (isBefore(array[mid]!)) lo = mid + 1
    else hi = mid
  }
  return lo
}
