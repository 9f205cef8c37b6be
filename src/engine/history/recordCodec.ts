// Flat records (a producer's sends) packed a few bytes each: the fields of a run of records of one
// shape, each written against the same field of the record before it. Integers as the difference
// (an index, a time, an offset differ little from the last); strings as the length of what they
// share with the last one's start and the rest ("order-2595" after "order-2594" is three bytes);
// a string equal to the last, or null, in a byte. Field values are strings, numbers, booleans,
// null or undefined; a hole in the list (a record let go) is a byte.
// Records come back as new plain objects with their keys in the order they were written, frozen
// under the test guard (as sends are when made).
import { guardFreeze } from '../core/freeze';
import { ByteReader, ByteWriter } from './byteStream';

const HOLE = 0;
const RECORD = 1;
const NEW_SHAPE = 2;

const UNDEFINED = 0;
const NULL = 1;
const FALSE = 2;
const TRUE = 3;
const INT = 4;
const FLOAT = 5;
const STRING = 6;
const SAME_STRING = 7;

/** Integers past this are written as floats (zigzag varints stay exact below 2^53). */
const MAX_INT = 2 ** 48;

type Flat = Record<string, unknown>;

/** The shapes (keys in order) the records of one list have had: numbered once, for every run of them. */
export class RecordShapes {
  readonly keys: string[][] = [];
  private readonly ids = new Map<string, number>();

  idOf(record: object): number {
    const keys: string[] = [];
    for (const key in record) keys.push(key);
    const name = keys.join('\u0000');
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(keys);
      this.ids.set(name, id);
    }
    return id;
  }
}

/** The last value written or read in each field, by shape: what the next one is written against. */
class LastValues {
  private readonly byShape: unknown[][] = [];

  of(shape: number): unknown[] {
    let last = this.byShape[shape];
    if (!last) {
      last = [];
      this.byShape[shape] = last;
    }
    return last;
  }
}

/** Writes a run of records (and holes); `bytes()` gives them, to be read back by readRecords with the same shapes. */
export class RecordWriter {
  private readonly w = new ByteWriter();
  private readonly last = new LastValues();
  private shape = -1;
  private keyOrder: string[] = [];

  constructor(private readonly shapes: RecordShapes) {}

  hole(): void {
    this.w.byte(HOLE);
  }

  record(item: object): void {
    const record = item as Flat;
    const shape = this.shape >= 0 && sameKeys(record, this.keyOrder) ? this.shape : this.shapes.idOf(record);
    if (shape === this.shape) {
      this.w.byte(RECORD);
    } else {
      this.w.byte(NEW_SHAPE);
      this.w.uint(shape);
      this.shape = shape;
      this.keyOrder = this.shapes.keys[shape];
    }
    const last = this.last.of(shape);
    const keys = this.keyOrder;
    for (let f = 0; f < keys.length; f++) {
      this.value(record[keys[f]], last, f);
    }
  }

  bytes(): Uint8Array {
    return this.w.bytes();
  }

  private value(v: unknown, last: unknown[], f: number): void {
    const w = this.w;
    if (v === undefined) w.byte(UNDEFINED);
    else if (v === null) w.byte(NULL);
    else if (v === false) w.byte(FALSE);
    else if (v === true) w.byte(TRUE);
    else if (typeof v === 'number') {
      if (Number.isInteger(v) && Math.abs(v) < MAX_INT && !Object.is(v, -0)) {
        const before = typeof last[f] === 'number' ? (last[f] as number) : 0;
        w.byte(INT);
        w.int(v - before);
        last[f] = v;
      } else {
        w.byte(FLOAT);
        w.float(v);
      }
    } else if (typeof v === 'string') {
      const before = typeof last[f] === 'string' ? (last[f] as string) : '';
      if (v === before) {
        w.byte(SAME_STRING);
        return;
      }
      let common = 0;
      const most = Math.min(v.length, before.length);
      while (common < most && v.charCodeAt(common) === before.charCodeAt(common)) common++;
      w.byte(STRING);
      w.uint(common);
      w.uint(v.length - common);
      for (let k = common; k < v.length; k++) w.uint(v.charCodeAt(k));
      last[f] = v;
    } else {
      throw new Error(`a packed record holds strings, numbers, booleans and null, not ${typeof v}`);
    }
  }
}

function sameKeys(record: object, keys: readonly string[]): boolean {
  let n = 0;
  for (const key in record) if (keys[n++] !== key) return false;
  return n === keys.length;
}

/** Reads `count` records (or holes, as undefined) written by a RecordWriter with these shapes, in order. */
export function readRecords(data: Uint8Array, shapes: RecordShapes, count: number, each: (record: Flat | undefined, k: number) => void): void {
  const r = new ByteReader(data);
  const last = new LastValues();
  let keys: string[] = [];
  let values: unknown[] = [];
  for (let k = 0; k < count; k++) {
    const tag = r.byte();
    if (tag === HOLE) {
      each(undefined, k);
      continue;
    }
    if (tag === NEW_SHAPE) {
      const shape = r.uint();
      keys = shapes.keys[shape];
      values = last.of(shape);
    } else if (tag !== RECORD) {
      throw new Error(`packed records: unknown tag at byte ${r.at - 1}`);
    }
    const out: Flat = {};
    for (let f = 0; f < keys.length; f++) out[keys[f]] = readValue(r, values, f);
    each(guardFreeze(out), k);
  }
}

function readValue(r: ByteReader, last: unknown[], f: number): unknown {
  switch (r.byte()) {
    case UNDEFINED:
      return undefined;
    case NULL:
      return null;
    case FALSE:
      return false;
    case TRUE:
      return true;
    case INT: {
      const v = (typeof last[f] === 'number' ? (last[f] as number) : 0) + r.int();
      last[f] = v;
      return v;
    }
    case FLOAT:
      return r.float();
    case SAME_STRING:
      return typeof last[f] === 'string' ? last[f] : '';
    case STRING: {
      const before = typeof last[f] === 'string' ? (last[f] as string) : '';
      const common = r.uint();
      const rest = r.uint();
      let tail = '';
      for (let k = 0; k < rest; k++) tail += String.fromCharCode(r.uint());
      const v = before.slice(0, common) + tail;
      last[f] = v;
      return v;
    }
    default:
      throw new Error(`packed records: unknown value tag at byte ${r.at - 1}`);
  }
}
