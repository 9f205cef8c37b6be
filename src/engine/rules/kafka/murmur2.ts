// Keyed partitioning exactly as the Java producer does it (BuiltInPartitioner.partitionForKey,
// Utils.murmur2, Utils.toPositive). A student who types a key must see the partition a real
// producer would pick, so every step below mirrors the Java bit for bit.

const SEED = 0x9747b28c;
const M = 0x5bd1e995;
const R = 24;

/**
 * UTF-8 bytes of `s`, as Java's `String.getBytes(UTF_8)` produces them (StringSerializer's default).
 * Hand-written so the engine needs no DOM/Node encoder. An unpaired surrogate becomes `?` (0x3f),
 * which is what Java's UTF-8 encoder substitutes; TextEncoder would emit U+FFFD instead.
 */
export function utf8Bytes(s: string): Uint8Array {
  const out = new Uint8Array(utf8Length(s));
  writeUtf8(s, out);
  return out;
}

/** Writes s's UTF-8 bytes (as utf8Bytes gives them) into `out`, which has room for them; returns how many. */
function writeUtf8(s: string, out: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) out[n++] = 0x3f;
    else if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 0x3f);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return n;
}

/** utf8Bytes(s).length without the bytes: a record's size is measured for every record sent. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      n += 4;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) n += 1; // an unpaired surrogate: '?'
    else n += 3;
  }
  return n;
}

/**
 * Kafka's murmur2 (Utils.murmur2): a signed 32-bit result, like the Java `int`.
 * Math.imul gives Java's wrapping int multiply; `>>>` is Java's unsigned shift.
 */
export function murmur2(bytes: Uint8Array, length = bytes.length): number {
  let h = (SEED ^ length) | 0;
  const length4 = length >>> 2;
  for (let i = 0; i < length4; i++) {
    const i4 = i * 4;
    let k = bytes[i4] | (bytes[i4 + 1] << 8) | (bytes[i4 + 2] << 16) | (bytes[i4 + 3] << 24);
    k = Math.imul(k, M);
    k ^= k >>> R;
    k = Math.imul(k, M);
    h = Math.imul(h, M);
    h ^= k;
  }
  const tail = length & ~3;
  const remaining = length & 3;
  // Java's switch falls through (case 3 → 2 → 1); the cascade of ifs mixes in the same bytes.
  if (remaining >= 3) h ^= bytes[tail + 2] << 16;
  if (remaining >= 2) h ^= bytes[tail + 1] << 8;
  if (remaining >= 1) {
    h ^= bytes[tail];
    h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/** Utils.toPositive: clears the sign bit. Not Math.abs (that is Utils.abs, used for coordinators). */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

/** partitionForKey's bytes, reused for every key hashed (grown when a key needs more): no array per record. */
let keyBytes = new Uint8Array(256);

/**
 * BuiltInPartitioner.partitionForKey for a String key through StringSerializer (UTF-8).
 * `numPartitions` is *all* partitions of the topic, led or not: a keyed record is never rerouted.
 */
export function partitionForKey(key: string, numPartitions: number): number {
  if (!Number.isInteger(numPartitions) || numPartitions < 1) {
    throw new RangeError(`numPartitions must be a positive integer, got ${numPartitions}`);
  }
  // A UTF-8 character takes at most 3 bytes per UTF-16 unit (a pair's 4 bytes come from 2 units).
  if (keyBytes.length < 3 * key.length) keyBytes = new Uint8Array(3 * key.length);
  return toPositive(murmur2(keyBytes, writeUtf8(key, keyBytes))) % numPartitions;
}
