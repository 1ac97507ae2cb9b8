/**
 * Deterministic identifiers for stream and TTL bookkeeping, derived by hashing (never from the shared
 * seeded generator, so enabling a stream does not change the random numbers other features draw).
 */

/** FNV-1a 32-bit hash of a string. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

/** `n` hex characters derived from `text` (chained FNV-1a). */
export function hexId(text: string, n: number): string {
  let out = ''
  let i = 0
  while (out.length < n) out += fnv1a32(`${i++}:${text}`).toString(16).padStart(8, '0')
  return out.slice(0, n)
}

/** A fraction in [0, 1) derived from `text`. */
export function unitFraction(text: string): number {
  return fnv1a32(text) / 0x1_0000_0000
}
