/**
 * UTC calendar arithmetic and the date formats DynamoDB's control plane puts in messages and stream
 * labels, computed from epoch seconds without `Date` (the engine never touches wall-clock APIs).
 * Civil-from-days after Howard Hinnant's public-domain algorithm.
 */

const DAY_S = 86_400
const WEEKDAYS = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday'] // 1970-01-01 was a Thursday
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Broken-down UTC time. `month` is 1–12. */
export interface UtcParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  millisecond: number
  weekday: string
}

/** UTC calendar fields of an epoch-seconds instant. */
export function utcParts(epochSeconds: number): UtcParts {
  const ms = Math.floor(epochSeconds * 1000)
  const days = Math.floor(ms / 86_400_000)
  const msOfDay = ms - days * 86_400_000
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return {
    year,
    month,
    day,
    hour: Math.floor(msOfDay / 3_600_000),
    minute: Math.floor(msOfDay / 60_000) % 60,
    second: Math.floor(msOfDay / 1000) % 60,
    millisecond: msOfDay % 1000,
    weekday: WEEKDAYS[((days % 7) + 7) % 7]!,
  }
}

/** Index of the UTC day (days since 1970-01-01) containing `epochSeconds`. */
export function utcDay(epochSeconds: number): number {
  return Math.floor(epochSeconds / DAY_S)
}

/** Epoch seconds of the next UTC midnight after `epochSeconds`. */
export function nextUtcMidnight(epochSeconds: number): number {
  return (utcDay(epochSeconds) + 1) * DAY_S
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0')

/**
 * `Thursday, October 8, 2026 at 11:20:48 PM Coordinated Universal Time`: the form of the dates in the
 * provisioned-throughput decrease LimitExceededException as observed on AWS in 2026.
 */
export function formatLongUtc(epochSeconds: number): string {
  const p = utcParts(epochSeconds)
  const h12 = p.hour % 12 === 0 ? 12 : p.hour % 12
  return `${p.weekday}, ${MONTHS[p.month - 1]} ${p.day}, ${p.year} at ${h12}:${pad(p.minute)}:${pad(p.second)} ${p.hour < 12 ? 'AM' : 'PM'} Coordinated Universal Time`
}

/** `Sat Feb 23 03:07:45 UTC 2019` (Java `Date.toString()`), as in the billing-mode switch limit message. */
export function formatJavaUtc(epochSeconds: number): string {
  const p = utcParts(epochSeconds)
  return `${p.weekday.slice(0, 3)} ${MONTHS[p.month - 1]!.slice(0, 3)} ${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} UTC ${p.year}`
}

/** `2026-01-01T00:00:00.000`: DynamoDB's LatestStreamLabel format (ISO 8601 UTC, no zone designator). */
export function formatStreamLabel(epochSeconds: number): string {
  const p = utcParts(epochSeconds)
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}.${pad(p.millisecond, 3)}`
}
