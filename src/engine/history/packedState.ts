// A checkpoint packed into bytes: an old checkpoint (far from the present, far from the next one)
// shares little with its neighbours, and as objects it costs V8's headers and a pointer per field;
// packed it costs a byte or two per field. Unpacking gives what cloneState gives: fresh plain
// objects, arrays and Maps in the same key order, and the shared containers (logs and copy-on-write
// arrays) shared again. Shared values (queued entries and frozen values, see core/queued.ts) are
// packed too — an old checkpoint's queued events and producer states are its own, nothing shares
// them — and come back frozen, a value met twice as one object again; those the caller keeps (the
// scenario) stay by reference.
//
// - Every value starts with a tag byte. An integer in an object's field is written as the difference
//   from the last integer in the same field of the same shape (a queue's times and sequence numbers,
//   a log's offsets, differ little): within -112 … 127 in the tag byte itself, else a zigzag varint
//   after it. Other numbers are raw float64s.
// - An object is its shape (its keys in order) then its values. Shapes are numbered once for all
//   the states one StatePacker packs (up to MAX_SHAPES; past it a state writes its own).
// - Strings and kept objects sit in `refs`, each once per state; the containers in `shared`, each
//   with the number of its path in the state (`sharedPaths`), so two states' containers pair up
//   even when one has a container the other has not yet.
import { CowArray } from '../core/cowArray';
import { SharedLog } from '../core/sharedLog';
import { isShared } from '../core/queued';
import { ByteReader, ByteWriter } from './byteStream';
import type { ArchivedList } from './recordArchive';

export interface PackedState {
  data: Uint8Array;
  /** Strings, kept objects and shapes of its own, referred to from `data` by index. */
  refs: unknown[];
  /** The logs and copy-on-write containers, in the order met (what packed states share); a list may stand in as an ArchivedList. */
  shared: Container[];
  /** The number of each container's path in the state (StatePacker numbers paths once for all states). */
  sharedPaths: Int32Array;
}

type Container = SharedLog<unknown> | CowArray<unknown> | ArchivedList<unknown>;

const UNDEFINED = 0;
const NULL = 1;
const FALSE = 2;
const TRUE = 3;
const INT = 4;
const FLOAT = 5;
const REF = 6;
const SHARED = 7;
const ARRAY = 8;
const MAP = 9;
const OBJECT = 10;
const NEW_SHAPE = 11;
const OWN_SHAPE = 12;
const FROZEN_ARRAY = 13;
const FROZEN_OBJECT = 14;
const SEEN = 15;
/** Tags from 16 up are small integers: the tag less SMALL_ZERO. */
const SMALL_ZERO = 128;
const SMALL_MIN = 16 - SMALL_ZERO;
/** No field: an array's item, a Map's key or value, a field of a shape of a state's own. */
const NO_SLOT = -1;

/** Shapes numbered for all states at most: keys that are data (request ids, say) make new shapes. */
const MAX_SHAPES = 4096;

/** Integers past this are stored as floats (zigzag varints stay exact below 2^53). */
const MAX_INT = 2 ** 48;

interface ShapeNode {
  next: Map<string, ShapeNode>;
  id: number;
}

/** Packs and unpacks states, numbering object shapes once for all of them. */
export class StatePacker {
  private readonly root: ShapeNode = { next: new Map(), id: -1 };
  readonly shapes: string[][] = [];
  /** Where each shape's fields' slots (for differences of integers) start. */
  readonly slotBase: number[] = [];
  private slots = 0;
  private readonly paths = new Map<string, number>();

  /** @param keep objects kept by reference, not packed (frozen values shared with what is outside the state) */
  constructor(private readonly keep: (o: object) => boolean = () => false) {}

  /** The live `state` packed: its containers are snapshotted (shared from now on). */
  pack(state: unknown): PackedState {
    const packer = new Packer(this, this.keep);
    packer.value(state);
    return { data: packer.w.bytes(), refs: packer.refs, shared: packer.shared, sharedPaths: Int32Array.from(packer.sharedPaths) };
  }

