// An append-only record array shared between checkpoints: a checkpoint keeps the array and its own
// length, never a copy. Appending to a log whose array has grown past its length (because the
// timeline was rewound) or truncating copies first, so no checkpoint ever sees another's records.

export class SharedLog<T> {
  constructor(
    public items: T[] = [],
    public length = 0,
  ) {}

  get(i: number): T {
    return this.items[i];
  }

  append(item: T): void {
    if (this.items.length !== this.length) this.items = this.items.slice(0, this.length);
    this.items.push(item);
    this.length++;
  }

  truncate(length: number): void {
    if (length >= this.length) return;
    this.items = this.items.slice(0, length);
    this.length = length;
  }

  /** Drops the first n items (retention); copies, as truncation does. */
  dropFront(n: number): void {
    if (n <= 0) return;
    this.items = this.items.slice(n, this.length);
    this.length = this.items.length;
  }

  slice(from: number, to = this.length): T[] {
    return this.items.slice(Math.max(0, from), Math.min(to, this.length));
  }

  /** A checkpoint copy: shares the array, keeps its own length. */
  share(): SharedLog<T> {
    return new SharedLog(this.items, this.length);
  }
}
