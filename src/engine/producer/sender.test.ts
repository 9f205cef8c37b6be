// The producer's Sender: ready batches drained to leaders (max.in.flight.requests.per.connection),
// idempotent sequence numbers, answers, retries with backoff (KIP-580), request.timeout.ms,
// delivery.timeout.ms, closed connections, and the epoch bump after OUT_OF_ORDER_SEQUENCE_NUMBER.
import { describe, expect, it } from 'vitest';
import type { SimState } from '../core/state';
import { clusterState, eventTypes, eventsOf, inStep, mark, producerOf, rowOf, sentOfType, timerAt } from '../testkit/stateBuilders.testkit';
import { lingerExpired, produce } from './accumulator';
import { requestTimedOut } from './disconnects';
import { deliveryTimedOut, handleProduceResponse, retryBackoffExpired } from './sender';

function producer(config: Record<string, unknown> = {}) {
  const state = inStep(clusterState({ producers: [{ id: 'p1', config: { 'linger.ms': 0, 'retry.backoff.ms': 100, ...config } }] }), 100);
  return { state, p: producerOf(state) };
}

/** send()s the values (one batch each, linger.ms=0) and returns the requests they went out in. */
function sendAll(state: SimState, values: string[]) {
  const since = mark(state);
  for (const v of values) produce(state, producerOf(state), 't', null, v, 0);
  return sentOfType(state, since, 'ProduceRequest');
}

function ok(requestId: number, baseOffset: number) {
  return { type: 'ProduceResponse' as const, requestId, topic: 't', partition: 0, error: null, baseOffset };
}

function failed(requestId: number, error: string) {
  return { type: 'ProduceResponse' as const, requestId, topic: 't', partition: 0, error, baseOffset: -1 };
}

function answerAt(state: SimState, atMs: number) {
  inStep(state, atMs);
  return mark(state);
}

describe('draining batches', () => {
  it('the idempotent producer numbers each partition’s batches in order from 0, under its producer id', () => {
    const { state } = producer();
    const reqs = sendAll(state, ['a', 'b']);
    expect(reqs.map((r) => [r.producerId, r.baseSequence])).toEqual([[1000, 0], [1000, 1]]);
  });

  it('without idempotence there are no sequence numbers', () => {
    const { state } = producer({ acks: '1' });
    expect(sendAll(state, ['a']).map((r) => [r.producerId, r.baseSequence])).toEqual([[-1, -1]]);
  });

  it('at most max.in.flight.requests.per.connection requests wait for an answer per broker', () => {
    const { state, p } = producer({ 'max.in.flight.requests.per.connection': 2 });
    expect(sendAll(state, ['a', 'b', 'c'])).toHaveLength(2);
    expect(p.batches.map((b) => b.state)).toEqual(['inflight', 'inflight', 'ready']);
  });

  it('acks=0: the batch counts as delivered at once, offset -1, and nothing waits for an answer', () => {
    const { state, p } = producer({ acks: '0' });
    sendAll(state, ['a']);
    expect(p.sends.get(0)).toMatchObject({ status: 'acked', offset: -1 });
    expect(p.inFlight.size).toBe(0);
    expect(p.inFlightTo.every((n) => n === 0)).toBe(true);
  });

  it('counts the requests waiting per broker as they go out and as their answers come back', () => {
    const { state, p } = producer({ 'max.in.flight.requests.per.connection': 2 });
    const [first] = sendAll(state, ['a', 'b', 'c']);
    const leader = p.inFlight.get(first.requestId)?.broker ?? -1;
    expect(p.inFlightTo[leader]).toBe(2);
    answerAt(state, 200);
    handleProduceResponse(state, p, `broker-${leader}`, ok(first.requestId, 0));
    // The answer frees a place, and the batch that waited for it takes it at once.
    expect(p.inFlightTo[leader]).toBe(2);
    expect(p.inFlightTo.reduce((a, b) => a + b, 0)).toBe(p.inFlight.size);
    expect(p.batches.map((b) => b.state)).toEqual(['inflight', 'inflight']);
  });
});

