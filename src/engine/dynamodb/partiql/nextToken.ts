import type { Item } from '../types.ts'
import { ValidationException } from '../errors.ts'
import { decodeBase64 } from '../expressions/values.ts'
import { MSG_INVALID_NEXT_TOKEN } from './errors.ts'

/**
 * ExecuteStatement's NextToken: opaque to the caller. Here it is base64 of `{h, p, k}`: a hash of the statement
 * text (a token is only valid for the statement that produced it), the index of the partition value an
 * `IN (…)` query had reached, and the last evaluated key.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteStatement.html#DDB-ExecuteStatement-request-NextToken
 */

interface TokenBody {
  h: number
  p: number
  k: Item
}

/** The token that resumes `statement` after key `k` of partition value `partition`. */
export function encodeNextToken(statement: string, partition: number, k: Item): string {
  const body: TokenBody = { h: hash(statement), p: partition, k }
  // Non-ASCII escaped, so each character is one byte.
  const ascii = JSON.stringify(body).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return encodeBase64(Uint8Array.from(ascii, (c) => c.charCodeAt(0)))
}

/**
 * Reads a token back.
 * @throws ValidationException `Invalid NextToken` (unreadable), `NextToken does not match request` (other statement)
 */
export function decodeNextToken(token: string, statement: string): { partition: number; key: Item } {
  let body: TokenBody
  try {
    body = JSON.parse(String.fromCharCode(...decodeBase64(token))) as TokenBody
  } catch {
    throw new ValidationException(MSG_INVALID_NEXT_TOKEN)
  }
  if (!body || typeof body !== 'object' || typeof body.h !== 'number' || typeof body.p !== 'number' || !body.k || typeof body.k !== 'object') {
    throw new ValidationException(MSG_INVALID_NEXT_TOKEN)
  }
  if (body.h !== hash(statement)) throw new ValidationException('NextToken does not match request')
  return { partition: body.p, key: body.k }
}

/** 32-bit FNV-1a of the text. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function encodeBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '='
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '='
  }
  return out
}
