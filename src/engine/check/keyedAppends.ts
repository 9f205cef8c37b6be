// What the reordered check remembers of a producer's keyed records on one partition: each append's
// send index and key, in the order the leader stored them, and the highest send index stored so far.
// A record is reordered when an earlier append of the same key came from a later send. Appends
// nearly always come in send order: a record from a send later than all before it needs no look
// back, and no key is hashed per record (a map from key to its highest index cost a lookup of a new
// string per record). Only an append from an earlier send looks at the appends made since a later
// send was first stored. One copy-on-write array, three slots an append (a checkpoint shares it;
// one array, not three, is one right edge of nodes a checkpoint holds alone, not three).
import { CowArray } from '../core/cowArray';
import type { KeyedAppends } from '../core/state';

/** Slots per append: [send index, key, highest send index so far]. */
const SLOTS = 3;
const INDEX = 0;
const KEY = 1;
const HIGHEST = 2;

export function newKeyedAppends(): KeyedAppends {
  return new CowArray();
}

/** Remembers an append of send `index` with `key`; true when an earlier append of that key came from a later send. */
export function appendKeyed(appends: KeyedAppends, index: number, key: string): boolean {
  const n = appends.length / SLOTS;
  const highest = n === 0 ? -1 : (appends.get((n - 1) * SLOTS + HIGHEST) as number);
  const reordered = index < highest && laterSendOfKey(appends, n, index, key);
  appends.push(index);
  appends.push(key);
  appends.push(Math.max(highest, index));
  return reordered;
}

/** Whether a send after `index` with this key was appended (of the `n` appends): only appends from the first one past `index` on can be. */
function laterSendOfKey(appends: KeyedAppends, n: number, index: number, key: string): boolean {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((appends.get(mid * SLOTS + HIGHEST) as number) > index) hi = mid;
    else lo = mid + 1;
  }
  for (let q = lo; q < n; q++) {
    if ((appends.get(q * SLOTS + INDEX) as number) > index && appends.get(q * SLOTS + KEY) === key) return true;
  }
  return false;
}