describe('an answer without error', () => {
  it('acknowledges each record at its offset: one ProduceAcked per record, send() completes', () => {
    const { state, p } = producer({ 'linger.ms': 10 });
    produce(state, p, 't', null, 'a', 0);
    produce(state, p, 't', null, 'b', 0);
    const since = answerAt(state, 110);
    lingerExpired(state, p, p.batches[0].id);
    const [req] = sentOfType(state, since, 'ProduceRequest');
    answerAt(state, 120);
    handleProduceResponse(state, p, 'broker-1', ok(req.requestId, 7));
    expect(eventsOf(state, 'ProduceAcked')).toEqual([
      expect.objectContaining({ producer: 'p1', topic: 't', partition: 0, offset: 7, send: 0 }),
      expect.objectContaining({ offset: 8, send: 1 }),
    ]);
    expect([0, 1].map((i) => [p.sends.get(i)?.status, p.sends.get(i)?.offset])).toEqual([['acked', 7], ['acked', 8]]);
  });

  it('forgets the batch and its timers', () => {
    const { state, p } = producer();
    const [req] = sendAll(state, ['a']);
    const id = p.batches[0].id;
    answerAt(state, 120);
    handleProduceResponse(state, p, 'broker-1', ok(req.requestId, 0));
    expect(p.batches).toEqual([]);
    expect(timerAt(state, { type: 'deliveryTimeout', producer: 'p1', batchId: id })).toBeNull();
    expect(timerAt(state, { type: 'requestTimeout', producer: 'p1', requestId: req.requestId })).toBeNull();
  });

  it('for a request it already gave up on is ignored', () => {
    const { state, p } = producer();
    handleProduceResponse(state, p, 'broker-1', ok(999, 0));
    expect(eventTypes(state)).toEqual([]);
  });
});

describe('retriable errors', () => {
  it('back off retry.backoff.ms (±20 %) and retry; the leader may have moved, so metadata is refreshed', () => {
    const { state, p } = producer();
    const [req] = sendAll(state, ['a']);
    const since = answerAt(state, 120);
    handleProduceResponse(state, p, 'broker-1', failed(req.requestId, 'NOT_LEADER_OR_FOLLOWER'));
    expect(eventTypes(state)).toEqual([]);
    expect(p.sends.get(0)).toMatchObject({ status: 'pending', error: 'NOT_LEADER_OR_FOLLOWER' });
    const retry = timerAt(state, { type: 'retryBackoff', producer: 'p1', batchId: p.batches[0].id });
    expect(retry?.atMs).toBeGreaterThanOrEqual(200);
    expect(retry?.atMs).toBeLessThanOrEqual(240);
    expect(sentOfType(state, since, 'MetadataRequest')).toHaveLength(1);
  });

  it('after the backoff the same batch is sent again with the same sequence', () => {
    const { state, p } = producer();
    const [req] = sendAll(state, ['a']);
    answerAt(state, 120);
    handleProduceResponse(state, p, 'broker-1', failed(req.requestId, 'NOT_ENOUGH_REPLICAS'));
    const since = answerAt(state, 300);
    retryBackoffExpired(state, p, p.batches[0].id);
    expect(sentOfType(state, since, 'ProduceRequest')).toEqual([expect.objectContaining({ baseSequence: 0, records: [expect.objectContaining({ sendRef: 'p1#0' })] })]);
    expect(p.sends.get(0)?.attempts).toBe(2);
  });

  it('no answer within request.timeout.ms is REQUEST_TIMED_OUT: retried, and the batch may already be stored', () => {
    const { state, p } = producer();
    const [req] = sendAll(state, ['a']);
    answerAt(state, 30100);
    requestTimedOut(state, p, req.requestId);
    expect(rowOf(state).output).toMatch(/^REQUEST_TIMED_OUT is retriable/);
    expect(p.batches[0]).toMatchObject({ state: 'backoff', possiblyStored: true });
  });
});

