// A timer's key, derived from the typed Timer in one place. The key names a timer's slot: setting a
// timer whose key is live replaces it (the old one never fires). Two timers share a slot when they
// stand for the same wait — the controller's session timer of a broker, whatever its epoch; the
// producer's one metadata request timeout, whatever its request id — so those fields ride along in
// the Timer without naming it.
//
// A key is a number: (id × SLOT_KINDS + slot kind) × owner room + owner. The owner's number is what
// lets `cancelTimersOf` stop all the timers of one broker, producer, consumer or group at once. Keys
// were text ("p:p1:req:4711"): a request's timeout then made a new string on every set and cancel,
// which the timers' Map had to hash — a tenth of a long run, setting and cancelling timers. The owner
// room is the run's own (its brokers, producers, consumers and groups, rounded up to a power of two),
// not the most any run could have: keys then stay small integers, which V8 keeps unboxed and hashes
// cheaply, while a run's ids stay below a million or so (2^30 / 32 / room); past that they are
// exact all the same (below 2^53), only slower.
//
// Owners, and the names inside a slot (a member id, a partition), get their numbers in the order the
// run first needs them, kept in the state (TimerNames): a replay from a checkpoint numbers them as
// the run did, and the keys of a run are the same in any process.
import type { Timer } from './events';
import { tpKey } from './topicPartition';

type TimerOfType<K extends Timer['type']> = Extract<Timer, { type: K }>;

/** A timer kind whose field `F` rides along without naming it (see the note above). */
type Riding<K extends Timer['type'], F extends keyof TimerOfType<K>> = Omit<TimerOfType<K>, F> & Partial<Pick<TimerOfType<K>, F>>;

/** What names a timer: a Timer whose riding fields may be left out (to cancel it, say). */
export type TimerSlot =
  | Exclude<Timer, { type: 'brokerSessionExpired' | 'metadataTimeout' }>
  | Riding<'brokerSessionExpired', 'brokerEpoch'>
  | Riding<'metadataTimeout', 'requestId'>;

/** Who a timer belongs to: stopping that process, or dropping that group, cancels all of them. */
export type TimerOwner =
  | { broker: number }
  | { producer: string }
  | { consumer: string }
  | { group: string }
  | { controller: true };

export type TimerKey = number;

/** The numbers given so far to owners and to names inside slots (part of the state: see the note above). */
export interface TimerNames {
  brokers: Map<number, number>;
  producers: Map<string, number>;
  consumers: Map<string, number>;
  groups: Map<string, number>;
  /** The next owner's number (0 is the controller's). */
  nextOwner: number;
  /** Member ids and partitions, numbered from 0 (the Map only grows, so its size is the next number). */
  slotNames: Map<string, number>;
  /** Owner numbers a key has room for: a power of two above the run's owners (see the note above). */
  ownerRoom: number;
}

/** Numbers for a run of this many owners (brokers, producers, consumers and groups), the controller aside. */
export function newTimerNames(owners = MAX_OWNERS - 1): TimerNames {
  if (owners + 1 > MAX_OWNERS) throw new Error(`A run cannot have more than ${MAX_OWNERS - 1} brokers, producers, consumers and groups with timers`);
  let ownerRoom = 2;
  while (ownerRoom < owners + 1) ownerRoom *= 2;
  return { brokers: new Map(), producers: new Map(), consumers: new Map(), groups: new Map(), nextOwner: 1, slotNames: new Map(), ownerRoom };
}

/** The waits an owner can have, one slot each (a number in a slot, a request id say, tells them apart). */
const SLOT = {
  brokerHeartbeat: 0, brokerSession: 1, isrExpiration: 2, fetchWait: 3, produceTimeout: 4, fetchBackoff: 5,
  alterPartition: 6, retention: 7, imbalance: 8, linger: 9, producerRequest: 10, retryBackoff: 11,
  deliveryTimeout: 12, metadataRequest: 13, metadataMaxAge: 14, metadataBackoff: 15, connect: 16,
  consumerStart: 17, poll: 18, processed: 19, consumerHeartbeat: 20, consumerRequest: 21, consumerMetadataAge: 22,
  join: 23, sync: 24, memberSession: 25,
} as const;

