// Producer rows rendered from their events: each headline, and the clauses in its output.
import { describe, expect, it } from 'vitest';
import { renderRow } from './index';
import { stepOf } from './testEvents.testkit';

const p1 = { producer: 'p1', topic: 'orders', partition: 2 } as const;
const sent = { type: 'ProduceRequestSent', ...p1, broker: 3, records: 2, acks: 'all', retry: 0 } as const;
const batched = { type: 'RecordBatched', ...p1, key: 'k7', value: 'v', partitioner: 'key', partitions: 3, batchRecords: 1, batchReady: true, lingerMs: 5 } as const;

describe('send()', () => {
  it('says how the partition was chosen and lists the requests sent', () => {
    expect(renderRow(stepOf(sent, { ...sent, partition: 1, broker: 2, acks: '0', retry: 2, records: 1 }, batched))).toEqual({
      component: 'Producer p1',
      action: "send(key 'k7', value 'v') → orders-2 (murmur2('k7') mod 3 = 2)",
      messageState: 'Batch for orders-2 ready to send',
      output: 'sent ProduceRequest (2 record(s), acks=all) to broker 3, leader of orders-2; sent 1 record(s) to broker 2 for orders-1 (retry 2); acks=0: counted as delivered, offset -1',
    });
  });

  it('keeps a record lingering, or waits for the leader', () => {
    const lingering = renderRow(stepOf({ ...batched, key: null, partitioner: 'sticky', batchReady: false, batchRecords: 4 }));
    expect(lingering.action).toBe("send(no key, value 'v') → orders-2 (no key: sticky partitioner)");
    expect(lingering.messageState).toBe("In the producer's buffer (batch for orders-2, 4 record(s))");
    expect(lingering.output).toBe('Waits up to linger.ms=5 ms for more records');
    const explicit = renderRow(stepOf({ ...batched, partitioner: 'explicit' }));
    expect(explicit.action).toContain('(partition set by the application)');
    expect(explicit.output).toBe('Waiting for the leader');
  });

  it('lists failed and hurried batches among the clauses, in order', () => {
    const row = renderRow(stepOf(
      { type: 'ProduceFailed', ...p1, detail: 'OUT_OF_ORDER_SEQUENCE_NUMBER', records: 3 },
      { type: 'RetryBackoffSkipped', ...p1, partition: 0 },
      { type: 'RetryBackoffExpired', ...p1 },
    ));
    expect(row).toEqual({ component: 'Producer p1', action: 'Retry backoff over for orders-2', messageState: 'Retrying', output: 'gave up on 3 record(s) for orders-2: OUT_OF_ORDER_SEQUENCE_NUMBER; orders-0 has a new leader: its retry skips the rest of the backoff' });
  });
});

describe('linger and flush', () => {
  it('closes a batch when linger.ms passes', () => {
    expect(renderRow(stepOf({ type: 'LingerExpired', ...p1, lingerMs: 20, records: 3 }))).toEqual({ component: 'Producer p1', action: 'linger.ms (20 ms) passed for the batch to orders-2 (3 record(s))', messageState: 'Batch closed', output: 'Waiting for the leader' });
  });

  it('flushes', () => {
    const flushed = { type: 'ProducerFlushed', producer: 'p1', closedBatches: 2, pending: 5 } as const;
    expect(renderRow(stepOf(flushed))).toEqual({ component: 'Producer p1', action: 'flush(): send everything lingering now', messageState: '2 batch(es) closed; 5 record(s) not yet acknowledged', output: 'Waiting for acknowledgements' });
    expect(renderRow(stepOf({ ...flushed, pending: 0 })).output).toBe('Nothing to flush');
    expect(renderRow(stepOf(sent, flushed)).output).toBe('sent ProduceRequest (2 record(s), acks=all) to broker 3, leader of orders-2');
  });
});

