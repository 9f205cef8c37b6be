import { CowArray } from './cowArray';
import { CowMap } from './cowMap';
import { SharedLog } from './sharedLog';

// Deep-copies plain simulation state for checkpoints. Shared logs and copy-on-write arrays and maps
// are shared, not copied, and frozen values (the scenario, queued events, sends) are kept by
// reference: they never change.
export function cloneState<T>(value: T): T {
  return cloneValue(value) as T;
}

function cloneValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof SharedLog || value instanceof CowArray || value instanceof CowMap) return value.share();
  if (Object.isFrozen(value)) return value;
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

/** Freezes a value and everything in it (the scenario and queued events, shared by every checkpoint). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) for (const item of value) deepFreeze(item);
    else for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
