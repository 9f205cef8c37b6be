// What a checkpoint costs in memory beyond the one before it: the bytes of the parts it does not
// share. Checkpoints share every unchanged part by reference (core/clone.ts snapshotState), so the
// parts a checkpoint holds alone are those not identical to the previous one's at the same place;
// walking both side by side and stopping wherever they are the same object measures them without
// walking what they share. An estimate, not a heap count: V8's object layouts are approximated, an
// item counts as shared when it sits at the same place or moved within the same array (a queue that
// shifted), and strings count as pointers (the engine's strings are names and keys shared by every
// state).
import { CowArray, type CowNode } from '../core/cowArray';
import { SharedLog } from '../core/sharedLog';
import { ArchivedLeaf } from './recordArchive';

const POINTER = 8;
const OBJECT = 24;
const ARRAY = 32;
const MAP = 80;
const MAP_ENTRY = 28;

/** Bytes `value` holds that `previous` (the same state's earlier copy) does not share with it. */
export function uniqueBytes(value: unknown, previous: unknown): number {
  if (value === previous || value === null || typeof value !== 'object') return 0;
  const prev = previous !== null && typeof previous === 'object' ? previous : undefined;
  if (value instanceof SharedLog) return sharedLogBytes(value, prev instanceof SharedLog ? prev : undefined);
  if (value instanceof CowArray) return cowArrayBytes(value, prev instanceof CowArray ? prev : undefined);
  if (value instanceof Map) {
    const before = prev instanceof Map ? prev : undefined;
    let bytes = MAP + value.size * MAP_ENTRY;
    for (const [key, item] of value) bytes += uniqueBytes(item, before?.get(key));
    return bytes;
  }
  if (ArrayBuffer.isView(value)) return ARRAY + value.byteLength;
  if (Array.isArray(value)) return arrayBytes(value, Array.isArray(prev) ? prev : undefined);
  const before = prev && !Array.isArray(prev) && !(prev instanceof Map) ? (prev as Record<string, unknown>) : undefined;
  let bytes = OBJECT;
  for (const key in value) bytes += POINTER + uniqueBytes((value as Record<string, unknown>)[key], before?.[key]);
  return bytes;
}

function arrayBytes(value: unknown[], before: unknown[] | undefined): number {
  let bytes = ARRAY + value.length * POINTER;
  // An item found elsewhere in the previous array moved (a queue shifted): it is shared, not new.
  let moved: Set<unknown> | null = null;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (before && item !== before[i] && item !== null && typeof item === 'object') {
      moved ??= new Set(before);
      if (moved.has(item)) continue;
    }
    bytes += uniqueBytes(item, before?.[i]);
  }
  return bytes;
}

function cowArrayBytes(value: CowArray<unknown>, prev: CowArray<unknown> | undefined): number {
  const { root, depth } = value.tree;
  // A tree that grew a level keeps the old one as its first child: compare at the same depth.
  let old: CowNode | undefined = prev?.tree.root;
  for (let d = prev?.tree.depth ?? 0; d > depth && old; d--) old = old.items[0] as CowNode | undefined;
  const oldDepth = Math.min(prev?.tree.depth ?? 0, depth);
  if (oldDepth < depth) {
    // This one is the deeper: its first child (down to the old depth) may be the old tree.
    let bytes = OBJECT * 2;
    let node: CowNode | undefined = root;
    for (let d = depth; d > oldDepth && node; d--) {
      bytes += OBJECT + ARRAY + node.items.length * POINTER;
      for (let i = 1; i < node.items.length; i++) bytes += nodeBytes(node.items[i] as CowNode | undefined, undefined, d - 1);
      node = node.items[0] as CowNode | undefined;
    }
    return bytes + nodeBytes(node, old, oldDepth);
  }
  return OBJECT * 2 + nodeBytes(root, old, depth);
}

/** A tree node's bytes, but for the subtrees it shares with `old` (the node at the same place). */
function nodeBytes(node: CowNode | undefined, old: CowNode | undefined, depth: number): number {
  if (node === undefined || node === old) return 0;
  // Its items are the archive's (counted there), and reading them here would unpack them.
  if (node instanceof ArchivedLeaf) return OBJECT;
  let bytes = OBJECT + ARRAY + node.items.length * POINTER;
  for (let i = 0; i < node.items.length; i++) {
    bytes += depth === 0 ? uniqueBytes(node.items[i], old?.items[i]) : nodeBytes(node.items[i] as CowNode | undefined, old?.items[i] as CowNode | undefined, depth - 1);
  }
  return bytes;
}

function sharedLogBytes(value: SharedLog<unknown>, prev: SharedLog<unknown> | undefined): number {
  // The records themselves are appended once and shared by every copy that holds them; an array of
  // its own (after retention compacted the log) holds their pointers anew.
  return OBJECT + (value.items === prev?.items ? 0 : ARRAY + value.items.length * POINTER);
}
