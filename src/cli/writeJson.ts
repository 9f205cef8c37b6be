// Writes a value's JSON a part at a time, byte for byte what JSON.stringify(value) gives. The runner's
// document runs to tens of megabytes: stringified whole it was one string that long, then a buffer
// as long again, both held at once at the end of the run (and the collector copying them). Here no
// part is much longer than one partition's logs or one slice of the trace.
//
// Only where the text is cut depends on the value's shape; every piece is JSON.stringify's own text,
// and the separators between pieces are those it would write, so the bytes cannot differ.
//
// Plain objects are written field by field; arrays near the top (the document's lists) item by
// item; deeper arrays whole, and long ones (a trace, a producer's sends) a slice at a time. An array
// written whole that is met again right after (replicas holding the same records share one list)
// is written from the bytes already made: a long list's text is encoded once, not once per replica.

/** Arrays above this depth are written item by item (the document's own lists: partitions, producers …). */
const OPEN_DEPTH = 2;

/** Longer arrays are written this many items at a time. */
const SLICE_ITEMS = 16_384;

/** Short pieces (keys, commas, numbers) are gathered up to about this many characters before they are written. */
const FLUSH_CHARS = 1 << 16;

/** Where the pieces go: text, or the UTF-8 bytes of a long list's text (written again when the list is met again). */
export type JsonSink = (piece: string | Uint8Array) => void;

export function writeJson(value: unknown, write: JsonSink): void {
  const out = new PieceWriter(write);
  writeValue(value, 0, out);
  out.flush();
}

class PieceWriter {
  private pieces: string[] = [];
  private chars = 0;
  /** The last array written whole, and its text (or, once long, its bytes). */
  private lastArray: readonly unknown[] | null = null;
  private lastArrayText: string | Uint8Array = '';
  private readonly encoder = new TextEncoder();

  constructor(private readonly write: JsonSink) {}

  /** An array's whole text, made once for a run of fields holding that same array. */
  addWhole(items: readonly unknown[]): void {
    if (items !== this.lastArray) {
      this.lastArray = items;
      const text = JSON.stringify(items);
      this.lastArrayText = text.length >= FLUSH_CHARS ? this.encoder.encode(text) : text;
    }
    const whole = this.lastArrayText;
    if (typeof whole === 'string') this.add(whole);
    else {
      this.flush();
      this.write(whole);
    }
  }

  add(text: string): void {
    // A long piece (a list's text) is written as it is: joined with the short ones, it would be copied once more.
    if (text.length >= FLUSH_CHARS) {
      this.flush();
      this.write(text);
      return;
    }
    this.pieces.push(text);
    this.chars += text.length;
    if (this.chars >= FLUSH_CHARS) this.flush();
  }

  flush(): void {
    if (this.pieces.length === 0) return;
    this.write(this.pieces.length === 1 ? this.pieces[0] : this.pieces.join(''));
    this.pieces = [];
    this.chars = 0;
  }
}

/**
 * Writes `prefix` (a separator, a field's key) then the value's JSON. Writes nothing and returns
 * false where JSON.stringify gives undefined (a function, say): an object then leaves the field out.
 */
function writeValue(value: unknown, depth: number, out: PieceWriter, prefix = ''): boolean {
  if (Array.isArray(value)) {
    out.add(prefix);
    if (value.length > SLICE_ITEMS) writeSlices(value, out);
    else if (depth < OPEN_DEPTH) writeArray(value, depth, out);
    else out.addWhole(value);
    return true;
  }
  if (isPlainObject(value)) {
    out.add(prefix);
    writeObject(value, depth, out);
    return true;
  }
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) return false;
  out.add(prefix + text);
  return true;
}

/** Only plain objects are opened: a boxed number, a Date or anything with a toJSON is left to JSON.stringify. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

function writeArray(items: readonly unknown[], depth: number, out: PieceWriter): void {
  out.add('[');
  for (let i = 0; i < items.length; i++) {
    // An array's undefined (or function) item is written as null, as JSON.stringify does.
    const separator = i > 0 ? ',' : '';
    if (!writeValue(items[i], depth + 1, out, separator)) out.add(`${separator}null`);
  }
  out.add(']');
}

function writeObject(object: Record<string, unknown>, depth: number, out: PieceWriter): void {
  out.add('{');
  let first = true;
  for (const key of Object.keys(object)) {
    if (writeValue(object[key], depth + 1, out, `${first ? '' : ','}${JSON.stringify(key)}:`)) first = false;
  }
  out.add('}');
}

/** A long array as JSON.stringify of its slices, their brackets dropped and the slices joined by commas. */
function writeSlices(items: readonly unknown[], out: PieceWriter): void {
  out.add('[');
  for (let from = 0; from < items.length; from += SLICE_ITEMS) {
    if (from > 0) out.add(',');
    out.add(JSON.stringify(items.slice(from, from + SLICE_ITEMS)).slice(1, -1));
  }
  out.add(']');
}