  /** A fresh copy of the packed state, as cloneState would copy the state it was packed from. */
  unpack<S>(packed: PackedState): S {
    return new Unpacker(packed, this).value() as S;
  }

  /** The number of a container's path ("checker/acked/p1"). */
  pathId(path: string): number {
    let id = this.paths.get(path);
    if (id === undefined) {
      id = this.paths.size;
      this.paths.set(path, id);
    }
    return id;
  }

  /** The shape of these keys: its number, or -1 when it is new and the table is full. */
  shapeOf(o: Record<string, unknown>): { id: number; isNew: boolean } {
    let node = this.root;
    for (const key in o) {
      let next = node.next.get(key);
      if (!next) {
        if (this.shapes.length >= MAX_SHAPES) return { id: -1, isNew: true };
        next = { next: new Map(), id: -1 };
        node.next.set(key, next);
      }
      node = next;
    }
    if (node.id >= 0) return { id: node.id, isNew: false };
    if (this.shapes.length >= MAX_SHAPES) return { id: -1, isNew: true };
    const keys: string[] = [];
    for (const key in o) keys.push(key);
    node.id = this.shapes.length;
    this.shapes.push(keys);
    this.slotBase.push(this.slots);
    this.slots += keys.length;
    return { id: node.id, isNew: true };
  }
}

/** Roughly what a packed state holds in memory beyond its containers (the bytes, the refs' pointers). */
export function packedStateBytes(packed: PackedState): number {
  return packed.data.byteLength + 64 + (packed.refs.length + packed.shared.length) * 8 + 96;
}

class Packer {
  readonly w = new ByteWriter();
  readonly refs: unknown[] = [];
  readonly shared: Container[] = [];
  readonly sharedPaths: number[] = [];
  /** Where the value being packed sits: keys and indexes from the top. */
  private readonly path: (string | number)[] = [];
  private readonly refIds = new Map<unknown, number>();
  private readonly frozenIds = new Map<object, number>();
  /** The last integer written in each slot. */
  private readonly last: number[] = [];

  constructor(
    private readonly table: StatePacker,
    private readonly keep: (o: object) => boolean,
  ) {}

  private ref(v: unknown): void {
    let id = this.refIds.get(v);
    if (id === undefined) {
      id = this.refs.length;
      this.refs.push(v);
      this.refIds.set(v, id);
    }
    this.w.uint(id);
  }

  value(v: unknown, slot = NO_SLOT): void {
    const w = this.w;
    switch (typeof v) {
      case 'undefined':
        w.byte(UNDEFINED);
        return;
      case 'boolean':
        w.byte(v ? TRUE : FALSE);
        return;
      case 'number':
        if (Number.isInteger(v) && Math.abs(v) < MAX_INT && !Object.is(v, -0)) {
          let d = v;
          if (slot !== NO_SLOT) {
            d = v - (this.last[slot] ?? 0);
            this.last[slot] = v;
          }
          if (d >= SMALL_MIN && d < 256 - SMALL_ZERO) {
            w.byte(d + SMALL_ZERO);
          } else {
            w.byte(INT);
            w.int(d);
          }
        } else {
          w.byte(FLOAT);
          w.float(v);
        }
        return;
      case 'object':
        break;
      default:
        // Strings, and anything else cloneState would keep as it is.
        w.byte(REF);
        this.ref(v);
        return;
    }
    if (v === null) {
      w.byte(NULL);
    } else if (v instanceof SharedLog || v instanceof CowArray) {
      w.byte(SHARED);
      this.shared.push(v instanceof SharedLog ? v.share() : v.snapshot());
      this.sharedPaths.push(this.table.pathId(this.path.join('/')));
    } else if (isShared(v)) {
      this.frozen(v);
    } else if (v instanceof Map) {
      w.byte(MAP);
      w.uint(v.size);
      for (const [key, item] of v) {
        this.value(key);
        this.path.push(String(key));
        this.value(item);
        this.path.pop();
      }
    } else if (Array.isArray(v)) {
      w.byte(ARRAY);
      this.items(v);
    } else {
      this.object(v as Record<string, unknown>);
    }
  }

