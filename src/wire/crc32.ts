/**
 * CRC-32 (IEEE 802.3, the zlib/`buffer-crc32` one) of a byte string, as an unsigned 32-bit integer.
 *
 * DynamoDB sends it in the `x-amz-crc32` response header, computed over the exact response body bytes.
 * The AWS CLI (botocore's `crc32` retry checker for DynamoDB) recomputes it and retries on a mismatch,
 * so it must match byte for byte.
 */
const TABLE = buildTable()

function buildTable(): Uint32Array {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
}

/** CRC-32 of `data` (a string is encoded as UTF-8 first). */
export function crc32(data: string | Uint8Array): number {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  let crc = 0xffffffff
  for (let i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}
