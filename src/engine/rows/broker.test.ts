// Broker rows rendered from their events: produce, the fetcher, the ISR, retention, the process.
import { describe, expect, it } from 'vitest';
import { renderRow } from './index';
import { stepOf } from './testEvents.testkit';

const at = { broker: 1, topic: 'orders', partition: 0 } as const;

describe('produce requests', () => {
  const rejected = { type: 'ProduceRejected', ...at, producer: 'p1', records: 3 } as const;

  it('rejects, saying why', () => {
    expect(renderRow(stepOf({ ...rejected, reason: { error: 'NOT_LEADER_OR_FOLLOWER' } }))).toEqual({
      component: 'Broker 1', action: 'Rejected produce of 3 record(s) from p1 to orders-0', messageState: 'Not stored', output: 'NOT_LEADER_OR_FOLLOWER: broker 1 is not the leader of orders-0',
    });
    expect(renderRow(stepOf({ ...rejected, reason: { error: 'NOT_ENOUGH_REPLICAS', isr: [1], minIsr: 2 } })).output).toBe('NOT_ENOUGH_REPLICAS: ISR [1] has 1 of the 2 replicas min.insync.replicas requires');
    expect(renderRow(stepOf({ ...rejected, reason: { error: 'OUT_OF_ORDER_SEQUENCE_NUMBER', expected: 4, got: 6 } })).output).toBe('OUT_OF_ORDER_SEQUENCE_NUMBER: expected sequence 4, got 6');
  });

  const accepted = {
    type: 'ProduceAccepted', ...at, producer: 'p1', offset: 5, lastOffset: 5, duplicate: false, records: 1, value: 'a-very-long-record-value-indeed', leaderEpoch: 2,
    producerId: 1000, baseSequence: 7, leoBefore: 5, leoAfter: 6, hwBefore: 5, hwAfter: 5, answer: 'parked', isr: [1, 2, 3],
  } as const;

  it('appends one record (its value cut short) and parks the ack for acks=all', () => {
    expect(renderRow(stepOf(accepted))).toEqual({
      component: 'Broker 1', action: "Appended 'a-very-long-record-valu…' to orders-0 at offset 5 as leader (epoch 2)",
      messageState: 'Stored on the leader; LEO 5→6, HW 5', output: 'acks=all: ack waits until ISR [1,2,3] has it (HW > 5)',
    });
  });

  it('appends several, moving the HW, and answers by acks', () => {
    const row = renderRow(stepOf({ ...accepted, records: 3, value: null, lastOffset: 7, leoAfter: 8, hwAfter: 8, answer: 'committed' }));
    expect(row.action).toBe('Appended 3 records to orders-0 at offset 5–7 as leader (epoch 2)');
    expect(row.messageState).toBe('Stored on the leader; LEO 5→8, HW 5→8');
    expect(row.output).toBe('Committed: ack sent to p1');
    expect(renderRow(stepOf({ ...accepted, answer: 'atOnce' })).output).toBe('acks=1: ack sent to p1 at once (followers may not have it yet)');
    expect(renderRow(stepOf({ ...accepted, answer: 'none' })).output).toBe('acks=0: no answer is sent');
  });

  it('recognises a retried batch', () => {
    expect(renderRow(stepOf({ ...accepted, duplicate: true, answer: 'committed' }))).toEqual({
      component: 'Broker 1', action: 'Recognised a retried batch from p1 (producer id 1000, sequence 7) already stored in orders-0 at offset 5',
      messageState: 'Already stored: not appended again (idempotence)', output: 'Committed: ack sent to p1',
    });
  });

  it('times out a parked write', () => {
    expect(renderRow(stepOf({ type: 'ProduceRequestTimedOut', broker: 2, producer: 'p1', offset: 3, tp: 'orders-1', lastOffset: 4 }))).toEqual({
      component: 'Broker 2', action: 'A write to orders-1 waited too long for the ISR', messageState: "Offsets 3–4 stay in the leader's log, not committed", output: 'REQUEST_TIMED_OUT sent to p1',
    });
  });
});

