// A timer's key, derived from the typed Timer in one place. The key names a timer's slot: setting a
// timer whose key is live replaces it (the old one never fires). Two timers share a slot when they
// stand for the same wait — the controller's session timer of a broker, whatever its epoch; the
// producer's one metadata request timeout, whatever its request id — so those fields ride along in
// the Timer without naming it.
//
// A key is a number: (id × SLOT_KINDS + slot kind) × OWNERS + owner. The owner's number is what lets
// `cancelTimersOf` stop all the timers of one broker, producer, consumer or group at once. Keys were
// text ("p:p1:req:4711"): a request's timeout then made a new string on every set and cancel, which
// the timers' Map had to hash — a tenth of a long run, setting and cancelling timers.
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

/** The waits an owner can have, one slot each (a number in a slot, a request id say, tells them apart). */
const SLOT = {
  brokerHeartbeat: 0, brokerSession: 1, isrExpiration: 2, fetchWait: 3, produceTimeout: 4, fetchBackoff: 5,
  alterPartition: 6, retention: 7, imbalance: 8, linger: 9, producerRequest: 10, retryBackoff: 11,
  deliveryTimeout: 12, metadataRequest: 13, metadataMaxAge: 14, metadataBackoff: 15, connect: 16,
  consumerStart: 17, poll: 18, processed: 19, consumerHeartbeat: 20, consumerRequest: 21, consumerMetadataAge: 22,
  join: 23, sync: 24, memberSession: 25,
} as const;

/** Room for the slot kinds above, and for the numbers of owners (of the whole process, see newOwner). */
const SLOT_KINDS = 32;
const OWNERS = 2 ** 18;
/** A key stays an exact integer (below 2^53) while the number in its slot stays below this. */
const MAX_SLOT_ID = 2 ** 53 / (SLOT_KINDS * OWNERS);

function key(owner: number, slot: number, id: number): TimerKey {
  if (!(id >= 0 && id < MAX_SLOT_ID && Number.isInteger(id))) throw new Error(`A timer cannot be numbered by ${id}`);
  return (id * SLOT_KINDS + slot) * OWNERS + owner;
}

export function timerKey(t: TimerSlot): TimerKey {
  switch (t.type) {
    case 'brokerHeartbeat': return key(brokerOwner(t.broker), SLOT.brokerHeartbeat, 0);
    case 'brokerSessionExpired': return key(CONTROLLER, SLOT.brokerSession, t.broker);
    case 'isrExpiration': return key(brokerOwner(t.broker), SLOT.isrExpiration, 0);
    case 'fetchWaitExpired': return key(brokerOwner(t.broker), SLOT.fetchWait, t.requestId);
    case 'produceTimeout': return key(brokerOwner(t.broker), SLOT.produceTimeout, t.requestId);
    case 'fetchBackoff': return key(brokerOwner(t.broker), SLOT.fetchBackoff, t.leader);
    case 'alterPartitionTimeout': return key(brokerOwner(t.broker), SLOT.alterPartition, nameNumber(tpKey(t.topic, t.partition)));
    case 'retentionCheck': return key(brokerOwner(t.broker), SLOT.retention, 0);
    case 'leaderImbalanceCheck': return key(CONTROLLER, SLOT.imbalance, 0);
    case 'lingerExpired': return key(producerOwner(t.producer), SLOT.linger, t.batchId);
    case 'requestTimeout': return key(producerOwner(t.producer), SLOT.producerRequest, t.requestId);
    case 'retryBackoff': return key(producerOwner(t.producer), SLOT.retryBackoff, t.batchId);
    case 'deliveryTimeout': return key(producerOwner(t.producer), SLOT.deliveryTimeout, t.batchId);
    case 'metadataTimeout': return key(producerOwner(t.producer), SLOT.metadataRequest, 0);
    case 'metadataMaxAge': return key(producerOwner(t.producer), SLOT.metadataMaxAge, 0);
    case 'metadataBackoff': return key(producerOwner(t.producer), SLOT.metadataBackoff, 0);
    case 'producerConnect': return key(producerOwner(t.producer), SLOT.connect, t.broker);
    case 'consumerTimer': return consumerKey(t);
    case 'groupTimer': {
      const owner = groupOwner(t.groupId);
      if (t.kind === 'session') return key(owner, SLOT.memberSession, nameNumber(t.member ?? ''));
      return key(owner, t.kind === 'join' ? SLOT.join : SLOT.sync, 0);
    }
  }
}

function consumerKey(t: TimerOfType<'consumerTimer'>): TimerKey {
  const owner = consumerOwner(t.consumer);
  switch (t.kind) {
    case 'start': return key(owner, SLOT.consumerStart, 0);
    // The poll timer and the poll timeout are one wait: whichever was set last is the one that fires.
    case 'poll':
    case 'pollTimeout':
      return key(owner, SLOT.poll, 0);
    case 'processed': return key(owner, SLOT.processed, 0);
    case 'heartbeat': return key(owner, SLOT.consumerHeartbeat, 0);
    case 'requestTimeout': return key(owner, SLOT.consumerRequest, t.ref ?? 0);
    case 'metadataAge': return key(owner, SLOT.consumerMetadataAge, 0);
  }
}

/** Whether the timer under this key belongs to this owner. */
export function ownsTimer(owner: TimerOwner, timerKey: TimerKey): boolean {
  return timerKey % OWNERS === ownerNumberOf(owner);
}

function ownerNumberOf(owner: TimerOwner): number {
  if ('broker' in owner) return brokerOwner(owner.broker);
  if ('producer' in owner) return producerOwner(owner.producer);
  if ('consumer' in owner) return consumerOwner(owner.consumer);
  if ('group' in owner) return groupOwner(owner.group);
  return CONTROLLER;
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

// Owners and names are numbered in the order this process first meets them, and keep their number
// for as long as it lives: a key is never written out, and two keys (of any run in the process)
// are equal exactly when they name the same slot. The tables grow with the names of the scenarios
// played (a few dozen each), so they have a bound, asserted, not an eviction: a number must never
// be given to a second name.
const CONTROLLER = 0;
const brokers = new Map<number, number>();
const producers = new Map<string, number>();
const consumers = new Map<string, number>();
const groups = new Map<string, number>();
let ownersNumbered = 1;
const names = new Map<string, number>();

// One function per kind of owner: each reads one Map with one type of name, which keeps every
// lookup (several per step) on V8's fast path.
function brokerOwner(broker: number): number {
  return brokers.get(broker) ?? newOwner(brokers, broker);
}

function producerOwner(producer: string): number {
  return producers.get(producer) ?? newOwner(producers, producer);
}

function consumerOwner(consumer: string): number {
  return consumers.get(consumer) ?? newOwner(consumers, consumer);
}

function groupOwner(groupId: string): number {
  return groups.get(groupId) ?? newOwner(groups, groupId);
}

function newOwner<N>(byName: Map<N, number>, name: N): number {
  if (ownersNumbered >= OWNERS) throw new Error(`More than ${OWNERS - 1} timer owners in one process`);
  const n = ownersNumbered++;
  byName.set(name, n);
  return n;
}

/** A name inside a slot (a member id, a partition), as a number. */
function nameNumber(name: string): number {
  let n = names.get(name);
  if (n === undefined) {
    if (names.size >= MAX_SLOT_ID) throw new Error(`More than ${MAX_SLOT_ID} timer names in one process`);
    names.set(name, (n = names.size));
  }
  return n;
}
