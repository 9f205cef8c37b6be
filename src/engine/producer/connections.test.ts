// The producer's connections (NetworkClient): a request goes only to a connected broker; a failed or
// closed connection backs off (reconnect.backoff.ms 50, doubling to reconnect.backoff.max.ms 1000),
// then reconnecting takes a round trip, or the connection setup timeout over a cut link.
import { describe, expect, it } from 'vitest';
import { brokerOf, clusterState, eventTypes, inStep, producerOf, timerAt } from '../testkit/stateBuilders.testkit';
import { canTry, connectTimer, earliestRetryMs, isConnected, markDisconnected, nodeReady } from './connections';

function producer(atMs = 1000) {
  const state = inStep(clusterState({ cluster: { brokers: 3, network: { latencyMs: 5 } } }), atMs);
  return { state, p: producerOf(state) };
}

describe('a connected broker', () => {
  it('is ready: the cluster starts with every producer connected to every broker', () => {
    const { state, p } = producer();
    expect([1, 2, 3].map((id) => isConnected(p, id) && nodeReady(state, p, id))).toEqual([true, true, true]);
  });
});

describe('a disconnect', () => {
  it('puts the broker in reconnect backoff: 50 ms, doubling with each failure in a row, at most 1000 ms', () => {
    const { state, p } = producer();
    const untils = Array.from({ length: 6 }, () => {
      markDisconnected(state, p, 1);
      return p.connections['1'].untilMs - state.timeMs;
    });
    expect(untils).toEqual([50, 100, 200, 400, 800, 1000]);
    expect(isConnected(p, 1)).toBe(false);
    expect(eventTypes(state)).toEqual([]);
  });

  it('during the backoff the broker is not ready; a timer wakes the producer when it ends', () => {
    const { state, p } = producer();
    markDisconnected(state, p, 1);
    expect(nodeReady(state, p, 1)).toBe(false);
    expect(canTry(state, p, 1)).toBe(false);
    expect(timerAt(state, { type: 'producerConnect', producer: 'p1', broker: 1 })).toEqual({ atMs: 1050, timer: { type: 'producerConnect', producer: 'p1', broker: 1 } });
    expect(earliestRetryMs(p)).toBe(1050);
  });
});

describe('reconnecting', () => {
  it('after the backoff starts a connect that takes a round trip', () => {
    const { state, p } = producer();
    markDisconnected(state, p, 1);
    inStep(state, 1050);
    expect(canTry(state, p, 1)).toBe(true);
    expect(nodeReady(state, p, 1)).toBe(false);
    expect(p.connections['1']).toMatchObject({ state: 'connecting', untilMs: 1060 });
  });

  it('over a cut link takes the connection setup timeout (10 s) to fail', () => {
    const { state, p } = producer();
    markDisconnected(state, p, 1);
    inStep(state, 1050);
    state.network.isolated = ['broker-1'];
    nodeReady(state, p, 1);
    expect(p.connections['1'].untilMs).toBe(11050);
  });

  it('to a reachable broker ends connected', () => {
    const { state, p } = producer();
    p.connections = { '1': { state: 'connecting', untilMs: 1000, failures: 1 } };
    expect(connectTimer(state, p, 1)).toEqual({ outcome: 'connected', retryMs: 0 });
    expect(isConnected(p, 1)).toBe(true);
  });

  it('to a crashed broker is refused and backs off again, longer', () => {
    const { state, p } = producer();
    brokerOf(state, 1).up = false;
    p.connections = { '1': { state: 'connecting', untilMs: 1000, failures: 1 } };
    expect(connectTimer(state, p, 1)).toEqual({ outcome: 'refused', retryMs: 100 });
    expect(p.connections['1']).toEqual({ state: 'backoff', untilMs: 1100, failures: 2 });
  });

  it('for a connected broker is nothing to do', () => {
    const { state, p } = producer();
    expect(connectTimer(state, p, 2)).toBeNull();
  });
});
