/**
 * DynamoDB request ids (`x-amzn-RequestId`): 52 characters from `[0-9A-Z]`, the format real DynamoDB
 * sends (dynalite's connection tests match `/^[0-9A-Z]{52}$/` against live AWS).
 *
 * Ours are derived from the trace id, so the same simulation run gives the same ids and a request id
 * seen in the SDK's `$metadata.requestId` can be matched to its trace ({@link requestIdForTrace}).
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** FNV-1a 32-bit hash. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/** Deterministic 52-character request id for `key` (a trace id such as `t-17`). */
export function requestIdForTrace(key: string): string {
  // Two independent 32-bit states so that different keys practically never collide.
  let a = fnv1a(key, 0x811c9dc5) || 1
  let b = fnv1a(key, 0x2545f491) || 1
  let out = ''
  for (let i = 0; i < 52; i++) {
    // xorshift32 on each state, alternating.
    if (i % 2 === 0) {
      a ^= a << 13
      a ^= a >>> 17
      a ^= a << 5
      a >>>= 0
      out += ALPHABET[a % 36]
    } else {
      b ^= b << 13
      b ^= b >>> 17
      b ^= b << 5
      b >>>= 0
      out += ALPHABET[b % 36]
    }
  }
  return out
}