/** Room for the slot kinds above, and for the owners any run may have (brokers, producers, consumers, groups). */
const SLOT_KINDS = 32;
const MAX_OWNERS = 2 ** 12;

/** The key of a timer's slot; numbers its owner (and a name in it) if the run has not yet. */
export function timerKey(names: TimerNames, t: TimerSlot): TimerKey {
  return keyOf(names, t, true) as TimerKey; // numbering as it goes, every part has a number
}

/** The key of a timer's slot, or null when its owner or name was never numbered: no timer was ever set there. */
export function knownTimerKey(names: TimerNames, t: TimerSlot): TimerKey | null {
  return keyOf(names, t, false);
}

/** The key; null when `assign` is false and a number is missing. */
function keyOf(names: TimerNames, t: TimerSlot, assign: boolean): TimerKey | null {
  switch (t.type) {
    case 'brokerHeartbeat': return key(names, brokerOwner(names, t.broker, assign), SLOT.brokerHeartbeat, 0);
    case 'brokerSessionExpired': return key(names, CONTROLLER, SLOT.brokerSession, t.broker);
    case 'isrExpiration': return key(names, brokerOwner(names, t.broker, assign), SLOT.isrExpiration, 0);
    case 'fetchWaitExpired': return key(names, brokerOwner(names, t.broker, assign), SLOT.fetchWait, t.requestId);
    case 'produceTimeout': return key(names, brokerOwner(names, t.broker, assign), SLOT.produceTimeout, t.requestId);
    case 'fetchBackoff': return key(names, brokerOwner(names, t.broker, assign), SLOT.fetchBackoff, t.leader);
    case 'alterPartitionTimeout':
      return key(names, brokerOwner(names, t.broker, assign), SLOT.alterPartition, slotName(names, tpKey(t.topic, t.partition), assign));
    case 'retentionCheck': return key(names, brokerOwner(names, t.broker, assign), SLOT.retention, 0);
    case 'leaderImbalanceCheck': return key(names, CONTROLLER, SLOT.imbalance, 0);
    case 'lingerExpired': return key(names, producerOwner(names, t.producer, assign), SLOT.linger, t.batchId);
    case 'requestTimeout': return key(names, producerOwner(names, t.producer, assign), SLOT.producerRequest, t.requestId);
    case 'retryBackoff': return key(names, producerOwner(names, t.producer, assign), SLOT.retryBackoff, t.batchId);
    case 'deliveryTimeout': return key(names, producerOwner(names, t.producer, assign), SLOT.deliveryTimeout, t.batchId);
    case 'metadataTimeout': return key(names, producerOwner(names, t.producer, assign), SLOT.metadataRequest, 0);
    case 'metadataMaxAge': return key(names, producerOwner(names, t.producer, assign), SLOT.metadataMaxAge, 0);
    case 'metadataBackoff': return key(names, producerOwner(names, t.producer, assign), SLOT.metadataBackoff, 0);
    case 'producerConnect': return key(names, producerOwner(names, t.producer, assign), SLOT.connect, t.broker);
    case 'consumerTimer': return consumerKey(names, consumerOwner(names, t.consumer, assign), t);
    case 'groupTimer': {
      const owner = groupOwner(names, t.groupId, assign);
      if (t.kind === 'session') return key(names, owner, SLOT.memberSession, slotName(names, t.member ?? '', assign));
      return key(names, owner, t.kind === 'join' ? SLOT.join : SLOT.sync, 0);
    }
  }
}