describe('giving up', () => {
  it('a non-retriable error fails the send: ProduceFailed', () => {
    const { state, p } = producer();
    const [req] = sendAll(state, ['a']);
    answerAt(state, 120);
    handleProduceResponse(state, p, 'broker-1', failed(req.requestId, 'RECORD_TOO_LARGE'));
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'ProduceFailed', producer: 'p1', topic: 't', partition: 0, detail: 'RECORD_TOO_LARGE' })]);
    expect(p.sends.get(0)).toMatchObject({ status: 'failed', error: 'RECORD_TOO_LARGE' });
    expect(p.batches).toEqual([]);
  });

  it('retries exhausted (retries) fail the send', () => {
    const { state, p } = producer({ retries: 0, 'enable.idempotence': false });
    const [req] = sendAll(state, ['a']);
    answerAt(state, 120);
    handleProduceResponse(state, p, 'broker-1', failed(req.requestId, 'NOT_LEADER_OR_FOLLOWER'));
    expect(eventTypes(state)).toEqual(['ProduceFailed']);
  });

  it('delivery.timeout.ms passing fails the batch, even with its request in flight; a late answer is then ignored', () => {
    const { state, p } = producer();
    const [req] = sendAll(state, ['a']);
    answerAt(state, 120100);
    deliveryTimedOut(state, p, p.batches[0].id);
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'ProduceFailed', detail: 'REQUEST_TIMED_OUT' })]);
    expect(p.sends.get(0)?.status).toBe('failed');
    answerAt(state, 120200);
    handleProduceResponse(state, p, 'broker-1', ok(req.requestId, 0));
    expect(eventTypes(state)).toEqual([]);
    expect(p.sends.get(0)?.status).toBe('failed');
  });
});

describe('OUT_OF_ORDER_SEQUENCE_NUMBER (KIP-360)', () => {
  it('the idempotent producer starts a new epoch (shown as a new producer id) and resends from sequence 0', () => {
    const { state, p } = producer();
    const [req] = sendAll(state, ['a']);
    const since = answerAt(state, 120);
    handleProduceResponse(state, p, 'broker-1', failed(req.requestId, 'OUT_OF_ORDER_SEQUENCE_NUMBER'));
    expect(p.producerId).toBe(1100);
    expect(sentOfType(state, since, 'ProduceRequest')).toEqual([expect.objectContaining({ producerId: 1100, baseSequence: 0 })]);
    expect(eventTypes(state)).toEqual([]);
  });

  it('another batch that may already be stored fails (ProduceFailed) rather than risk a duplicate under the new epoch', () => {
    const state = inStep(clusterState({ topics: [{ name: 't', partitions: 2, replicationFactor: 3 }], producers: [{ id: 'p1', config: { 'linger.ms': 0 } }] }), 100);
    const p = producerOf(state);
    const since = mark(state);
    produce(state, p, 't', null, 'a', 1);
    answerAt(state, 30100);
    requestTimedOut(state, p, sentOfType(state, since, 'ProduceRequest')[0].requestId); // 'a' on t-1 may be stored
    const sinceB = mark(state);
    produce(state, p, 't', null, 'b', 0);
    const [reqB] = sentOfType(state, sinceB, 'ProduceRequest');
    answerAt(state, 30150);
    handleProduceResponse(state, p, 'broker-1', { ...failed(reqB.requestId, 'OUT_OF_ORDER_SEQUENCE_NUMBER') });
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'ProduceFailed', partition: 1, detail: 'OUT_OF_ORDER_SEQUENCE_NUMBER' })]);
    expect([p.sends.get(0)?.status, p.sends.get(1)?.status]).toEqual(['failed', 'pending']);
  });
});