describe("the follower's fetcher", () => {
  const processed = { type: 'FetchResponseProcessed', broker: 2, leader: 1, next: 'fetch' } as const;

  it('lists what each partition took from the leader', () => {
    const row = renderRow(stepOf(
      { type: 'FetchApplied', ...at, broker: 2, change: { kind: 'fetched', records: 2, firstOffset: 4, lastOffset: 5, leoBefore: 4, leoAfter: 6, hwBefore: 3, hwAfter: 4 } },
      { type: 'FetchApplied', ...at, broker: 2, partition: 1, change: { kind: 'fetched', records: 0, firstOffset: -1, lastOffset: -1, leoBefore: 2, leoAfter: 2, hwBefore: 1, hwAfter: 2 } },
      { type: 'FetchApplied', ...at, broker: 2, partition: 2, change: { kind: 'fetched', records: 1, firstOffset: 9, lastOffset: 9, leoBefore: 9, leoAfter: 10, hwBefore: 9, hwAfter: 9 } },
      processed,
    ));
    expect(row).toEqual({
      component: 'Broker 2', action: 'Processed fetch response from leader broker 1', messageState: 'Replica updated',
      output: 'orders-0: appended offset 4–5, LEO 4→6, HW 3→4; orders-1: HW 1→2; orders-2: appended offset 9, LEO 9→10; fetching again', routine: false,
    });
  });

  it('truncates, restarts or waits, and says when it fetches next', () => {
    const row = renderRow(stepOf(
      { type: 'FetchApplied', ...at, broker: 2, change: { kind: 'diverged', epoch: 3, offset: 7, leoBefore: 9, leoAfter: 7, removed: 2 } },
      { type: 'FetchApplied', ...at, broker: 2, partition: 1, change: { kind: 'logRestarted', logStartOffset: 40 } },
      { type: 'FetchApplied', ...at, broker: 2, partition: 2, change: { kind: 'truncatedToLeaderEnd', logEndOffset: 5, removed: 1 } },
      { type: 'FetchApplied', ...at, broker: 2, partition: 3, change: { kind: 'error', error: 'NOT_LEADER_OR_FOLLOWER' } },
      { ...processed, next: 'backoff' },
    ));
    expect(row.output).toBe([
      'orders-0: log diverged from the leader after epoch 3 → truncated to offset 7 (LEO 9→7, 2 record(s) removed)',
      'orders-1: the leader deleted everything below offset 40; the log restarts there',
      "orders-2: offset out of range, truncated to the leader's log end 5 (1 record(s) removed)",
      'orders-3: NOT_LEADER_OR_FOLLOWER (waiting for new metadata); fetching again after replica.fetch.backoff.ms (1000 ms)',
    ].join('; '));
  });

  it('is routine when nothing changed', () => {
    expect(renderRow(stepOf({ ...processed, next: 'none' }))).toEqual({ component: 'Broker 2', action: 'Processed fetch response from leader broker 1', messageState: 'Nothing new', output: 'No change', routine: true });
  });

  it('ignores a stale response, retries, and pauses when the connection is lost', () => {
    expect(renderRow(stepOf({ type: 'StaleFetchResponseIgnored', broker: 2, leader: 3 }))).toEqual({ component: 'Broker 2', action: 'Got a late fetch response from broker 3', messageState: 'Stale', output: 'Ignored', routine: true });
    expect(renderRow(stepOf({ type: 'FetchRetried', broker: 2, leader: 3, sent: true }))).toEqual({ component: 'Broker 2', action: 'Retrying its fetch from broker 3', messageState: 'No answer yet, or the connection was lost', output: 'Sending the fetch again' });
    expect(renderRow(stepOf({ type: 'FetchRetried', broker: 2, leader: 3, sent: false })).output).toBe('No partitions to fetch there any more');
    expect(renderRow(stepOf({ type: 'FetcherConnectionLost', broker: 2, leader: 3 }))).toEqual({ component: 'Broker 2', action: 'Lost its connection to broker 3', messageState: 'Replication from it paused', output: 'Will fetch again after replica.fetch.backoff.ms (1000 ms)' });
  });
});

describe('the ISR', () => {
  it('proposes shrinking it for followers that lag', () => {
    const row = renderRow(stepOf({ type: 'IsrShrinkProposed', ...at, outOfSync: [2, 3], newIsr: [1], lagMaxMs: 30000 }, { type: 'IsrExpirationChecked', broker: 1 }));
    expect(row).toEqual({ component: 'Broker 1', action: 'Checked its followers for lag (isr-expiration)', messageState: 'ISR shrink proposed to the controller', output: 'orders-0: broker 2, 3 not caught up for 30000 ms → propose ISR [1]', routine: false });
    expect(renderRow(stepOf({ type: 'IsrExpirationChecked', broker: 1 }))).toMatchObject({ messageState: 'Every follower is in sync', output: 'No change', routine: true });
  });

  it("takes the controller's answer", () => {
    expect(renderRow(stepOf({ type: 'LeaderIsrUpdated', ...at, isrBefore: [1, 2], isr: [1, 2, 3], logEndOffset: 8, hwBefore: 6, hwAfter: 8, partitionEpoch: 4 }))).toEqual({
      component: 'Broker 1', action: 'ISR of orders-0 is now [1,2,3] (was [1,2])', messageState: 'LEO 8, HW 6→8', output: 'Partition epoch 4',
    });
    expect(renderRow(stepOf({ type: 'LeaderIsrUpdated', ...at, isrBefore: [1, 2], isr: [1], logEndOffset: 8, hwBefore: 8, hwAfter: 8, partitionEpoch: 5 })).messageState).toBe('LEO 8, HW 8');
    expect(renderRow(stepOf({ type: 'IsrChangeRefused', ...at, error: 'INVALID_UPDATE_VERSION', isr: [1, 2] }))).toEqual({ component: 'Broker 1', action: 'The controller refused the ISR change for orders-0', messageState: 'ISR stays [1,2]', output: 'INVALID_UPDATE_VERSION' });
    expect(renderRow(stepOf({ type: 'AlterPartitionResponseIgnored', ...at }))).toEqual({ component: 'Broker 1', action: "Got the controller's answer on the ISR of orders-0", messageState: 'No longer the leader', output: 'Ignored' });
    expect(renderRow(stepOf({ type: 'AlterPartitionTimedOut', ...at, proposed: [1, 3], isr: [1] }))).toEqual({ component: 'Broker 1', action: 'No answer from the controller on the ISR change for orders-0 ([1,3])', messageState: 'ISR stays [1] for now', output: 'Will propose again at the next check' });
  });
});