describe('answers', () => {
  it('acknowledges one record by its value, several by their offsets', () => {
    const acked = { type: 'BatchAcked', ...p1, offset: 10, from: 'broker-3', records: 1, value: 'v1' } as const;
    expect(renderRow(stepOf(acked))).toEqual({ component: 'Producer p1', action: "Received the ack for 'v1' from broker 3", messageState: 'Acknowledged: orders-2 offset 10', output: 'send() completed successfully' });
    const many = renderRow(stepOf(acked, { ...sent, partition: 0 }, { ...acked, records: 3, value: null }));
    expect(many.action).toBe('Received the ack for 3 records from broker 3');
    expect(many.messageState).toBe('Acknowledged: orders-2 offsets 10–12');
    expect(many.output).toBe('sent ProduceRequest (2 record(s), acks=all) to broker 3, leader of orders-0');
  });

  it('ignores a late answer', () => {
    const late = { type: 'LateProduceResponseIgnored', producer: 'p1', from: 'broker-1', error: null, baseOffset: 4 } as const;
    expect(renderRow(stepOf(late))).toEqual({ component: 'Producer p1', action: 'Got a late answer from broker-1 for a request it already gave up on', messageState: 'Ignored', output: 'offset 4' });
    expect(renderRow(stepOf({ ...late, error: 'NOT_LEADER_OR_FOLLOWER' })).output).toBe('NOT_LEADER_OR_FOLLOWER');
  });

  it('retries an error, saying what became of the batch first (not what was sent after)', () => {
    const row = renderRow(stepOf(
      { type: 'ProduceRetryScheduled', ...p1, error: 'NOT_LEADER_OR_FOLLOWER', backoffMs: 93 },
      sent,
      { type: 'ProduceErrorReceived', ...p1, error: 'NOT_LEADER_OR_FOLLOWER', backingOff: true },
    ));
    expect(row).toEqual({ component: 'Producer p1', action: 'Produce to orders-2 failed: NOT_LEADER_OR_FOLLOWER', messageState: 'Not acknowledged; will retry', output: 'NOT_LEADER_OR_FOLLOWER is retriable: retrying in 93 ms' });
    expect(renderRow(stepOf({ type: 'ProduceFailed', ...p1, detail: 'X', records: 1 }, { type: 'ProduceErrorReceived', ...p1, error: 'X', backingOff: false })).messageState).toBe('Failed');
  });

  it('bumps the producer epoch', () => {
    const bumped = { type: 'ProducerEpochBumped', ...p1, producerId: 1100, failedBatches: 0 } as const;
    expect(renderRow(stepOf(bumped))).toEqual({ component: 'Producer p1', action: 'Produce to orders-2 failed: OUT_OF_ORDER_SEQUENCE_NUMBER', messageState: 'The new leader lost batches this producer had sent', output: 'bumped the producer epoch (now producer id 1100), sequences restart at 0; retrying' });
    expect(renderRow(stepOf({ ...bumped, failedBatches: 2 })).output).toMatch(/retrying; 2 earlier batch\(es\) that may already be stored fail rather than risk a duplicate$/);
  });
});

