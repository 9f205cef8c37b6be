// What the reordered check remembers of a producer's keyed records on one partition: each append's
// send index and key, in the order the leader stored them, and the highest send index stored so far.
// A record is reordered when an earlier append of the same key came from a later send. Appends
// nearly always come in send order: a record from a send later than all before it needs no look
// back, and no key is hashed per record (a map from key to its highest index cost a lookup of a new
// string per record). Only an append from an earlier send looks at the appends made since a later
// send was first stored. Copy-on-write arrays: a checkpoint shares them.
import { CowArray } from '../core/cowArray';
import type { KeyedAppends } from '../core/state';

export function newKeyedAppends(): KeyedAppends {
  return { indexes: new CowArray(), keys: new CowArray(), highest: new CowArray() };
}

/** Remembers an append of send `index` with `key`; true when an earlier append of that key came from a later send. */
export function appendKeyed(appends: KeyedAppends, index: number, key: string): boolean {
  const n = appends.indexes.length;
  const highest = n === 0 ? -1 : (appends.highest.get(n - 1) as number);
  const reordered = index < highest && laterSendOfKey(appends, index, key);
  appends.indexes.push(index);
  appends.keys.push(key);
  appends.highest.push(Math.max(highest, index));
  return reordered;
}

/** Whether a send after `index` with this key was appended: only appends from the first one past `index` on can be. */
function laterSendOfKey(appends: KeyedAppends, index: number, key: string): boolean {
  let lo = 0;
  let hi = appends.highest.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((appends.highest.get(mid) as number) > index) hi = mid;
    else lo = mid + 1;
  }
  for (let q = lo; q < appends.indexes.length; q++) {
    if ((appends.indexes.get(q) as number) > index && appends.keys.get(q) === key) return true;
  }
  return false;
}
