// Rows of a broker: produce requests, the follower's fetcher, ISR proposals, retention, and the
// broker process itself (broker/). A fetch response's row lists what it changed in each partition.
import type { RowText } from '../core/context';
import { tpKey } from '../core/state';
import { fmtList, quote } from '../broker/config';
import type { EngineEvent, EngineEventOf, FetchChange, ProduceRejection } from '../rowEvents';
import { eventsOfType, type RowRenderers } from './renderer';

type Tp = { topic: string; partition: number };
const tpOf = (e: Tp) => tpKey(e.topic, e.partition);

function broker(e: { broker: number }, action: string, messageState: string, output: string, routine?: boolean): RowText {
  const row: RowText = { component: `Broker ${e.broker}`, action, messageState, output };
  if (routine !== undefined) row.routine = routine;
  return row;
}

function rejection(e: EngineEventOf<'ProduceRejected'>): string {
  const r: ProduceRejection = e.reason;
  switch (r.error) {
    case 'NOT_LEADER_OR_FOLLOWER': return `${r.error}: broker ${e.broker} is not the leader of ${tpOf(e)}`;
    case 'NOT_ENOUGH_REPLICAS': return `${r.error}: ISR ${fmtList(r.isr)} has ${r.isr.length} of the ${r.minIsr} replicas min.insync.replicas requires`;
    case 'OUT_OF_ORDER_SEQUENCE_NUMBER': return `${r.error}: expected sequence ${r.expected}, got ${r.got}`;
  }
}

const ANSWER: Record<EngineEventOf<'ProduceAccepted'>['answer'], (e: EngineEventOf<'ProduceAccepted'>) => string> = {
  none: () => 'acks=0: no answer is sent',
  atOnce: (e) => `acks=1: ack sent to ${e.producer} at once (followers may not have it yet)`,
  committed: (e) => `Committed: ack sent to ${e.producer}`,
  parked: (e) => `acks=all: ack waits until ISR ${fmtList(e.isr)} has it (HW > ${e.lastOffset})`,
};

function accepted(e: EngineEventOf<'ProduceAccepted'>): RowText {
  const tp = tpOf(e);
  const output = ANSWER[e.answer](e);
  if (e.duplicate) {
    return broker(e, `Recognised a retried batch from ${e.producer} (producer id ${e.producerId}, sequence ${e.baseSequence}) already stored in ${tp} at offset ${e.offset}`, 'Already stored: not appended again (idempotence)', output);
  }
  const what = e.value !== null ? quote(e.value) : `${e.records} records`;
  const hw = e.hwAfter !== e.hwBefore ? `HW ${e.hwBefore}→${e.hwAfter}` : `HW ${e.hwAfter}`;
  return broker(e, `Appended ${what} to ${tp} at offset ${e.offset}${e.lastOffset > e.offset ? `–${e.lastOffset}` : ''} as leader (epoch ${e.leaderEpoch})`, `Stored on the leader; LEO ${e.leoBefore}→${e.leoAfter}, ${hw}`, output);
}

function fetchClause(tp: string, c: FetchChange): string {
  switch (c.kind) {
    case 'logRestarted': return `${tp}: the leader deleted everything below offset ${c.logStartOffset}; the log restarts there`;
    case 'truncatedToLeaderEnd': return `${tp}: offset out of range, truncated to the leader's log end ${c.logEndOffset} (${c.removed} record(s) removed)`;
    case 'error': return `${tp}: ${c.error} (waiting for new metadata)`;
    case 'diverged': return `${tp}: log diverged from the leader after epoch ${c.epoch} → truncated to offset ${c.offset} (LEO ${c.leoBefore}→${c.leoAfter}, ${c.removed} record(s) removed)`;
    case 'fetched': {
      const parts: string[] = [];
      if (c.records > 0) parts.push(`appended offset ${c.firstOffset}${c.records > 1 ? `–${c.lastOffset}` : ''}, LEO ${c.leoBefore}→${c.leoAfter}`);
      if (c.hwBefore !== c.hwAfter) parts.push(`HW ${c.hwBefore}→${c.hwAfter}`);
      return `${tp}: ${parts.join(', ')}`;
    }
  }
}

const NEXT = { fetch: '; fetching again', backoff: '; fetching again after replica.fetch.backoff.ms (1000 ms)', none: '' } as const;

function fetchProcessed(e: EngineEventOf<'FetchResponseProcessed'>, step: readonly EngineEvent[]): RowText {
  const notes = eventsOfType(step, 'FetchApplied').map((c) => fetchClause(tpOf(c), c.change));
  return broker(e, `Processed fetch response from leader broker ${e.leader}`, notes.length > 0 ? 'Replica updated' : 'Nothing new', `${notes.length > 0 ? notes.join('; ') : 'No change'}${NEXT[e.next]}`, notes.length === 0);
}

function isrExpiration(e: EngineEventOf<'IsrExpirationChecked'>, step: readonly EngineEvent[]): RowText {
  const shrunk = eventsOfType(step, 'IsrShrinkProposed').map((c) => `${tpOf(c)}: broker ${c.outOfSync.join(', ')} not caught up for ${c.lagMaxMs} ms → propose ISR ${fmtList(c.newIsr)}`);
  return broker(e, 'Checked its followers for lag (isr-expiration)', shrunk.length > 0 ? 'ISR shrink proposed to the controller' : 'Every follower is in sync', shrunk.length > 0 ? shrunk.join('; ') : 'No change', shrunk.length === 0);
}

