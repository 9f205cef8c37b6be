// Packs a block of steps' events (plain data: objects, arrays, strings, numbers, booleans, null)
// into one byte array and one string, so a long history holds two objects per block instead of an
// object per event and a string per field.
//
// - Strings are interned per block: the string table is one JSON string (kept one byte a character),
//   and each use is a varint: 0 for "the next string not seen yet", i + 1 for string i.
// - An object is written as its shape (its keys in order, with the kind of each value), defined
//   inline the first time it is seen in the block and referred to by number afterwards, then its
//   values. Events of one type share a shape, so their keys and types cost one byte.
// - Integers are varints, stored as the difference from the last integer under the same key in the
//   block: step, time and offsets move by little from one event to the next.
// - Arrays and nested objects are written the same way, recursively, so events may grow new fields
//   of any plain shape without the codec knowing them. Anything else (a Map, a class instance, a
//   bigint, a sparse array) makes `packSteps` return null, and the caller keeps that block as is.
import { ByteReader, ByteWriter } from './byteStream';

export interface PackedSteps {
  data: Uint8Array;
  /** The block's strings, a JSON array escaped to Latin-1 (V8 then keeps it one byte a character). */
  strings: string;
}

const UNDEFINED = 0;
const NULL = 1;
const BOOL = 2;
const INT = 3;
const FLOAT = 4;
const STRING = 5;
const ARRAY = 6;
const OBJECT = 7;

/** Integers past this are stored as floats, so differences stay exact in a double. */
const MAX_INT = 2 ** 48;
/** No delta: values inside arrays are stored whole. */
const NO_SLOT = -1;

class Unpackable extends Error {}

/** Shapes seen in a block, as a trie: key, then the kind of its value, then the next key. */
interface ShapeNode {
  next: Map<string, Map<number, ShapeNode>>;
  shape: Shape | null;
}

interface Shape {
  id: number;
  /** For each field, the string index of its key: where its last integer is kept. */
  slots: number[];
}

/** The steps' events packed, or null when some value is not plain data the codec can restore exactly. */
export function packSteps(steps: readonly (readonly unknown[])[]): PackedSteps | null {
  const packer = new Packer();
  try {
    for (const events of steps) packer.step(events);
  } catch (e) {
    if (e instanceof Unpackable) return null;
    throw e;
  }
  return packer.done();
}

export function unpackSteps(packed: PackedSteps): unknown[][] {
  return new Unpacker(packed).steps();
}

/** Bytes the block holds: its two buffers and the objects around them. */
export function packedBytes(packed: PackedSteps): number {
  return packed.data.byteLength + packed.strings.length + 160;
}

function kindOf(v: unknown): number {
  switch (typeof v) {
    case 'undefined': return UNDEFINED;
    case 'boolean': return BOOL;
    case 'string': return STRING;
    case 'number': return Number.isInteger(v) && Math.abs(v) <= MAX_INT && !Object.is(v, -0) ? INT : FLOAT;
    case 'object':
      if (v === null) return NULL;
      if (Array.isArray(v)) {
        // Holes or extra properties would not come back as they were.
        if (Object.keys(v).length !== v.length) throw new Unpackable();
        return ARRAY;
      }
      if (Object.getPrototypeOf(v) !== Object.prototype) throw new Unpackable();
      return OBJECT;
    default: throw new Unpackable();
  }
}

class Packer {
  private readonly w = new ByteWriter();
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly shapeRoot: ShapeNode = { next: new Map(), shape: null };
  private shapeCount = 0;
  private readonly last: number[] = [];

  step(events: readonly unknown[]): void {
    if (!Array.isArray(events)) throw new Unpackable();
    this.w.uint(events.length);
    for (const e of events) {
      if (kindOf(e) !== OBJECT) throw new Unpackable();
      this.object(e as Record<string, unknown>);
    }
  }

  done(): PackedSteps {
    const json = JSON.stringify(this.strings).replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return { data: this.w.bytes(), strings: json };
  }

  /** Writes a string reference; returns the string's index. */
  private string(s: string): number {
    const id = this.stringIds.get(s);
    if (id !== undefined) {
      this.w.uint(id + 1);
      return id;
    }
    this.stringIds.set(s, this.strings.length);
    this.strings.push(s);
    this.w.uint(0);
    return this.strings.length - 1;
  }