  private frozen(v: object): void {
    const seen = this.frozenIds.get(v);
    if (seen !== undefined) {
      this.w.byte(SEEN);
      this.w.uint(seen);
    } else if (v instanceof Map || this.keep(v)) {
      this.w.byte(REF);
      this.ref(v);
    } else {
      this.frozenIds.set(v, this.frozenIds.size);
      this.w.byte(Array.isArray(v) ? FROZEN_ARRAY : FROZEN_OBJECT);
      if (Array.isArray(v)) this.items(v);
      else this.object(v as Record<string, unknown>);
    }
  }

  private items(v: unknown[]): void {
    this.w.uint(v.length);
    for (let i = 0; i < v.length; i++) {
      this.path.push(i);
      this.value(v[i]);
      this.path.pop();
    }
  }

  private object(o: Record<string, unknown>): void {
    const { id, isNew } = this.table.shapeOf(o);
    if (id < 0) {
      const keys: string[] = [];
      for (const key in o) keys.push(key);
      this.w.byte(OWN_SHAPE);
      this.ref(keys);
      for (const key in o) this.field(key, o[key], NO_SLOT);
      return;
    }
    this.w.byte(isNew ? NEW_SHAPE : OBJECT);
    this.w.uint(id);
    let slot = this.table.slotBase[id];
    for (const key in o) this.field(key, o[key], slot++);
  }

  private field(key: string, v: unknown, slot: number): void {
    this.path.push(key);
    this.value(v, slot);
    this.path.pop();
  }
}

class Unpacker {
  private readonly r: ByteReader;
  private readonly refs: unknown[];
  private readonly shared: Container[];
  private nextShared = 0;
  private readonly frozen: unknown[] = [];
  private readonly last: number[] = [];

  constructor(
    packed: PackedState,
    private readonly table: StatePacker,
  ) {
    this.r = new ByteReader(packed.data);
    this.refs = packed.refs;
    this.shared = packed.shared;
  }

  value(slot = NO_SLOT): unknown {
    const r = this.r;
    const tag = r.byte();
    if (tag >= 16 || tag === INT) {
      const d = tag === INT ? r.int() : tag - SMALL_ZERO;
      if (slot === NO_SLOT) return d;
      const v = (this.last[slot] ?? 0) + d;
      this.last[slot] = v;
      return v;
    }
    switch (tag) {
      case UNDEFINED:
        return undefined;
      case NULL:
        return null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case FLOAT:
        return r.float();
      case REF:
        return this.refs[r.uint()];
      case SHARED:
        return this.shared[this.nextShared++].share();
      case ARRAY:
        return this.items();
      case MAP: {
        const n = r.uint();
        const out = new Map();
        for (let i = 0; i < n; i++) {
          const key = this.value();
          out.set(key, this.value());
        }
        return out;
      }
      case NEW_SHAPE:
      case OBJECT:
        return this.shaped(r.uint());
      case OWN_SHAPE:
        return this.own(this.refs[r.uint()] as string[]);
      case FROZEN_ARRAY:
      case FROZEN_OBJECT: {
        const id = this.frozen.length;
        this.frozen.push(undefined);
        const v = tag === FROZEN_ARRAY ? this.items() : this.r.byte() === OWN_SHAPE ? this.own(this.refs[this.r.uint()] as string[]) : this.shaped(this.r.uint());
        this.frozen[id] = Object.freeze(v);
        return v;
      }
      case SEEN:
        return this.frozen[r.uint()];
      default:
        throw new Error(`packed state: unknown tag at byte ${r.at - 1}`);
    }
  }

  private items(): unknown[] {
    const n = this.r.uint();
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = this.value();
    return out;
  }

  private shaped(id: number): Record<string, unknown> {
    const keys = this.table.shapes[id];
    const base = this.table.slotBase[id];
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) out[keys[i]] = this.value(base + i);
    return out;
  }

  /** An object of a shape of the state's own: no slots. */
  private own(keys: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) out[keys[i]] = this.value();
    return out;
  }
}
