// A timer's key, derived from the typed Timer in one place. The key names a timer's slot: setting a
// timer whose key is live replaces it (the old one never fires). Two timers share a slot when they
// stand for the same wait — the controller's session timer of a broker, whatever its epoch; the
// producer's one metadata request timeout, whatever its request id — so those fields ride along in
// the Timer without naming it. Every key starts with its owner's prefix, which is what lets
// `cancelTimersOf` stop all the timers of one broker, producer, consumer or group at once.
import type { Timer } from './events';
import { tpKey } from './state';

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

export function timerKey(t: TimerSlot): string {
  return keyPrefix(t) + slotName(t);
}

/**
 * ownerPrefix(timerOwner(t)) without building the owner: a key is made on every set and cancel,
 * so the prefixes are made once each and kept (see prefixOf).
 */
function keyPrefix(t: TimerSlot): string {
  switch (t.type) {
    case 'brokerSessionExpired':
    case 'leaderImbalanceCheck':
      return 'controller:';
    case 'consumerTimer':
      return prefixOf('c:', t.consumer);
    case 'groupTimer':
      return prefixOf('g:', t.groupId);
    default:
      return 'producer' in t ? prefixOf('p:', t.producer) : prefixOf('b', t.broker);
  }
}

/** Owner prefixes made so far, by kind ("p:") and owner; bounded like tpKey's. */
const prefixes = new Map<string, Map<string | number, string>>();
const MAX_OWNERS_CACHED = 1024;

function prefixOf(kind: string, owner: string | number): string {
  let byOwner = prefixes.get(kind);
  if (byOwner === undefined) prefixes.set(kind, (byOwner = new Map()));
  let prefix = byOwner.get(owner);
  if (prefix === undefined) {
    if (byOwner.size >= MAX_OWNERS_CACHED) byOwner.clear();
    byOwner.set(owner, (prefix = `${kind}${owner}:`));
  }
  return prefix;
}

/** The prefix every key of this owner's timers starts with, and no other key does. */
export function ownerPrefix(owner: TimerOwner): string {
  if ('broker' in owner) return `b${owner.broker}:`;
  if ('producer' in owner) return `p:${owner.producer}:`;
  if ('consumer' in owner) return `c:${owner.consumer}:`;
  if ('group' in owner) return `g:${owner.group}:`;
  return 'controller:';
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

/** The key after the owner's prefix. */
function slotName(t: TimerSlot): string {
  switch (t.type) {
    case 'brokerHeartbeat': return 'heartbeat';
    case 'brokerSessionExpired': return `session:${t.broker}`;
    case 'isrExpiration': return 'isr-expiration';
    case 'fetchWaitExpired': return `fetchwait:${t.requestId}`;
    case 'produceTimeout': return `produce:${t.requestId}`;
    case 'fetchBackoff': return `fetch:${t.leader}`;
    case 'alterPartitionTimeout': return `alter:${tpKey(t.topic, t.partition)}`;
    case 'retentionCheck': return 'retention';
    case 'leaderImbalanceCheck': return 'imbalance';
    case 'lingerExpired': return `linger:${t.batchId}`;
    case 'requestTimeout': return `req:${t.requestId}`;
    case 'retryBackoff': return `retry:${t.batchId}`;
    case 'deliveryTimeout': return `delivery:${t.batchId}`;
    case 'metadataTimeout': return 'metadata';
    case 'metadataMaxAge': return 'metadata-age';
    case 'metadataBackoff': return 'metadata-backoff';
    case 'producerConnect': return `connect:${t.broker}`;
    case 'consumerTimer': return consumerSlot(t);
    case 'groupTimer': return t.kind === 'session' ? `session:${t.member}` : t.kind;
  }
}

function consumerSlot(t: TimerOfType<'consumerTimer'>): string {
  switch (t.kind) {
    // The poll timer and the poll timeout are one wait: whichever was set last is the one that fires.
    case 'pollTimeout': return 'poll';
    case 'requestTimeout': return `req:${t.ref}`;
    default: return t.kind;
  }
}
