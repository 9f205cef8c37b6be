// A string-keyed map that checkpoints share instead of copying, for facts kept per record key. Keys
// are spread over buckets by a string hash; share() copies the list of buckets, and the first write
// to a bucket after a share copies that bucket alone. Deterministic: the hash is plain arithmetic.

const BUCKET_BITS = 12;
const BUCKETS = 1 << BUCKET_BITS;

/** FNV-1a over UTF-16 code units, folded to a bucket number. */
function bucketOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (BUCKETS - 1);
}

export class CowMap<V> {
  /** owned[b]: bucket b belongs to this map alone (an empty bucket is made owned when first written). */
  private readonly owned: boolean[] = new Array(BUCKETS).fill(false);
  /** The copy the last snapshot() made, while nothing has been written since. */
  private unchangedCopy: CowMap<V> | null = null;

  /** Empty, or (for share()) over another map's buckets. */
  constructor(private buckets: (Map<string, V> | undefined)[] = new Array(BUCKETS)) {}

  get(key: string): V | undefined {
    return this.buckets[bucketOf(key)]?.get(key);
  }

  set(key: string, value: V): void {
    this.unchangedCopy = null;
    const b = bucketOf(key);
    const bucket = this.buckets[b];
    if (!bucket) {
      this.buckets[b] = new Map([[key, value]]);
      this.owned[b] = true;
    } else if (this.owned[b]) {
      bucket.set(key, value);
    } else {
      this.buckets[b] = new Map(bucket).set(key, value);
      this.owned[b] = true;
    }
  }

  get size(): number {
    let n = 0;
    for (const bucket of this.buckets) n += bucket?.size ?? 0;
    return n;
  }

  /** A checkpoint copy: shares every bucket; both sides copy a bucket before writing to it. */
  share(): CowMap<V> {
    const copy = new CowMap<V>(this.buckets.slice());
    this.owned.fill(false);
    return copy;
  }

  /**
   * A copy for a checkpoint: the one the previous checkpoint got when nothing has been written
   * since (checkpoints are never written, so they may share it), else a new share().
   */
  snapshot(): CowMap<V> {
    this.unchangedCopy ??= this.share();
    return this.unchangedCopy;
  }
}
