// An append-only record array shared between checkpoints: a checkpoint keeps the array, its own
// start and its own length, never a copy. Appending to a log whose array has grown past its end
// (because the timeline was rewound) or truncating copies first, so no checkpoint ever sees
// another's records. Retention moves the start instead of copying: a log that drops its oldest
// records every few seconds would otherwise leave every checkpoint holding a copy of its own.

export class SharedLog<T> {
  constructor(
    public items: T[] = [],
    public length = 0,
    /** Where this log's first record sits in `items`: the records retention dropped lie before it. */
    public start = 0,
  ) {}

  get(i: number): T {
    return this.items[this.start + i];
  }

  append(item: T): void {
    const end = this.start + this.length;
    if (this.items.length !== end) {
      // A replay of a history this array already holds appends the same record: keep sharing it
      // (a copy here made every seek's replay, and what it left behind, hold its own logs).
      if (sameFields(this.items[end], item)) {
        this.length++;
        return;
      }
      this.compact();
    }
    this.items.push(item);
    this.length++;
  }

  truncate(length: number): void {
    if (length >= this.length) return;
    this.items = this.items.slice(this.start, this.start + length);
    this.start = 0;
    this.length = length;
  }

  /**
   * Drops the first n items (retention). The array is copied only once the dropped prefix outgrows
   * the records kept, so a copy costs no more than the appends since the last one.
   */
  dropFront(n: number): void {
    if (n <= 0) return;
    const drop = Math.min(n, this.length);
    this.start += drop;
    this.length -= drop;
    if (this.start > this.length) this.compact();
  }

  slice(from: number, to = this.length): T[] {
    return this.items.slice(this.start + Math.max(0, from), this.start + Math.min(to, this.length));
  }

  /** A checkpoint copy: shares the array, keeps its own start and length. */
  share(): SharedLog<T> {
    return new SharedLog(this.items, this.length, this.start);
  }

  /** A fresh array of this log's records alone. */
  private compact(): void {
    this.items = this.items.slice(this.start, this.start + this.length);
    this.start = 0;
  }
}

/** Whether two records have the same fields in the same order with the same values (records hold plain values). */
function sameFields(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== others[i] || !Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
