// A dead broker's sockets close: each client or follower with a request open to it hears a
// ConnectionClosed (a TCP reset) after one network delay instead of waiting for a timeout.
import { describe, expect, it } from 'vitest';
import { brokerOf, clusterState, eventTypes, inStep, mark, producerOf, sentSince } from '../testkit/stateBuilders.testkit';
import { notifyConnectionsClosed } from './connections';

describe('the connections of a crashed broker', () => {
  it("tell a producer which of its requests were open to it, oldest first, and not the ones to other brokers", () => {
    const state = inStep(clusterState(), 100);
    const p = producerOf(state);
    p.inFlight.set(40, { batchId: 1, broker: 1 });
    p.inFlight.set(41, { batchId: 2, broker: 2 });
    p.inFlight.set(42, { batchId: 3, broker: 1 });
    const since = mark(state);
    notifyConnectionsClosed(state, 1);
    expect(sentSince(state, since).filter((m) => m.to === 'p1').map((m) => [m.from, m.body])).toEqual([['broker-1', { type: 'ConnectionClosed', requestIds: [40, 42] }]]);
  });

  it("tell each live follower with a fetch in flight to it, and count every request closed", () => {
    const state = inStep(clusterState(), 100);
    brokerOf(state, 3).up = false;
    producerOf(state).inFlight.set(40, { batchId: 1, broker: 1 });
    const since = mark(state);
    expect(notifyConnectionsClosed(state, 1)).toBe(2);
    expect(sentSince(state, since).map((m) => [m.to, m.body])).toEqual([
      ['p1', { type: 'ConnectionClosed', requestIds: [40] }],
      ['broker-2', { type: 'ConnectionClosed', requestIds: [1] }],
    ]);
    expect(eventTypes(state)).toEqual([]);
  });

  it('say nothing to a follower whose fetch is not in flight', () => {
    const state = inStep(clusterState(), 100);
    brokerOf(state, 2).fetchSessions['1'].inFlight = false;
    const since = mark(state);
    notifyConnectionsClosed(state, 1);
    expect(sentSince(state, since).map((m) => m.to).filter((to) => to.startsWith('broker-'))).toEqual(['broker-3']);
  });

  it('reach a connected producer even with nothing in flight, but not one already disconnected from it', () => {
    const state = inStep(clusterState({ producers: [{ id: 'p1', config: {} }, { id: 'p2', config: {} }] }), 100);
    producerOf(state, 'p2').connections = { '1': { state: 'backoff', untilMs: 150, failures: 1 } };
    const since = mark(state);
    notifyConnectionsClosed(state, 1);
    expect(sentSince(state, since).filter((m) => m.body.type === 'ConnectionClosed' && !m.to.startsWith('broker-')).map((m) => [m.to, m.body])).toEqual([['p1', { type: 'ConnectionClosed', requestIds: [] }]]);
  });

  it("include a producer's metadata request open to it", () => {
    const state = inStep(clusterState(), 100);
    producerOf(state).metadataRequest = { requestId: 31, broker: 1 };
    const since = mark(state);
    notifyConnectionsClosed(state, 1);
    expect(sentSince(state, since).find((m) => m.to === 'p1')?.body).toEqual({ type: 'ConnectionClosed', requestIds: [31] });
  });
});