  private object(o: Record<string, unknown>): void {
    const keys = Object.keys(o);
    const kinds = new Array<number>(keys.length);
    // Find the shape by walking a trie of (key, kind) pairs: no signature string per object.
    let node = this.shapeRoot;
    for (let i = 0; i < keys.length; i++) {
      kinds[i] = kindOf(o[keys[i]]);
      let byKey = node.next.get(keys[i]);
      if (!byKey) node.next.set(keys[i], (byKey = new Map()));
      let child = byKey.get(kinds[i]);
      if (!child) byKey.set(kinds[i], (child = { next: new Map(), shape: null }));
      node = child;
    }
    let shape = node.shape;
    if (shape) {
      this.w.uint(shape.id + 1);
    } else {
      // A key named __proto__ would be set as the prototype when read back.
      if (keys.includes('__proto__')) throw new Unpackable();
      this.w.uint(0);
      this.w.uint(keys.length);
      const slots = keys.map((k, i) => {
        const slot = this.string(k);
        this.w.byte(kinds[i]);
        return slot;
      });
      shape = node.shape = { id: this.shapeCount++, slots };
    }
    for (let i = 0; i < keys.length; i++) this.value(kinds[i], o[keys[i]], shape.slots[i]);
  }

  private value(kind: number, v: unknown, slot: number): void {
    switch (kind) {
      case BOOL: this.w.byte(v ? 1 : 0); return;
      case INT: {
        const n = v as number;
        if (slot === NO_SLOT) this.w.int(n);
        else {
          this.w.int(n - (this.last[slot] ?? 0));
          this.last[slot] = n;
        }
        return;
      }
      case FLOAT: this.w.float(v as number); return;
      case STRING: this.string(v as string); return;
      case ARRAY:
        this.w.uint((v as unknown[]).length);
        for (const x of v as unknown[]) {
          const k = kindOf(x);
          this.w.byte(k);
          this.value(k, x, NO_SLOT);
        }
        return;
      case OBJECT: this.object(v as Record<string, unknown>); return;
      default: return; // undefined and null: the kind says it all
    }
  }
}

class Unpacker {
  private readonly r: ByteReader;
  private readonly strings: string[];
  private nextNew = 0;
  private readonly shapes: { keys: string[]; kinds: number[]; slots: number[] }[] = [];
  private readonly last: Float64Array;

  constructor(private readonly packed: PackedSteps) {
    this.r = new ByteReader(packed.data);
    this.strings = JSON.parse(packed.strings) as string[];
    this.last = new Float64Array(this.strings.length);
  }

  steps(): unknown[][] {
    const out: unknown[][] = [];
    while (this.r.at < this.packed.data.length) {
      const n = this.r.uint();
      const events: unknown[] = new Array(n);
      for (let i = 0; i < n; i++) events[i] = this.object();
      out.push(events);
    }
    return out;
  }

  private stringId(): number {
    const ref = this.r.uint();
    return ref === 0 ? this.nextNew++ : ref - 1;
  }

  private object(): Record<string, unknown> {
    const ref = this.r.uint();
    let shape = this.shapes[ref - 1];
    if (ref === 0) {
      const n = this.r.uint();
      shape = { keys: [], kinds: [], slots: [] };
      for (let i = 0; i < n; i++) {
        const slot = this.stringId();
        shape.slots.push(slot);
        shape.keys.push(this.strings[slot]);
        shape.kinds.push(this.r.byte());
      }
      this.shapes.push(shape);
    }
    const o: Record<string, unknown> = {};
    for (let i = 0; i < shape.keys.length; i++) o[shape.keys[i]] = this.value(shape.kinds[i], shape.slots[i]);
    return o;
  }

  private value(kind: number, slot: number): unknown {
    switch (kind) {
      case UNDEFINED: return undefined;
      case NULL: return null;
      case BOOL: return this.r.byte() === 1;
      case INT: {
        if (slot === NO_SLOT) return this.r.int();
        const n = this.last[slot] + this.r.int();
        this.last[slot] = n;
        return n;
      }
      case FLOAT: return this.r.float();
      case STRING: return this.strings[this.stringId()];
      case ARRAY: {
        const n = this.r.uint();
        const a: unknown[] = new Array(n);
        for (let i = 0; i < n; i++) a[i] = this.value(this.r.byte(), NO_SLOT);
        return a;
      }
      case OBJECT: return this.object();
      default: throw new Error(`packed history: unknown value kind ${kind}`);
    }
  }
}
