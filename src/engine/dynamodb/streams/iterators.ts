import { ValidationException } from '../errors.ts'

/**
 * Shard iterators. AWS's look like `<StreamArn>|1|<opaque base64>`; ours carry, in the opaque part, the
 * shard, the position (read records with a sequence number greater than `after`; '' = from the shard's
 * start) and the virtual ms at which the iterator was issued (for the 15-minute expiry).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetShardIterator.html
 */
export interface ShardIteratorData {
  StreamArn: string
  ShardId: string
  after: string
  issuedAt: number
}

/** Message for a ShardIterator we cannot decode. [unverified] AWS's exact text. */
export const INVALID_ITERATOR_MESSAGE = 'Invalid ShardIterator'

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function toBase64(text: string): string {
  const bytes = Array.from(text, (c) => c.charCodeAt(0) & 0xff)
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '='
    out += i + 2 < bytes.length ? B64[n & 63]! : '='
  }
  return out
}

function fromBase64(b64: string): string | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) return undefined
  let out = ''
  for (let i = 0; i < b64.length; i += 4) {
    const c = [0, 1, 2, 3].map((k) => (b64[i + k] === '=' ? 0 : B64.indexOf(b64[i + k]!)))
    const n = (c[0]! << 18) | (c[1]! << 12) | (c[2]! << 6) | c[3]!
    out += String.fromCharCode((n >> 16) & 0xff)
    if (b64[i + 2] !== '=') out += String.fromCharCode((n >> 8) & 0xff)
    if (b64[i + 3] !== '=') out += String.fromCharCode(n & 0xff)
  }
  return out
}

/** The iterator string for `data`. */
export function encodeShardIterator(data: ShardIteratorData): string {
  return `${data.StreamArn}|1|${toBase64(JSON.stringify([data.ShardId, data.after, data.issuedAt]))}`
}

/**
 * Decodes an iterator string.
 * @throws ValidationException {@link INVALID_ITERATOR_MESSAGE} when it is not one of ours
 */
export function decodeShardIterator(text: string): ShardIteratorData {
  const parts = text.split('|')
  const json = parts.length === 3 && parts[1] === '1' ? fromBase64(parts[2]!) : undefined
  let v: unknown
  try {
    v = json === undefined ? undefined : JSON.parse(json)
  } catch {
    v = undefined
  }
  if (
    !Array.isArray(v) ||
    v.length !== 3 ||
    typeof v[0] !== 'string' ||
    typeof v[1] !== 'string' ||
    !/^\d{0,40}$/.test(v[1]) ||
    typeof v[2] !== 'number' ||
    !Number.isFinite(v[2])
  ) {
    throw new ValidationException(INVALID_ITERATOR_MESSAGE)
  }
  return { StreamArn: parts[0]!, ShardId: v[0], after: v[1], issuedAt: v[2] }
}
