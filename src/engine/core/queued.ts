// A queued event's entry. Entries never change once queued, so checkpoints share them rather than
// copy them (clone.ts, the packer): the class is what marks them shareable. They were frozen for
// that, but freezing an object is a call into V8's runtime, ten times the cost of making it, and a
// long run queues an entry for every step and a half. Tests still freeze them (freezeGuard).
import { deepFreeze, freezeGuard } from './freeze';
import type { QueuedBody, QueuedEvent } from './events';

export class QueuedEntry implements QueuedEvent {
  readonly atMs: number;
  readonly priority: number;
  readonly seq: number;
  readonly body: QueuedBody;

  constructor(atMs: number, priority: number, seq: number, body: QueuedBody) {
    this.atMs = atMs;
    this.priority = priority;
    this.seq = seq;
    this.body = body;
  }
}

/** A new entry; under the guard, frozen all the way down, so a rule changing a message it sent or received fails. */
export function queuedEntry(atMs: number, priority: number, seq: number, body: QueuedBody): QueuedEvent {
  const entry = new QueuedEntry(atMs, priority, seq, body);
  return freezeGuard.deep ? deepFreeze(entry) : entry;
}

/** What a checkpoint shares instead of copying: a queued entry, or anything frozen. */
export function isShared(value: object): boolean {
  return value instanceof QueuedEntry || Object.isFrozen(value);
}
