// What the producer does when a request or a connection fails (NetworkClient, Sender): a request
// timeout disconnects the broker and retries the batch; a closed connection fails what was in flight
// on it with NETWORK_EXCEPTION; every disconnect requests a metadata update.
import { describe, expect, it } from 'vitest';
import type { SimState } from '../core/state';
import { clusterState, eventTypes, inStep, mark, producerOf, rowOf, sentOfType, sentSince } from '../testkit/stateBuilders.testkit';
import { produce } from './accumulator';
import { connectAttemptEnded, connectionClosed, requestTimedOut } from './disconnects';

function producer() {
  const state = inStep(clusterState({ producers: [{ id: 'p1', config: { 'linger.ms': 0, 'retry.backoff.ms': 100 } }] }), 100);
  return { state, p: producerOf(state) };
}

function sendOne(state: SimState) {
  const since = mark(state);
  produce(state, producerOf(state), 't', null, 'a', 0);
  return sentOfType(state, since, 'ProduceRequest')[0];
}

describe('a request timeout', () => {
  it('retries the batch (REQUEST_TIMED_OUT, which may already be stored) and disconnects the broker', () => {
    const { state, p } = producer();
    const req = sendOne(state);
    inStep(state, 30100);
    requestTimedOut(state, p, req.requestId);
    expect(rowOf(state).output).toMatch(/^REQUEST_TIMED_OUT is retriable/);
    expect(p.batches[0]).toMatchObject({ state: 'backoff', possiblyStored: true, lastError: 'REQUEST_TIMED_OUT' });
    expect(p.connections['1']).toMatchObject({ state: 'backoff', failures: 1 });
    expect(eventTypes(state)).toEqual([]);
  });

  it('of a request already answered is not a step', () => {
    const { state, p } = producer();
    expect(requestTimedOut(state, p, 999)).toBeNull();
  });
});

describe('a closed connection', () => {
  it('fails the requests open on it with NETWORK_EXCEPTION (retriable) and asks a connected broker for metadata', () => {
    const { state, p } = producer();
    const req = sendOne(state);
    inStep(state, 120);
    const since = mark(state);
    connectionClosed(state, p, 'broker-1', [req.requestId]);
    expect(p.batches[0]).toMatchObject({ state: 'backoff', lastError: 'NETWORK_EXCEPTION' });
    expect(p.connections['1'].state).toBe('backoff');
    expect(sentSince(state, since).map((m) => [m.to, m.body.type])).toEqual([['broker-2', 'MetadataRequest']]);
  });

  it('with the metadata request on it: that request is lost, and the update is asked of another broker', () => {
    const { state, p } = producer();
    p.metadataRequest = { requestId: 31, broker: 1 };
    inStep(state, 120);
    connectionClosed(state, p, 'broker-1', [31]);
    expect(p.metadataFailures).toBe(1);
    expect(p.metadataRequest?.broker).toBe(2);
  });
});

describe('a connect attempt ending', () => {
  it('connected: the batches waiting for that broker are sent', () => {
    const { state, p } = producer();
    p.connections = { '1': { state: 'connecting', untilMs: 100, failures: 1 } };
    const since = mark(state);
    produce(state, p, 't', null, 'a', 0);
    expect(sentOfType(state, since, 'ProduceRequest')).toEqual([]);
    inStep(state, 110);
    connectAttemptEnded(state, p, 1);
    expect(sentSince(state, since).filter((m) => m.body.type === 'ProduceRequest').map((m) => m.to)).toEqual(['broker-1']);
  });

  it('for a broker already connected is not a step', () => {
    const { state, p } = producer();
    expect(connectAttemptEnded(state, p, 1)).toBeNull();
  });
});