describe('timeouts and connections', () => {
  it('fails a batch past delivery.timeout.ms', () => {
    const row = renderRow(stepOf({ type: 'ProduceFailed', ...p1, detail: 'REQUEST_TIMED_OUT', records: 2 }, { type: 'DeliveryTimedOut', ...p1, deliveryTimeoutMs: 120000, inFlight: true }));
    expect(row).toEqual({ component: 'Producer p1', action: 'delivery.timeout.ms (120000 ms) passed for orders-2', messageState: 'Failed while its request is in flight; a late answer will be ignored', output: 'gave up on 2 record(s) for orders-2: REQUEST_TIMED_OUT' });
  });

  it('retries after request.timeout.ms', () => {
    const row = renderRow(stepOf({ type: 'ProduceRetryScheduled', ...p1, error: 'REQUEST_TIMED_OUT', backoffMs: 100 }, { type: 'RequestTimedOut', ...p1, requestTimeoutMs: 30000 }));
    expect(row).toEqual({ component: 'Producer p1', action: 'No answer for orders-2 within request.timeout.ms (30000 ms)', messageState: 'Not acknowledged', output: 'REQUEST_TIMED_OUT is retriable: retrying in 100 ms' });
  });

  it('loses the requests of a closed connection', () => {
    const closed = { type: 'ProducerConnectionClosed', producer: 'p1', from: 'broker-2', metadataLost: true, reconnectMs: 50, waiting: true } as const;
    const row = renderRow(stepOf({ type: 'ProduceRetryScheduled', ...p1, error: 'NETWORK_EXCEPTION', backoffMs: 80 }, { type: 'ProduceFailed', ...p1, partition: 0, detail: 'NETWORK_EXCEPTION', records: 1 }, closed));
    expect(row).toEqual({
      component: 'Producer p1', action: 'Connection to broker-2 closed', messageState: 'Requests in flight are lost',
      output: 'orders-2: NETWORK_EXCEPTION is retriable: retrying in 80 ms; orders-0: gave up on 1 record(s) for orders-0: NETWORK_EXCEPTION; its metadata request is lost; it will ask another broker; reconnects after 50 ms; batches for it wait in the accumulator',
    });
    expect(renderRow(stepOf({ ...closed, metadataLost: false, reconnectMs: null, waiting: false }))).toMatchObject({ messageState: 'Nothing was in flight', output: 'reconnects after NaN ms' });
  });

  it('ends a connect attempt, routine when nothing waits', () => {
    const ended = { type: 'ConnectAttemptEnded', producer: 'p1', broker: 2, outcome: 'connected', retryMs: 0, waiting: false } as const;
    expect(renderRow(stepOf(ended))).toEqual({ component: 'Producer p1', action: 'Connected to broker 2', messageState: 'Connection ready', output: 'Nothing waits for it', routine: true });
    expect(renderRow(stepOf(sent, ended))).toMatchObject({ output: 'sent ProduceRequest (2 record(s), acks=all) to broker 3, leader of orders-2', routine: false });
    expect(renderRow(stepOf({ ...ended, outcome: 'backoffOver', waiting: true }))).toEqual({ component: 'Producer p1', action: 'Reconnect backoff to broker 2 over', messageState: 'Not connected to broker 2', output: 'Batches for it wait in the accumulator', routine: false });
    expect(renderRow(stepOf({ ...ended, outcome: 'refused', retryMs: 200 })).action).toBe('Could not connect to broker 2 (connection refused); retrying after 200 ms');
    expect(renderRow(stepOf({ ...ended, outcome: 'timedOut', retryMs: 50 })).action).toBe('Could not connect to broker 2 (no answer within the connection setup timeout); retrying after 50 ms');
  });
});

describe('a metadata answer', () => {
  it('lists the leaders learned and the topics grown, then what it sent', () => {
    const row = renderRow(stepOf(
      { type: 'ProducerLeaderLearned', ...p1, before: null, leader: 3 },
      { type: 'ProducerLeaderLearned', ...p1, partition: 1, before: 2, leader: null },
      { type: 'ProducerPartitionsGrew', producer: 'p1', topic: 'orders', count: 4 },
      sent,
      { type: 'ProducerMetadataUpdated', producer: 'p1' },
    ));
    expect(row).toEqual({
      component: 'Producer p1', action: 'Updated its metadata', messageState: 'orders-2 leader none→3; orders-1 leader 2→none; orders now has 4 partitions',
      output: 'sent ProduceRequest (2 record(s), acks=all) to broker 3, leader of orders-2', routine: false,
    });
  });

  it('is routine when nothing changed and nothing was sent', () => {
    expect(renderRow(stepOf({ type: 'ProducerMetadataUpdated', producer: 'p1' }))).toEqual({ component: 'Producer p1', action: 'Updated its metadata', messageState: 'No change', output: 'Nothing waiting to send', routine: true });
  });
});

describe('metadata timers', () => {
  it('a request with no answer, the max age and the retry backoff', () => {
    expect(renderRow(stepOf({ type: 'MetadataRequestTimedOut', producer: 'p1' }))).toEqual({
      component: 'Producer p1', action: 'Metadata request failed (no answer within request.timeout.ms)', messageState: 'Leaders unknown', output: 'Will ask another broker',
    });
    expect(renderRow(stepOf({ type: 'MetadataMaxAgeExpired', producer: 'p1', maxAgeMs: 300000 }))).toEqual({
      component: 'Producer p1', action: 'metadata.max.age.ms (300000 ms) passed', messageState: 'Metadata may be stale', output: 'Asked a broker for fresh metadata', routine: true,
    });
    expect(renderRow(stepOf({ type: 'MetadataBackoffExpired', producer: 'p1' })).action).toBe('Metadata retry backoff over');
  });
});
