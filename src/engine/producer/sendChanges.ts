// A producer's sends: replaced (never changed in place, and frozen under the test guard) as a
// request carries them, an answer acknowledges or fails them, or a retry counts another attempt;
// the counts by status move with them.
import { guardFreeze } from '../core/freeze';
import type { BatchState, ProducerState, SendState, SendStatus } from '../core/state';

export function sendAt(p: ProducerState, index: number): SendState {
  const send = p.sends.get(index);
  if (!send) throw new Error(`Producer ${p.id} has no send #${index}`);
  return send;
}

export function hasPendingSend(p: ProducerState, b: BatchState): boolean {
  for (const index of b.sends) if (sendAt(p, index).status === 'pending') return true;
  return false;
}

/** What changes in a send after send(): a field left out stays as it was. */
export interface SendChanges {
  status?: SendStatus;
  offset?: number | null;
  error?: string | null;
  attempts?: number;
}

/**
 * The send with its changes, every field spelled out in the order send() made them: copying a
 * frozen send by spreading it costs several times more, and this runs two or three times a record.
 */
function changedSend(s: SendState, changes: SendChanges): SendState {
  return guardFreeze({
    index: s.index,
    topic: s.topic,
    key: s.key,
    value: s.value,
    partition: s.partition,
    offset: changes.offset === undefined ? s.offset : changes.offset,
    status: changes.status ?? s.status,
    error: changes.error === undefined ? s.error : changes.error,
    attempts: changes.attempts ?? s.attempts,
    createdMs: s.createdMs,
    sizeBytes: s.sizeBytes,
  });
}

/**
 * Sends are replaced, never changed in place: a checkpoint shares the copy-on-write list of them
 * with the live state, not copying every send a long run has made. Returns the changed send.
 */
export function changeSend(p: ProducerState, index: number, changes: SendChanges): SendState {
  const send = sendAt(p, index);
  const next = changedSend(send, changes);
  p.sendStatusCounts[send.status]--;
  p.sendStatusCounts[next.status]++;
  p.sends.set(index, next);
  return next;
}

/** Changes every send of the batch alike. */
export function updateSends(p: ProducerState, b: BatchState, changes: SendChanges): void {
  for (const index of b.sends) changeSend(p, index, changes);
}