/** A key from its parts; null when a part is missing (an owner or a name not numbered, see keyOf). */
function key(names: TimerNames, owner: number | null, slot: number, id: number | null): TimerKey | null {
  if (owner === null || id === null) return null;
  const k = (id * SLOT_KINDS + slot) * names.ownerRoom + owner;
  // A key must be an exact integer (below 2^53): a larger or fractional number in a slot cannot make one.
  if (!(id >= 0 && Number.isSafeInteger(k))) throw new Error(`A timer cannot be numbered by ${id}`);
  return k;
}

function consumerKey(names: TimerNames, owner: number | null, t: TimerOfType<'consumerTimer'>): TimerKey | null {
  switch (t.kind) {
    case 'start': return key(names, owner, SLOT.consumerStart, 0);
    // The poll timer and the poll timeout are one wait: whichever was set last is the one that fires.
    case 'poll':
    case 'pollTimeout':
      return key(names, owner, SLOT.poll, 0);
    case 'processed': return key(names, owner, SLOT.processed, 0);
    case 'heartbeat': return key(names, owner, SLOT.consumerHeartbeat, 0);
    case 'requestTimeout': return key(names, owner, SLOT.consumerRequest, t.ref ?? 0);
    case 'metadataAge': return key(names, owner, SLOT.consumerMetadataAge, 0);
  }
}

/** The number of a timer's owner, as keys carry it; null when the owner never had a timer. */
export function ownerNumber(names: TimerNames, owner: TimerOwner): number | null {
  if ('broker' in owner) return brokerOwner(names, owner.broker, false);
  if ('producer' in owner) return producerOwner(names, owner.producer, false);
  if ('consumer' in owner) return consumerOwner(names, owner.consumer, false);
  if ('group' in owner) return groupOwner(names, owner.group, false);
  return CONTROLLER;
}

/** The number of the owner of the timer under this key. */
export function keyOwner(names: TimerNames, timerKey: TimerKey): number {
  return timerKey % names.ownerRoom;
}

export function timerOwner(t: TimerSlot): TimerOwner {
  switch (t.type) {
    case 'brokerSessionExpired':
    case 'leaderImbalanceCheck':
      return { controller: true };
    case 'consumerTimer':
      return { consumer: t.consumer };
    case 'groupTimer':
      return { group: t.groupId };
    default:
      return 'producer' in t ? { producer: t.producer } : { broker: t.broker };
  }
}

const CONTROLLER = 0;

// One function per kind of owner: each reads one Map with one type of name, which keeps every
// lookup (several per step) on V8's fast path.
function brokerOwner(names: TimerNames, broker: number, assign: boolean): number | null {
  return names.brokers.get(broker) ?? newOwner(names, names.brokers, broker, assign);
}

function producerOwner(names: TimerNames, producer: string, assign: boolean): number | null {
  return names.producers.get(producer) ?? newOwner(names, names.producers, producer, assign);
}

function consumerOwner(names: TimerNames, consumer: string, assign: boolean): number | null {
  return names.consumers.get(consumer) ?? newOwner(names, names.consumers, consumer, assign);
}

function groupOwner(names: TimerNames, groupId: string, assign: boolean): number | null {
  return names.groups.get(groupId) ?? newOwner(names, names.groups, groupId, assign);
}

/** The owner's new number; null (and no number) when only looking. */
function newOwner<N>(names: TimerNames, byName: Map<N, number>, name: N, assign: boolean): number | null {
  if (!assign) return null;
  if (names.nextOwner >= names.ownerRoom) throw new Error(`A run made for ${names.ownerRoom - 1} brokers, producers, consumers and groups has a timer of one more`);
  const n = names.nextOwner++;
  byName.set(name, n);
  return n;
}

/** A name inside a slot (a member id, a partition), as a number. */
function slotName(names: TimerNames, name: string, assign: boolean): number | null {
  let n = names.slotNames.get(name);
  if (n === undefined) {
    if (!assign) return null;
    names.slotNames.set(name, (n = names.slotNames.size));
  }
  return n;
}