function retention(e: EngineEventOf<'RetentionChecked'>, step: readonly EngineEvent[]): RowText {
  const notes = eventsOfType(step, 'SegmentsDeleted').map((d) => {
    const why = [d.byTime > 0 ? `${d.byTime} past retention.ms` : '', d.bySize > 0 ? `${d.bySize} over retention.bytes` : ''].filter(Boolean).join(', ');
    return `${tpOf(d)}: deleted ${d.byTime + d.bySize} segment(s) (${why}), log start offset ${d.logStartBefore}→${d.offset}`;
  });
  return broker(e, 'Checked retention (retention.ms, retention.bytes)', notes.length > 0 ? 'Old segments deleted: consuming never deletes, expiry does' : 'Nothing has expired', notes.length > 0 ? notes.join('; ') : 'No change', notes.length === 0);
}

function whoNotices(e: EngineEventOf<'BrokerCrashed'>): string {
  if (!e.zookeeper) return `the controller notices after broker.session.timeout.ms (${e.sessionTimeoutMs} ms) without heartbeats`;
  const held = e.heldController ? ' and /controller' : '';
  return `its ZooKeeper session, /brokers/ids/${e.broker}${held} stay until the session expires (zookeeper.session.timeout.ms, ${e.sessionTimeoutMs} ms)`;
}

function crashed(e: EngineEventOf<'BrokerCrashed'>): RowText {
  const logs = e.logs.map((l) => `${l.tp} LEO ${l.logEndOffset}`).join(', ');
  return broker(e, 'Crashed: the process stopped at once', `Memory lost; log kept on disk${logs ? ` (${logs})` : ''}`, `${e.closedRequests > 0 ? `${e.closedRequests} open request(s) lose their connection; ` : ''}${whoNotices(e)}`);
}

export const brokerRows: RowRenderers = {
  ProduceRejected: (e) => broker(e, `Rejected produce of ${e.records} record(s) from ${e.producer} to ${tpOf(e)}`, 'Not stored', rejection(e)),
  ProduceAccepted: accepted,
  ProduceRequestTimedOut: (e) => broker(e, `A write to ${e.tp} waited too long for the ISR`, `Offsets ${e.offset}–${e.lastOffset} stay in the leader's log, not committed`, `REQUEST_TIMED_OUT sent to ${e.producer}`),
  StaleFetchResponseIgnored: (e) => broker(e, `Got a late fetch response from broker ${e.leader}`, 'Stale', 'Ignored', true),
  FetchResponseProcessed: fetchProcessed,
  FetchRetried: (e) => broker(e, `Retrying its fetch from broker ${e.leader}`, 'No answer yet, or the connection was lost', e.sent ? 'Sending the fetch again' : 'No partitions to fetch there any more'),
  FetcherConnectionLost: (e) => broker(e, `Lost its connection to broker ${e.leader}`, 'Replication from it paused', 'Will fetch again after replica.fetch.backoff.ms (1000 ms)'),
  IsrExpirationChecked: isrExpiration,
  AlterPartitionResponseIgnored: (e) => broker(e, `Got the controller's answer on the ISR of ${tpOf(e)}`, 'No longer the leader', 'Ignored'),
  IsrChangeRefused: (e) => broker(e, `The controller refused the ISR change for ${tpOf(e)}`, `ISR stays ${fmtList(e.isr)}`, e.error),
  LeaderIsrUpdated: (e) => broker(e, `ISR of ${tpOf(e)} is now ${fmtList(e.isr)} (was ${fmtList(e.isrBefore)})`, `LEO ${e.logEndOffset}, HW ${e.hwBefore === e.hwAfter ? e.hwAfter : `${e.hwBefore}→${e.hwAfter}`}`, `Partition epoch ${e.partitionEpoch}`),
  AlterPartitionTimedOut: (e) => broker(e, `No answer from the controller on the ISR change for ${tpOf(e)} (${fmtList(e.proposed)})`, `ISR stays ${fmtList(e.isr)} for now`, 'Will propose again at the next check'),
  RetentionChecked: retention,
  BrokerCrashed: crashed,
  BrokerAlreadyDown: (e) => broker(e, 'Crash requested', 'Already down', 'No change'),
  BrokerRestarted: (e) => broker(e, 'Restarted: loaded its logs from disk', 'Up, not yet registered', 'Sent BrokerRegistration to the controller'),
  BrokerAlreadyUp: (e) => broker(e, 'Restart requested', 'Already up', 'No change'),
  RegisteredWithController: (e) => broker(e, `Registered with the controller (broker epoch ${e.brokerEpoch})`, 'Fenced until its first heartbeat is accepted', 'Sent its first heartbeat'),
  BrokerHeartbeatSent: (e) => broker(e, 'Sent a heartbeat to the controller', 'Alive', `Next in ${e.intervalMs} ms`, true),
};