describe('retention and the process', () => {
  it('deletes expired segments', () => {
    const row = renderRow(stepOf(
      { type: 'SegmentsDeleted', ...at, offset: 30, byTime: 2, bySize: 1, logStartBefore: 0 },
      { type: 'SegmentsDeleted', ...at, partition: 1, offset: 12, byTime: 0, bySize: 1, logStartBefore: 6 },
      { type: 'RetentionChecked', broker: 1 },
    ));
    expect(row).toEqual({
      component: 'Broker 1', action: 'Checked retention (retention.ms, retention.bytes)', messageState: 'Old segments deleted: consuming never deletes, expiry does',
      output: 'orders-0: deleted 3 segment(s) (2 past retention.ms, 1 over retention.bytes), log start offset 0→30; orders-1: deleted 1 segment(s) (1 over retention.bytes), log start offset 6→12', routine: false,
    });
    expect(renderRow(stepOf({ type: 'RetentionChecked', broker: 1 }))).toMatchObject({ messageState: 'Nothing has expired', output: 'No change', routine: true });
  });

  const crashed = { type: 'BrokerCrashed', broker: 2, logs: [{ tp: 'orders-0', logEndOffset: 4 }, { tp: 'orders-1', logEndOffset: 0 }], closedRequests: 2, sessionTimeoutMs: 9000, zookeeper: false, heldController: false } as const;

  it('crashes, saying who notices', () => {
    expect(renderRow(stepOf(crashed))).toEqual({
      component: 'Broker 2', action: 'Crashed: the process stopped at once', messageState: 'Memory lost; log kept on disk (orders-0 LEO 4, orders-1 LEO 0)',
      output: '2 open request(s) lose their connection; the controller notices after broker.session.timeout.ms (9000 ms) without heartbeats',
    });
    const zk = renderRow(stepOf({ ...crashed, logs: [], closedRequests: 0, zookeeper: true, heldController: true, sessionTimeoutMs: 18000 }));
    expect(zk.messageState).toBe('Memory lost; log kept on disk');
    expect(zk.output).toBe('its ZooKeeper session, /brokers/ids/2 and /controller stay until the session expires (zookeeper.session.timeout.ms, 18000 ms)');
  });

  it('restarts, registers and heartbeats', () => {
    expect(renderRow(stepOf({ type: 'BrokerAlreadyDown', broker: 2 }))).toEqual({ component: 'Broker 2', action: 'Crash requested', messageState: 'Already down', output: 'No change' });
    expect(renderRow(stepOf({ type: 'BrokerRestarted', broker: 2 }))).toEqual({ component: 'Broker 2', action: 'Restarted: loaded its logs from disk', messageState: 'Up, not yet registered', output: 'Sent BrokerRegistration to the controller' });
    expect(renderRow(stepOf({ type: 'BrokerAlreadyUp', broker: 2 }))).toEqual({ component: 'Broker 2', action: 'Restart requested', messageState: 'Already up', output: 'No change' });
    expect(renderRow(stepOf({ type: 'RegisteredWithController', broker: 2, brokerEpoch: 7 }))).toEqual({ component: 'Broker 2', action: 'Registered with the controller (broker epoch 7)', messageState: 'Fenced until its first heartbeat is accepted', output: 'Sent its first heartbeat' });
    expect(renderRow(stepOf({ type: 'BrokerHeartbeatSent', broker: 2, intervalMs: 2000 }))).toEqual({ component: 'Broker 2', action: 'Sent a heartbeat to the controller', messageState: 'Alive', output: 'Next in 2000 ms', routine: true });
  });
});
