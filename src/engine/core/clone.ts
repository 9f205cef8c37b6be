import { CowArray } from './cowArray';
import { isShared } from './queued';
import { SharedLog } from './sharedLog';

// Deep-copies plain simulation state for checkpoints. Shared logs and copy-on-write arrays are
// shared, not copied, and queued events and frozen values (the scenario, partition records) are
// kept by reference: they never change.
export function cloneState<T>(value: T): T {
  return cloneValue(value) as T;
}

function cloneValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof SharedLog || value instanceof CowArray) return value.share();
  if (isShared(value)) return value;
  if (value instanceof Map) {
    const out = new Map();
    for (const [key, item] of value) out.set(key, cloneValue(item));
    return out;
  }
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneValue(value[i]);
    return out;
  }
  // for-in, not Object.keys: no array of keys per object (state objects have plain prototypes).
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = cloneValue((value as Record<string, unknown>)[key]);
  return out;
}

/**
 * A checkpoint of the live state that shares with the previous checkpoint every part that has not
 * changed since: a copy is made as cloneState would, then replaced by the previous checkpoint's
 * part wherever the two are equal all the way down. Checkpoints are never changed (restoring one
 * copies it), so sharing between them is safe; most of a cluster is the same 500 steps later.
 */
export function snapshotState<T>(live: T, previous: T | undefined): T {
  return snapshotValue(live, previous) as T;
}

function snapshotValue(value: unknown, prev: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (prev === undefined || prev === null || typeof prev !== 'object') return cloneValue(value);
  if (value instanceof SharedLog) return prev instanceof SharedLog && prev.items === value.items && prev.start === value.start && prev.length === value.length ? prev : value.share();
  if (value instanceof CowArray) return value.snapshot();
  if (isShared(value)) return value;
  if (value instanceof Map) {
    if (!(prev instanceof Map)) return cloneValue(value);
    const out = new Map();
    let same = prev.size === value.size;
    for (const [key, item] of value) {
      const before = prev.get(key);
      const copy = snapshotValue(item, before);
      if (copy !== before) same = false;
      out.set(key, copy);
    }
    return same ? prev : out;
  }
  if (Array.isArray(value)) {
    if (!Array.isArray(prev)) return cloneValue(value);
    const out = new Array(value.length);
    let same = prev.length === value.length;
    for (let i = 0; i < value.length; i++) {
      out[i] = snapshotValue(value[i], prev[i]);
      if (out[i] !== prev[i]) same = false;
    }
    return same ? prev : out;
  }
  if (Array.isArray(prev) || prev instanceof Map) return cloneValue(value);
  const before = prev as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let keys = 0;
  let same = true;
  for (const key in value) {
    keys++;
    out[key] = snapshotValue((value as Record<string, unknown>)[key], before[key]);
    if (out[key] !== before[key] || !(key in before)) same = false;
  }
  if (same) for (const _ in before) if (--keys < 0) break;
  return same && keys === 0 ? prev : out;
}
