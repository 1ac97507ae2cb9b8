/**
 * Deterministic pseudo-random generator (mulberry32). The engine never calls `Math.random`: every random
 * choice (latency jitter, SDK retry jitter, key distributions) comes from here, so the same seed and the
 * same inputs replay the same run.
 */
export class SeededRandom {
  /**
   * The 32-bit state, in a typed array: a plain number field would exceed V8's small integers at least half
   * the time and box a heap number on those draws (measured 3× slower on Node 20, and garbage).
   */
  #state = new Uint32Array(1)

  /** @param seed any 32-bit integer; @default 1 */
  constructor(seed = 1) {
    this.#state[0] = seed >>> 0
  }

  /**
   * Advances the generator by `n` draws without computing them (mulberry32's state moves by a constant per
   * draw), so a consumer can reserve draws now and replay them later from the saved state.
   */
  skip(n: number): void {
    this.#state[0] = (this.#state[0]! + Math.imul(n, 0x6d2b79f5)) >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    const s = this.#state
    s[0] = s[0]! + 0x6d2b79f5 // wraps to 32 bits like `>>> 0`
    let t = s[0]!
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min)
  }

  /** A new independent generator derived from this one (for a sub-system that must not disturb others). */
  fork(): SeededRandom {
    return new SeededRandom(Math.floor(this.next() * 4294967296))
  }

  getState(): number {
    return this.#state[0]!
  }

  setState(state: number): void {
    this.#state[0] = state >>> 0
  }
}
