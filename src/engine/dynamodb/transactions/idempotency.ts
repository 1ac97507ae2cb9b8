import type { DynamoDB } from '../DynamoDB.ts'
import { AwsServiceException } from '../../errors.ts'
import { IdempotentParameterMismatchException } from '../errors.ts'

/**
 * ClientRequestToken idempotency for TransactWriteItems (AWS-FACTS §7): a token is remembered for 10 minutes
 * of virtual time after the request that used it finished. Within that window the same token with the same
 * parameters succeeds again without writing anything; with different parameters it is an
 * IdempotentParameterMismatchException. After the window the token is new again.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html#transaction-apis-txwriteitems
 *
 * Tokens live beside the service and travel in its snapshot (`DynamoDBState.clientRequestTokens`, see
 * {@link getIdempotencyState}), so a restored workspace still knows the tokens of its last 10 minutes.
 */

/** How long a token is remembered. @default 600000 (10 minutes, virtual ms) */
export const IDEMPOTENCY_WINDOW_MS = 10 * 60 * 1000

/**
 * Message of the mismatch error. [unverified] AWS's exact text was not found in a public record; this is the
 * API reference's description of the exception.
 */
export const MSG_IDEMPOTENT_MISMATCH =
  'DynamoDB rejected the request because you retried a request with a different payload but with an idempotent token that was already used.'

interface Remembered {
  fingerprint: string
  /** Virtual ms when the first request finished. */
  at: number
}

const stores = new WeakMap<DynamoDB, Map<string, Remembered>>()

function store(db: DynamoDB): Map<string, Remembered> {
  let s = stores.get(db)
  if (!s) stores.set(db, (s = new Map()))
  return s
}

/** Canonical JSON of a request without its token (object keys sorted), to compare parameters. */
export function requestFingerprint(raw: Record<string, unknown>): string {
  const { ClientRequestToken: _token, ...rest } = raw
  return stableJson(rest)
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined)
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`).join(',')}}`
  }
  return JSON.stringify(v) ?? 'null'
}

/**
 * Whether `token` was already used by a finished request inside the window.
 * @returns true for a repeat of the same request (the caller must not write again), false for a new token
 * @throws IdempotentParameterMismatchException when the token was used with other parameters
 */
export function isRepeat(db: DynamoDB, token: string | undefined, fingerprint: string): boolean {
  if (token === undefined) return false
  const s = store(db)
  const seen = s.get(token)
  if (!seen) return false
  if (db.clock.now() - seen.at >= IDEMPOTENCY_WINDOW_MS) {
    s.delete(token)
    return false
  }
  if (seen.fingerprint !== fingerprint) throw mismatch()
  return true
}

/** Remembers `token` for a request that just succeeded. */
export function remember(db: DynamoDB, token: string | undefined, fingerprint: string): void {
  if (token === undefined) return
  const s = store(db)
  const now = db.clock.now()
  for (const [t, r] of s) if (now - r.at >= IDEMPOTENCY_WINDOW_MS) s.delete(t)
  s.set(token, { fingerprint, at: now })
}

function mismatch(): AwsServiceException {
  return new IdempotentParameterMismatchException(MSG_IDEMPOTENT_MISMATCH)
}

/** One remembered ClientRequestToken in a snapshot. */
export interface ClientRequestTokenState {
  token: string
  /** Canonical JSON of the request without its token ({@link requestFingerprint}). */
  fingerprint: string
  /** Virtual ms when the first request finished. */
  at: number
}

/**
 * The tokens still inside their 10-minute window, oldest first, for `DynamoDB.getState`; undefined when there
 * are none (so snapshots without transactions keep their old shape).
 */
export function getIdempotencyState(db: DynamoDB): ClientRequestTokenState[] | undefined {
  const s = stores.get(db)
  if (!s) return undefined
  const now = db.clock.now()
  const live = [...s].filter(([, r]) => now - r.at < IDEMPOTENCY_WINDOW_MS).map(([token, r]) => ({ token, fingerprint: r.fingerprint, at: r.at }))
  return live.length ? live : undefined
}

/** Replaces the remembered tokens with a snapshot's (none when `state` is absent, as in older snapshots). */
export function setIdempotencyState(db: DynamoDB, state: readonly ClientRequestTokenState[] | undefined): void {
  const s = new Map<string, Remembered>()
  for (const { token, fingerprint, at } of state ?? []) s.set(token, { fingerprint, at })
  stores.set(db, s)
}
