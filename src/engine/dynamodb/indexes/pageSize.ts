import type { AttributeValue, Item } from '../types.ts'
import { base64Length, numberSize, utf8Length } from '../attributes/size.ts'

/**
 * Size an entry counts towards Query/Scan's 1 MB page limit. It is not the item size that capacity uses:
 * AWS measures its internal serialization, where an attribute name costs 1 byte whatever its length, values
 * carry small length headers, and every 3 KB of item carries an 18-byte overhead plus the sort key. The model
 * and constants are dynalite's (`db/index.js` `itemSize(item, compress, addMetaSize, rangeKey)`), fitted to
 * AWS's recorded page cuts (dynalite test/scan.js "just under / just over limit" cases).
 *
 * @param rangeKey the table's sort key attribute name, if any
 * @returns bytes counted towards {@link https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Pagination.html the 1 MB page}
 */
export function pageEntrySize(item: Item, rangeKey: string | undefined): number {
  let size = 0
  let rangeKeySize = 0
  for (const [attr, value] of Object.entries(item)) {
    if (attr === rangeKey) rangeKeySize = plainSize(value)
    else size += storedSize(value) + 1
  }
  return 2 + size + (1 + Math.floor((1 + size) / 3072)) * (18 + rangeKeySize)
}

function plainSize(v: AttributeValue): number {
  if ('S' in v) return utf8Length(v.S)
  if ('B' in v) return base64Length(v.B)
  if ('N' in v) return numberSize(v.N)
  if ('SS' in v) return v.SS.reduce((n, s) => n + utf8Length(s), 0)
  if ('BS' in v) return v.BS.reduce((n, s) => n + base64Length(s), 0)
  if ('NS' in v) return v.NS.reduce((n, s) => n + numberSize(s), 0)
  if ('NULL' in v || 'BOOL' in v) return 1
  if ('L' in v) return 3 + v.L.reduce((n, e) => n + 1 + storedSize(e), 0)
  if ('M' in v) return 3 + Object.keys(v.M).length + Object.values(v.M).reduce((n, e) => n + storedSize(e) + 1, 0)
  return 0
}

/** A value with its storage header. */
function storedSize(v: AttributeValue): number {
  const size = plainSize(v)
  if ('S' in v) return size + (size < 128 ? 1 : size < 16384 ? 2 : 3)
  if ('B' in v || 'N' in v) return size + 1
  if ('SS' in v) return size + v.SS.length + 1
  if ('BS' in v) return size + v.BS.length + 1
  if ('NS' in v) return size + v.NS.length + 1
  if ('NULL' in v) return 0
  if ('BOOL' in v) return 1
  return size
}
