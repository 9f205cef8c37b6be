// A growable byte buffer and its reader: unsigned varints (7 bits a byte, up to 2^53), zigzag for
// signed ones, and raw float64s. What packed history blocks are written in.

const TWO_POW_28 = 2 ** 28;

export class ByteWriter {
  private buf = new Uint8Array(4096);
  private view = new DataView(this.buf.buffer);
  length = 0;

  byte(b: number): void {
    if (this.length === this.buf.length) this.grow(1);
    this.buf[this.length++] = b;
  }

  /** A non-negative integer up to 2^53. */
  uint(n: number): void {
    if (this.length + 8 > this.buf.length) this.grow(8);
    // Below 2^28 bit operations are exact and quick; above, divide.
    while (n >= 128) {
      this.buf[this.length++] = n < TWO_POW_28 ? (n & 127) | 128 : (n % 128) | 128;
      n = n < TWO_POW_28 ? n >>> 7 : Math.floor(n / 128);
    }
    this.buf[this.length++] = n;
  }

  /** A signed integer of magnitude below 2^52. */
  int(n: number): void {
    this.uint(n >= 0 ? n * 2 : -n * 2 - 1);
  }

  float(x: number): void {
    if (this.length + 8 > this.buf.length) this.grow(8);
    this.view.setFloat64(this.length, x, true);
    this.length += 8;
  }

  /** The bytes written, in a buffer of exactly their size. */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }

  private grow(atLeast: number): void {
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + atLeast));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }
}

export class ByteReader {
  private readonly view: DataView;
  at = 0;

  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  byte(): number {
    return this.buf[this.at++];
  }

  uint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.buf[this.at++];
      n += (b & 127) * scale;
      if (b < 128) return n;
      scale *= 128;
    }
  }

  int(): number {
    const z = this.uint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  float(): number {
    const x = this.view.getFloat64(this.at, true);
    this.at += 8;
    return x;
  }
}
